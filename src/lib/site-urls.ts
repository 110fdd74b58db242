/**
 * URLs of the councillors' pages (recommendations, findings, topics, key figures), beside
 * report-structure.ts which holds the report's own. Pages, components and tests import these, so
 * no such URL is written by hand anywhere else. Plain TypeScript: Node runs it in scripts and tests.
 */
import { getSection, paragraphsOf } from './report-structure.ts';

export const RECOMMENDATIONS_URL = '/recommendations/';
export const FINDINGS_URL = '/findings/';
export const KEY_FIGURES_URL = '/key-figures/';
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

/** The recommendations are the report's paragraphs 1 to 17: recommendation N is paragraph N. */
export const recommendationNumbers: readonly number[] = paragraphsOf(getSection('recommendations'));

export function recommendationUrl(n: number): string {
  if (!recommendationNumbers.includes(n)) {
    throw new Error(`Recommendation ${n} does not exist: the report makes recommendations ${recommendationNumbers[0]} to ${recommendationNumbers.at(-1)}.`);
  }
  return `${RECOMMENDATIONS_URL}${n}/`;
}

/** A topic id: lower-case words joined by hyphens, used as its page's URL segment. */
export const TOPIC_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A topic's page. Topic ids are checked against content/topics.yaml by src/lib/topics.ts. */
export function topicUrl(id: string): string {
  if (!TOPIC_ID.test(id)) throw new Error(`"${id}" is not a topic id: ids are lower-case words joined by hyphens.`);
  return `${FINDINGS_URL}${id}/`;
}
