/**
 * The search page's results as DOM nodes, built element by element (never from HTML strings, so
 * nothing in a query or an excerpt can become markup).
 */
import type { ResultData } from '../../lib/search/search-query.ts';
import { excerptParts, highlightHref, matchedWords } from '../../lib/search/search-results.ts';
import { EXPLAINS_FILTER } from '../../lib/search/search-ranking.ts';

/** What the page calls the plain-language page that explains a query, above or among the results. */
const EXPLANATION_LABEL = 'Explained in plain words';

export function make<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/**
 * A result: its link (with the words to highlight on arrival), where it sits, its excerpt and, for
 * a partial match, the words it has. The first result holding only some of the words says so above it.
 */
export function resultItem(data: ResultData, words?: string[], firstOfSome = false, explanation = false): HTMLLIElement {
  const item = make('li', 'search-result');
  if (firstOfSome) item.append(make('p', 'search-result__group', 'Results with some of your words'));
  if (explanation) item.append(make('p', 'search-result__group', EXPLANATION_LABEL));
  // A page's record has its title as `heading` (an empty `title`, or Pagefind would index it high); the page counted in full (later events) keeps its h1 as `title`.
  const link = make('a', 'search-result__link', data.meta.paragraph ? `Paragraph ${data.meta.paragraph}` : data.meta.heading ?? data.meta.title);
  link.href = highlightHref(data.url, matchedWords(data.content, data.locations));
  const where = make('p', 'search-result__where', data.meta.paragraph ? data.meta.section : data.meta.page ?? (data.meta.section ? 'Report section' : 'Page'));
  if (data.meta.recommendation) where.append(' ', make('span', 'tag tag--recommendation', data.meta.recommendation));
  const excerpt = make('p', 'search-result__excerpt');
  for (const part of excerptParts(data.excerpt)) {
    excerpt.append(part.marked ? make('mark', '', part.text) : document.createTextNode(part.text));
  }
  item.append(link, where, excerpt);
  if (words) item.append(make('p', 'search-result__words', `Has the words: ${words.join(', ')}`));
  return item;
}

/**
 * " Did you mean <link>?" after the summary, when a word is one the site never uses and the typed
 * words' results are still shown. Empty when there is none, so the live region holds only what shows.
 */
export function showSuggestion(suggestion: HTMLElement, words: string | undefined): void {
  suggestion.hidden = !words;
  if (!words) {
    suggestion.replaceChildren();
    return;
  }
  const url = new URL(location.href);
  url.searchParams.set('q', words);
  const link = make('a', 'search-suggestion__link', words);
  link.href = `${url.pathname}${url.search}`;
  suggestion.replaceChildren(' Did you mean ', link, '?');
}

/**
 * The plain-language page that explains the query, above the results and labelled so: a findings
 * topic, a recommendation or a part for young people (search-query.ts, bestBet). Empty and hidden when there is none.
 */
export function showExplanation(box: HTMLElement, data: ResultData | undefined): void {
  box.hidden = !data;
  if (!data) {
    box.replaceChildren();
    return;
  }
  const kind = data.filters?.[EXPLAINS_FILTER]?.[0];
  const link = make('a', 'search-explanation__link', data.meta.heading ?? data.meta.title);
  link.href = data.url;
  const where = make('p', 'search-result__where', kind ? `${kind}, in plain words` : 'In plain words');
  box.replaceChildren(make('h2', 'search-explanation__label', EXPLANATION_LABEL), link, where);
}
