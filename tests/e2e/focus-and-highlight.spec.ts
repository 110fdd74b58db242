/** Keyboard focus never looks like a searched word's highlight: their colours differ by 3:1 or more, in both schemes. */
import { test, expect } from '../support/reused-page.ts';
import { SCHEMES } from '../support/browser.ts';
import { contrast } from '../support/colour.ts';
import { SEARCH_URL } from '../../src/lib/site/site-urls.ts';

for (const scheme of SCHEMES) {
  test(`${scheme}: a focused search result and the highlighted words in results differ in colour by at least 3:1`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${SEARCH_URL}?q=adoption`);
    const firstResult = page.locator('#search-results li').first();
    const mark = firstResult.locator('mark').first();
    await expect(mark).toBeVisible();
    const link = firstResult.getByRole('link').first();
    // Focus as a keyboard user does, so :focus-visible applies.
    await page.locator('#search-query').focus();
    while (!(await link.evaluate((el) => el === document.activeElement))) await page.keyboard.press('Tab');
    const [focus, highlight] = await Promise.all([link, mark].map((el) => el.evaluate((e) => getComputedStyle(e).backgroundColor)));
    const ratio = contrast(focus, highlight);
    expect(ratio, `focus ${focus} against highlight ${highlight}`).toBeGreaterThanOrEqual(3);
  });
}
