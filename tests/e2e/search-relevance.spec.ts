/**
 * Relevance: queries a member of council staff would type, each with the paragraphs that must
 * come first, read from the report (content/report/*.mdx). Run through the search page itself,
 * so they rank as users see them. If one fails, tune the index or the ranking, not this list.
 * Questions about later events find the page of what has happened since 2018 first.
 */
import { test, expect } from '../support/reused-page.ts';
import { SINCE_2018_URL, YOUNG_PEOPLE_URL } from '../../src/lib/site/site-urls.ts';

interface Expectation {
  query: string;
  /** Paragraphs that must all be among the first `within` results. */
  paragraphs: number[];
  within: number;
}

const expectations: Expectation[] = [
  { query: 'return home interview', paragraphs: [36, 48, 103], within: 5 },
  { query: 'special guardianship', paragraphs: [56], within: 3 },
  { query: 'Clickwise', paragraphs: [52], within: 3 },
  { query: 'letterbox', paragraphs: [80], within: 3 },
  { query: 'home education', paragraphs: [39], within: 3 },
  { query: 'private fostering', paragraphs: [32], within: 3 },
  // Paragraph 33 writes "Sixteen-", so it holds every word only of the query below this one.
  { query: 'homeless 16 and 17 year olds', paragraphs: [7], within: 3 },
  { query: 'homeless', paragraphs: [7, 33], within: 3 },
  { query: 'adoption scorecard', paragraphs: [67], within: 3 },
  { query: 'pathway plans', paragraphs: [81, 107], within: 3 },
  { query: 'foster to adopt', paragraphs: [69], within: 3 },
  { query: 'life story work', paragraphs: [14, 63], within: 3 },
  { query: 'child permanence reports', paragraphs: [15, 72], within: 3 },
  { query: 'care leavers in hotels', paragraphs: [13], within: 3 },
  { query: 'staff turnover', paragraphs: [100], within: 3 },
  { query: 'complaints', paragraphs: [17, 111], within: 3 },
  { query: 'MASH', paragraphs: [22, 98], within: 3 },
  { query: 'section 20', paragraphs: [55], within: 3 },
  { query: 'Mind of my own', paragraphs: [47], within: 3 },
  { query: 'corporate parenting board', paragraphs: [109], within: 3 },
  { query: 'allegations against foster carers', paragraphs: [62], within: 3 },
  { query: 'delegated authority', paragraphs: [60], within: 3 },
  { query: 'taxi drivers', paragraphs: [104], within: 3 },
  { query: 'apprenticeships', paragraphs: [90], within: 3 },
  { query: 'domestic abuse', paragraphs: [21, 34], within: 3 },
  { query: 'adult mental health services for care leavers', paragraphs: [12], within: 3 },
  { query: 'dental checks', paragraphs: [49], within: 3 },
  { query: 'Cafcass', paragraphs: [106], within: 3 },
  // Paragraph numbers, as staff cite them.
  { query: 'para 48', paragraphs: [48], within: 1 },
  { query: 'paragraph 103', paragraphs: [103], within: 1 },
  { query: '48', paragraphs: [48], within: 1 },
  // Staff's own words: abbreviations the report never writes (from content/glossary.yaml) ...
  { query: 'LADO', paragraphs: [31], within: 1 },
  { query: 'CSE', paragraphs: [36, 48, 104], within: 5 },
  { query: 'CSE in hotels', paragraphs: [104], within: 3 },
  { query: 'SGO', paragraphs: [56], within: 3 },
  { query: 'CAMHS', paragraphs: [49], within: 3 },
  // ... misspellings (the report's nearest word is searched instead) ...
  { query: 'safegaurding hub', paragraphs: [22], within: 3 },
  { query: 'leterbox', paragraphs: [80], within: 1 },
  { query: 'private fostring', paragraphs: [32], within: 3 },
  { query: 'retrun home interview', paragraphs: [36, 48, 103], within: 5 },
  // ... and everyday words (content/search-words.yaml).
  { query: 'waiting for early help', paragraphs: [19], within: 3 },
  { query: 'dentist', paragraphs: [49], within: 1 },
  { query: 'deaf', paragraphs: [46], within: 1 },
  { query: 'social worker workload', paragraphs: [27, 47], within: 3 },
  { query: 'domestic violence', paragraphs: [21, 34], within: 3 },
  { query: 'grooming', paragraphs: [104], within: 3 },
  { query: 'runaway children', paragraphs: [36, 48], within: 5 },
  { query: 'housing for care leavers', paragraphs: [86, 87, 88], within: 5 },
];

// Questions about what happened after the report: the page of later events, the only page about them, comes first.
const laterEventsQueries = ['Children\'s Trust', 'latest inspection', '2022', '2025', 'good rating', 'who runs children\'s services now'];

for (const query of laterEventsQueries) {
  test(`"${query}" shows the page of what has happened since 2018 first`, async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status')).not.toBeEmpty();
    const first = await page.locator('#search-results a.search-result__link').first().getAttribute('href');
    expect(new URL(first!, page.url()).pathname, `the first result for "${query}"`).toBe(SINCE_2018_URL);
  });
}

for (const { query, paragraphs, within } of expectations) {
  test(`"${query}" shows paragraph${paragraphs.length > 1 ? 's' : ''} ${paragraphs.join(', ')} in the first ${within} results`, async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status')).not.toBeEmpty();
    const first = await page
      .locator('#search-results a.search-result__link')
      .evaluateAll((links, n) => links.slice(0, n).map((a) => (a as HTMLAnchorElement).hash), within);
    for (const n of paragraphs) expect(first, `paragraph ${n} for "${query}"`).toContain(`#para-${n}`);
  });
}

/** A child's question in their own words: the part of the young people's page that answers it comes first. */
const questions = [
  { query: 'how do I complain', part: '#have-your-say' },
  { query: 'I want to complain', part: '#have-your-say' },
  { query: 'who can I talk to', part: '#have-your-say' },
];

for (const { query, part } of questions) {
  test(`"${query}" shows the young people's page's part ${part} first`, async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status')).not.toBeEmpty();
    const first = page.locator('#search-results a.search-result__link').first();
    expect(await first.evaluate((a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash)).toBe(`${YOUNG_PEOPLE_URL}${part}`);
  });
}
