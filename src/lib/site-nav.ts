/**
 * The site's main navigation, in one list: the header renders it and tests walk it.
 * A page is added here only once it exists (no link may point at a missing page).
 */
import { FINDINGS_URL, RECOMMENDATIONS_URL } from './site-urls.ts';

export interface NavItem {
  href: string;
  label: string;
}

export const mainNav: readonly NavItem[] = [
  { href: '/report/', label: 'Full report' },
  { href: FINDINGS_URL, label: 'Findings' },
  { href: RECOMMENDATIONS_URL, label: 'Recommendations' },
  { href: '/young-people/', label: 'Young people' },
  { href: '/about/', label: 'About' },
];

/** The search page; every other page's header has a search form that sends its query there as ?q=. */
export const SEARCH_URL = '/search/';
