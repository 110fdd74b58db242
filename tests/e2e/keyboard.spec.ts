/** Keyboard use: the skip link comes first and works; focus is always visible and never hidden. */
import { test, expect } from '../support/reused-page.ts';
import { contentPages } from '../../scripts/lib/built-site.ts';
import { SCHEMES } from '../support/browser.ts';

const pages = contentPages();

/** One page load per page: the skip link first, then every focusable element in both colour schemes. */
for (const url of pages) {
  test(`${url}: the skip link comes first and works; focus is visible and not covered (light and dark)`, async ({ page }) => {
    await page.goto(url);
    await page.keyboard.press('Tab');
    const skip = page.locator(':focus');
    await expect(skip).toHaveText('Skip to main content');
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator(':focus')).toHaveId('main-content');
    await page.keyboard.press('Tab'); // keyboard modality, so :focus-visible applies to focus() below

    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      const problems = await page.evaluate(() => {
        const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')]
          .filter((el) => el.tabIndex >= 0 && el.getClientRects().length > 0 && !el.closest('[hidden], [inert]'));
        const look = (el: HTMLElement) => {
          const s = getComputedStyle(el);
          return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.color, s.textDecorationLine].join('|');
        };
        const found: string[] = [];
        for (const el of focusable.slice(0, 250)) {
          const name = `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
          if (el.tabIndex > 0) found.push(`${name} has tabindex ${el.tabIndex} (breaks the focus order)`);
          el.blur();
          const before = look(el);
          el.focus();
          if (document.activeElement !== el) continue; // e.g. a skip link only visible when focused by Tab
          if (look(el) === before) found.push(`${name} looks the same focused and unfocused`);
          const box = el.getBoundingClientRect();
          // Probe the first line of the element: a link that wraps onto a second line has a bounding
          // box whose middle can fall on the text before it, e.g. another link in the same sentence.
          const line = el.getClientRects()[0];
          const x = Math.min(Math.max(line.left + line.width / 2, 0), innerWidth - 1);
          const y = Math.min(Math.max(line.top + Math.min(line.height, 20) / 2, 0), innerHeight - 1);
          const top = document.elementFromPoint(x, y);
          if (box.bottom < 0 || box.top > innerHeight) found.push(`${name} is off screen when focused`);
          else if (top && top !== el && !el.contains(top) && !top.contains(el)) found.push(`${name} is covered by ${top.tagName.toLowerCase()}.${top.className}`);
        }
        return found;
      });
      expect(problems, `${scheme} colour scheme`).toEqual([]);
    }
  });
}
