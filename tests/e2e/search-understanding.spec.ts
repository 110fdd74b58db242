/**
 * What the search page does with readers' own words beyond ranking (the relevance report is
 * search-conversational.spec.ts): the plain-language page that explains a topic comes first,
 * labelled so; real English words are never "corrected"; and the filters' counts on the first
 * drawing are Pagefind's own for the query.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../support/reused-page.ts';
import { DIST } from '../../scripts/lib/built-site.ts';
import { matchWords, suggestSpelling } from '../../src/lib/search/search-vocabulary.ts';
import { PAGEFIND_PATH, SEARCH_URL, SPELLINGS_URL } from '../../src/lib/site/site-urls.ts';

const search = (query: string) => `${SEARCH_URL}?q=${encodeURIComponent(query)}`;

/** A topic in readers' words, and the plain-language pages that explain it. */
const topics = [
  { query: 'missing', explains: ['/findings/missing-and-exploitation/', '/recommendations/5/'] },
  { query: 'private fostering', explains: ['/findings/private-fostering/'] },
  { query: 'homeless', explains: ['/findings/homeless-young-people/', '/recommendations/7/'] },
  { query: 'complaints', explains: ['/findings/complaints/', '/recommendations/17/'] },
  { query: 'kicked out of home', explains: ['/findings/homeless-young-people/', '/recommendations/7/'] },
];

for (const { query, explains } of topics) {
  test(`"${query}" shows the plain-language page first, labelled as the explanation, above the report's paragraphs`, async ({ page }) => {
    await page.goto(search(query));
    await expect(page.getByRole('status')).not.toBeEmpty();
    const box = page.locator('#search-explanation');
    await expect(box).toBeVisible();
    await expect(box.getByRole('heading')).toHaveText('Explained in plain words');
    expect(explains).toContain(await box.getByRole('link').evaluate((a) => (a as HTMLAnchorElement).pathname));
    // First in reading order: no result comes before it.
    const firstLink = page.locator('#search-explanation a, #search-results a').first();
    expect(await firstLink.evaluate((a) => a.closest('#search-explanation') !== null)).toBe(true);
    await expect(page.locator('#search-results a.search-result__link').first()).toHaveAttribute('href', /#para-\d+/);
  });
}

/** Queries of real English words that the site never uses, each near a word it does ("away" is one letter from "way"). */
const englishQueries = ['placed miles away from home', 'far away', 'feeling lonely', 'scared to go home', 'my cousins'];

test('each real-word query holds a word the site never uses that is near one it does (so a suggestion would be offered without the word list)', () => {
  const spellings = readFileSync(join(DIST, SPELLINGS_URL), 'utf8').split('\n');
  for (const query of englishQueries) {
    const near = matchWords(query).filter((w) => !spellings.includes(w) && suggestSpelling(w, spellings));
    expect(near.length, `"${query}"`).toBeGreaterThan(0);
  }
});

for (const query of englishQueries) {
  test(`"${query}", in real English words, gets no spelling suggestion`, async ({ page }) => {
    await page.goto(search(query));
    await expect(page.getByRole('status')).not.toBeEmpty();
    await expect(page.locator('#search-suggestion')).toBeHidden();
    await expect(page.getByRole('status')).not.toContainText(/Did you mean|instead/);
  });
}

test('a misspelt word still gets its suggestion', async ({ page }) => {
  await page.goto(search('adoptoin scorecard'));
  await expect(page.getByRole('status')).toContainText(/Did you mean ‘?adoption scorecard|Showing the results for ‘adoption scorecard’ instead/);
});

for (const query of ['neglect', 'letterbox', 'dental checks']) {
  test(`the filters' counts for "${query}", opened on the first drawing, are Pagefind's own for the query`, async ({ page }) => {
    await page.goto(search(query));
    await expect(page.getByRole('status')).not.toBeEmpty();
    await page.getByText('Filter results').click();
    await expect(page.locator('.search-filters__checkbox').first()).toBeVisible();
    const pagefindCounts = await page.evaluate(async ({ path, q }) => {
      const pagefind = await import(/* @vite-ignore */ `${path}pagefind.js`);
      await pagefind.filters();
      return (await pagefind.search(q)).totalFilters as Record<string, Record<string, number>>;
    }, { path: PAGEFIND_PATH, q: query });
    const shown = () => page.locator('.search-filters__checkbox').evaluateAll((boxes) => boxes.map((box) => {
      const input = box as HTMLInputElement;
      return [input.name, input.value, Number(document.querySelector(`label[for="${input.id}"] .search-filters__count`)!.textContent!.replace(/\D/g, ''))] as const;
    }));
    await expect.poll(async () => (await shown()).map(([name, value, n]) => `${name}/${value}: ${n}`))
      .toEqual((await shown()).map(([name, value]) => `${name}/${value}: ${pagefindCounts[name]?.[value] ?? 0}`));
    expect((await shown()).some(([, , n]) => n > 0), 'some filter value counts the query').toBe(true);
  });
}
