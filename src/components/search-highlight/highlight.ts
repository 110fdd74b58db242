/**
 * Arriving from a search result (a link with ?highlight=words#para-N): marks those words in the
 * target paragraph, glossary entry or part of a page (a part's result links its heading: the
 * words are marked in the part it heads), or in the main content for a page-level result, and
 * brings the first mark into view. Text nodes only, so the page's markup is never rebuilt from
 * strings.
 */

/** Written by the search page (HIGHLIGHT_PARAM in src/lib/search/search-results.ts) as words separated by spaces. */
const HIGHLIGHT_PARAM = 'highlight';

import { escapeRegExp } from '../../lib/site/text-escape.ts';

export function highlightArrival(): void {
  const words = (new URLSearchParams(location.search).get(HIGHLIGHT_PARAM) ?? '').split(/\s+/).filter(Boolean);
  const id = decodeURIComponent(location.hash.slice(1));
  const anchor = (id && document.getElementById(id)) || document.querySelector('main');
  if (!words.length || !anchor) return;
  // A heading's words are few: the part it heads holds what was found.
  const target = (anchor.matches('h2, h3') && anchor.closest<HTMLElement>('section')) || anchor;
  // Whole words only; the capturing group keeps the matches in split()'s output, at odd indexes.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  for (const text of texts) {
    // Not in links (but in words linked to the glossary: they are the text), navigation, hidden words
    // or the notes naming sources (folded away on /young-people/).
    if (text.parentElement?.closest('a:not(.glossary-link), nav, .visually-hidden, .source-note, .part-sources')) continue;
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
  // A paragraph or entry is in view at its anchor; in a page or a part, the first mark may be screens
  // further on. After the load: the browser's own scroll to the #fragment comes until then.
  const first = target.querySelector('mark.search-highlight');
  if (!first || (target === anchor && !target.matches('main'))) return;
  const bringIntoView = () => requestAnimationFrame(() => first.scrollIntoView({ block: 'center' }));
  if (document.readyState === 'complete') bringIntoView();
  else window.addEventListener('load', bringIntoView, { once: true });
}
