/** Printing: no navigation, the licence kept, link targets printed, a PDF that is mostly text. */
import { test, expect } from '@playwright/test';
import { FULL_REPORT_URL, sectionUrl } from '../../src/lib/site-urls.ts';

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
