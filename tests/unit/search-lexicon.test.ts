/**
 * The lexicon built from WordNet for the search page (src/lib/search/search-lexicon.ts), on a few
 * synsets written in WordNet's own file format, and the page's look-up of a typed word's base form.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { englishWordsToShip, lexiconShards, wordNetMeanings, type WordNetFiles } from '../../src/lib/search/search-lexicon.ts';
import { lexiconKeys } from '../../src/lib/search/search-vocabulary.ts';

// data.noun lines: offset, file number, type, word count (hex), then each word and its lex id.
const files: WordNetFiles = {
  data: {
    noun: [
      '  1 This software and database is provided under the licence at the top of each file.',
      '09917593 18 n 04 child 0 kid 0 youngster 0 minor 0 000 | a young person',
      '09918248 18 n 02 kid 0 goat 0 000 | a young goat',
      '10142391 18 n 04 grandma 0 grandmother 0 granny 0 nan 0 000 | the mother of your father or mother',
      '07185076 10 n 02 Nan 0 river 0 000 | a river (a name)',
    ].join('\n'),
    verb: '', adj: '', adv: '',
  },
  index: {
    noun: [
      'child n 1 0 1 0 09917593',
      'kid n 2 0 2 0 09917593 09918248',
      'youngster n 1 0 1 0 09917593',
      'minor n 1 0 1 0 09917593',
      'goat n 2 0 2 0 00000001 09918248',
      'grandmother n 1 0 1 0 10142391',
      'grandma n 1 0 1 0 10142391',
      'granny n 1 0 1 0 10142391',
      'nan n 2 0 2 0 10142391 07185076',
    ].join('\n'),
    verb: '', adj: '', adv: '',
  },
};

test('a word the report never uses searches the report\'s word that shares its commonest sense, as the report writes it', () => {
  const meanings = wordNetMeanings(files, 'The children and each child were seen; every child was heard.');
  assert.deepEqual(meanings.get('kid'), ['child']);
  assert.deepEqual(meanings.get('youngster'), ['child']);
  // "goat" shares only kid's second sense with no word of the report; "nan" a sense whose words the report never uses.
  assert.equal(meanings.get('goat'), undefined);
  assert.equal(meanings.get('nan'), undefined);
  // The report's own words are never keys.
  assert.equal(meanings.get('child'), undefined);
});

test('a name (a capital in WordNet) is no everyday word, and the report\'s word is found from its plural', () => {
  const meanings = wordNetMeanings(files, 'Grandmothers looked after them.');
  assert.deepEqual(meanings.get('nan'), ['grandmothers']);
  assert.deepEqual(meanings.get('granny'), ['grandmothers']);
  assert.equal(meanings.get('river'), undefined);
});

test('English words to ship: four letters or more, lower case, not the site\'s own', () => {
  assert.deepEqual(englishWordsToShip(['away', 'far', 'Paris', 'care', 'miles'], ['care']), ['away', 'miles']);
});

test('the lexicon is cut by first two letters, as the page looks words up', () => {
  const shards = lexiconShards(new Map([['kid', ['children']], ['kin', ['family']]]), ['kind', 'away']);
  assert.deepEqual([...shards.keys()].sort(), ['aw', 'ki']);
  assert.deepEqual(shards.get('ki'), { means: { kid: ['children'], kin: ['family'] }, english: ['kind'] });
});

test('a typed word is looked up by its base forms, the word itself first', () => {
  assert.deepEqual(lexiconKeys('kids').slice(0, 2), ['kids', 'kid']);
  assert.ok(lexiconKeys('grandparents').includes('grandparent'));
  assert.ok(lexiconKeys('kicked').includes('kick'));
  assert.ok(lexiconKeys('stopped').includes('stop'));
  assert.ok(lexiconKeys('placing').includes('place'));
});
