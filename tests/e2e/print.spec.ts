/** Printing: no navigation, the licence kept, link targets printed, a PDF that is mostly text. */
import { test, expect } from '../support/reused-page.ts';
import { isTransparent, luminance } from '../support/colour.ts';
import { FINDINGS_URL, FULL_REPORT_URL, recommendationUrl, sectionUrl } from '../../src/lib/site/site-urls.ts';
import { readSiteConfig } from '../../src/lib/site/site-config.ts';

for (const url of [sectionUrl('the-local-authority'), FULL_REPORT_URL, '/']) {
  test(`${url} prints without navigation, with the licence and link targets`, async ({ page }) => {
    await page.goto(url);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.skip-link', '.breadcrumbs', '.pagination', '.report-contents', '.back-to-top', '.site-footer nav']) {
      for (const element of await page.locator(hidden).all()) await expect(element).toBeHidden();
    }
    await expect(page.locator('.site-footer__licence')).toBeVisible();
    await expect(page.locator('.site-footer__licence')).toContainText('Open Government Licence');
    const printedTarget = await page.locator('.site-footer__licence a').evaluate((a) => getComputedStyle(a, '::after').content);
    expect(printedTarget).toContain('nationalarchives.gov.uk');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
}

test('printed from a screen in dark mode, every page part is light: paper is light whatever the screen\'s scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const url of ['/', FINDINGS_URL, sectionUrl('help-and-protection')]) {
    await page.goto(url);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), `${url} on screen is dark`).not.toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ media: 'print' });
    // Every box that paints a background, with "print backgrounds" on, must be light.
    const backgrounds = await page.evaluate(() =>
      [document.documentElement, document.body, ...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => el.checkVisibility())
        .map((el) => `${el.tagName.toLowerCase()}.${el.className} ${getComputedStyle(el).backgroundColor}`),
    );
    const dark = backgrounds.filter((line) => {
      const colour = line.slice(line.lastIndexOf(' rgb'));
      return !isTransparent(colour.trim()) && luminance(colour) < 0.5;
    });
    expect(dark, url).toEqual([]);
    expect((await page.pdf({ format: 'A4', printBackground: true })).subarray(0, 5).toString()).toBe('%PDF-');
  }
});

test.describe('on a fixed day', () => {
  // A clock cannot be taken off a page again: this test has a page of its own.
  test.use({ ownPage: true });
  test('a printed recommendation gives the site\'s own links their full public address, and its own address and the date it was printed', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-03T10:00:00Z'));
    await page.goto(recommendationUrl(6));
    await page.emulateMedia({ media: 'print' });
    const address = new URL(readSiteConfig().url).origin;
    const printed = await page.locator('main a[href^="/"]').first().evaluate((a) => ({ href: a.getAttribute('href'), after: getComputedStyle(a, '::after').content }));
    expect(printed.after).toBe(`" (${address}${printed.href})"`);
    const line = page.locator('.site-footer__printed');
    await expect(line).toBeVisible();
    await expect(line).toHaveText(`This page: ${address}${recommendationUrl(6)}. Printed on 3 December 2026.`);
    await page.emulateMedia({ media: 'screen' });
    await expect(line).toBeHidden();
  });
});
