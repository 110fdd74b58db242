/**
 * One query from typed words to ranked results (src/lib/search/search-query.ts), over a small fake of
 * Pagefind's API: every record holding all the words of a search is a result, scored by how
 * often they occur, with their positions.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runQuery, type EngineResult, type FilterCounts, type SearchEngine } from '../../src/lib/search/search-query.ts';
import { outcomeSentences } from '../../src/lib/search/search-results.ts';
import { spellingList, type SearchVocabulary } from '../../src/lib/search/search-vocabulary.ts';

const records: Record<string, string> = {
  p19: 'children experienced delay in receiving early help',
  p22: 'the MASH is a strength in safeguarding',
  p31: 'the local authority designated officer inbox',
  p36: 'children at risk of sexual exploitation go missing',
  p48: 'missing children and sexual exploitation and return home interviews',
  p104: 'awareness of child sexual exploitation in schools',
  p5: 'early years and help for families',
};

function fakeEngine(): SearchEngine<EngineResult> & { searched: string[] } {
  const searched: string[] = [];
  return {
    searched,
    async search(query, options) {
      // The fake holds no plain-language pages: a search for them (or for them alone) finds nothing.
      if (query === null || options?.filters?.Explains) return { results: [], totalFilters: {} as FilterCounts };
      searched.push(query);
      const words = query.toLowerCase().replace(/"/g, '').split(/[\s-]+/).filter(Boolean);
      const results = Object.entries(records).flatMap(([id, text]) => {
        const tokens = text.toLowerCase().split(' ');
        const positions = words.map((w) => tokens.flatMap((t, i) => (t.startsWith(w) ? [i] : [])));
        if (positions.some((p) => p.length === 0)) return [];
        const result: EngineResult = {
          id,
          score: positions.flat().length,
          words: positions.flat(),
          data: async () => ({ url: `/#para-${id.slice(1)}`, content: text, excerpt: text, locations: positions.flat(), meta: { paragraph: id.slice(1) } }),
        };
        return [result];
      });
      return { results, totalFilters: { Section: { All: results.length } } };
    },
  };
}

const vocabulary: SearchVocabulary = {
  synonyms: [
    { words: 'lado', label: 'LADO', means: ['designated officer'], kind: 'abbreviation', typedAbsent: true },
    { words: 'cse', label: 'CSE', means: ['child sexual exploitation', 'sexual exploitation'], kind: 'abbreviation', typedAbsent: true },
    { words: 'waiting', label: 'waiting', means: ['delay'], kind: 'everyday', typedAbsent: false },
    { words: 'safeguarding hub', label: 'safeguarding hub', means: ['MASH'], kind: 'everyday', typedAbsent: false },
  ],
};
const spellings = spellingList(Object.values(records)).split('\n');
const options = { vocabulary, spellings: async () => spellings, lexicon: async () => undefined };
const ids = (found: { result: EngineResult }[]) => found.map((f) => f.result.id);

test('an abbreviation searches its expansion too, and the page says so', async () => {
  const outcome = await runQuery(fakeEngine(), 'LADO', options);
  assert.deepEqual(ids(outcome.found), ['p31']);
  assert.equal(outcome.holdingAll, 1);
  assert.deepEqual(outcomeSentences(outcome, false), ['1 result for ‘LADO’.', 'Also searched for ‘designated officer’ (for LADO).']);
});

test('every alternative of a term is searched, each result counted once', async () => {
  const engine = fakeEngine();
  const outcome = await runQuery(engine, 'CSE', options);
  // "CSE" itself is not searched: the report never writes it (Pagefind would find words starting "cs").
  assert.deepEqual(engine.searched, ['child sexual exploitation', 'sexual exploitation']);
  assert.deepEqual(ids(outcome.found).sort(), ['p104', 'p36', 'p48']);
  assert.match(outcomeSentences(outcome, false)[1], /^Also searched for ‘child sexual exploitation’ and ‘sexual exploitation’ \(for CSE\)\.$/);
});

test('an everyday word finds the report\'s word', async () => {
  const outcome = await runQuery(fakeEngine(), 'waiting for early help', options);
  assert.equal(ids(outcome.found)[0], 'p19');
});

test('a word the site never uses gets its nearest word; with no paragraph holding the typed words, the suggestion\'s results are shown and the page says so', async () => {
  const outcome = await runQuery(fakeEngine(), 'safegaurding hub', options);
  assert.equal(outcome.suggestion, 'safeguarding hub');
  assert.equal(outcome.insteadOf, 'safegaurding hub');
  assert.deepEqual(outcome.unknown, ['safegaurding']);
  assert.equal(outcome.query, 'safeguarding hub');
  assert.deepEqual(ids(outcome.found), ['p22']);
  assert.deepEqual(outcomeSentences(outcome, false), [
    'No paragraph or page uses the word ‘safegaurding’. Showing the results for ‘safeguarding hub’ instead.',
    '1 result for ‘safeguarding hub’.',
    'Also searched for ‘MASH’ (for safeguarding hub).',
  ]);
});

test('a suggestion that finds nothing either is offered, not shown instead; a phrase in quotes gets none', async () => {
  const outcome = await runQuery(fakeEngine(), 'chilren xylophone', options);
  assert.equal(outcome.suggestion, 'children xylophone');
  assert.equal(outcome.insteadOf, undefined);
  assert.equal(outcome.query, 'chilren xylophone');
  assert.deepEqual(outcomeSentences(outcome, false), ['No results for ‘chilren xylophone’.']);
  assert.equal((await runQuery(fakeEngine(), '"chilren"', options)).suggestion, undefined);
});

test('results holding only some of the words are ranked in when few paragraphs hold them all', async () => {
  const outcome = await runQuery(fakeEngine(), 'missing children interviews', options);
  assert.equal(outcome.holdingAll, 1);
  assert.deepEqual(ids(outcome.found).slice(0, 1), ['p48']);
  assert.ok(outcome.holdingSome >= 2);
  assert.deepEqual(outcome.found.find((f) => f.result.id === 'p36')!.words, ['missing', 'children']);
});

test('results holding all the words come first and are counted apart; a missing common word ("at") does not count', async () => {
  const outcome = await runQuery(fakeEngine(), 'sexual exploitation at schools', options);
  assert.deepEqual(ids(outcome.found)[0], 'p104');
  assert.deepEqual(ids(outcome.found).slice(1).sort(), ['p36', 'p48']);
  assert.equal(outcome.holdingAll, 1);
  assert.equal(outcome.holdingSome, 2);
  assert.deepEqual(outcomeSentences(outcome, false), ['1 result has all your words; 2 more have some.']);
});

test('a partial match that scores higher still comes after the results holding all the words', async () => {
  const outcome = await runQuery(fakeEngine(), 'children exploitation interviews', options);
  // p48 holds all three; p36 and p104 hold some (p36 scores as high on "children" and "exploitation").
  assert.deepEqual(ids(outcome.found)[0], 'p48');
  assert.equal(outcome.holdingAll, 1);
  assert.ok(outcome.found.slice(1).every((f) => f.words), 'every later result holds only some of the words');
});

test('function and question words are never searched alone nor counted: only inside the phrase as typed', async () => {
  const engine = fakeEngine();
  const outcome = await runQuery(engine, 'how do children go missing', options);
  assert.ok(!engine.searched.some((q) => /^(how|do)\b/.test(q)), `searched: ${engine.searched.join(' | ')}`);
  assert.ok(engine.searched.includes('"how do children go missing"'), 'the phrase as typed is searched');
  assert.deepEqual(ids(outcome.found).slice(0, 1), ['p36']);
});

test('a word the site never uses searches the report\'s words the lexicon gives it, weighted below the typed words, and gets no suggestion', async () => {
  const lexicon = async (word: string) => (word.startsWith('ru') ? { means: { runaway: ['missing'] }, english: ['runaway', 'runaways'] } : undefined);
  const outcome = await runQuery(fakeEngine(), 'runaways', { ...options, lexicon });
  assert.deepEqual(outcome.expanded.map((t) => [t.label, t.alternatives]), [['runaways', [{ text: 'missing', kind: 'lexicon' }]]]);
  assert.ok(ids(outcome.found).includes('p48'));
  assert.equal(outcome.suggestion, undefined);
});

test('a real English word the site never uses gets no suggestion; a word that is no word does', async () => {
  const english = async (word: string) => (word.startsWith('ex') ? { means: {}, english: ['exploration'] } : undefined);
  assert.equal((await runQuery(fakeEngine(), 'exploration', { ...options, lexicon: english })).suggestion, undefined);
  assert.equal((await runQuery(fakeEngine(), 'explotation', { ...options, lexicon: english })).suggestion, 'exploitation');
});
