/**
 * How a page tells search what to index, on its own <main> (set by BaseLayout's `search` prop,
 * read by search-records.ts when the index is written). Pure: the layout and the index share it.
 */

/**
 * 'page': one record of the main text; 'parts': one record per part under a heading with an id
 * (the rest stays the page's record); 'in-full': one record counted as fully as a paragraph;
 * 'none': not indexed.
 */
export type PageSearch = 'page' | 'parts' | 'in-full' | 'none';

const SEARCH_ATTRIBUTE = 'data-search';
/** Pagefind's own marking of content it leaves out; "all" leaves out the element's children too. */
const IGNORE_ATTRIBUTE = 'data-pagefind-ignore';

/** The attributes <main> carries for a page's way of being searched ('page' needs none). */
export function searchAttributes(search: PageSearch): Record<string, string> {
  if (search === 'none') return { [IGNORE_ATTRIBUTE]: 'all' };
  return search === 'page' ? {} : { [SEARCH_ATTRIBUTE]: search };
}

/** The way of being searched that a page's <main> declares (the reverse of searchAttributes). */
export function pageSearchOf(main: { getAttribute(name: string): string | undefined | null; hasAttribute(name: string): boolean }): PageSearch {
  if (main.hasAttribute(IGNORE_ATTRIBUTE)) return 'none';
  const declared = main.getAttribute(SEARCH_ATTRIBUTE);
  if (declared === 'parts' || declared === 'in-full') return declared;
  if (declared) throw new Error(`<main ${SEARCH_ATTRIBUTE}="${declared}">: the page asks for a way of being searched that does not exist. Use 'page', 'parts', 'in-full' or 'none' (BaseLayout's search prop).`);
  return 'page';
}

/** Marks an entry with an anchor of its own that is searched on its own (the glossary's entries). */
export const SEARCH_ENTRY_ATTRIBUTE = 'data-search-entry';
