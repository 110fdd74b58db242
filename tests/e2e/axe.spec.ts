/** axe finds no WCAG 2.2 A/AA violations on any page, light and dark, wide and narrow. */
import { test, expect } from '../support/reused-page.ts';
import { axeViolations } from '../support/axe.ts';
import { contentPages } from '../../scripts/lib/built-site.ts';
import { SCHEMES, WIDTHS } from '../support/browser.ts';
import { shortParagraphUrl } from '../../src/lib/site/site-urls.ts';

/** Each page is loaded once and checked in every colour scheme and width, re-laid out in place. */
for (const url of contentPages()) {
  test(`${url} has no axe violations (light and dark, ${WIDTHS.join(' and ')}px)`, async ({ page }) => {
    await page.goto(url);
    const found: string[] = [];
    for (const scheme of SCHEMES) {
      for (const width of WIDTHS) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width, height: 900 });
        found.push(...(await axeViolations(page)).map((v) => `${scheme}, ${width}px: ${v}`));
      }
    }
    expect(found).toEqual([]);
  });
}

test('a short-link page has no axe violations (its refresh held back so it can be checked)', async ({ page }) => {
  const url = shortParagraphUrl(48);
  await page.route(`**${url}`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '');
    await route.fulfill({ response, body: html });
  });
  await page.goto(url);
  await expect(page.locator('h1')).toHaveText('Paragraph 48');
  expect(await axeViolations(page)).toEqual([]);
});
