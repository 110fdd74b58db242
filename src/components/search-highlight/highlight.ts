/**
 * Arriving from a search result (a link with ?highlight=words#para-N): marks those words in the
 * target paragraph, or in the main content for a page-level result. Text nodes only, so the
 * page's markup is never rebuilt from strings.
 */

/** Written by the search page (HIGHLIGHT_PARAM in src/lib/search/search-results.ts) as words separated by spaces. */
const HIGHLIGHT_PARAM = 'highlight';

import { escapeRegExp } from '../../lib/site/text-escape.ts';

export function highlightArrival(): void {
  const words = (new URLSearchParams(location.search).get(HIGHLIGHT_PARAM) ?? '').split(/\s+/).filter(Boolean);
  const id = decodeURIComponent(location.hash.slice(1));
  const target = (id && document.getElementById(id)) || document.querySelector('main');
  if (!words.length || !target) return;
  // Whole words only; the capturing group keeps the matches in split()'s output, at odd indexes.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  for (const text of texts) {
    if (text.parentElement?.closest('a, nav, .visually-hidden')) continue;
    const parts = text.data.split(pattern);
    if (parts.length < 2) continue;
    const marked = parts.map((part, i) => {
      if (i % 2 === 0) return part;
      const mark = document.createElement('mark');
      mark.className = 'search-highlight';
      mark.textContent = part;
      return mark;
    });
    text.replaceWith(...marked);
  }
  if (target.matches('main')) target.querySelector('mark.search-highlight')?.scrollIntoView({ block: 'center' });
}
