/**
 * Staff's own words in a search: the glossary's abbreviations both ways and the everyday words of
 * content/search-words.yaml (written into the search page at build time by
 * search-synonyms.ts), and spelling suggestions from the report's own words. Pure
 * TypeScript: the search page runs it, and it is unit-tested in Node.
 */
import { escapeRegExp } from '../site/text-escape.ts';

/**
 * Where an alternative comes from: the glossary (same meaning), the everyday words list (near
 * meaning, checked by hand) or WordNet (near meaning, search-lexicon.ts).
 */
export type AlternativeKind = 'abbreviation' | 'everyday' | 'lexicon';

/** Words people type (`words`, as matchWords gives them) and what the report says instead. */
export interface Synonym {
  words: string;
  /** The typed words as the page names them, e.g. "CSE" for "cse". */
  label: string;
  means: string[];
  kind: AlternativeKind;
  /**
   * The report never uses the typed words ("kids", "CSE"), so only `means` is searched: Pagefind
   * would otherwise find words that merely start like them ("kin", "cs...").
   */
  typedAbsent: boolean;
}

/** What the search page needs of the vocabulary at once (the spellings are fetched only when needed). */
export interface SearchVocabulary {
  synonyms: Synonym[];
}

export interface Alternative {
  text: string;
  kind: AlternativeKind;
}

/** A word of the query, or a run of its words that the vocabulary knows as one phrase. */
export interface QueryTerm {
  /** As matchWords gives it: lower case, words joined by one space. */
  text: string;
  /** How the page names it (an abbreviation in capitals). */
  label: string;
  alternatives: Alternative[];
  /** Search only the alternatives: the report never uses the typed words (see Synonym). */
  typedAbsent: boolean;
}

/** Words for matching: lower case, curly apostrophes straight, split at spaces and hyphens ("multi-agency"). */
export function matchWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/[\s\-‐–]+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

/** Whether a word or phrase occurs in the text as whole words, allowing a plural ending and hyphens for spaces. */
export function phraseOccursIn(text: string, phrase: string): boolean {
  const words = matchWords(phrase).map((w) => escapeRegExp(w).replace(/'/g, "['’]"));
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s\\-‐]+')}(?:s|es)?(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/**
 * A typed word matches a vocabulary word as written, with a plural ending ("kids" for "kid") or as a
 * possessive, as staff write abbreviations ("IRO's", "IROs'").
 */
function sameWord(typed: string, known: string): boolean {
  return [known, `${known}s`, `${known}es`, `${known}'s`, `${known}s'`].includes(typed);
}

/** Whether the vocabulary's words occur in `typed` at position `at`. */
function matchesAt(typed: readonly string[], at: number, words: readonly string[]): boolean {
  return words.every((word, i) => at + i < typed.length && sameWord(typed[at + i], word));
}

const split = new WeakMap<readonly Synonym[], { synonym: Synonym; words: string[] }[]>();

/** The vocabulary's phrases as word lists, worked out once per vocabulary (every query reads them). */
function splitSynonyms(synonyms: readonly Synonym[]): { synonym: Synonym; words: string[] }[] {
  let words = split.get(synonyms);
  if (!words) split.set(synonyms, (words = synonyms.map((s) => ({ synonym: s, words: s.words.split(' ') }))));
  return words;
}

/**
 * The query as terms, each with the alternatives the vocabulary gives it: the longest known phrase
 * wins ("safeguarding hub" before "hub"). A phrase in quotes asks for exactly those words, so it
 * gets none.
 */
export function queryTerms(query: string, synonyms: readonly Synonym[]): QueryTerm[] {
  const typed = matchWords(query);
  const known = query.includes('"') ? [] : splitSynonyms(synonyms);
  const terms = new Map<string, QueryTerm>();
  for (let at = 0; at < typed.length;) {
    const found = known.filter((k) => matchesAt(typed, at, k.words));
    const length = Math.max(1, ...found.map((k) => k.words.length));
    const text = typed.slice(at, at + length).join(' ');
    const matched = found.filter((k) => k.words.length === length).map((k) => k.synonym);
    // An abbreviation is named as the glossary writes it ("CSE"); anything else as typed ("kids").
    const label = matched.find((m) => m.words === text)?.label ?? text;
    const term = terms.get(text) ?? { text, label, alternatives: [], typedAbsent: matched.some((m) => m.typedAbsent) };
    for (const { means, kind } of matched) {
      for (const alternative of means) {
        if (!term.alternatives.some((a) => a.text === alternative)) term.alternatives.push({ text: alternative, kind });
      }
    }
    terms.set(text, term);
    at += length;
  }
  return [...terms.values()];
}

/**
 * Edit distance with swapped neighbours counting as one edit ("gaur" for "guar"), giving up (and
 * returning max + 1) once it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], before[j - 2] + 1);
    }
    if (Math.min(...row) > max) return max + 1;
    [before, previous] = [previous, row];
  }
  return previous[b.length];
}

/** Words shorter than this get no suggestion: too many report words are one edit from them. */
export const SHORTEST_CHECKED = 4;

/** How many edits a suggestion may be from a word: one for words of up to five letters, two for longer. */
export function suggestionDistance(word: string): number {
  return word.length <= 5 ? 1 : 2;
}

/**
 * The site's word nearest to a word it does not hold: at most one edit away for short words,
 * two for longer ones; among equally near words the commonest (spellings come commonest first).
 */
export function suggestSpelling(word: string, spellings: readonly string[]): string | undefined {
  if (word.length < SHORTEST_CHECKED || !/^\p{L}+$/u.test(word)) return undefined;
  const max = suggestionDistance(word);
  let best: { word: string; distance: number } | undefined;
  for (const candidate of spellings) {
    if (candidate === word) return undefined;
    const distance = editDistance(word, candidate, best ? best.distance - 1 : max);
    if (distance <= max && (!best || distance < best.distance)) best = { word: candidate, distance };
  }
  return best?.word;
}

/** A word the site uses, or the start of one (Pagefind finds words by their start, so "interv" is not a misspelling). */
export function isKnownWord(word: string, spellings: readonly string[]): boolean {
  return spellings.some((known) => known.startsWith(word));
}

/** The words of some texts for spelling suggestions: letters only, three or more, one per line, commonest first (ties alphabetical). */
export function spellingList(texts: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const word of texts.flatMap(matchWords)) {
    if (/^\p{L}{3,}$/u.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word).join('\n');
}

/** The lexicon's file that holds a word (search-lexicon.ts, lexiconShards): one per first two letters. */
export function lexiconShardOf(word: string): string {
  return word.slice(0, 2);
}

/**
 * The ending rules of WordNet's morphy, by part of speech, for finding a word's base form
 * ("placements" -> "placement"): the build finds the report's words' base forms with them
 * (search-lexicon.ts), the page a typed word's, all parts of speech at once (lexiconKeys).
 */
export const MORPHY_ENDINGS = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  adv: [],
} as const satisfies Record<string, readonly (readonly [string, string])[]>;

/** Every part of speech's endings, each rule once, for a typed word whose part of speech is unknown. */
const ENDINGS: readonly (readonly [string, string])[] = [...new Map(Object.values(MORPHY_ENDINGS).flat().map((rule) => [rule.join('>'), rule])).values()];

/**
 * The forms to look a typed word up by in the lexicon, the word itself first: "grandparents" ->
 * "grandparent", "kicked" -> "kick", "stopped" -> "stop" (a doubled last letter undone too).
 */
export function lexiconKeys(word: string): string[] {
  const forms = [word];
  for (const [end, base] of ENDINGS) {
    if (!word.endsWith(end) || word.length - end.length < 3) continue;
    const stem = word.slice(0, -end.length);
    forms.push(stem + base);
    if (!base && /(.)\1$/.test(stem)) forms.push(stem.slice(0, -1));
  }
  return [...new Set(forms)];
}
