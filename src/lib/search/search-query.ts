/**
 * One query, from the words typed to the ranked results the page shows: the vocabulary's
 * alternatives searched beside the typed words, partial matches when few paragraphs hold them all,
 * and a spelling suggestion when a word is found nowhere. Plain TypeScript over any search engine
 * shaped like Pagefind's API, so it is unit-tested in Node with a small fake one.
 */
import {
  ANSWER_SPAN,
  BEST_BET_KINDS,
  EXPLAINS,
  EXPLAINS_FILTER,
  EXPLAINS_META,
  FIRST_PERSON_WORDS,
  FUNCTION_WORDS,
  LATER_WORDS,
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
import { isKnownWord, lexiconKeys, queryTerms, suggestSpelling, type QueryTerm, type SearchVocabulary, type Synonym } from './search-vocabulary.ts';
import type { LexiconShard } from './search-lexicon.ts';

export type FilterCounts = Record<string, Record<string, number>>;
export type FilterChoice = Record<string, { any: string[] }>;

/** What Pagefind's `data()` gives for a result (the fields the page reads). */
export interface ResultData {
  url: string;
  content: string;
  excerpt: string;
  locations: number[];
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
}

export interface EngineResult extends Hit {
  data(): Promise<ResultData>;
}

/** The part of Pagefind's API a query needs. totalFilters: each filter value's count before any filter is applied. */
export interface SearchEngine<R extends EngineResult> {
  /** A null query finds every record the filters choose (Pagefind's filter-only search). */
  search(query: string | null, options?: { filters?: FilterChoice }): Promise<{ results: R[]; totalFilters: FilterCounts }>;
}

export interface Found<R> {
  result: R;
  /** Set on partial matches: the terms of the query this result holds. */
  words?: string[];
  /** The plain-language page that explains the query, shown among the results (labelled so). */
  explanation?: true;
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
  /**
   * The same counts again: Pagefind counts a filter only once its data is loaded, and the page
   * searches a query from its address before the filters have loaded (report-search.ts).
   */
  recount(): Promise<FilterCounts>;
  /** The plain-language page that explains the query (a findings topic, a recommendation, a part for young people), shown above the results. */
  explanation?: R;
}

export interface QueryOptions {
  filters?: FilterChoice;
  vocabulary: SearchVocabulary;
  /** The words the site uses, commonest first; loaded only when few paragraphs hold all the words. */
  spellings(): Promise<readonly string[]>;
  /** The lexicon's file holding a word (search-lexicon.ts); loaded only for a word the site never uses. */
  lexicon(word: string): Promise<LexiconShard | undefined>;
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

/** What the lexicon knows of the words the site never uses: WordNet's report words for them, and which are English. */
async function lookUp(words: readonly string[], lexicon: QueryOptions['lexicon']): Promise<{ synonyms: Synonym[]; english: Set<string> }> {
  const synonyms: Synonym[] = [];
  const english = new Set<string>();
  await Promise.all(words.map(async (word) => {
    const shard = await lexicon(word);
    if (!shard) return;
    const keys = lexiconKeys(word);
    const means = keys.map((key) => shard.means[key]).find(Boolean);
    if (means || keys.some((key) => shard.english.includes(key))) english.add(word);
    if (means) synonyms.push({ words: word, label: word, means, kind: 'lexicon', typedAbsent: true });
  }));
  return { synonyms, english };
}

/**
 * A query as typed, or, when no paragraph holds it and some of its words are ones the site never
 * uses: with WordNet's words for them (search-lexicon.ts), then, for a word that is no English
 * word, the nearest spelling: the suggestion's results are shown instead if paragraphs hold it.
 * Then the page that explains it, and, for a question about now, the page of later events first.
 */
export async function runQuery<R extends EngineResult>(engine: SearchEngine<R>, typed: string, options: QueryOptions): Promise<Outcome<R>> {
  const outcome = await spelledQuery(engine, typed, options);
  const [explanation, later] = await Promise.all([
    bestBet(engine, outcome.contentTerms, outcome.asksForSelf, options.filters),
    outcome.asksAboutNow ? laterEvents(engine, options.filters) : [],
  ]);
  const { contentTerms, asksAboutNow, asksForSelf, ...shown } = outcome;
  // Someone asking for themselves gets the explanation (a part for young people) among the results,
  // after any page of later events; anyone else above them, and not again among them.
  const inList = asksForSelf && explanation ? [{ result: explanation, explanation: true as const }] : [];
  const first = [...later.map((result) => ({ result })), ...inList];
  const arranged = arrange(shown, first, new Set(explanation && !inList.length ? [explanation.id] : []));
  return { ...shown, ...arranged, explanation: inList.length ? undefined : explanation };
}

async function spelledQuery<R extends EngineResult>(engine: SearchEngine<R>, typed: string, options: QueryOptions) {
  let outcome = await searchTyped(engine, typed, options);
  if (outcome.unknown.length === 0) return outcome;
  const { synonyms, english } = await lookUp(outcome.unknown, options.lexicon);
  if (synonyms.length > 0) {
    outcome = await searchTyped(engine, typed, { ...options, vocabulary: { synonyms: [...options.vocabulary.synonyms, ...synonyms] } });
  }
  // A real English word is never "corrected": only a word that is no word gets a suggestion.
  const misspelt = outcome.unknown.filter((word) => !english.has(word));
  if (misspelt.length === 0) return outcome;
  const spellings = await options.spellings();
  const suggestion = outcome.terms.map((term) => (misspelt.includes(term.label) ? suggestSpelling(term.text, spellings) ?? term.text : term.text)).join(' ');
  if (suggestion === outcome.terms.map((t) => t.text).join(' ')) return outcome;
  if (outcome.paragraphsHoldingAll > 0) return { ...outcome, suggestion };
  const instead = await searchTyped(engine, suggestion, options);
  return instead.paragraphsHoldingAll > 0 ? { ...instead, unknown: outcome.unknown, suggestion, insteadOf: typed } : { ...outcome, suggestion };
}

/**
 * The plain-language page (EXPLAINS, BEST_BET_KINDS) that holds every word of the query, or its
 * alternatives, the best scored; none while filters are chosen (the pages have none of the report's).
 */
async function bestBet<R extends EngineResult>(engine: SearchEngine<R>, terms: readonly QueryTerm[], forSelf: boolean, filters?: FilterChoice): Promise<R | undefined> {
  if (filters || terms.length === 0) return undefined;
  const variants = queryVariants(terms.map((t) => t.text).join(' '), terms).filter((v) => !v.boost);
  const best = async (kinds: readonly string[]) => (await searchAll(engine, variants, { [EXPLAINS_FILTER]: { any: [...kinds] } })).merged[0]?.result;
  return (forSelf ? await best([EXPLAINS.youngPeople]) : undefined) ?? best(BEST_BET_KINDS);
}

/** The page of what has happened since 2018, for a question about now (LATER_WORDS). */
async function laterEvents<R extends EngineResult>(engine: SearchEngine<R>, filters?: FilterChoice): Promise<R[]> {
  if (filters) return [];
  const { results } = await engine.search(null, { filters: { [EXPLAINS_FILTER]: { any: [EXPLAINS.later] } } });
  return results.map(withDataOnce);
}

/**
 * The results with `first` at the top (moved or added, counted among those holding all the words)
 * and those in `without` left out (shown elsewhere).
 */
function arrange<R extends EngineResult>(outcome: { found: Found<R>[]; holdingAll: number }, first: readonly Found<R>[], without: ReadonlySet<string>) {
  const moved = new Set([...first.map((f) => f.result.id), ...without]);
  const kept = outcome.found.filter((f) => !moved.has(f.result.id));
  const keptAll = outcome.found.slice(0, outcome.holdingAll).filter((f) => !moved.has(f.result.id)).length;
  return { found: [...first, ...kept], holdingAll: first.length + keptAll, holdingSome: kept.length - keptAll };
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
  const typedTerms = queryTerms(query, options.vocabulary.synonyms);
  // Function and question words are searched only inside the phrase as typed (FUNCTION_WORDS); a
  // query of nothing else is searched as typed. Words in quotes are meant as typed.
  const quoted = query.includes('"');
  const content = quoted ? typedTerms : typedTerms.filter((t) => !FUNCTION_WORDS.has(t.text) && !LATER_WORDS.has(t.text));
  const terms = content.length > 0 ? content : typedTerms;
  const searched = terms === typedTerms ? query : terms.map((t) => t.text).join(' ');
  const expanded = terms.filter((t) => t.alternatives.length > 0);
  const variants = queryVariants(searched, terms, typedTerms);
  const all = await searchAll(engine, variants, filters);
  const paragraphsHoldingAll = await paragraphCount(all.merged);
  const result = {
    query,
    terms,
    contentTerms: content,
    asksAboutNow: typedTerms.some((t) => LATER_WORDS.has(t.text)),
    asksForSelf: !quoted && typedTerms.some((t) => FIRST_PERSON_WORDS.has(t.text)),
    expanded,
    found: all.merged.map(({ result: r }) => ({ result: r })) as Found<R>[],
    holdingAll: all.merged.length,
    paragraphsHoldingAll,
    holdingSome: 0,
    filterCounts: largestCounts(all.counts),
    recount: async () => largestCounts((await searchAll(engine, variants, filters)).counts),
    unknown: [] as string[],
  };
  const widen = shouldWiden(all.merged.length, paragraphsHoldingAll, query);
  if (widen) result.unknown = await unknownTerms(query, terms, options.spellings);
  // A word the site never uses is not a clue: Pagefind finds it only as words that start like it.
  const partialTerms = terms.filter((term) => !FUNCTION_WORDS.has(term.text) && !result.unknown.includes(term.label));
  if (terms.length < 2 || terms.length > MAX_PARTIAL_WORDS || partialTerms.length === 0 || (!widen && quoted)) return result;
  const perTerm = await Promise.all(partialTerms.map(async (term) => {
    const { merged } = await searchAll(engine, queryVariants(term.text, [term]), filters);
    return { word: term.label, results: merged };
  }));
  const partial = rankPartialMatches(perTerm);
  const spans = new Map(partial.map((m) => [m.result.id, m.span]));
  if (!widen) {
    // Enough paragraphs hold the words: only a page holding them far apart is moved after the rest,
    // among the first page of results (whose data is read to show them anyway).
    const shown = all.merged.slice(0, RESULTS_PER_PAGE).map(({ result: r }) => r);
    const scattered = scatteredAmong(shown, await Promise.all(shown.map((r) => r.data())), spans);
    const holding = result.found.filter((f) => !scattered.has(f.result.id));
    return { ...result, found: [...holding, ...result.found.filter((f) => scattered.has(f.result.id))], holdingAll: holding.length, holdingSome: scattered.size };
  }
  // Every word counts towards "all the words" but function words, including any the site never uses.
  const required = terms.filter((term) => !FUNCTION_WORDS.has(term.text)).length;
  // Which of those that may lead are explanations of a word, or pages holding the words far apart:
  // their data is read once and mostly shown anyway; past the first pages of results, where they
  // cannot hide a paragraph, none is read.
  const candidates = holdingAllCandidates(all.merged, partial, required).slice(0, 2 * RESULTS_PER_PAGE);
  const candidateData = await Promise.all(candidates.map((r) => r.data()));
  const explaining = new Set(candidates.filter((_, i) => candidateData[i].meta[EXPLAINS_META]).map((r) => r.id));
  const { found, holdingAll } = withPartialMatches(all.merged, partial, required, explaining, scatteredAmong(candidates, candidateData, spans));
  return { ...result, found, holdingAll, holdingSome: found.length - holdingAll };
}

/**
 * The results that hold the words only far apart (ANSWER_SPAN): report pages, not paragraphs; the
 * plain-language pages (EXPLAINS_FILTER) are written to answer, so never count as scattered.
 */
function scatteredAmong(results: readonly Hit[], data: readonly ResultData[], spans: ReadonlyMap<string, number>): Set<string> {
  return new Set(results.filter((r, i) => !data[i].meta.paragraph && !data[i].filters?.[EXPLAINS_FILTER] && (spans.get(r.id) ?? 0) > ANSWER_SPAN).map((r) => r.id));
}
