/**
 * The search page's logic that needs no browser: reading Pagefind's excerpts safely, the words a
 * result matched (for highlighting on arrival), partial matches when no result holds every word,
 * and the sentence that reports the count.
 */

/** Where the build writes Pagefind's files (dist/pagefind/) and the search page loads them from. */
export const PAGEFIND_PATH = '/pagefind/';

/**
 * The URL parameter that carries the words to highlight on the page a result opens. The page
 * reads it in src/components/search-highlight/highlight.ts, which imports nothing so that every
 * page loads one small file.
 */
export const HIGHLIGHT_PARAM = 'highlight';

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/**
 * Pagefind marks matched words in an excerpt with <mark>…</mark>. Only those two tags are read;
 * everything else is text, so an excerpt can never inject markup into the page.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) parts.push({ text: piece, marked });
  }
  return parts;
}

/** A word with the punctuation around it removed: "'Mind" -> "Mind", "(RHIs)." -> "RHIs". */
function bareWord(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** The words of a query, without quotes or punctuation, lower-cased, each once. */
export function queryWords(query: string): string[] {
  const words = query.split(/\s+/).map((w) => bareWord(w).toLowerCase()).filter(Boolean);
  return [...new Set(words)];
}

/**
 * The words of a result's text that the search matched, as they are written there (so a search
 * for "interview" highlights "interviews"): Pagefind gives their positions in the text.
 */
export function matchedWords(content: string, locations: readonly number[]): string[] {
  const words = content.split(/\s+/);
  const found = locations.map((i) => bareWord(words[i] ?? '').toLowerCase()).filter(Boolean);
  return [...new Set(found)];
}

/** A result's URL with the words to highlight added before its #fragment. */
export function highlightHref(url: string, words: readonly string[]): string {
  if (!words.length) return url;
  const hash = url.indexOf('#');
  const [path, fragment] = hash < 0 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
  const params = new URLSearchParams({ [HIGHLIGHT_PARAM]: words.join(' ') });
  return `${path}${path.includes('?') ? '&' : '?'}${params}${fragment}`;
}

export interface ScoredResult {
  id: string;
  score: number;
}

export interface PartialMatch<T extends ScoredResult> {
  /** The result as found by the word that scored it highest, so its excerpt shows the strongest match. */
  result: T;
  /** The query's words this result holds. */
  words: string[];
  /** Its scores for those words, each weighted by how rare the word is. */
  score: number;
}

/**
 * The results of searching each word on its own, combined. A word found in few results is a
 * better clue than one found in most ("hotels" against "in"), and Pagefind's scores reward how
 * often a word occurs more than how rare it is; so each word's score is weighted by
 * ln(1 + results for any of the words / results for this word) before they are summed.
 */
export function rankPartialMatches<T extends ScoredResult>(
  perWord: readonly { word: string; results: readonly T[] }[],
): PartialMatch<T>[] {
  const found = new Set(perWord.flatMap(({ results }) => results.map((r) => r.id))).size;
  const byId = new Map<string, PartialMatch<T>>();
  for (const { word, results } of perWord) {
    const rarity = Math.log(1 + found / results.length);
    for (const result of results) {
      const match = byId.get(result.id) ?? { result, words: [], score: 0 };
      if (result.score > match.result.score) match.result = result;
      match.words.push(word);
      match.score += rarity * result.score;
      byId.set(result.id, match);
    }
  }
  return [...byId.values()].sort((a, b) => b.score - a.score);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The sentence announced (politely, once) when a search settles: how many results hold all the
 * words, and how many more hold only some of them.
 */
export function resultSummary(query: string, all: number, some: number, filtered: boolean): string {
  const quoted = `‘${query.trim()}’`;
  const where = filtered ? ' with the filters you chose' : '';
  if (!all && !some) return `No results for ${quoted}${where}.`;
  if (!all) return `No results contain all the words of ${quoted}${where}. ${plural(some, 'result contains', 'results contain')} some of them.`;
  if (!some) return `${plural(all, 'result', 'results')} for ${quoted}${where}.`;
  return `${plural(all, 'result', 'results')} for ${quoted}${where}, and ${plural(some, 'result', 'results')} containing some of the words, best first.`;
}
