/**
 * The site's main navigation, in one list: the header renders it and tests walk it.
 * A page is added here only once it exists (no link may point at a missing page).
 */
import { ABOUT_URL, FINDINGS_URL, RECOMMENDATIONS_URL, REPORT_URL, YOUNG_PEOPLE_URL } from './site-urls.ts';

export interface NavItem {
  href: string;
  label: string;
}

export const mainNav: readonly NavItem[] = [
  { href: REPORT_URL, label: 'Full report' },
  { href: FINDINGS_URL, label: 'Findings' },
  { href: RECOMMENDATIONS_URL, label: 'Recommendations' },
  { href: YOUNG_PEOPLE_URL, label: 'Young people' },
  { href: ABOUT_URL, label: 'About' },
];

export const SITE_NAME = 'Sandwell children’s services: Ofsted re-inspection 2018';
export const SITE_SHORT_NAME = 'Sandwell Ofsted report 2018';

/** The language of every page (<html lang>); the search index is built and loaded per language. */
export const SITE_LANGUAGE = 'en-GB';
