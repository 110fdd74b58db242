/** The search page over the built index: safe, bookmarkable, announced once, keyboard-friendly, usable without JavaScript. */
import type { Page } from '@playwright/test';
import { test, expect } from '../support/reused-page.ts';
import { SCHEMES } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { projectContent } from '../support/changed-content.ts';
import { paragraphId } from '../../src/lib/content/report-structure.ts';
import { FULL_REPORT_URL, paragraphUrl, SINCE_2018_URL } from '../../src/lib/site/site-urls.ts';
import { RESULTS_PER_PAGE } from '../../src/lib/search/search-ranking.ts';


/** Opens the search page and waits until Pagefind has loaded (its filters appear only then). */
async function openSearch(page: Page, query?: string): Promise<void> {
  await page.goto(query === undefined ? '/search/' : `/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('#search-filters')).toBeVisible();
  if (query) await expect(page.getByRole('status')).not.toBeEmpty();
}

const resultLinks = (page: Page) => page.locator('#search-results a.search-result__link');

/** The paragraph numbers of the results shown, in order (page-level results as their link text). */
async function shownResults(page: Page): Promise<string[]> {
  return resultLinks(page).evaluateAll((links) =>
    links.map((a) => (a as HTMLAnchorElement).hash.match(/^#para-(\d+)$/)?.[1] ?? a.textContent!.trim()),
  );
}

for (const scheme of SCHEMES) {
  test(`results, partial matches, open filters and a spelling suggestion have no axe violations (${scheme}, 320px)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 320, height: 900 });
    await openSearch(page, 'care leavers in hotels');
    await page.getByText('Filter results').click();
    await expect(page.locator('.search-result__words').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    // A spelling suggestion.
    await openSearch(page, 'adopton scorecard');
    await expect(page.locator('#search-suggestion')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('a query in the address is shown as text and runs no script', async ({ page }) => {
  const query = '<img src=x onerror=alert(1)>';
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const imageWatch = await page.addInitScript(() => {
    // Any <img> created from the query would be caught here, even if removed again.
    new MutationObserver((records) => {
      for (const r of records) for (const node of r.addedNodes) if (node.nodeName === 'IMG') (window as any).imageAdded = true;
    }).observe(document, { childList: true, subtree: true });
  });
  await openSearch(page, query);
  await expect(page.getByLabel('Words to search for')).toHaveValue(query);
  await expect(page.getByRole('status')).toContainText(`‘${query}’`);
  expect(await page.locator('img').count()).toBe(0);
  expect(await page.evaluate(() => (window as any).imageAdded ?? false)).toBe(false);
  expect(dialogs).toEqual([]);
  await imageWatch.dispose();
});

test('?q= runs the search when the page opens, with paragraph links, section and marked excerpt', async ({ page }) => {
  await openSearch(page, 'Clickwise');
  await expect(page.getByRole('status')).toHaveText('1 result for ‘Clickwise’.');
  const result = page.locator('#search-results li').first();
  await expect(result.getByRole('link')).toHaveText('Paragraph 52');
  expect(await result.getByRole('link').getAttribute('href')).toBe(paragraphUrl(52).replace('#', '?highlight=clickwise#'));
  await expect(result.locator('.search-result__where')).toHaveText('Children looked after and achieving permanence');
  await expect(result.locator('mark')).toHaveCount(1);
  await expect(result.locator('mark')).toContainText('Clickwise');
});

test('every result is a link with a name, the page of later events (a record at full weight) too', async ({ page }) => {
  await openSearch(page, '2025');
  await expect(page.getByRole('status')).not.toBeEmpty();
  const links = page.locator('#search-results a.search-result__link');
  expect(await links.first().evaluate((a) => (a as HTMLAnchorElement).pathname)).toBe(SINCE_2018_URL);
  expect((await links.allTextContents()).filter((name) => !name.trim())).toEqual([]);
});

test('the address follows the query as it is typed, without adding history entries', async ({ page }) => {
  await openSearch(page);
  const entries = await page.evaluate(() => history.length);
  await page.getByLabel('Words to search for').pressSequentially('home education');
  await expect(page).toHaveURL(/\/search\/\?q=home\+education$/);
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? (for ‘home education’|(has|have) all your words)/);
  await page.getByLabel('Words to search for').fill('');
  await expect(page).toHaveURL(/\/search\/$/);
  expect(await page.evaluate(() => history.length)).toBe(entries);
});

test.describe('with a fake clock', () => {
  test.use({ ownPage: true }); // the clock cannot be taken off a page again

  test('the result count is announced politely once per settled query, not per keystroke', async ({ page }) => {
    await page.clock.install();
    await openSearch(page);
    const status = page.getByRole('status');
    await expect(status).toHaveAttribute('role', 'status'); // role=status is a polite live region
    await page.evaluate(() => {
      const region = document.querySelector('[role="status"]')!;
      (window as any).announcements = [];
      new MutationObserver(() => (window as any).announcements.push(region.textContent)).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    // Time stands still while typing, so no pause between keys is long enough to settle.
    await page.clock.pauseAt(Date.now() + 60_000);
    await page.getByLabel('Words to search for').pressSequentially('return home interview');
    await page.clock.runFor(1000);
    // The count, then the abbreviation searched too (RHI, from the glossary).
    await expect(status).toHaveText(/^\d+ results for ‘return home interview’\. Also searched for ‘RHI’/);
    const first = await status.textContent();
    await page.getByLabel('Words to search for').pressSequentially('s');
    await page.clock.runFor(1000);
    await expect(status).toHaveText(/^\d+ results for ‘return home interviews’\. Also searched for ‘RHI’/);
    expect(await page.evaluate(() => (window as any).announcements)).toEqual([first, await status.textContent()]);
  });
});

test('results are reached by Tab and moved between with the arrow keys', async ({ page }) => {
  await openSearch(page, 'return home interview');
  const field = page.getByLabel('Words to search for');
  await field.focus();
  await page.keyboard.press('ArrowDown');
  await expect(resultLinks(page).nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(resultLinks(page).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(field).toBeFocused();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab'); // Search button, filters, the explanation above the results
  await expect(page.locator('#search-explanation a')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(resultLinks(page).nth(0)).toBeFocused();
});

test('focus stays where it was when a filter changes the results, and moves to the new results on "Show more"', async ({ page }) => {
  await openSearch(page, 'children');
  expect(await resultLinks(page).count()).toBe(RESULTS_PER_PAGE);
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(resultLinks(page).nth(RESULTS_PER_PAGE)).toBeFocused();
  expect(await resultLinks(page).count()).toBe(2 * RESULTS_PER_PAGE);

  await page.getByText('Filter results').click();
  const adoption = page.getByRole('checkbox', { name: /^Adoption performance/ });
  await adoption.focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('status')).toHaveText(/results for ‘children’ with the filters you chose\./);
  await expect(adoption).toBeFocused();
  const shown = await shownResults(page);
  expect(shown.length).toBeGreaterThan(0);
  for (const n of shown) expect(Number(n)).toBeGreaterThanOrEqual(66);
  for (const n of shown) expect(Number(n)).toBeLessThanOrEqual(80);
});

test('when no result holds every word, results holding some of them are offered, and the page says so', async ({ page }) => {
  const query = 'dental checks for care leavers'; // dental checks are in paragraph 49, about children looked after
  await openSearch(page, query);
  await expect(page.getByRole('status')).toHaveText(
    new RegExp(`^No result has all the words of ‘${query}’; \\d+ have some of them\\.$`),
  );
  expect((await shownResults(page)).slice(0, 3)).toContain('49');
  await expect(page.locator('#search-results li', { has: page.locator('a[href$="#para-49"]') }).locator('.search-result__words')).toHaveText(
    /^Has the words: .*dental, checks/,
  );
});

test('when few results hold every word, results holding most of them are ranked with them', async ({ page }) => {
  await openSearch(page, 'care leavers in hotels');
  // How many results hold every word depends on the site's own pages as well as the report's paragraphs.
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? (has|have) all your words; \d+ more have some\.$/);
  const [first, second] = await shownResults(page);
  expect([first, second].sort()).toEqual(['13', '88']);
  // "in" is a function word, never counted: paragraph 13 ("care leavers' use of hotels") holds all the words.
  await expect(page.locator('#search-results li', { has: page.locator('a[href$="#para-13"]') }).locator('.search-result__words')).toHaveCount(0);
  const leading = Number((await page.getByRole('status').textContent())!.match(/^\d+/)![0]);
  expect((await shownResults(page)).slice(0, leading)).toContain('13');
});

test('results holding all the words come first, counted apart from those holding some, which a label introduces', async ({ page }) => {
  // Paragraph 25 holds "delay" (for "waiting"), "help" and "social workers" together; two more results hold them all too.
  await openSearch(page, 'waiting for help from social workers');
  const status = page.getByRole('status');
  await expect(status).toHaveText(/^\d+ results? (has|have) all your words; \d+ more (has|have) some\. Also searched for ‘delay’ \(for waiting\)\.$/);
  const [all, some] = (await status.textContent())!.match(/\d+/g)!.map(Number);
  expect(all).toBeGreaterThan(1);
  expect(some).toBeGreaterThan(0);
  expect((await shownResults(page))[0]).toBe('25');
  // Every result holding all the words comes before the first that holds only some of them.
  while ((await resultLinks(page).count()) <= all) await page.getByRole('button', { name: 'Show more results' }).click();
  const items = page.locator('#search-results > li');
  await expect(page.locator('.search-result__group')).toHaveCount(1);
  await expect(items.nth(all).locator('.search-result__group')).toHaveText('Results with some of your words');
  for (let i = 0; i < all; i++) await expect(items.nth(i).locator('.search-result__group')).toHaveCount(0);
});

for (const scheme of SCHEMES) {
  test(`on a 320 x 568 screen the first result is on the first screen (${scheme})`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 568 });
    await page.emulateMedia({ colorScheme: scheme });
    await openSearch(page, 'waiting for early help');
    // The first answer in reading order: the explanation above the results, when there is one.
    const link = await page.locator('#search-explanation a, #search-results a.search-result__link').first().boundingBox();
    expect(link!.y + link!.height).toBeLessThanOrEqual(568);
    await expect(page.locator('#search-hint')).toBeHidden();
    await page.getByLabel('Words to search for').fill('');
    await expect(page.locator('#search-hint')).toBeVisible(); // before any result, the hint is there
  });
}

test('a search for a single word that is nowhere says so, with a way to search the whole report', async ({ page }) => {
  await openSearch(page, 'xylophone');
  await expect(page.getByRole('status')).toHaveText('No results for ‘xylophone’.');
  await expect(page.locator('main').getByRole('link', { name: 'the whole report on one page' })).toHaveAttribute('href', FULL_REPORT_URL);
});

test('English stemming: "interviews" finds a paragraph that only says "interview"', async ({ page }) => {
  const five = projectContent().paragraphs.find((p) => p.n === 5)!;
  expect(five.text).toMatch(/\binterview\b/);
  expect(five.text).not.toMatch(/\binterviews\b/);
  await openSearch(page, 'interviews');
  expect(await shownResults(page)).toContain('5');
});

test('a phrase in quotes matches only that phrase', async ({ page }) => {
  await openSearch(page, 'missing from education');
  expect((await shownResults(page)).length).toBeGreaterThan(2);
  await openSearch(page, '"missing from education"');
  expect((await shownResults(page)).sort()).toEqual(['38', '53']);
});

test('opening a result marks its paragraph and highlights the searched words in it', async ({ page }) => {
  await openSearch(page, 'return home interview');
  await page.getByRole('link', { name: 'Paragraph 48' }).click();
  await expect(page).toHaveURL(new RegExp(`#${paragraphId(48)}$`));
  const paragraph = page.locator(`#${paragraphId(48)}`);
  await expect(paragraph).toBeInViewport();
  expect(await paragraph.evaluate((el) => el.matches(':target'))).toBe(true);
  const text = projectContent().paragraphs.find((p) => p.n === 48)!.text;
  const searched = text.match(/\b(return|home|interviews)\b/gi)!;
  expect(searched.length).toBeGreaterThan(3);
  await expect(paragraph.locator('mark')).toHaveText(searched);
  await expect(page.locator('main mark')).toHaveCount(searched.length);
});

test('with JavaScript off, the search page says search needs it and links to the whole report', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/?q=letterbox');
  // The message is in <noscript>, whose text Playwright's text matchers skip; innerText is what a reader sees.
  expect(await page.locator('main').innerText()).toContain('Search needs JavaScript');
  // Phones have no Ctrl key: the way in every browser is its menu.
  expect(await page.locator('main').innerText()).toContain('then use Find in page in your browser’s menu');
  await expect(page.locator(`main a[href="${FULL_REPORT_URL}"]`).first()).toBeVisible();
  await expect(page.getByLabel('Words to search for')).toBeHidden();
  await context.close();
});

test('the header search form sends a plain GET to /search/?q= from every other page, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/report/adoption/');
  await page.getByRole('searchbox', { name: 'Search the report' }).fill('letterbox');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=letterbox$/);
  await context.close();
});

test('an abbreviation the report never writes finds what it stands for, and the page says what else it searched for', async ({ page }) => {
  await openSearch(page, 'LADO');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for ‘LADO’\. Also searched for ‘designated officer’ \(for LADO\)\.$/);
  expect((await shownResults(page))[0]).toBe('31');
});

test('an everyday word is searched in the report\'s words, and the page names the words added', async ({ page }) => {
  await openSearch(page, 'kids in care');
  await expect(page.getByRole('status')).toContainText('Also searched for ‘child’ and ‘children’ (for kids).');
  // More than five results: a page of them and more behind "Show more results".
  expect((await shownResults(page)).length).toBe(RESULTS_PER_PAGE);
  await expect(page.getByRole('button', { name: 'Show more results' })).toBeVisible();
});

test('a misspelt word that nothing holds: the nearest word\'s results are shown, and the page says so plainly', async ({ page }) => {
  await openSearch(page, 'leterbox');
  await expect(page.getByRole('status')).toHaveText(
    'No paragraph or page uses the word ‘leterbox’. Showing the results for ‘letterbox’ instead. 2 results for ‘letterbox’.',
  );
  expect((await shownResults(page))[0]).toBe('80');
  await expect(page.locator('#search-suggestion')).toBeHidden();
});

test('a misspelt word among words that paragraphs hold: "Did you mean" links to the suggestion, which searches in place', async ({ page }) => {
  await openSearch(page, 'adopton scorecard');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? (for ‘adopton scorecard’|(has|have) all your words).* Did you mean adoption scorecard\?$/);
  const suggestion = page.locator('#search-suggestion').getByRole('link', { name: 'adoption scorecard' });
  await expect(suggestion).toHaveAttribute('href', '/search/?q=adoption+scorecard');
  await suggestion.click();
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? (for ‘adoption scorecard’|(has|have) all your words)/);
  await expect(page).toHaveURL(/\?q=adoption\+scorecard$/);
  await expect(page.getByLabel('Words to search for')).toHaveValue('adoption scorecard');
});
