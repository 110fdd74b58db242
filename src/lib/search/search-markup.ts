/**
 * How a page tells search what to index, on its own <main> (set by BaseLayout's `search` prop,
 * read by search-records.ts when the index is written), in Pagefind's own markup where Pagefind
 * indexes the page from its HTML. Pure: the layout and the index share it.
 */
import { EXPLAINS_FILTER, PAGE_TEXT_WEIGHT } from './search-ranking.ts';

/**
 * 'page': one record of the main text; 'parts': one record per part under a heading with an id
 * (the rest stays the page's record); 'in-full': one record counted as fully as a paragraph;
 * 'summary': one record of the page's title and what it marks SEARCH_SUMMARY_ATTRIBUTE (a findings
 * topic, whose quoted paragraphs are records of their own); 'none': not indexed.
 */
export type PageSearch = 'page' | 'parts' | 'in-full' | 'summary' | 'none';

const SEARCH_ATTRIBUTE = 'data-search';
/** Pagefind's own marking of content it leaves out; "all" leaves out the element's children too. */
const IGNORE_ATTRIBUTE = 'data-pagefind-ignore';

/** Pagefind's own marking of a filter value, "name:value", here on <main> for every record of the page. */
const FILTER_ATTRIBUTE = 'data-pagefind-filter';

/**
 * Pagefind's own markup for a page it indexes from its built HTML, as one record ('page' and
 * 'in-full'): <main> is the record's body, at the page's weight (recordWeight in search-ranking.ts),
 * headings included. A 'page' sets an empty `title` meta, or Pagefind would take the h1 as `title`
 * and index it far above the page's weight; its h1 is its `heading` (headingSearchAttributes). A page
 * counted in full keeps the h1 as `title`, as a paragraph's title is indexed (docs/search.md).
 */
function wholePageAttributes(search: 'page' | 'in-full'): Record<string, string> {
  return search === 'page'
    ? { 'data-pagefind-body': '', 'data-pagefind-weight': String(PAGE_TEXT_WEIGHT), 'data-pagefind-meta': 'title:' }
    : { 'data-pagefind-body': '', 'data-pagefind-weight': '1' };
}

/**
 * The attributes <main> carries for a page's way of being searched and, for a plain-language page,
 * the kind of explanation it is (EXPLAINS in search-ranking.ts), as a filter.
 */
export function searchAttributes(search: PageSearch, explains?: string): Record<string, string> {
  const filter: Record<string, string> = explains ? { [FILTER_ATTRIBUTE]: `${EXPLAINS_FILTER}:${explains}` } : {};
  if (search === 'none') return { [IGNORE_ATTRIBUTE]: 'all' };
  if (search === 'page') return { ...wholePageAttributes(search), ...filter };
  return { [SEARCH_ATTRIBUTE]: search, ...(search === 'in-full' && wholePageAttributes(search)), ...filter };
}

/** The attributes of a page's h1 (PageHeading) for Pagefind: its `heading`, or for a page counted in full its `title` (wholePageAttributes). */
export function headingSearchAttributes(search: PageSearch = 'page'): Record<string, string> {
  return search === 'in-full' ? { [IGNORE_ATTRIBUTE]: '', 'data-pagefind-meta': 'title' } : { 'data-pagefind-meta': 'heading' };
}

/** The filter a report section's records are found under (search-records.ts), named as the search page shows it. */
export const SECTION_FILTER = 'Section';

/**
 * A report section's meta and filter, for its page's <head>: Pagefind reads them with the page
 * (wholePageAttributes). HTML allows `content` on a <meta> only with a `name`.
 */
export function sectionSearchMeta(shortTitle: string): Record<string, string>[] {
  return [
    { name: 'pagefind-section', 'data-pagefind-meta': 'section[content]', content: shortTitle },
    { name: 'pagefind-section-filter', [FILTER_ATTRIBUTE]: `${SECTION_FILTER}[content]`, content: shortTitle },
  ];
}

/** The filters a page's <main> gives every record of the page (Pagefind's "name:value"). */
export function pageFiltersOf(main: { getAttribute(name: string): string | undefined | null }): Record<string, string[]> {
  const declared = main.getAttribute(FILTER_ATTRIBUTE);
  if (!declared) return {};
  const at = declared.indexOf(':');
  return { [declared.slice(0, at)]: [declared.slice(at + 1)] };
}

/** The way of being searched that a page's <main> declares (the reverse of searchAttributes). */
export function pageSearchOf(main: { getAttribute(name: string): string | undefined | null; hasAttribute(name: string): boolean }): PageSearch {
  if (main.hasAttribute(IGNORE_ATTRIBUTE)) return 'none';
  const declared = main.getAttribute(SEARCH_ATTRIBUTE);
  if (declared === 'parts' || declared === 'in-full' || declared === 'summary') return declared;
  if (declared) throw new Error(`<main ${SEARCH_ATTRIBUTE}="${declared}">: the page asks for a way of being searched that does not exist. Use 'page', 'parts', 'in-full', 'summary' or 'none' (BaseLayout's search prop).`);
  return 'page';
}

/** Marks an entry with an anchor of its own that is searched on its own (the glossary's entries). */
export const SEARCH_ENTRY_ATTRIBUTE = 'data-search-entry';

/** Marks the summary a page searched by 'summary' is found by (a findings topic's description). */
export const SEARCH_SUMMARY_ATTRIBUTE = 'data-search-summary';
