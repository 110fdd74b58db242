/**
 * Words explained: the glossary page and the links from the first use of each abbreviation on the
 * report's pages (the two functions behind them are tested in tests/unit/glossary-terms.test.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NodeType, type HTMLElement, type Node } from 'node-html-parser';
import { normalise, pageDom, textOf } from '../../scripts/lib/built-site.ts';
import { changedData, projectContent } from '../support/changed-content.ts';
import { SOURCE_NOTE } from '../../scripts/lib/plain-language.ts';
import { glossaryEntrySchema, type GlossaryTerm } from '../../src/lib/content/content-schemas.ts';
import { sections } from '../../src/lib/content/report-structure.ts';
import { ABOUT_URL, FINDINGS_URL, FULL_REPORT_URL, recommendationNumbers, recommendationUrl, sectionUrl, topicUrl, YOUNG_PEOPLE_URL } from '../../src/lib/site/site-urls.ts';

const entry = (id: string, term: string, expansion?: string, forms?: string[]): GlossaryTerm => ({ id, term, expansion, forms, definition: 'A test.', sources: 'general' });

/** The glossary's abbreviations as the built glossary page shows them. */
function builtAbbreviations(): GlossaryTerm[] {
  return pageDom('/glossary/').querySelectorAll('.glossary__entry').flatMap((el) => {
    const abbr = el.querySelector('dt abbr');
    return abbr ? [entry(el.id, textOf(abbr), abbr.getAttribute('title'))] : [];
  });
}

/** Text nodes under an element, in document order, leaving out headings. */
function textNodes(node: Node): Node[] {
  if (node.nodeType === NodeType.TEXT_NODE) return [node];
  if (node.nodeType === NodeType.ELEMENT_NODE) {
    const element = node as HTMLElement;
    // Headings and small print (the dated notice) are never linked, nor text inside another link (a link cannot hold a link).
    if (/^H[1-6]$/.test(element.tagName) || element.tagName === 'SMALL') return [];
    if (element.tagName === 'A' && !element.classList.contains('glossary-link')) return [];
  }
  return node.childNodes.flatMap(textNodes);
}

const pagesQuotingTheReport = [
  ...sections.map((s) => sectionUrl(s.slug)),
  FULL_REPORT_URL,
  ABOUT_URL,
  YOUNG_PEOPLE_URL,
  FINDINGS_URL,
  ...projectContent().topics.map((t) => topicUrl(t.id)),
  ...recommendationNumbers.map(recommendationUrl),
];

for (const url of pagesQuotingTheReport) {
  test(`${url}: the first use of each abbreviation is an <abbr> linked to its glossary entry, and later uses are not linked`, () => {
    const main = pageDom(url).querySelector('main')!;
    const nodes = textNodes(main);
    const problems: string[] = [];
    for (const abbreviation of builtAbbreviations()) {
      const use = new RegExp(`(?<![\\w-])${abbreviation.term}s?(?![\\w-])`);
      const first = nodes.find((node) => use.test(node.text));
      const links = main.querySelectorAll(`a[href="/glossary/#${abbreviation.id}"]`);
      if (!first) {
        if (links.length) problems.push(`${abbreviation.term} is linked but never used`);
        continue;
      }
      const abbr = first.parentNode;
      const link = abbr?.parentNode;
      if (abbr?.tagName !== 'ABBR' || link?.getAttribute('href') !== `/glossary/#${abbreviation.id}` || !new RegExp(`^${abbreviation.term}s?$`).test(first.text)) {
        problems.push(`the first ${abbreviation.term} ("${first.text.trim().slice(0, 60)}") is not an <abbr> in a link to /glossary/#${abbreviation.id}`);
      } else if (abbr.getAttribute('title') !== abbreviation.expansion) {
        problems.push(`the first ${abbreviation.term} has the title "${abbr.getAttribute('title')}", not "${abbreviation.expansion}"`);
      }
      if (links.length !== 1) problems.push(`${abbreviation.term} is linked ${links.length} times`);
    }
    assert.deepEqual(problems, []);
  });
}

test('every link to the glossary lands on an entry', () => {
  const ids = new Set(pageDom('/glossary/').querySelectorAll('.glossary__entry').map((el) => el.id));
  for (const url of pagesQuotingTheReport) {
    for (const link of pageDom(url).querySelectorAll('a[href^="/glossary/#"]')) {
      const id = link.getAttribute('href')!.slice('/glossary/#'.length);
      assert.ok(ids.has(id), `${url} links to /glossary/#${id}, which is not an entry`);
    }
  }
});

test('the glossary is in alphabetical order, grouped under letter headings, with one id per entry', () => {
  const page = pageDom('/glossary/');
  const terms = page.querySelectorAll('.glossary__term').map(textOf);
  const sorted = [...terms].sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' }));
  assert.deepEqual(terms, sorted);
  const ids = page.querySelectorAll('.glossary__entry').map((el) => el.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const section of page.querySelectorAll('main section')) {
    const letter = textOf(section.querySelector('h2')!);
    for (const term of section.querySelectorAll('.glossary__term')) assert.equal(textOf(term)[0].toUpperCase(), letter, textOf(term));
  }
  const letterLinks = page.querySelectorAll('nav[aria-label="Letters A to Z"] a').map((a) => a.getAttribute('href'));
  assert.deepEqual(letterLinks, page.querySelectorAll('main section h2').map((h) => `#${h.id}`));
});

/** A definition's own words, without the note naming its sources. */
function definitionWords(dd: HTMLElement): string {
  const note = dd.querySelector(SOURCE_NOTE);
  return normalise(note ? dd.textContent.replace(note.textContent, ' ') : dd.textContent);
}

test('every glossary definition says where it comes from: places in the report, linked, or general information', () => {
  const unsourced = pageDom('/glossary/').querySelectorAll('.glossary__entry').filter((el) => {
    const note = el.querySelector(`.glossary__definition ${SOURCE_NOTE}`);
    return !note || !/Where the report says this: .+\.|general information, not from the report/.test(textOf(note));
  });
  assert.deepEqual(unsourced.map((el) => el.getAttribute('id')), []);
  // Definitions that describe Sandwell cite the report, and link to it.
  const spoc = pageDom('/glossary/').querySelector(`#spoc ${SOURCE_NOTE}`)!;
  assert.equal(textOf(spoc), 'Where the report says this: paragraph 20.');
  assert.equal(spoc.querySelector('a')?.getAttribute('href'), '/report/help-and-protection/#para-20');
});

test('a glossary entry without sources fails its schema, naming the field', () => {
  const entries = changedData('content/glossary.yaml', (text) => text.replace(/(- id: spoc\n(?: {2}.*\n)*?) {2}sources: 20\n/, '$1')) as unknown[];
  const issues = entries.flatMap((entry) => glossaryEntrySchema.safeParse(entry).error?.issues ?? []);
  assert.deepEqual(issues.map((i) => i.path.join('.')), ['sources'], 'the schema took a glossary definition that names no source');
});

test('the glossary explains every term the issue asks for, each with a definition of one or two sentences', () => {
  const required = [
    'MASH', 'SPOC', 'IRO', 'RHI', 'SGO', 'PLO', 'LAYPB', 'CAMHS', 'ASYE', 'EDS', 'MARAC', 'MAPPA', 'MASE', 'CMOG', 'JSNA', 'LSCB',
    'DCS', 'HMI', 'SHMI', 'Cafcass', 'MOMO', 'SMART', 'child in need', 'child protection plan', 'core group', 'early help',
    'threshold', 'looked after', 'care leaver', 'permanence', 'section 20', 'special guardianship order', 'placement order',
    'connected person carer', 'private fostering', 'staying put', 'pathway plan', 'personal adviser', 'virtual school',
    'corporate parenting', 'life story work', 'later life letter', 'letterbox', 'foster to adopt', 'child permanence report',
    'agency decision-maker', 'return home interview', 'unregulated placement', 'social worker', 'foster carer', 'adoption',
    'senior manager',
  ];
  const page = pageDom('/glossary/');
  const definitions = new Map(page.querySelectorAll('.glossary__entry').map((el) => [
    textOf(el.querySelector('.glossary__term')!),
    definitionWords(el.querySelector('.glossary__definition')!),
  ]));
  assert.deepEqual(required.filter((term) => !definitions.has(term)), []);
  for (const [term, definition] of definitions) {
    const sentences = definition.split(/(?<=[.!?])\s+/).length;
    assert.ok(sentences >= 1 && sentences <= 2, `${term}: ${sentences} sentences`);
  }
  assert.equal(page.querySelector('#mash .glossary__expansion')?.text, 'multi-agency safeguarding hub');
});
