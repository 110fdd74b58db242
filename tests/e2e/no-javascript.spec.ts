/** Every page is fully readable and navigable with JavaScript off. */
import { test, expect } from '../support/reused-page.ts';
import { contentPages } from '../../scripts/lib/built-site.ts';
import { sections } from '../../src/lib/content/report-structure.ts';
import { paragraphUrl, shortParagraphUrl } from '../../src/lib/site/site-urls.ts';

test.use({ javaScriptEnabled: false });

for (const url of contentPages()) {
  test(`${url} shows its heading, navigation and content with JavaScript off`, async ({ page }) => {
    await page.goto(url);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    expect((await page.locator('main').innerText()).length).toBeGreaterThan(100);
  });
}

test('with JavaScript off, the report can be read from the first section to the last by its next links', async ({ page }) => {
  await page.goto('/report/');
  await page.getByRole('link', { name: sections[0].title }).first().click();
  for (const section of sections.slice(1)) {
    await page.locator('a[rel="next"]').click();
    await expect(page.locator('h1')).toHaveText(section.title);
  }
});

for (const section of sections.filter((s) => s.paragraphs)) {
  test(`short links land on their paragraph, in view, with JavaScript off (${section.shortTitle})`, async ({ page }) => {
    const [first, last] = section.paragraphs!;
    for (let n = first; n <= last; n++) {
      await page.goto(shortParagraphUrl(n));
      await page.waitForURL(`**${paragraphUrl(n)}`);
      await expect(page.locator(`#para-${n}`)).toBeInViewport();
    }
  });
}
