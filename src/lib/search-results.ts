/**
 * The search page's logic that needs no browser: reading Pagefind's excerpts safely, the words a
 * result matched (for highlighting on arrival), partial matches when no result holds every word,
 * and the sentence that reports the count. Plain TypeScript, unit-tested in Node.
 */

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

export interface PartialMatch {
  id: string;
  /** The query's words this result holds. */
  words: string[];
  score: number;
}

/**
 * When no result holds every word, the results of searching each word on its own, combined:
 * results holding more of the words first, then by their summed scores.
 */
export function rankPartialMatches(perWord: readonly { word: string; results: readonly ScoredResult[] }[]): PartialMatch[] {
  const byId = new Map<string, PartialMatch>();
  for (const { word, results } of perWord) {
    for (const { id, score } of results) {
      const match = byId.get(id) ?? { id, words: [], score: 0 };
      match.words.push(word);
      match.score += score;
      byId.set(id, match);
    }
  }
  return [...byId.values()].sort((a, b) => b.words.length - a.words.length || b.score - a.score);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The sentence announced (politely, once) when a search settles. */
export function resultSummary(query: string, count: number, partial: boolean, filtered: boolean): string {
  const quoted = `‘${query.trim()}’`;
  const where = filtered ? ' with the filters you chose' : '';
  if (!count) return `No results for ${quoted}${where}.`;
  if (partial) return `No results contain all the words of ${quoted}${where}. ${plural(count, 'result contains', 'results contain')} some of them.`;
  return `${plural(count, 'result', 'results')} for ${quoted}${where}.`;
}
