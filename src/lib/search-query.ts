/**
 * One query, from the words typed to the ranked results the page shows: the vocabulary's
 * alternatives searched beside the typed words, partial matches when few paragraphs hold them all,
 * and a spelling suggestion when a word is found nowhere. Plain TypeScript over any search engine
 * shaped like Pagefind's API, so it is unit-tested in Node with a small fake one.
 */
import {
  MAX_PARTIAL_WORDS,
  mergeSearches,
  queryVariants,
  rankPartialMatches,
  shouldWiden,
  withPartialMatches,
  type Hit,
} from './search-ranking.ts';
import { queryTerms, suggestSpelling, type QueryTerm, type SearchVocabulary } from './search-vocabulary.ts';

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
  /** How many results hold all the words (through the typed words or an alternative). */
  holdingAll: number;
  /** How many hold only some of them. */
  holdingSome: number;
  /** The query's terms that had alternatives, all of which were searched too. */
  expanded: QueryTerm[];
  /** The query with each word found nowhere replaced by the report's nearest word. */
  suggestion?: string;
  /** The typed words, when `query` is the suggestion because the typed words found nothing. */
  insteadOf?: string;
  /** What choosing each filter value would find (for alternatives, the most any one search found). */
  filterCounts: FilterCounts;
}

export interface QueryOptions {
  filters?: FilterChoice;
  vocabulary: SearchVocabulary;
  /** The report's words, commonest first; loaded only when a word is found nowhere. */
  spellings(): Promise<readonly string[]>;
  /** Results shown at once: their data is loaded to count paragraphs among them. */
  pageSize: number;
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

async function searchAll<R extends EngineResult>(engine: SearchEngine<R>, queries: { query: string; weight: number }[], filters?: FilterChoice) {
  const searches = await Promise.all(queries.map(async ({ query, weight }) => ({ weight, ...(await engine.search(query, { filters })) })));
  return { merged: mergeSearches(searches), counts: searches.map((s) => s.totalFilters) };
}

/** How many of the results are numbered paragraphs, read from their data when there are few enough to show. */
async function paragraphCount(results: readonly { result: EngineResult }[], pageSize: number): Promise<number> {
  if (results.length > pageSize) return results.length;
  const data = await Promise.all(results.map(({ result }) => result.data()));
  return data.filter((d) => d.meta.paragraph).length;
}

export async function runQuery<R extends EngineResult>(engine: SearchEngine<R>, typed: string, options: QueryOptions): Promise<Outcome<R>> {
  const outcome = await searchTyped(engine, typed, options);
  // Words in quotes are asked for exactly as typed.
  if (outcome.holdingAll > 0 || outcome.missing.length === 0 || typed.includes('"')) return outcome;
  const spellings = await options.spellings();
  const replaced = outcome.terms.map((term) => (outcome.missing.includes(term) ? suggestSpelling(term.text, spellings) ?? term.text : term.text));
  const suggestion = replaced.join(' ');
  if (suggestion === outcome.terms.map((t) => t.text).join(' ')) return outcome;
  const instead = await searchTyped(engine, suggestion, options);
  return instead.holdingAll > 0 ? { ...instead, suggestion, insteadOf: typed } : { ...outcome, suggestion };
}

async function searchTyped<R extends EngineResult>(engine: SearchEngine<R>, query: string, options: QueryOptions) {
  const { filters, pageSize } = options;
  const terms = queryTerms(query, options.vocabulary.synonyms);
  const expanded = terms.filter((t) => t.alternatives.length > 0);
  const all = await searchAll(engine, queryVariants(query, terms), filters);
  const result = {
    query,
    terms,
    expanded,
    found: all.merged.map(({ result: r }) => ({ result: r })) as Found<R>[],
    holdingAll: all.merged.length,
    holdingSome: 0,
    filterCounts: largestCounts(all.counts),
    /** Terms found nowhere, by themselves or through an alternative. */
    missing: [] as QueryTerm[],
  };
  if (!shouldWiden(all.merged.length, await paragraphCount(all.merged, pageSize), query)) return result;
  if (terms.length === 1) {
    if (all.merged.length === 0) result.missing = terms;
    return result;
  }
  if (terms.length > MAX_PARTIAL_WORDS) return result;
  const perTerm = await Promise.all(terms.map(async (term) => {
    const { merged } = await searchAll(engine, queryVariants(term.text, [term]), filters);
    return { term, word: term.label, results: merged };
  }));
  result.missing = perTerm.filter((t) => t.results.length === 0).map((t) => t.term);
  result.found = withPartialMatches(all.merged, rankPartialMatches(perTerm));
  result.holdingSome = result.found.filter((f) => f.words).length;
  return result;
}
