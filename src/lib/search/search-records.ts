/**
 * What the search index holds beyond the pages Pagefind indexes whole from their own HTML
 * (isIndexedAsBuilt: sections, recommendations, about, since 2018): one record per numbered
 * paragraph (so a search answers "paragraph 48", not just the page it sits on), one per glossary
 * entry, one per part of the young people's page and one per findings topic, which Pagefind could
 * only make sub-results of a page. The build's search index (search-index-fs.ts) runs it; it is not shipped to browsers.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { sectionOfParagraph, type ReportSection } from '../content/report-structure.ts';
import { SITE_LANGUAGE } from '../site/site-config.ts';
import { paragraphUrl } from '../site/site-urls.ts';
import { EXPLAINS_META, recordWeight } from './search-ranking.ts';
import { type PageSearch, pageFiltersOf, pageSearchOf, SEARCH_ENTRY_ATTRIBUTE, SEARCH_SUMMARY_ATTRIBUTE, SECTION_FILTER } from './search-markup.ts';
import { escapeHtml } from '../site/text-escape.ts';

/** A record in Pagefind's custom-record shape (pagefind's Node API `addCustomRecord`). */
export interface SearchRecord {
  url: string;
  content: string;
  /** The pages' own `lang`, lower-cased: Pagefind searches only the index of the page's language. */
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** A numbered paragraph as the index reads it from the build's open data (search-index-fs.ts), its findings topics by name. */
export interface ParagraphToIndex {
  n: number;
  text: string;
  recommendation: boolean;
  topics: readonly string[];
}

/**
 * The filters a paragraph is found under, named as the search page shows them: its section and
 * its findings topics. The search page offers every filter the index holds, with no change of its own.
 */
function paragraphFilters(p: ParagraphToIndex): Record<string, string[]> {
  return {
    ...sectionFilter(sectionOfParagraph(p.n)),
    ...(p.topics.length > 0 && { Topic: [...p.topics] }),
  };
}

function sectionFilter(section: ReportSection): Record<string, string[]> {
  return { [SECTION_FILTER]: [section.shortTitle] };
}

/**
 * Pagefind groups records into one index per language, and a page searches only the index named
 * by its own <html lang>, lower-cased: a record in any other language is never found.
 */
export const SEARCH_LANGUAGE = SITE_LANGUAGE.toLowerCase();

export function paragraphRecord(p: ParagraphToIndex): SearchRecord {
  const section = sectionOfParagraph(p.n);
  const meta: Record<string, string> = {
    title: `Paragraph ${p.n} - ${section.shortTitle}`,
    paragraph: String(p.n),
    section: section.shortTitle,
  };
  if (p.recommendation) meta.recommendation = 'Recommendation';
  return { url: paragraphUrl(p.n), content: p.text, language: SEARCH_LANGUAGE, meta, filters: paragraphFilters(p) };
}

/** Whether a built page gets any record: a page says so on its <main> (see pageRecords for which are left out). */
export function isIndexedPage(html: string): boolean {
  return pageSearchOf(mainOf(parse(html), 'a page')) !== 'none';
}

/** A page's <main>; `page` names the page in the error when it has none. */
function mainOf(root: HTMLElement, page: string): HTMLElement {
  const main = root.querySelector('main');
  if (!main) throw new Error(`${page} has no <main>: every page needs one, and search indexes only its main content.`);
  return main;
}

/** Entries with anchors of their own that are searched one by one, not as one long page: the glossary's. */
const ENTRY_SELECTOR = `[${SEARCH_ENTRY_ATTRIBUTE}][id]`;

/**
 * A part of a page searched by part ('parts'), under a heading with an id: a child asking
 * "how do I complain" is taken to the part that answers it, not to the top of a long page. The
 * rest of such a page (its introduction, the help panel) stays the page's own record.
 */
const PART_SELECTOR = 'section[aria-labelledby]';

/**
 * Whether Pagefind indexes a built page from its own HTML, as one record: a page searched whole
 * ('page', 'in-full') that is not a list of anchored entries and has text of its own besides its
 * h1 (a review sheet's or a section's page of only quoted or numbered paragraphs has none). Its
 * <main>, h1 and <head> carry Pagefind's own markup (search-markup.ts: weight, heading or title,
 * section meta and filter).
 */
export function isIndexedAsBuilt(html: string): boolean {
  const main = mainOf(parse(html), 'a page');
  const search = pageSearchOf(main);
  if ((search !== 'page' && search !== 'in-full') || main.querySelector(ENTRY_SELECTOR)) return false;
  main.querySelector('h1')?.remove();
  return pageText(main) !== '';
}

/**
 * The records of a built page that Pagefind cannot index from its HTML as one record (isIndexedAsBuilt),
 * because Pagefind would make its anchored parts sub-results, which the search page does not rank:
 * none where its <main> says so (search-markup.ts, BaseLayout's `search` prop: the home page and
 * report contents, lists of links; the full report, which repeats every section; short links, which
 * only redirect; the search and not-found pages; and pages that only restate the report, the key
 * figures and findings pages, whose topics are search filters, since long records slow every search
 * that shows them, docs/search.md "Search speed"); one per entry where the page is a list of anchored
 * entries; one per part where it is searched by part (each found at its own anchor, under the page's
 * title) and the rest of that page as its own record, if it has text; a findings topic's summary.
 */
export function pageRecords(url: string, html: string): SearchRecord[] {
  if (isIndexedAsBuilt(html)) return [];
  const root = parse(html);
  const main = mainOf(root, `dist${url}`);
  const search = pageSearchOf(main);
  if (search === 'none') return [];
  // The page's own filters (its kind of explanation) go on its records; for a page searched by part,
  // on the parts, which answer, not on the rest of the page (its introduction, the help panel).
  const filters = pageFiltersOf(main);
  return pageRecordsOf(url, root, main, search).map((record) =>
    (search === 'parts' && record.url === url ? record : { ...record, filters: { ...record.filters, ...filters } }));
}

function pageRecordsOf(url: string, root: HTMLElement, main: HTMLElement, search: PageSearch): SearchRecord[] {
  if (search === 'summary') {
    const summary = main.querySelectorAll(`[${SEARCH_SUMMARY_ATTRIBUTE}]`).map(pageText).join(' ');
    return [{ url, content: summary, language: SEARCH_LANGUAGE, meta: { title: text(main.querySelector('h1')) }, filters: {} }];
  }
  const page = text(root.querySelector('main h1'));
  if (search !== 'parts') {
    return root.querySelectorAll(`main ${ENTRY_SELECTOR}`).map((entry) => {
      const record = anchoredRecord(`${url}#${entry.id}`, text(entry.querySelector('dt')), entry.querySelectorAll('dd').map(pageText).join(' '), page);
      return { ...record, meta: { ...record.meta, [EXPLAINS_META]: 'yes' } };
    });
  }
  const parts = root.querySelectorAll(`main ${PART_SELECTOR}`).map((part) => {
    const id = part.getAttribute('aria-labelledby')!;
    const heading = part.querySelector(`[id="${id}"]`);
    const title = text(heading);
    heading?.remove();
    part.remove();
    return anchoredRecord(`${url}#${id}`, title, pageText(part), page);
  });
  const rest = restRecord(url, main);
  return [...(rest ? [rest] : []), ...parts];
}

/** A record found at an anchor of a page, under the page's title. Its own title goes in as the start of its text (pageRecordHtml). */
function anchoredRecord(url: string, title: string, content: string, page: string): SearchRecord {
  return { url, content, language: SEARCH_LANGUAGE, meta: { title, page }, filters: {} };
}

/**
 * Parts of <main> that are not the page's own text: navigation, scripts, and what the page marks
 * data-pagefind-ignore (Pagefind's convention), each component marking its own: the numbered
 * paragraphs (each a record of its own), footnote numbers, quotes of text found elsewhere, the
 * paragraph range and "Back to top".
 */
const NOT_PAGE_TEXT = ['nav', '[data-pagefind-ignore]', 'script', 'style'];

/** The record of what is left of a page searched by part once its parts are taken out: its introduction, the help panel. */
function restRecord(url: string, main: HTMLElement): SearchRecord | undefined {
  const title = text(main.querySelector('h1'));
  main.querySelector('h1')?.remove();
  const content = pageText(main);
  return content ? { url, content, language: SEARCH_LANGUAGE, meta: { title }, filters: {} } : undefined;
}

/** An element's own text, without the parts of it that are not (NOT_PAGE_TEXT). */
function pageText(element: HTMLElement): string {
  for (const selector of NOT_PAGE_TEXT) element.querySelectorAll(selector).forEach((el) => el.remove());
  return text(element);
}

/** Text with block elements kept apart by spaces, so "plans.</p><p>Improved" stays two words. */
function text(element: HTMLElement | null): string {
  return (element?.structuredText ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * A record below a paragraph's weight (a glossary entry, a part of the young people's page, a
 * topic) as the small HTML document Pagefind's addHTMLFile reads, because only HTML can carry a weight (data-pagefind-weight, from recordWeight in search-ranking.ts). Pagefind also indexes a record's `title` meta at
 * a high weight of its own, so a page's title goes in as `heading` (shown by the search page) and
 * is searchable only at the page's weight, as the start of its text.
 */
export function pageRecordHtml(record: SearchRecord): string {
  const { title, ...rest } = record.meta;
  const meta = Object.entries({ heading: title, ...rest }).map(([key, value]) => `<span data-pagefind-meta="${escapeHtml(key)}">${escapeHtml(value)}</span>`);
  const filters = Object.entries(record.filters).flatMap(([name, values]) =>
    values.map((value) => `<span data-pagefind-filter="${escapeHtml(name)}">${escapeHtml(value)}</span>`));
  return `<!doctype html><html lang="${record.language}"><body><main data-pagefind-body>`
    + `<div data-pagefind-weight="${recordWeight(record)}">${escapeHtml(`${record.meta.title}. ${record.content}`)}</div>`
    + `<div data-pagefind-ignore>${[...meta, ...filters].join('')}</div>`
    + '</main></body></html>';
}
