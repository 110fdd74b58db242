/**
 * The search page's logic that needs no browser: reading Pagefind's excerpts safely, the words a
 * result matched (for highlighting on arrival), and the sentences that report what was found.
 * (How results are ranked: search-ranking.ts.)
 */
import type { Outcome } from './search-query.ts';

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

const quoted = (text: string) => `‘${text.trim()}’`;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The sentence announced (politely, once) when a search settles: how many results hold all the
 * words (shown first), and how many more hold only some of them.
 */
export function resultSummary(query: string, all: number, some: number, filtered: boolean): string {
  const asked = quoted(query);
  const where = filtered ? ' with the filters you chose' : '';
  const have = (n: number) => (n === 1 ? 'has' : 'have');
  if (!all && !some) return `No results for ${asked}${where}.`;
  if (!some) return `${plural(all, 'result', 'results')} for ${asked}${where}.`;
  if (!all) return `No result has all the words of ${asked}${where}; ${some} ${have(some)} some of them.`;
  // Short, as the query is in the field above it: on a phone the first result must stay on the first screen.
  return `${plural(all, 'result', 'results')} ${have(all)} all your words${where}; ${some} more ${have(some)} some.`;
}

/** "‘a’ and ‘b’", "‘a’, ‘b’ and ‘c’". */
function listed(items: readonly string[]): string {
  const marked = items.map(quoted);
  return marked.length < 2 ? marked.join('') : `${marked.slice(0, -1).join(', ')} and ${marked.at(-1)}`;
}

/**
 * What the page announces about a settled query: the count (for the spelling suggestion instead,
 * when no paragraph held the typed words) and the alternatives that were searched too (a
 * suggestion that is not shown instead follows as a link). The first part alone goes in the title.
 */
export function outcomeSentences(outcome: Omit<Outcome<unknown>, 'found' | 'filterCounts' | 'recount' | 'explanation'>, filtered: boolean): string[] {
  const sentences: string[] = [];
  const count = resultSummary(outcome.query, outcome.holdingAll, outcome.holdingSome, filtered);
  if (outcome.insteadOf) {
    const words = `${outcome.unknown.length === 1 ? 'the word' : 'the words'} ${listed(outcome.unknown)}`;
    sentences.push(`No paragraph or page uses ${words}. Showing the results for ${quoted(outcome.query)} instead.`, count);
  }
  else sentences.push(count);
  if (outcome.expanded.length) {
    const added = outcome.expanded.map((term) => `${listed(term.alternatives.map((a) => a.text))} (for ${term.label})`);
    sentences.push(`Also searched for ${added.join('; ')}.`);
  }
  return sentences;
}
