/**
 * One query, from the words typed to the ranked results the page shows: the vocabulary's
 * alternatives searched beside the typed words, partial matches when few paragraphs hold them all,
 * and a spelling suggestion when a word is found nowhere. Plain TypeScript over any search engine
 * shaped like Pagefind's API, so it is unit-tested in Node with a small fake one.
 */
import {
  COMMON_WORDS,
  EXPLAINS_META,
  holdingAllCandidates,
  MAX_PARTIAL_WORDS,
  RESULTS_PER_PAGE,
  mergeSearches,
  queryVariants,
  rankPartialMatches,
  shouldWiden,
  withPartialMatches,
  type Hit,
  type Variant,
} from './search-ranking.ts';
import { isKnownWord, queryTerms, suggestSpelling, type QueryTerm, type SearchVocabulary } from './search-vocabulary.ts';

export type FilterCounts = Record<string, Record<string, number>>;
export type FilterChoice = Record<string, { any: string[] }>;

/** What Pagefind's `data()` gives for a result (the fields the page reads). */
export interface ResultData {
  url: string;
  content: string;
  excerpt: string;
  locations: number[];
  meta: Record<string, string | undefined>;
}

export interface EngineResult extends Hit {
  data(): Promise<ResultData>;
}

/** The part of Pagefind's API a query needs. totalFilters: each filter value's count before any filter is applied. */
export interface SearchEngine<R extends EngineResult> {
  search(query: string, options?: { filters?: FilterChoice }): Promise<{ results: R[]; totalFilters: FilterCounts }>;
}

export interface Found<R> {
  result: R;
  /** Set on partial matches: the terms of the query this result holds. */
  words?: string[];
}

export interface Outcome<R> {
  /** The words whose results are shown: as typed, or the spelling suggestion when nothing held the typed words. */
  query: string;
  found: Found<R>[];
  /**
   * How many results hold all the words (through the typed words or an alternative; common words
   * such as "in" aside when results holding some are ranked in): they come first in `found`.
   */
  holdingAll: number;
  /** How many more hold only some of them, after those. */
  holdingSome: number;
  /** The query's terms that had alternatives, all of which were searched too. */
  expanded: QueryTerm[];
  /** Typed words the site never uses (Pagefind still finds words starting like them, e.g. "safe" for "safegaurding"). */
  unknown: string[];
  /** The query with each unknown word replaced by the nearest word the site uses. */
  suggestion?: string;
  /** The typed words, when `query` is the suggestion because no paragraph held the typed words. */
  insteadOf?: string;
  /** What choosing each filter value would find (for alternatives, the most any one search found). */
  filterCounts: FilterCounts;
}

export interface QueryOptions {
  filters?: FilterChoice;
  vocabulary: SearchVocabulary;
  /** The words the site uses, commonest first; loaded only when few paragraphs hold all the words. */
  spellings(): Promise<readonly string[]>;
}

/** Per filter value, the most any of the searches found: exact when one alternative holds the others' results. */
function largestCounts(counts: readonly FilterCounts[]): FilterCounts {
  const merged: FilterCounts = {};
  for (const filterCounts of counts) {
    for (const [name, values] of Object.entries(filterCounts)) {
      for (const [value, n] of Object.entries(values)) (merged[name] ??= {})[value] = Math.max(merged[name][value] ?? 0, n);
    }
  }
  return merged;
}

/**
 * A result whose data is built once: Pagefind rebuilds a result's excerpt on every data() call,
 * and a result's data is read twice (to count paragraphs, then to show it).
 */
function withDataOnce<R extends EngineResult>(result: R): R {
  let data: Promise<ResultData> | undefined;
  return { ...result, data: () => (data ??= result.data()) };
}

async function searchAll<R extends EngineResult>(engine: SearchEngine<R>, queries: Variant[], filters?: FilterChoice) {
  const searches = await Promise.all(queries.map(async ({ query, weight, boost }) => {
    const { results, totalFilters } = await engine.search(query, { filters });
    return { weight, boost, totalFilters, results: results.map(withDataOnce) };
  }));
  return { merged: mergeSearches(searches), counts: searches.map((s) => s.totalFilters) };
}

/** How many of the results are numbered paragraphs, read from their data when there are few enough. */
async function paragraphCount(results: readonly { result: EngineResult }[]): Promise<number> {
  if (results.length > RESULTS_PER_PAGE) return results.length;
  const data = await Promise.all(results.map(({ result }) => result.data()));
  return data.filter((d) => d.meta.paragraph).length;
}

/**
 * A query as typed, or, when no paragraph holds it and some of its words are ones the site never
 * uses, as the nearest spelling: the suggestion's results are shown instead if paragraphs hold it.
 */
export async function runQuery<R extends EngineResult>(engine: SearchEngine<R>, typed: string, options: QueryOptions): Promise<Outcome<R>> {
  const outcome = await searchTyped(engine, typed, options);
  if (outcome.unknown.length === 0) return outcome;
  const spellings = await options.spellings();
  const suggestion = outcome.terms.map((term) => (outcome.unknown.includes(term.label) ? suggestSpelling(term.text, spellings) ?? term.text : term.text)).join(' ');
  if (suggestion === outcome.terms.map((t) => t.text).join(' ')) return outcome;
  if (outcome.paragraphsHoldingAll > 0) return { ...outcome, suggestion };
  const instead = await searchTyped(engine, suggestion, options);
  return instead.paragraphsHoldingAll > 0 ? { ...instead, unknown: outcome.unknown, suggestion, insteadOf: typed } : { ...outcome, suggestion };
}

/** Terms the site never uses, when the vocabulary offers nothing for them (words in quotes are meant as typed). */
async function unknownTerms(query: string, terms: readonly QueryTerm[], spellings: () => Promise<readonly string[]>): Promise<string[]> {
  const candidates = query.includes('"') ? [] : terms.filter((t) => t.alternatives.length === 0 && /^\p{L}{4,}$/u.test(t.text));
  if (candidates.length === 0) return [];
  const known = await spellings();
  return candidates.filter((t) => !isKnownWord(t.text, known)).map((t) => t.label);
}

async function searchTyped<R extends EngineResult>(engine: SearchEngine<R>, query: string, options: QueryOptions) {
  const { filters } = options;
  const terms = queryTerms(query, options.vocabulary.synonyms);
  const expanded = terms.filter((t) => t.alternatives.length > 0);
  const all = await searchAll(engine, queryVariants(query, terms), filters);
  const paragraphsHoldingAll = await paragraphCount(all.merged);
  const result = {
    query,
    terms,
    expanded,
    found: all.merged.map(({ result: r }) => ({ result: r })) as Found<R>[],
    holdingAll: all.merged.length,
    paragraphsHoldingAll,
    holdingSome: 0,
    filterCounts: largestCounts(all.counts),
    unknown: [] as string[],
  };
  if (!shouldWiden(all.merged.length, paragraphsHoldingAll, query)) return result;
  result.unknown = await unknownTerms(query, terms, options.spellings);
  // A word the site never uses is not a clue: Pagefind finds it only as words that start like it.
  const partialTerms = terms.filter((term) => !COMMON_WORDS.has(term.text) && !result.unknown.includes(term.label));
  if (terms.length < 2 || terms.length > MAX_PARTIAL_WORDS || partialTerms.length === 0) return result;
  const perTerm = await Promise.all(partialTerms.map(async (term) => {
    const { merged } = await searchAll(engine, queryVariants(term.text, [term]), filters);
    return { word: term.label, results: merged };
  }));
  // Every word counts towards "all the words" but the common ones, including any the site never uses.
  const required = terms.filter((term) => !COMMON_WORDS.has(term.text)).length;
  const partial = rankPartialMatches(perTerm);
  // Which of those that may lead are explanations of a word: their data is read once and mostly
  // shown anyway; past the first pages of results, where an entry cannot hide a paragraph, none is read.
  const candidates = holdingAllCandidates(all.merged, partial, required).slice(0, 2 * RESULTS_PER_PAGE);
  const candidateData = await Promise.all(candidates.map((r) => r.data()));
  const explaining = new Set(candidates.filter((_, i) => candidateData[i].meta[EXPLAINS_META]).map((r) => r.id));
  const { found, holdingAll } = withPartialMatches(all.merged, partial, required, explaining);
  return { ...result, found, holdingAll, holdingSome: found.length - holdingAll };
}
