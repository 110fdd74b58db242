/**
 * Reflow (WCAG 1.4.10) and text spacing (1.4.12): no sideways scrolling and nothing clipped at 320px,
 * and no tag broken inside a word with the wider spacing.
 */
import { test, expect } from '../support/reused-page.ts';
import { contentPages } from '../../scripts/lib/built-site.ts';
import { TEXT_SPACING_CSS } from '../support/browser.ts';
import { layoutProblems, tagsBrokenInsideAWord } from '../support/layout.ts';

// The text-spacing overrides are injected as a <style> tag, which the site's CSP rightly blocks.
test.use({ bypassCSP: true });

for (const url of contentPages()) {
  test(`${url} reflows at 320px, as it is and with WCAG text-spacing overrides, with no sideways scroll or clipping`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(url);
    expect(await layoutProblems(page), 'as it is').toEqual([]);
    await page.addStyleTag({ content: TEXT_SPACING_CSS });
    expect(await layoutProblems(page), 'with text-spacing overrides').toEqual([]);
    // Wider letters, as a wide font has: a tag still breaks only between words.
    expect(await tagsBrokenInsideAWord(page), 'tags with text-spacing overrides').toEqual([]);
  });
}
