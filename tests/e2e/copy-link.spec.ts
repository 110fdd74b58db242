/**
 * Sharing a paragraph: "Copy link" copies its short address (without ?highlight=) where JavaScript
 * runs; without it the number stays a link and a line says how to copy it; a paragraph opened by
 * its link is marked, under its section's name, on the screen.
 */
import { test, expect } from '@playwright/test';
import { getSection } from '../../src/lib/content/report-structure.ts';
import { paragraphUrl, sectionUrl, shortParagraphUrl } from '../../src/lib/site/site-urls.ts';

const N = 48;
const SECTION = 'children-looked-after';

test('"Copy link" copies the paragraph\'s short address, not the page\'s own with ?highlight=', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${sectionUrl(SECTION)}?highlight=adoption#para-${N}`);
  await expect(page.locator('#copy-link-hint')).toBeHidden();
  const paragraph = page.locator(`#para-${N}`);
  await paragraph.getByRole('button', { name: `Copy link to paragraph ${N}` }).click();
  const expected = new URL(shortParagraphUrl(N), baseURL).href;
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  await expect(paragraph.getByRole('status')).toHaveText(`Copied: ${expected}`);
  expect(expected).not.toContain('highlight');
});

test('a paragraph opened by its short address is marked, with its section\'s name on the screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 568 });
  await page.goto(shortParagraphUrl(N));
  await expect(page).toHaveURL(new RegExp(`${paragraphUrl(N)}$`));
  const paragraph = page.locator(`#para-${N}`);
  const context = paragraph.locator('.para__context');
  await expect(context).toHaveText(getSection(SECTION).shortTitle);
  await expect(context).toBeInViewport();
  await expect(paragraph.locator('.para__text')).toBeInViewport();
  expect(await paragraph.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  // Only the opened paragraph names its section.
  await expect(page.locator('.para__context:visible')).toHaveCount(1);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the number stays a link to the paragraph and a line says how to copy it and gives the short address', async ({ page }) => {
    await page.goto(sectionUrl(SECTION));
    const first = getSection(SECTION).paragraphs![0];
    await expect(page.getByRole('button', { name: /Copy link/ })).toHaveCount(0);
    await expect(page.locator(`#para-${N} a.para__number`)).toHaveAttribute('href', `#para-${N}`);
    const hint = page.locator('#copy-link-hint');
    await expect(hint).toBeVisible();
    await expect(hint).toContainText('copy the link on its number');
    await expect(hint).toContainText(shortParagraphUrl(first));
  });
});
