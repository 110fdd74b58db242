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

