/**
 * Printing a councillors' page gives a clean briefing: no navigation or search, headings kept
 * with what follows, link targets printed, and the source and licence line at the end.
 */
import { test, expect } from '../support/reused-page.ts';
import { FINDINGS_URL, KEY_FIGURES_URL, recommendationUrl, topicUrl } from '../../src/lib/site/site-urls.ts';

for (const url of [FINDINGS_URL, topicUrl('missing-and-exploitation'), recommendationUrl(5), KEY_FIGURES_URL]) {
  test(`${url} prints as a clean briefing`, async ({ page }) => {
    await page.goto(url);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.skip-link', '.breadcrumbs', '.pagination', '.site-footer nav', 'form', '[role="search"]', 'search']) {
      for (const element of await page.locator(hidden).all()) await expect(element).toBeHidden();
    }
    const problems = await page.evaluate(() => {
      const found: string[] = [];
      for (const heading of document.querySelectorAll('main h1, main h2, main h3')) {
        if (getComputedStyle(heading).breakAfter !== 'avoid-page') found.push(`${heading.tagName} "${heading.textContent?.trim()}" may be left at the foot of a page`);
      }
      // Glossary links are words on paper: their addresses are deliberately not printed (GlossaryTerms).
      for (const link of document.querySelectorAll<HTMLAnchorElement>('main a[href^="/"]:not(.glossary-link)')) {
        const after = getComputedStyle(link, '::after').content;
        if (!after.includes(link.getAttribute('href')!)) found.push(`link "${link.textContent?.trim()}" prints without its target`);
      }
      // The licence line is the last thing printed: nothing visible follows it.
      const licence = document.querySelector('.site-footer__licence');
      const visible = [...document.querySelectorAll('body *')].filter((el) => el.getClientRects().length > 0 && el.children.length === 0);
      const last = visible.at(-1);
      if (!licence || !last || !(licence === last || licence.contains(last))) found.push(`the page ends with ${last?.outerHTML.slice(0, 80)}, not the licence`);
      return found.slice(0, 10);
    });
    expect(problems).toEqual([]);
    await expect(page.locator('.site-footer__licence')).toContainText('Open Government Licence');
    await expect(page.locator('.site-footer__licence')).toContainText('Crown copyright 2018, published by Ofsted');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
}
