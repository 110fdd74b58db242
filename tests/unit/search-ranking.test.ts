/** The ranking rules of src/lib/search/search-ranking.ts, one by one, on made-up results (the relevance test checks them on the report). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ALTERNATIVE_WEIGHT,
  EXPLAINS_META,
  ENTRY_TEXT_WEIGHT,
  PHRASE_WEIGHT,
  FEW_RESULTS,
  mergeSearches,
  nearestGap,
  PAGE_TEXT_WEIGHT,
  queryVariants,
  rankPartialMatches,
  recordWeight,
  shouldWiden,
  withPartialMatches,
  holdingAllCandidates,
  type Hit,
} from '../../src/lib/search/search-ranking.ts';
import type { QueryTerm } from '../../src/lib/search/search-vocabulary.ts';

const hit = (id: string, score: number, words: number[] = [0]): Hit => ({ id, score, words });
const scored = (hits: Hit[]) => hits.map((result) => ({ result, score: result.score }));

test('paragraphs are indexed at full weight, the site\'s own pages and glossary entries below them', () => {
  assert.equal(recordWeight({ meta: { paragraph: '48' } }), 1);
  assert.equal(recordWeight({ meta: { title: 'About' } }), PAGE_TEXT_WEIGHT);
  assert.equal(recordWeight({ meta: { title: 'MASH', [EXPLAINS_META]: 'yes' } }), ENTRY_TEXT_WEIGHT);
  assert.equal(recordWeight({ meta: { title: 'Who can I talk to, and how can I get help, complain or have my say?' } }), PAGE_TEXT_WEIGHT, 'a part of the children\'s page counts as a page, not as an explanation');
  assert.ok(ENTRY_TEXT_WEIGHT < PAGE_TEXT_WEIGHT && PAGE_TEXT_WEIGHT < 1);
});

test('partial matches join in when fewer than FEW_RESULTS paragraphs hold every word, unless a phrase is quoted', () => {
  assert.equal(shouldWiden(0, 0, '"no such phrase"'), true);
  assert.equal(shouldWiden(10, FEW_RESULTS - 1, 'care leavers in hotels'), true);
  assert.equal(shouldWiden(10, FEW_RESULTS, 'care leavers in hotels'), false);
  assert.equal(shouldWiden(2, 2, '"missing from education"'), false);
});

const term = (text: string, alternatives: QueryTerm['alternatives'] = [], typedAbsent = false): QueryTerm => ({ text, label: text, alternatives, typedAbsent });

test('the typed words are searched, then as an exact phrase, then with alternatives (abbreviations first), one term swapped at a time', () => {
  const waiting = term('waiting', [{ text: 'delay', kind: 'everyday' }, { text: 'hold-up', kind: 'abbreviation' }]);
  assert.deepEqual(queryVariants('Waiting for help', [waiting, term('for'), term('help')]), [
    { query: 'Waiting for help', weight: 1 },
    { query: '"waiting for help"', weight: PHRASE_WEIGHT, boost: true },
    { query: 'hold-up for help', weight: ALTERNATIVE_WEIGHT.abbreviation },
    { query: 'delay for help', weight: ALTERNATIVE_WEIGHT.everyday },
  ]);
  assert.ok(ALTERNATIVE_WEIGHT.everyday < ALTERNATIVE_WEIGHT.abbreviation);
  assert.deepEqual(queryVariants('care leavers', [term('care'), term('leavers')]), [
    { query: 'care leavers', weight: 1 },
    { query: '"care leavers"', weight: PHRASE_WEIGHT, boost: true },
  ]);
  assert.deepEqual(queryVariants('"care leavers"', [term('care'), term('leavers')]), [{ query: '"care leavers"', weight: 1 }]);
  assert.deepEqual(queryVariants('letterbox', [term('letterbox')]), [{ query: 'letterbox', weight: 1 }]);
});

test('words the report never uses are not searched as typed, only through their alternatives', () => {
  const kids = term('kids', [{ text: 'child', kind: 'everyday' }, { text: 'children', kind: 'everyday' }], true);
  const cse = term('cse', [{ text: 'sexual exploitation', kind: 'abbreviation' }], true);
  const e = ALTERNATIVE_WEIGHT.everyday;
  assert.deepEqual(queryVariants('kids CSE', [kids, cse]), [
    { query: 'child sexual exploitation', weight: e },
    { query: 'children sexual exploitation', weight: e },
  ]);
});

test('several searches merge into one list: each result once, at its best weighted score', () => {
  const merged = mergeSearches([
    { weight: 1, results: [hit('a', 2), hit('b', 6)] },
    { weight: 0.5, results: [hit('a', 10), hit('c', 1)] },
  ]);
  assert.deepEqual(merged.map((m) => [m.result.id, m.score]), [['b', 6], ['a', 5], ['c', 0.5]]);
  assert.equal(merged.find((m) => m.result.id === 'a')!.result.score, 10, 'the search that scored it best is kept');
});

test('an exact-phrase search scores nothing itself: it multiplies what the other searches found', () => {
  const merged = mergeSearches([
    { weight: 1, results: [hit('apart', 10), hit('phrase', 5)] },
    { weight: PHRASE_WEIGHT, boost: true, results: [hit('phrase', 1), hit('only-here', 1)] },
  ]);
  assert.deepEqual(merged.map((m) => [m.result.id, m.score]), [['phrase', 5 * PHRASE_WEIGHT], ['apart', 10]]);
});

test('partial matches: a rare word counts for more than a common one', () => {
  const common = Array.from({ length: 50 }, (_, i) => hit(`p${i}`, 8));
  const ranked = rankPartialMatches([
    { word: 'care', results: scored(common) },
    { word: 'hotels', results: scored([hit('h13', 10), hit('p1', 2)]) },
  ]);
  assert.equal(ranked.length, 51);
  assert.deepEqual(ranked.slice(0, 2).map((m) => [m.result.id, m.words]), [['h13', ['hotels']], ['p1', ['care', 'hotels']]]);
  // Each result keeps the search that scored it highest, for the best excerpt.
  assert.equal(ranked[1].result.score, 8);
});

test('partial matches: rare words held side by side rank above the same words far apart, and above common words side by side', () => {
  const filler = Array.from({ length: 40 }, (_, i) => hit(`f${i}`, 5, [0]));
  const ranked = rankPartialMatches([
    // 'far' comes first everywhere, so only closeness can put 'near' before it.
    { word: 'dental', results: scored([hit('far', 5, [10]), hit('near', 5, [10])]) },
    { word: 'checks', results: scored([hit('far', 5, [60]), hit('near', 5, [11]), ...filler.slice(0, 4)]) },
    { word: 'care', results: scored([hit('common', 5, [3]), ...filler]) },
    { word: 'leavers', results: scored([hit('common', 5, [4]), ...filler]) },
  ]);
  const order = ranked.map((m) => m.result.id);
  assert.ok(order.indexOf('near') < order.indexOf('far'), order.join(' '));
  assert.ok(order.indexOf('far') < order.indexOf('common'), order.join(' '));
});

test('the gap between two terms is the fewest words between any of their positions', () => {
  assert.equal(nearestGap([3, 40], [41, 90]), 1);
  assert.equal(nearestGap([50], [10, 45]), 5);
  assert.equal(nearestGap([], [1]), Infinity);
});

test('results holding every word come first, then those holding some, each in the partial ranking\'s order', () => {
  const all = scored([hit('a', 3)]);
  const partial = rankPartialMatches([
    { word: 'x', results: scored([hit('b', 30), hit('a', 3)]) },
    { word: 'y', results: scored([hit('a', 3)]) },
  ]);
  assert.equal(partial[0].result.id, 'b', 'b ranks first among partial matches');
  const { found, holdingAll } = withPartialMatches(all, partial, 2);
  assert.deepEqual(found.map((f) => [f.result.id, f.words]), [['a', undefined], ['b', ['x']]]);
  assert.equal(holdingAll, 1);
  assert.deepEqual(withPartialMatches(all, [], 2), { found: [{ result: all[0].result }], holdingAll: 1 });
});

test('a partial match holding every required word (a common word such as "in" aside) counts as holding all the words', () => {
  const all = scored([hit('page', 1)]);
  const partial = rankPartialMatches([
    { word: 'care', results: scored([hit('p13', 5), hit('page', 1), hit('p7', 2)]) },
    { word: 'hotels', results: scored([hit('p13', 5), hit('page', 1)]) },
  ]);
  const { found, holdingAll } = withPartialMatches(all, partial, 2);
  assert.deepEqual(found.map((f) => f.result.id), ['p13', 'page', 'p7']);
  assert.equal(holdingAll, 2);
  assert.deepEqual(found[0].words, ['care', 'hotels'], 'still shown with the words it has');
  // With a third required word (one the site never uses), neither partial match holds them all.
  assert.equal(withPartialMatches(all, partial, 3).holdingAll, 1);
});

test('an explanation (a glossary entry) holding every word never leads: it is ranked among the results holding some', () => {
  const all = scored([hit('p27', 9), hit('entry', 8)]);
  const partial = rankPartialMatches([
    { word: 'worker', results: scored([hit('p27', 9), hit('entry', 8)]) },
    { word: 'workload', results: scored([hit('p27', 9), hit('entry', 8), hit('p47', 8.5)]) },
  ]);
  assert.deepEqual(holdingAllCandidates(all, partial, 2).map((r) => r.id), ['p27', 'entry']);
  const plain = withPartialMatches(all, partial, 2);
  assert.deepEqual(plain.found.map((f) => f.result.id), ['p27', 'entry', 'p47']);
  const { found, holdingAll } = withPartialMatches(all, partial, 2, new Set(['entry']));
  assert.equal(holdingAll, 1);
  assert.deepEqual(found.map((f) => f.result.id).slice(1).sort(), ['entry', 'p47']);
  assert.equal(found.find((f) => f.result.id === 'entry')!.words, undefined, 'found by the whole query: no "Has the words" list');
});
