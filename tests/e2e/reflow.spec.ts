/** Reflow (WCAG 1.4.10) and text spacing (1.4.12): no sideways scrolling and nothing clipped at 320px. */
import { test, expect, type Page } from '@playwright/test';
import { contentPages } from '../../scripts/lib/built-site.ts';
import { TEXT_SPACING_CSS } from '../support/browser.ts';

// The text-spacing overrides are injected as a <style> tag, which the site's CSP rightly blocks.
test.use({ bypassCSP: true });

async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) found.push(`page scrolls sideways: ${root.scrollWidth}px content in ${root.clientWidth}px`);
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el.closest('.visually-hidden, .skip-link, svg, .table-scroll')) continue;
      const s = getComputedStyle(el);
      const clipsX = ['hidden', 'clip'].includes(s.overflowX);
      const clipsY = ['hidden', 'clip'].includes(s.overflowY);
      if ((clipsX && el.scrollWidth > el.clientWidth + 1) || (clipsY && el.scrollHeight > el.clientHeight + 1)) {
        found.push(`${el.tagName.toLowerCase()}.${el.className} clips its content`);
      }
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.right > root.clientWidth + 1 && s.position !== 'fixed') {
        found.push(`${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}" runs off the right edge`);
      }
    }
    return found.slice(0, 10);
  });
}

for (const url of contentPages()) {
  test(`${url} reflows at 320px, as it is and with WCAG text-spacing overrides, with no sideways scroll or clipping`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(url);
    expect(await layoutProblems(page), 'as it is').toEqual([]);
    await page.addStyleTag({ content: TEXT_SPACING_CSS });
    expect(await layoutProblems(page), 'with text-spacing overrides').toEqual([]);
  });
}
