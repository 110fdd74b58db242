/**
 * Every rule that orders search results, in one place (README: "How results are ranked"). Pagefind
 * scores each record for a query (BM25-like: how often and where the words occur); these rules
 * decide what is searched and how those scores are combined. Pure TypeScript: the index build
 * and the search page import it, and tests/unit/search-ranking.test.ts holds each rule.
 */
import type { AlternativeKind, QueryTerm } from './search-vocabulary.ts';

/**
 * How much a page-level record's words count against a paragraph's (1). Staff search for the
 * report's paragraphs; the site's own pages (recommendations explained, topics, glossary) repeat
 * the report's words and would otherwise outrank the paragraphs they explain.
 */
export const PAGE_TEXT_WEIGHT = 0.1;

/**
 * How much a glossary entry's words count. Entries are short, and Pagefind favours short records,
 * so at PAGE_TEXT_WEIGHT "LADO" would put the entry for "designated officer" above paragraph 31.
 */
export const ENTRY_TEXT_WEIGHT = 0.05;

/**
 * The weight a record's text is indexed at: paragraphs in full, the site's own pages and the young
 * people's page's parts (the children's questions, answered) less, and glossary entries least.
 * A page Pagefind indexes from its own HTML carries its weight on its <main> (search-markup.ts):
 * PAGE_TEXT_WEIGHT, or in full for the page of later events (data-search="in-full"), which repeats
 * none of the report's words and is the only record about what happened after it (the Trust, the
 * 2022 and 2025 judgements).
 */
export function recordWeight(record: { meta: Record<string, string> }): number {
  if (record.meta.paragraph) return 1;
  return record.meta[EXPLAINS_META] ? ENTRY_TEXT_WEIGHT : PAGE_TEXT_WEIGHT;
}

/**
 * The meta key marking a record that explains a word (a glossary entry, search-records.ts): it
 * never leads the paragraphs for holding a query's words through its definition (withPartialMatches).
 */
export const EXPLAINS_META = 'explains';

/**
 * Fewer paragraphs than this holding all the words, and the results holding only some of them are
 * ranked with them: staff words are not always the report's ("care leavers in hotels" where it
 * says "care leavers' use of hotels"). Paragraphs are counted, not pages: the site's own pages
 * repeat the report's words and must not hide the paragraphs staff are looking for.
 */
export const FEW_RESULTS = 3;

/** A query with more words than this is not broken up for partial matches. */
export const MAX_PARTIAL_WORDS = 12;

/**
 * Results the search page shows at once (the next ones on "Show more results"). Up to this many
 * results holding all the words, their data (loaded to show them anyway) says how many are
 * paragraphs (FEW_RESULTS); with more, there are enough, and no fragment is fetched only to count.
 * Five, with the explanation above them: each result's data is a file of its own (0.6 KB gzip on
 * average), and ten made a first search 0.69 of the peer's bytes (docs/search.md, "Search speed").
 */
export const RESULTS_PER_PAGE = 5;

/**
 * Function and question words ("my", "is", "how", "why"): the words of a question or a sentence
 * that say nothing of its subject. They are never searched on their own (Pagefind would find words
 * that merely start like them: "my" finds "Mind of My Own"), never counted among the words a result
 * must hold, and searched only inside the exact phrase of the words as typed. A query of nothing
 * else is searched as typed.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'about', 'after', 'all', 'am', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'because', 'been', 'being', 'but', 'by',
  'can', 'cant', "can't", 'could', 'did', 'do', 'does', 'doing', 'done', 'dont', "don't", 'for', 'from', 'get', 'gets', 'got',
  'had', 'has', 'have', 'he', 'her', 'him', 'his', 'how', 'i', "i'm", "i've", 'if', 'im', 'in', 'into', 'is', 'it', "it's",
  'its', 'ive', 'just', 'me', 'my', 'of', 'on', 'or', 'our', 'out', 'she', 'should', 'so', 'some', 'than', 'that', 'the',
  'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those', 'to', 'up', 'us', 'was', 'we', 'were', 'what',
  'when', 'where', 'which', 'while', 'who', 'whom', 'whose', 'why', 'will', 'with', 'would', 'you', 'your',
]);

/**
 * Words of someone asking for themselves ("how do I complain", "my nan looks after me"), most often
 * a child or a parent: the part of the page for young people that answers them is their best bet,
 * and leads the results too.
 */
export const FIRST_PERSON_WORDS: ReadonlySet<string> = new Set(['i', "i'm", "i've", 'im', 'ive', 'me', 'my', 'myself']);

/**
 * Words asking about now, not 2018 ("is neglect still a problem", "missing children now"): the
 * page of what has happened since 2018 leads the results (EXPLAINS.later), and the words themselves
 * are searched like function words.
 */
export const LATER_WORDS: ReadonlySet<string> = new Set([
  'now', 'still', 'today', 'latest', 'current', 'currently', 'recent', 'recently', 'nowadays', 'anymore', 'since',
]);

/**
 * What a result found through an alternative word is worth against one found through the words
 * as typed: an abbreviation means exactly its expansion; an everyday word (checked by hand) only
 * nearly means the report's word, and a word from WordNet (search-lexicon.ts, unchecked) less
 * nearly, so the typed words come first when both find something.
 */
export const ALTERNATIVE_WEIGHT: Record<AlternativeKind, number> = { abbreviation: 1, everyday: 0.9, lexicon: 0.8 };

/**
 * What a result holding the typed words as an exact phrase is worth against one holding them
 * apart: "child permanence reports" written just so (paragraphs 15 and 72) comes before
 * paragraphs that say "children" and "reports" many times, far apart.
 */
export const PHRASE_WEIGHT = 3;

/**
 * The order the page searches and names alternatives in: abbreviations (the glossary's) before
 * everyday words, each in the order its list gives them. A spelling suggestion comes last, only
 * when a word is found nowhere (see suggestSpelling).
 */
export const EXPANSION_ORDER: readonly AlternativeKind[] = ['abbreviation', 'everyday', 'lexicon'];

/**
 * How much two neighbouring terms of the query held side by side add to a partial match:
 * PROXIMITY_BONUS times the rarity of the commoner of the two, divided by the words between them.
 * So a pair of rare words ("dental checks") counts for more than a pair with a common one ("care
 * leavers"), and how often a paragraph repeats a pair does not count twice (its scores hold that).
 */
export const PROXIMITY_BONUS = 2;

/**
 * The filter that marks the site's plain-language pages (search-markup.ts), by kind. The search
 * page does not offer it as a filter: it finds the page that explains a query (a best bet, shown
 * above the paragraphs) and the page of later events.
 */
export const EXPLAINS_FILTER = 'Explains';
export const EXPLAINS = { topic: 'Findings topic', recommendation: 'Recommendation', youngPeople: 'For young people', later: 'Since 2018' } as const;
/** The kinds of page that can be a query's best bet, in the order they are preferred when they score alike. */
export const BEST_BET_KINDS: readonly string[] = [EXPLAINS.topic, EXPLAINS.recommendation, EXPLAINS.youngPeople];

/** Whether results holding only some of the words are ranked in with those holding all of them. */
export function shouldWiden(holdingAll: number, paragraphsHoldingAll: number, query: string): boolean {
  // A phrase in quotes asks for exactly that phrase: widened only when it is nowhere.
  return holdingAll === 0 || (paragraphsHoldingAll < FEW_RESULTS && !query.includes('"'));
}

/** One query to search: the words as typed (weight 1), or with one term swapped for an alternative. */
export interface Variant {
  query: string;
  weight: number;
  /**
   * The search only marks results (Pagefind scores every exact-phrase match alike): what the other
   * searches found it at is multiplied by `weight`.
   */
  boost?: true;
}

/**
 * The queries to search for a query. Each term's choices are its words as typed (unless the
 * report never uses them) and then its alternatives, in EXPANSION_ORDER. The first query takes
 * each term's first choice (the query as typed, when every term is the report's), then the typed
 * words as an exact phrase (at PHRASE_WEIGHT); each further query swaps one term's first choice
 * for another of its choices. A variant weighs the product of its alternatives' weights. Results
 * holding all the words of any of them hold all the words. `phraseTerms`: the words as typed, with
 * any function words that `terms` leaves out (FUNCTION_WORDS).
 */
export function queryVariants(query: string, terms: readonly QueryTerm[], phraseTerms: readonly QueryTerm[] = terms): Variant[] {
  const choices = terms.map((term) => [
    ...(term.typedAbsent ? [] : [{ text: term.text, weight: 1 }]),
    ...EXPANSION_ORDER.flatMap((kind) => term.alternatives.filter((a) => a.kind === kind).map((a) => ({ text: a.text, weight: ALTERNATIVE_WEIGHT[kind] }))),
  ]);
  const first = choices.map((c) => c[0] ?? { text: '', weight: 1 });
  const variant = (swap: number, choice: { text: string; weight: number }): Variant => {
    const picked = first.map((c, i) => (i === swap ? choice : c));
    return { query: picked.map((c) => c.text).join(' '), weight: picked.reduce((w, c) => w * c.weight, 1) };
  };
  const typedAsIs = choices.every((c, i) => c[0]?.text === terms[i].text);
  const phrase = typedAsIs && phraseTerms.length > 1 && !query.includes('"');
  return [
    typedAsIs ? { query, weight: 1 } : variant(-1, first[0]),
    ...(phrase ? [{ query: `"${phraseTerms.map((t) => t.text).join(' ')}"`, weight: PHRASE_WEIGHT, boost: true as const }] : []),
    ...choices.flatMap((c, i) => c.slice(1).map((choice) => variant(i, choice))),
  ];
}

/** What rankings need of a Pagefind result: its id, score and the positions of the matched words. */
export interface Hit {
  id: string;
  score: number;
  words: readonly number[];
}

/** A result with its score after weighting. */
export interface Scored<T extends Hit> {
  result: T;
  score: number;
}

/**
 * Results of several searches as one list, best first: each result once, at its best weighted
 * score, keeping the search that found it best (its excerpt shows that match); then a boosting
 * search's results have that score multiplied by its weight.
 */
export function mergeSearches<T extends Hit>(searches: readonly { weight: number; boost?: true; results: readonly T[] }[]): Scored<T>[] {
  const best = new Map<string, Scored<T>>();
  for (const { weight, results } of searches.filter((s) => !s.boost)) {
    for (const result of results) {
      const score = result.score * weight;
      const known = best.get(result.id);
      if (!known || score > known.score) best.set(result.id, { result, score });
    }
  }
  for (const { weight, results } of searches.filter((s) => s.boost)) {
    for (const { id } of results) {
      const known = best.get(id);
      if (known) known.score *= weight;
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

export interface PartialMatch<T extends Hit> {
  /** The result as found by the term that scored it highest, so its excerpt shows the strongest match. */
  result: T;
  /** The query's terms this result holds. */
  words: string[];
  score: number;
  /** The fewest words of the record that hold one of each of its terms (answerSpan). */
  span: number;
}

/**
 * How many words a record's place holding all the query's words may span and still answer it: about
 * a short paragraph. A page that holds the words scattered across its sections (a report section's
 * introduction) does not hold them "all" as a paragraph that says them together does.
 */
export const ANSWER_SPAN = 60;

/** The fewest words from one term's position to another's that take in one position of every term (1 for a single term). */
export function answerSpan(positions: readonly (readonly number[])[]): number {
  const tagged = positions.flatMap((list, term) => list.map((at) => ({ at, term }))).sort((a, b) => a.at - b.at);
  const inWindow = new Map<number, number>();
  let best = Infinity;
  for (let start = 0, end = 0; end < tagged.length; end++) {
    inWindow.set(tagged[end].term, (inWindow.get(tagged[end].term) ?? 0) + 1);
    while (inWindow.size === positions.length) {
      best = Math.min(best, tagged[end].at - tagged[start].at + 1);
      const term = tagged[start++].term;
      const left = inWindow.get(term)! - 1;
      if (left) inWindow.set(term, left);
      else inWindow.delete(term);
    }
  }
  return best;
}

/** The fewest words between any position in `a` and any in `b` (1 for neighbours), or Infinity. */
export function nearestGap(a: readonly number[], b: readonly number[]): number {
  const [x, y] = [[...a].sort((p, q) => p - q), [...b].sort((p, q) => p - q)];
  let gap = Infinity;
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    gap = Math.min(gap, Math.abs(x[i] - y[j]));
    if (x[i] < y[j]) i++;
    else j++;
  }
  return gap;
}

/**
 * The results of searching each term on its own, combined. A term found in few results is a
 * better clue than one found in most ("hotels" against "in"), and Pagefind's scores reward how
 * often a word occurs more than how rare it is; so each term's score is weighted by
 * ln(1 + results for any of the terms / results for this term) (its rarity) before they are
 * summed. Then each pair of neighbouring terms (as typed) that the result holds adds
 * PROXIMITY_BONUS x the smaller rarity of the two / the fewest words between them.
 */
export function rankPartialMatches<T extends Hit>(
  perTerm: readonly { word: string; results: readonly Scored<T>[] }[],
): PartialMatch<T>[] {
  const found = new Set(perTerm.flatMap(({ results }) => results.map((r) => r.result.id))).size;
  const byId = new Map<string, { result: T; best: number; held: { term: number; word: string; rarity: number; weighted: number; positions: readonly number[] }[] }>();
  perTerm.forEach(({ word, results }, term) => {
    const rarity = Math.log(1 + found / results.length);
    for (const { result, score } of results) {
      const match = byId.get(result.id) ?? { result, best: 0, held: [] };
      if (score > match.best) [match.result, match.best] = [result, score];
      match.held.push({ term, word, rarity, weighted: rarity * score, positions: result.words });
      byId.set(result.id, match);
    }
  });
  return [...byId.values()]
    .map(({ result, held }) => {
      let score = held.reduce((sum, h) => sum + h.weighted, 0);
      for (let i = 1; i < held.length; i++) {
        const [a, b] = [held[i - 1], held[i]];
        if (b.term === a.term + 1) score += (PROXIMITY_BONUS * Math.min(a.rarity, b.rarity)) / Math.max(1, nearestGap(a.positions, b.positions));
      }
      return { result, words: held.map((h) => h.word), score, span: answerSpan(held.map((h) => h.positions)) };
    })
    .sort((a, b) => b.score - a.score);
}

/**
 * Results holding all the words and those holding some, as one list: first every result holding
 * all the words (`required` of the partial search's terms: a result missing only COMMON_WORDS, a
 * short paragraph without the "in" of "care leavers in hotels", holds them), then those holding
 * some, each group in the partial ranking's order. Results found by the whole query are shown as
 * found by it (no "Has the words" list). A result in `explaining` (a glossary entry) is ranked in
 * the second group whatever it holds: an explanation never leads the paragraphs ("social worker
 * workload": the entry for "caseload" holds every word, paragraph 47 on IROs' caseloads does not).
 * So is a result in `scattered`: a page holding the words only far apart (ANSWER_SPAN).
 * Returns the list and how many of it lead as holding all the words.
 */
export function withPartialMatches<T extends Hit>(
  holdingAll: readonly Scored<T>[],
  partial: readonly PartialMatch<T>[],
  required: number,
  explaining: ReadonlySet<string> = new Set(),
  scattered: ReadonlySet<string> = new Set(),
): { found: { result: T; words?: string[] }[]; holdingAll: number } {
  const whole = new Map(holdingAll.map(({ result }) => [result.id, result]));
  const first: { result: T; words?: string[] }[] = [];
  const rest: { result: T; words?: string[] }[] = [];
  for (const match of partial) {
    const found = whole.has(match.result.id) ? { result: whole.get(match.result.id)! } : match;
    const holdsAll = whole.has(match.result.id) || match.words.length === required;
    (holdsAll && !explaining.has(match.result.id) && !scattered.has(match.result.id) ? first : rest).push(found);
  }
  const ranked = new Set(partial.map((match) => match.result.id));
  first.push(...holdingAll.filter(({ result }) => !ranked.has(result.id)).map(({ result }) => ({ result })));
  return { found: [...first, ...rest], holdingAll: first.length };
}

/** The results a widened query may count as holding all the words (withPartialMatches' first group, before `explaining` is known). */
export function holdingAllCandidates<T extends Hit>(holdingAll: readonly Scored<T>[], partial: readonly PartialMatch<T>[], required: number): T[] {
  const whole = new Set(holdingAll.map(({ result }) => result.id));
  return [...holdingAll.map(({ result }) => result), ...partial.filter((m) => !whole.has(m.result.id) && m.words.length === required).map((m) => m.result)];
}
