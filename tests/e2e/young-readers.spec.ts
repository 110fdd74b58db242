/** Type for young readers on /young-people/ and /glossary/: at least 19px text and short lines, on a phone and a desktop. */
import { test, expect } from '@playwright/test';
import { WIDTHS } from '../support/browser.ts';
import { GLOSSARY_URL, YOUNG_PEOPLE_URL } from '../../src/lib/site-urls.ts';

for (const url of [YOUNG_PEOPLE_URL, GLOSSARY_URL]) {
  for (const width of WIDTHS) {
    test(`${url} at ${width}px: body text is at least 19px, with line spacing of 1.5 or more and lines of at most 75 characters`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(url);
      const blocks = await page.locator('main :is(p, li, dd)').evaluateAll((elements) =>
        elements.map((el) => {
          const style = getComputedStyle(el);
          const size = parseFloat(style.fontSize);
          // An average character of a sans-serif face is about half its size.
          return { text: (el.textContent ?? '').trim().slice(0, 30), size, lineHeight: parseFloat(style.lineHeight) / size, characters: el.getBoundingClientRect().width / (size * 0.5) };
        }),
      );
      expect(blocks.length).toBeGreaterThan(10);
      for (const block of blocks) {
        expect(block.size, block.text).toBeGreaterThanOrEqual(19);
        expect(block.lineHeight, block.text).toBeGreaterThanOrEqual(1.5);
        expect(block.characters, block.text).toBeLessThanOrEqual(75);
      }
    });
  }
}
