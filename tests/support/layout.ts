/**
 * Layout checks run in the page: sideways scrolling and clipping (reflow), tags broken inside a
 * word, and table cells off the screen. Each returns what it found, as sentences, so a failure
 * names the element.
 */
import type { Page } from '@playwright/test';

/** A root font size of 200%: what a phone's largest text setting does to a page sized in rem. */
export const TEXT_200_CSS = 'html { font-size: 200% !important; }';

/** The page scrolls sideways, an element clips its content, or runs off the right edge of the screen. */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) found.push(`page scrolls sideways: ${root.scrollWidth}px content in ${root.clientWidth}px`);
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      // Closed <details> keep their boxes but show nothing.
      if (el.closest('.visually-hidden, .skip-link, svg') || !el.checkVisibility()) continue;
      const box = el.getBoundingClientRect();
      if (box.width <= 1 && box.height <= 1) continue; // hidden the visually-hidden way
      const s = getComputedStyle(el);
      const clipsX = ['hidden', 'clip'].includes(s.overflowX);
      const clipsY = ['hidden', 'clip'].includes(s.overflowY);
      if ((clipsX && el.scrollWidth > el.clientWidth + 1) || (clipsY && el.scrollHeight > el.clientHeight + 1)) {
        found.push(`${el.tagName.toLowerCase()}.${el.className} clips its content`);
      }
      if (box.width > 0 && (box.right > root.clientWidth + 1 || box.left < -1) && s.position !== 'fixed') {
        found.push(`${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}" runs off the screen`);
      }
    }
    return found.slice(0, 10);
  });
}

/**
 * Tags (judgements, "Recommendation") with a word split over two lines: each word's line boxes
 * (Range.getClientRects) must all sit on one line.
 */
export async function tagsBrokenInsideAWord(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const tag of document.querySelectorAll<HTMLElement>('.tag')) {
      if (tag.getClientRects().length === 0) continue;
      const walker = document.createTreeWalker(tag, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const text = walker.currentNode as Text;
        for (const word of text.data.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(text, word.index);
          range.setEnd(text, word.index + word[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom)));
          if (lines.size > 1) found.push(`"${word[0]}" in the tag "${tag.textContent?.trim()}" is split over ${lines.size} lines`);
        }
      }
    }
    return found;
  });
}

/** Table cells a reader cannot see without scrolling sideways: any part of them off the screen. */
export async function cellsOffScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll<HTMLElement>('main table :is(th, td)')]
      .filter((cell) => cell.getClientRects().length > 0 && !cell.closest('.visually-hidden'))
      .filter((cell) => {
        const box = cell.getBoundingClientRect();
        const scroller = cell.closest('table')?.parentElement;
        const scrolls = scroller && scroller.scrollWidth > scroller.clientWidth;
        return box.left < -1 || box.right > width + 1 || scrolls;
      })
      .map((cell) => `the cell "${cell.textContent?.trim().slice(0, 40)}" is off the screen or in a sideways scroll`);
  });
}
