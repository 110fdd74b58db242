/**
 * Staff's own words: the vocabulary the search page embeds (glossary abbreviations both ways,
 * content/search-words.yaml), the report's words for spelling, and the pure matching of a query
 * against them (src/lib/search/search-vocabulary.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DIST, pageDom } from '../../scripts/lib/built-site.ts';
import { sourceParagraphs } from '../support/source-text.ts';
import { join } from 'node:path';
import { projectContent } from '../support/changed-content.ts';
import { editDistance, isKnownWord, queryTerms, suggestSpelling, type SearchVocabulary, type Synonym } from '../../src/lib/search/search-vocabulary.ts';
import { LEXICON_PATH, SEARCH_URL, SPELLINGS_URL } from '../../src/lib/site/site-urls.ts';
import type { LexiconShard } from '../../src/lib/search/search-lexicon.ts';

/** The vocabulary as the built search page embeds it. */
const vocabulary: SearchVocabulary = JSON.parse(pageDom(SEARCH_URL).querySelector('#report-search')!.getAttribute('data-vocabulary')!);
const means = (words: string) => vocabulary.synonyms.filter((s) => s.words === words).flatMap((s) => s.means);

test('every everyday word\'s meaning occurs in the report\'s numbered paragraphs (read from the source text)', () => {
  const report = sourceParagraphs().map((p) => p.text).join(' ').toLowerCase().replace(/’/g, "'");
  const entries = projectContent().searchWords;
  assert.ok(entries.length >= 10, `only ${entries.length} everyday words`);
  for (const { word, means: targets } of entries) {
    for (const target of targets) {
      const pattern = new RegExp(`\\b${target.toLowerCase().replace(/[-\s]+/g, '[-\\s]+')}(s|es)?\\b`);
      assert.match(report, pattern, `content/search-words.yaml: "${word}" means "${target}", which the report does not use`);
    }
  }
});

test('abbreviations come from the glossary, both ways, and only where the report uses the other side', () => {
  assert.deepEqual(means('lado'), ['designated officer']);
  assert.deepEqual(means('cse'), ['child sexual exploitation', 'sexual exploitation']);
  assert.deepEqual(means('return home interview'), ['RHI']);
  assert.deepEqual(means('rhi'), ['return home interview']);
  // The report never writes "CSE" or spells out "multi-agency safeguarding hub": neither is searched for.
  assert.deepEqual(means('child sexual exploitation'), []);
  assert.deepEqual(means('mash'), []);
  assert.ok(vocabulary.synonyms.every((s: Synonym) => s.means.length > 0));
});

test('the search page carries the vocabulary, and the build writes the index\'s words for spelling, commonest first', () => {
  const embedded = JSON.parse(pageDom('/search/').querySelector('#report-search')!.getAttribute('data-vocabulary')!);
  assert.deepEqual(embedded, vocabulary);
  const spellings = readFileSync(join(DIST, SPELLINGS_URL), 'utf8').split('\n');
  // Commonest first: "the" leads any English text, and "children", the report's own commonest word,
  // comes among the first few (not where an alphabetical or unordered list would put it).
  assert.equal(spellings[0], 'the');
  assert.ok(spellings.slice(0, 5).includes('children'), `"children" is not among the five commonest: ${spellings.slice(0, 5).join(', ')}`);
  for (const word of ['safeguarding', 'letterbox', 'clickwise', 'childline']) assert.ok(spellings.includes(word), word);
  assert.equal(new Set(spellings).size, spellings.length);
});

test('a query is read as terms: the longest phrase the vocabulary knows wins, plurals match, quotes turn the vocabulary off', () => {
  const terms = queryTerms('Kids at the safeguarding hub', vocabulary.synonyms);
  assert.deepEqual(terms.map((t) => [t.text, t.alternatives.map((a) => a.text)]), [
    ['kids', ['child', 'children']], ['at', []], ['the', []], ['safeguarding hub', ['MASH']],
  ]);
  assert.equal(queryTerms('LADO', vocabulary.synonyms)[0].label, 'LADO');
  // An abbreviation as staff write it: singular, plural, possessive (curly apostrophe too).
  for (const typed of ['LADO', 'LADOs', 'LADO\'s', 'LADO’s', 'LADOs\'']) {
    assert.deepEqual(queryTerms(`${typed} referrals`, vocabulary.synonyms)[0].alternatives.map((a) => a.text), ['designated officer'], typed);
  }
  assert.deepEqual(queryTerms('"kids"', vocabulary.synonyms)[0].alternatives, []);
  assert.deepEqual(queryTerms('multi-agency public protection arrangements', vocabulary.synonyms).map((t) => t.alternatives.map((a) => a.text)), [['MAPPA']]);
});

test('a word is known when the site uses it or a word starting with it', () => {
  assert.equal(isKnownWord('interv', ['interviews']), true);
  assert.equal(isKnownWord('safegaurding', ['safeguarding', 'safe']), false);
});

test('edit distance counts swapped neighbours as one edit and gives up past its limit', () => {
  assert.equal(editDistance('safegaurding', 'safeguarding', 2), 1);
  assert.equal(editDistance('fostring', 'fostering', 2), 1);
  assert.equal(editDistance('kitten', 'sitting', 2), 3);
  assert.equal(editDistance('a', 'abcdef', 2), 3);
});

test('spelling: the report\'s nearest word, the commonest of equals, and nothing for short, known or far words', () => {
  const spellings = readFileSync(join(DIST, SPELLINGS_URL), 'utf8').split('\n');
  assert.equal(suggestSpelling('safegaurding', spellings), 'safeguarding');
  assert.equal(suggestSpelling('adopton', spellings), 'adoption');
  assert.equal(suggestSpelling('leters', ['leaders', 'letters']), 'letters');
  assert.equal(suggestSpelling('hame', ['home', 'have']), 'home');
  assert.equal(suggestSpelling('hame', ['have', 'home']), 'have');
  assert.equal(suggestSpelling('xylophone', spellings), undefined);
  assert.equal(suggestSpelling('cse', spellings), undefined);
  assert.equal(suggestSpelling('children', spellings), undefined);
  assert.equal(suggestSpelling('48', spellings), undefined);
});

test('the lexicon is written per first two letters: WordNet\'s words for the report\'s words, and English words that get no suggestion', () => {
  const shard = (letters: string) => JSON.parse(readFileSync(join(DIST, LEXICON_PATH, `${letters}.json`), 'utf8')) as LexiconShard;
  assert.deepEqual(shard('ki').means.kid, ['child']);
  assert.ok(shard('aw').english.includes('away'), '"away" is an English word the site never uses');
  assert.ok(!shard('ch').english.includes('children'), 'the site\'s own words are not shipped again');
  // Every report word a lexicon entry searches for is one the report uses.
  const spellings = new Set(readFileSync(join(DIST, SPELLINGS_URL), 'utf8').split('\n'));
  const means = Object.values(shard('yo').means).flat().concat(Object.values(shard('ki').means).flat());
  for (const word of means.flatMap((m) => m.split(' '))) assert.ok(spellings.has(word), `"${word}"`);
});
