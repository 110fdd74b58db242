/** The search index in dist/pagefind, its records, and the per-page CSP and header form (the page's own logic: tests/unit/search-results.test.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, contentPages, DIST, pageDom, pageHtml } from '../../scripts/lib/built-site.ts';
import { projectContent } from '../support/changed-content.ts';
import { indexedFragments, paragraphsToIndex } from '../../src/lib/search/search-index-fs.ts';
import { paragraphNumbers, sectionOfParagraph } from '../../src/lib/content/report-structure.ts';
import { isIndexedAsBuilt, isIndexedPage, pageRecords, paragraphRecord, SEARCH_LANGUAGE } from '../../src/lib/search/search-records.ts';
import { PAGEFIND_PATH } from '../../src/lib/site/site-urls.ts';
import { EXPLAINS, EXPLAINS_FILTER, EXPLAINS_META, PAGE_TEXT_WEIGHT } from '../../src/lib/search/search-ranking.ts';
import { contentSecurityPolicy, WASM_SCRIPT_SOURCE } from '../../src/lib/site/security.ts';
import { paragraphUrl, sectionUrl, SINCE_2018_URL, YOUNG_PEOPLE_URL } from '../../src/lib/site/site-urls.ts';
import { sections } from '../../src/lib/content/report-structure.ts';

const PAGEFIND = join(DIST, PAGEFIND_PATH);
const paragraphs = projectContent().paragraphs;
const topicNames = new Map(projectContent().topics.map((t) => [t.id, t.name]));
const tagging = projectContent().paragraphTopics;
/** What Pagefind indexed, by URL: the records the search page's data() reads (its fragment files). */
const indexed = new Map(indexedFragments(PAGEFIND).map((f) => [f.url, f]));
/** Pages Pagefind indexed from their own built HTML, as one record each (the others' records are built by search-records.ts). */
const wholePages = builtPages().filter((url) => isIndexedAsBuilt(pageHtml(url)));
const wholePage = (url: string) => {
  const fragment = indexed.get(url);
  assert.ok(fragment, `${url} is not in the index`);
  return fragment;
};

test('the index holds one language, the one every page declares, with every paragraph and page record', () => {
  const entry = JSON.parse(readFileSync(join(PAGEFIND, 'pagefind-entry.json'), 'utf8'));
  const pageLanguages = new Set(builtPages().map((url) => pageDom(url).querySelector('html')!.getAttribute('lang')!.toLowerCase()));
  assert.deepEqual([...pageLanguages], [SEARCH_LANGUAGE]);
  assert.deepEqual(Object.keys(entry.languages), [SEARCH_LANGUAGE]);
  const records = builtPages().filter((url) => isIndexedPage(pageHtml(url))).flatMap((url) => pageRecords(url, pageHtml(url)));
  assert.ok(records.length >= 10, `only ${records.length} page records`);
  assert.ok(wholePages.length >= 30, `only ${wholePages.length} pages indexed from their HTML`);
  assert.equal(entry.languages[SEARCH_LANGUAGE].page_count, paragraphNumbers.length + records.length + wholePages.length);
  assert.deepEqual([...indexed.keys()].sort(), [...paragraphNumbers.map(paragraphUrl), ...records.map((r) => r.url), ...wholePages].sort(), 'the index holds exactly these records');
});

test('dist/pagefind ships only what the search page loads', () => {
  assert.deepEqual(
    readdirSync(PAGEFIND).filter((f) => !/^(filter|fragment|index)$|\.pf_meta$/.test(f)).sort(),
    ['pagefind-entry.json', 'pagefind.js', `wasm.${SEARCH_LANGUAGE}.pagefind`],
  );
});

test('every numbered paragraph is a record of its own: its URL, a title naming it and its section, its exact text', () => {
  const indexed = paragraphsToIndex(DIST);
  assert.equal(indexed.length, paragraphNumbers.length);
  assert.deepEqual(indexed.map(({ n, text, recommendation }) => ({ n, text, recommendation })), paragraphs.map(({ n, text, recommendation }) => ({ n, text, recommendation })), 'the index reads the paragraphs the content holds');
  for (const p of indexed) {
    const record = paragraphRecord(p);
    const section = sectionOfParagraph(p.n);
    assert.equal(record.url, paragraphUrl(p.n));
    assert.equal(record.meta.title, `Paragraph ${p.n} - ${section.shortTitle}`);
    assert.equal(record.content, p.text);
    assert.equal(record.language, SEARCH_LANGUAGE);
    assert.deepEqual(record.filters.Section, [section.shortTitle]);
    assert.equal(record.meta.recommendation, p.recommendation ? 'Recommendation' : undefined);
    assert.deepEqual(record.filters.Topic ?? [], (tagging.get(p.n) ?? []).map((id) => topicNames.get(id)), `paragraph ${p.n}: topics`);
  }
});

test('a page indexed from its HTML holds the page text only: no navigation, chrome or numbered paragraphs; its title as heading, its section as meta and filter', () => {
  const summary = wholePage(sectionUrl('executive-summary'));
  assert.deepEqual(summary.meta, { heading: 'Executive summary', section: 'Executive summary', title: '' }, 'an empty title, or Pagefind indexes the h1 above the page\'s weight');
  assert.deepEqual(summary.filters, { Section: ['Executive summary'] });
  assert.ok(summary.content.startsWith("Executive summary. Children's services in Sandwell are inadequate."), summary.content.slice(0, 80));
  for (const chrome of ['Skip to main content', 'Contents', 'Back to top', 'Previous', 'Next', 'Crown copyright']) {
    assert.ok(!summary.content.includes(chrome), `the executive summary record holds "${chrome}"`);
  }
  const careLeavers = wholePage(sectionUrl('care-leavers'));
  for (const p of paragraphs.filter((q) => q.section === 'care-leavers')) {
    assert.ok(!careLeavers.content.includes(p.text.slice(0, 60)), `paragraph ${p.n} is repeated in its page's record`);
  }
  assert.ok(!careLeavers.content.includes('Paragraphs 81 to 90'));
  const local = wholePage(sectionUrl('the-local-authority'));
  assert.ok(local.content.startsWith('The local authority. Information about this local authority area. Previous'), `footnote numbers are not words of the text: ${local.content.slice(0, 90)}`);
  for (const section of sections) {
    const record = indexed.get(sectionUrl(section.slug));
    if (record) assert.deepEqual(record.filters.Section, [section.shortTitle], section.slug);
  }
  assert.equal(wholePage('/about/').meta.heading, 'About the report and this site');
  assert.deepEqual(wholePage('/about/').filters, {}, 'a page outside the report has no section');
});

test('a page indexed from its HTML says so with Pagefind\'s own markup: <main> its body at the page\'s weight, the h1 its heading', () => {
  for (const url of wholePages) {
    const main = pageDom(url).querySelector('main')!;
    assert.equal(main.getAttribute('data-pagefind-body'), '', url);
    assert.equal(main.getAttribute('data-pagefind-weight'), url === SINCE_2018_URL ? '1' : String(PAGE_TEXT_WEIGHT), url);
    assert.equal(pageDom(url).querySelector('main h1')!.getAttribute('data-pagefind-meta'), url === SINCE_2018_URL ? 'title' : 'heading', url);
    assert.deepEqual(pageRecords(url, pageHtml(url)), [], `${url} is indexed twice`);
  }
  for (const url of ['/report/recommendations/', '/about/how-this-site-was-written/glossary/']) {
    assert.equal(isIndexedAsBuilt(pageHtml(url)), false, `${url} has no text besides its h1`);
    assert.equal(indexed.has(url), false, url);
  }
});

test('pages that only list, repeat or redirect get no page record, and say so on their <main>', () => {
  for (const url of ['/', '/404.html', '/search/', '/report/', '/report/full/', '/paragraphs/48/', '/key-figures/', '/findings/']) {
    assert.equal(isIndexedPage(pageHtml(url)), false, url);
    assert.deepEqual(pageRecords(url, pageHtml(url)), [], url);
    assert.equal(pageDom(url).querySelector('main')!.getAttribute('data-pagefind-ignore'), 'all', url);
  }
  for (const url of ['/about/', sectionUrl('executive-summary'), sectionUrl('summary-for-children-and-young-people')]) {
    assert.equal(isIndexedPage(pageHtml(url)), true, url);
  }
});

test('a findings topic is found by its title and summary alone (its quoted paragraphs are records of their own), as a plain-language explanation', () => {
  const records = pageRecords('/findings/early-help/', pageHtml('/findings/early-help/'));
  assert.equal(records.length, 1);
  const [topic] = records;
  assert.equal(topic.meta.title, 'Early help and family support');
  assert.equal(topic.content, 'Help for families before problems grow, and support that lets children stay safely at home.');
  assert.deepEqual(topic.filters, { [EXPLAINS_FILTER]: [EXPLAINS.topic] });
  assert.deepEqual(wholePage('/recommendations/5/').filters[EXPLAINS_FILTER], [EXPLAINS.recommendation]);
  const youngPeople = pageRecords(YOUNG_PEOPLE_URL, pageHtml(YOUNG_PEOPLE_URL));
  assert.ok(youngPeople.filter((r) => r.url.includes('#')).every((r) => r.filters[EXPLAINS_FILTER]?.[0] === EXPLAINS.youngPeople));
  assert.equal(youngPeople.find((r) => r.url === YOUNG_PEOPLE_URL)?.filters[EXPLAINS_FILTER], undefined, 'the rest of the page explains nothing of its own');
});

test('only the page of later events, marked so on its <main>, counts in full among the pages: its h1 is its title, not its text', () => {
  const inFull = builtPages().filter((url) => pageDom(url).querySelector('main')?.getAttribute('data-pagefind-weight') === '1');
  assert.deepEqual(inFull, [SINCE_2018_URL]);
  assert.equal(pageDom(SINCE_2018_URL).querySelector('main')!.getAttribute('data-search'), 'in-full');
  const record = wholePage(SINCE_2018_URL);
  assert.equal(record.meta.title, 'What has happened since 2018');
  assert.ok(record.content.startsWith('The rest of this site explains'), record.content.slice(0, 60));
  assert.deepEqual(record.filters[EXPLAINS_FILTER], [EXPLAINS.later]);
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
  // Source notes are marked data-pagefind-ignore: "Where the report says this: paragraph 102" in every entry made it match "report" and "paragraph".
  const noted = entries.filter((r) => /where the report says this|general information, not from the report/i.test(r.content)).map((r) => r.url);
  assert.deepEqual(noted, [], 'entries index their source notes');
  assert.ok(entries.every((r) => r.meta[EXPLAINS_META] === 'yes'), 'each entry is marked as explaining a word');
  assert.ok(pageRecords(YOUNG_PEOPLE_URL, pageHtml(YOUNG_PEOPLE_URL)).every((r) => !r.meta[EXPLAINS_META]), 'the young people\'s parts explain no word');
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

test('/search/ loads none of the scripts every other page loads (marking searched words on arrival): no result opens it', () => {
  const scripts = (url: string) => pageDom(url).querySelectorAll('script[src]').map((el) => el.getAttribute('src')!);
  const others = contentPages().filter((u) => u !== '/search/' && u !== '/404.html');
  // The arrival highlighting reads the ?highlight= words; the footer's script (the date on a printed copy) is on every page, /search/ too.
  const marksArrival = (src: string) => readFileSync(join(DIST, src), 'utf8').includes('highlight');
  const onEveryPage = others.map(scripts).reduce((common, page) => common.filter((src) => page.includes(src))).filter(marksArrival);
  assert.ok(onEveryPage.length > 0, 'every other page loads the arrival highlighting');
  assert.deepEqual(scripts('/search/').filter((src) => onEveryPage.includes(src)), []);
});

test('the young people\'s page is searched part by part, each at its question\'s anchor; the rest is the page\'s record', () => {
  const records = pageRecords(YOUNG_PEOPLE_URL, pageHtml(YOUNG_PEOPLE_URL));
  const questions = pageDom(YOUNG_PEOPLE_URL).querySelectorAll('main section[aria-labelledby]').map((part) => part.getAttribute('aria-labelledby'));
  assert.ok(questions.includes('have-your-say'), 'the help, complain and have-your-say part has its anchor');
  assert.deepEqual(records.map((r) => r.url), [YOUNG_PEOPLE_URL, ...questions.map((id) => `${YOUNG_PEOPLE_URL}#${id}`)]);
  const help = records.find((r) => r.url.endsWith('#have-your-say'))!;
  assert.equal(help.meta.title, 'Who can I talk to, and how can I get help, complain or have my say?');
  assert.equal(help.meta.page, 'What the inspectors found: for children and young people');
  assert.match(help.content, /you can complain to the Trust/);
  assert.ok(!help.content.includes('Where the report says this'), 'source notes are not the part\'s words');
  const page = records[0];
  assert.match(page.content, /Childline/, 'the help panel stays in the page\'s record');
  assert.ok(!page.content.includes('you can complain to the Trust'), 'a part\'s text is not repeated in the page\'s record');
});
