/**
 * Every URL of the site, in one place: pages, components, scripts and tests import these, so no
 * address is written by hand anywhere else.
 * (The contract tests in tests/ keep literal fixed addresses on purpose: they check this module.)
 */
import { getReportBlock, getSection, isParagraphNumber, paragraphId, paragraphsOf, PARAGRAPH_COUNT, sectionOfParagraph } from '../content/report-structure.ts';

export const HOME_URL = '/';
export const NOT_FOUND_URL = '/404.html';
export const REPORT_URL = '/report/';
export const FULL_REPORT_URL = '/report/full/';
export const YOUNG_PEOPLE_URL = '/young-people/';
/** The children's page's part on getting help, complaining and having a say (content/young-people/have-your-say.mdx). */
export const YOUNG_PEOPLE_HELP_URL = `${YOUNG_PEOPLE_URL}#have-your-say`;
/** Its lines for parents and carers (the heading's id in have-your-say.mdx): the home page's card for parents leads there. */
export const YOUNG_PEOPLE_PARENTS_URL = `${YOUNG_PEOPLE_URL}#parents-and-carers`;
export const GLOSSARY_URL = '/glossary/';
export const ABOUT_URL = '/about/';
/** The publisher's contact details on /about/; the footer's "Contact" links here. */
export const CONTACT_URL = `${ABOUT_URL}#contact`;
export const ACCESSIBILITY_URL = '/accessibility/';
/** Every other page's header has a search form that sends its query here as ?q=. */
export const SEARCH_URL = '/search/';
/** Where the build writes the words the index holds, for spelling suggestions: one per line, commonest first. */
export const SPELLINGS_URL = `${SEARCH_URL}spellings.txt`;
/** The lexicon's files (search-lexicon.ts): `${LEXICON_PATH}<first two letters>.json`. */
export const LEXICON_PATH = `${SEARCH_URL}words/`;
/** Where the build writes Pagefind's files (dist/pagefind/) and the search page loads them from. */
export const PAGEFIND_PATH = '/pagefind/';
export const RECOMMENDATIONS_URL = '/recommendations/';
export const FINDINGS_URL = '/findings/';
export const KEY_FIGURES_URL = '/key-figures/';
/** What public sources say happened after the report: the only page about later events. */
export const SINCE_2018_URL = '/since-2018/';
/** The anchor of the "Since 2018" part of a findings topic or recommendation page: what later inspections found. */
export const SINCE_2018_ANCHOR = 'since-2018';
/** Ofsted's own reports service, where the latest report on Sandwell is published. */
export const OFSTED_REPORTS_URL = 'https://reports.ofsted.gov.uk/';
/** The folder of the short citable addresses, /paragraphs/N/. */
export const SHORT_PARAGRAPHS_URL = '/paragraphs/';

export function sectionUrl(slug: string): string {
  getSection(slug);
  return `${REPORT_URL}${slug}/`;
}

/** Where paragraph n lives: its section page and anchor. */
export function paragraphUrl(n: number): string {
  return `${sectionUrl(sectionOfParagraph(n).slug)}#${paragraphId(n)}`;
}

/** Where an unnumbered block of the report lives: the cover on the contents page, the others in their section. */
export function reportBlockUrl(id: string): string {
  const { section } = getReportBlock(id);
  return section ? `${sectionUrl(section.slug)}#${id}` : `${REPORT_URL}#${id}`;
}

/** Where a cited place lives: a paragraph number or an unnumbered block's id. */
export function placeUrl(place: number | string): string {
  return typeof place === 'number' ? paragraphUrl(place) : reportBlockUrl(place);
}

/** The short citable address that redirects to paragraphUrl(n). */
export function shortParagraphUrl(n: number): string {
  if (!isParagraphNumber(n)) throw new Error(`Paragraph ${n} does not exist: the report numbers paragraphs 1 to ${PARAGRAPH_COUNT}`);
  return `${SHORT_PARAGRAPHS_URL}${n}/`;
}

/** A glossary entry: its id is its anchor on the glossary page. */
export function glossaryUrl(id: string): string {
  return `${GLOSSARY_URL}#${id}`;
}

/** Open data, written at build time from the content (src/pages/*.csv.ts, *.json.ts). */
export const KEY_FIGURES_CSV_URL = '/key-figures.csv';
export const REPORT_JSON_URL = '/report.json';
/** A print-only stylesheet naming the site's public address, so printed links show it in full (src/pages/print-address.css.ts). */
export const PRINT_ADDRESS_CSS_URL = '/print-address.css';
/** The editors' review sheet: every block of the site's own words beside what it cites. */
export const REVIEW_SHEET_URL = '/about/how-this-site-was-written/';
/** The review sheet comes in parts, one per kind of content, so each page stays light to check. */
export const REVIEW_SHEETS = [
  { id: 'young-people', title: 'The text for children and young people' },
  { id: 'recommendations', title: 'The recommendations explained' },
  { id: 'key-figures', title: 'Key figures' },
  { id: 'pages', title: 'Topics and page text' },
  { id: 'glossary', title: 'Words explained' },
] as const;

export type ReviewSheetId = (typeof REVIEW_SHEETS)[number]['id'];

/** One part of the review sheet. */
export function reviewSheetUrl(sheet: string): string {
  return `${REVIEW_SHEET_URL}${sheet}/`;
}
/** The whole review sheet, as data (the number check reads it). */
export const REVIEW_SHEET_JSON_URL = '/about/how-this-site-was-written.json';

/**
 * The recommendations are the report's paragraphs 1 to 17: recommendation N is paragraph N.
 * Marked pure, as are report-structure.ts's derived lists, so a browser script that imports only
 * a constant from here (the search page) does not ship the report's structure (about 2.8 KB).
 */
export const recommendationNumbers: readonly number[] = /* @__PURE__ */ paragraphsOf(/* @__PURE__ */ getSection('recommendations'));

export function recommendationUrl(n: number): string {
  if (!recommendationNumbers.includes(n)) {
    throw new Error(`Recommendation ${n} does not exist: the report makes recommendations ${recommendationNumbers[0]} to ${recommendationNumbers.at(-1)}.`);
  }
  return `${RECOMMENDATIONS_URL}${n}/`;
}

/** An id that is also a URL segment or anchor (topics, glossary entries, page text): lower-case words joined by hyphens. */
export const URL_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A topic's page. Topic ids are checked against content/topics.yaml by src/lib/content/content-rules.ts (paragraphTopicsProblems). */
export function topicUrl(id: string): string {
  if (!URL_ID.test(id)) throw new Error(`"${id}" is not a topic id: ids are lower-case words joined by hyphens.`);
  return `${FINDINGS_URL}${id}/`;
}
