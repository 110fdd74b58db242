/** The search index in dist/pagefind, its records, the search page's own logic, and the per-page CSP and header form. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, contentPages, DIST, pageDom, pageHtml } from '../../scripts/lib/built-site.ts';
import { readAllParagraphs } from '../../src/lib/paragraph-text-fs.ts';
import { paragraphNumbers, sectionOfParagraph } from '../../src/lib/report-structure.ts';
import { isIndexedPage, pageRecord, pageRecords, paragraphRecord, SEARCH_LANGUAGE } from '../../src/lib/search-records.ts';
import {
  excerptParts,
  highlightHref,
  matchedWords,
  PAGEFIND_PATH,
  outcomeSentences,
  resultSummary,
} from '../../src/lib/search-results.ts';
import { contentSecurityPolicy, WASM_SCRIPT_SOURCE } from '../../src/lib/security.ts';
import { paragraphUrl, sectionUrl } from '../../src/lib/site-urls.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const PAGEFIND = join(DIST, PAGEFIND_PATH);
const paragraphs = readAllParagraphs(ROOT);

test('the index holds one language, the one every page declares, with every paragraph and page record', () => {
  const entry = JSON.parse(readFileSync(join(PAGEFIND, 'pagefind-entry.json'), 'utf8'));
  const pageLanguages = new Set(builtPages().map((url) => pageDom(url).querySelector('html')!.getAttribute('lang')!.toLowerCase()));
  assert.deepEqual([...pageLanguages], [SEARCH_LANGUAGE]);
  assert.deepEqual(Object.keys(entry.languages), [SEARCH_LANGUAGE]);
  const records = builtPages().filter(isIndexedPage).flatMap((url) => pageRecords(url, pageHtml(url)));
  assert.ok(records.length >= 10, `only ${records.length} page records`);
  assert.equal(entry.languages[SEARCH_LANGUAGE].page_count, paragraphNumbers.length + records.length);
});

test('dist/pagefind ships only what the search page loads', () => {
  assert.deepEqual(
    readdirSync(PAGEFIND).filter((f) => !/^(filter|fragment|index)$|\.pf_meta$/.test(f)).sort(),
    ['pagefind-entry.json', 'pagefind.js', `wasm.${SEARCH_LANGUAGE}.pagefind`],
  );
});

test('every numbered paragraph is a record of its own: its URL, a title naming it and its section, its exact text', () => {
  assert.equal(paragraphs.length, paragraphNumbers.length);
  for (const p of paragraphs) {
    const record = paragraphRecord(p);
    const section = sectionOfParagraph(p.n);
    assert.equal(record.url, paragraphUrl(p.n));
    assert.equal(record.meta.title, `Paragraph ${p.n} - ${section.shortTitle}`);
    assert.equal(record.content, p.text);
    assert.equal(record.language, SEARCH_LANGUAGE);
    assert.deepEqual(record.filters.Section, [section.shortTitle]);
    assert.equal(record.meta.recommendation, p.recommendation ? 'Recommendation' : undefined);
  }
});

test('page records hold the page text only: no navigation, chrome or numbered paragraphs', () => {
  const summary = pageRecord(sectionUrl('executive-summary'), pageHtml(sectionUrl('executive-summary')))!;
  assert.equal(summary.meta.title, 'Executive summary');
  assert.ok(summary.content.startsWith("Children's services in Sandwell are inadequate."), summary.content.slice(0, 80));
  for (const chrome of ['Skip to main content', 'Contents', 'Back to top', 'Previous', 'Next', 'Crown copyright']) {
    assert.ok(!summary.content.includes(chrome), `the executive summary record holds "${chrome}"`);
  }
  const careLeavers = pageRecord(sectionUrl('care-leavers'), pageHtml(sectionUrl('care-leavers')))!;
  for (const p of paragraphs.filter((q) => q.section === 'care-leavers')) {
    assert.ok(!careLeavers.content.includes(p.text.slice(0, 60)), `paragraph ${p.n} is repeated in its page's record`);
  }
  assert.ok(!careLeavers.content.includes('Paragraphs 81 to 90'));
  const local = pageRecord(sectionUrl('the-local-authority'), pageHtml(sectionUrl('the-local-authority')))!;
  assert.ok(local.content.startsWith('Information about this local authority area Previous'), 'footnote numbers are not words of the text');
});

test('pages that only list, repeat or redirect get no page record', () => {
  for (const url of ['/', '/404.html', '/search/', '/report/', '/report/full/', '/paragraphs/48/', '/key-figures/', '/findings/', '/findings/early-help/']) {
    assert.equal(isIndexedPage(url), false, url);
  }
  for (const url of ['/about/', sectionUrl('executive-summary'), sectionUrl('summary-for-children-and-young-people')]) {
    assert.equal(isIndexedPage(url), true, url);
  }
});

test('the glossary is searched entry by entry, each at its own anchor under the page\'s title', () => {
  const entries = pageRecords('/glossary/', pageHtml('/glossary/'));
  const ids = pageDom('/glossary/').querySelectorAll('.glossary__entry').map((el) => el.id);
  assert.deepEqual(entries.map((r) => r.url), ids.map((id) => `/glossary/#${id}`));
  const mash = entries.find((r) => r.url === '/glossary/#mash')!;
  assert.equal(mash.meta.title, 'MASH');
  assert.equal(mash.meta.page, 'Words explained');
  assert.ok(mash.content.startsWith('multi-agency safeguarding hub '), `the term is the title, not repeated in the text: ${mash.content}`);
  assert.ok(!entries.some((r) => r.content.includes('Childline')), 'the help panel is not an entry');
});

test('excerpts become text and <mark> only: nothing else in them can become markup', () => {
  assert.deepEqual(excerptParts('late <mark>return</mark> home <img src=x onerror=alert(1)>'), [
    { text: 'late ', marked: false },
    { text: 'return', marked: true },
    { text: ' home <img src=x onerror=alert(1)>', marked: false },
  ]);
});

test('the words a result matched are read from its text, as written there', () => {
  assert.deepEqual(matchedWords("use of the 'Mind of my own' (MOMO) app", [1, 3, 4]), ['of', 'mind']);
});

test('a result link carries the words to highlight before its #fragment', () => {
  assert.equal(highlightHref('/report/adoption/#para-80', ['letterbox']), '/report/adoption/?highlight=letterbox#para-80');
  assert.equal(highlightHref('/about/', ['ofsted', 'licence']), '/about/?highlight=ofsted+licence');
  assert.equal(highlightHref('/about/', []), '/about/');
});

test('the announced summary names the query and both counts', () => {
  assert.equal(resultSummary(' letterbox ', 1, 0, false), '1 result for ‘letterbox’.');
  assert.equal(resultSummary('x y', 0, 0, true), 'No results for ‘x y’ with the filters you chose.');
  assert.equal(resultSummary('a b', 0, 2, false), 'No results contain all the words of ‘a b’. 2 results contain some of them.');
  assert.equal(resultSummary('a b', 1, 3, false), '1 result for ‘a b’, and 3 results containing some of the words, best first.');
});

test('the announcement names the alternatives searched, and says when a suggestion\'s results are shown instead', () => {
  const expanded = [
    { text: 'kids', label: 'kids', typedAbsent: true, alternatives: [{ text: 'child', kind: 'everyday' as const }, { text: 'children', kind: 'everyday' as const }] },
    { text: 'cse', label: 'CSE', typedAbsent: true, alternatives: [{ text: 'sexual exploitation', kind: 'abbreviation' as const }] },
  ];
  assert.deepEqual(outcomeSentences({ query: 'kids CSE', holdingAll: 2, holdingSome: 0, expanded, unknown: [] }, false), [
    '2 results for ‘kids CSE’.',
    'Also searched for ‘child’ and ‘children’ (for kids); ‘sexual exploitation’ (for CSE).',
  ]);
  assert.deepEqual(outcomeSentences({ query: 'adopton', holdingAll: 0, holdingSome: 0, expanded: [], unknown: ['adopton'], suggestion: 'adoption' }, true), [
    'No results for ‘adopton’ with the filters you chose.',
  ]);
  assert.deepEqual(outcomeSentences({ query: 'adoption', holdingAll: 1, holdingSome: 0, expanded: [], unknown: ['adopton'], suggestion: 'adoption', insteadOf: 'adopton' }, false), [
    'No paragraph or page uses the word ‘adopton’. Showing the results for ‘adoption’ instead.',
    '1 result for ‘adoption’.',
  ]);
});

test('only /search/ may compile WebAssembly; every other page keeps the strict policy', () => {
  for (const url of builtPages()) {
    const csp = pageDom(url).querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    if (url === '/search/') assert.match(csp!, new RegExp(`script-src 'self' ${WASM_SCRIPT_SOURCE}(;|$)`));
    else assert.equal(csp, contentSecurityPolicy, url);
  }
  assert.ok(!contentSecurityPolicy.includes('wasm'));
});

test('every page but /search/ has the header search form: a labelled GET to /search/?q=', () => {
  for (const url of contentPages()) {
    const forms = pageDom(url).querySelectorAll('header form[role="search"]');
    if (url === '/search/') {
      assert.equal(forms.length, 0, '/search/ has its own field');
      continue;
    }
    assert.equal(forms.length, 1, url);
    const [form] = forms;
    assert.equal(form.getAttribute('action'), '/search/', url);
    assert.equal(form.getAttribute('method'), 'get', url);
    const input = form.querySelector('input[name="q"]')!;
    assert.ok(form.querySelector(`label[for="${input.getAttribute('id')}"]`)?.textContent.trim(), `${url}: the field has no label`);
  }
});

test('pages other than /search/ load no Pagefind file', () => {
  for (const url of contentPages().filter((u) => u !== '/search/')) {
    assert.ok(!pageHtml(url).includes(PAGEFIND_PATH), url);
  }
  assert.ok(existsSync(join(PAGEFIND, 'pagefind.js')));
});
