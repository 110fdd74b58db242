/** The search page's own logic that needs no browser: safe excerpts, matched words, highlight links and what is announced. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { excerptParts, highlightHref, matchedWords, outcomeSentences, resultSummary } from '../../src/lib/search/search-results.ts';

test('excerpts become text and <mark> only: nothing else in them can become markup', () => {
  assert.deepEqual(excerptParts('late <mark>return</mark> home <img src=x onerror=alert(1)>'), [
    { text: 'late ', marked: false },
    { text: 'return', marked: true },
    { text: ' home <img src=x onerror=alert(1)>', marked: false },
  ]);
});

test('the words a result matched are read from its text, as written there', () => {
  assert.deepEqual(matchedWords("use of the 'Mind of my own' (MOMO) app", [1, 3, 4]), ['of', 'mind']);
});

test('a result link carries the words to highlight before its #fragment', () => {
  assert.equal(highlightHref('/report/adoption/#para-80', ['letterbox']), '/report/adoption/?highlight=letterbox#para-80');
  assert.equal(highlightHref('/about/', ['ofsted', 'licence']), '/about/?highlight=ofsted+licence');
  assert.equal(highlightHref('/about/', []), '/about/');
});

test('the announced summary names the query and counts the results holding all the words apart from those holding some', () => {
  assert.equal(resultSummary(' letterbox ', 1, 0, false), '1 result for ‘letterbox’.');
  assert.equal(resultSummary('x y', 0, 0, true), 'No results for ‘x y’ with the filters you chose.');
  assert.equal(resultSummary('a b', 0, 2, false), 'No result has all the words of ‘a b’; 2 have some of them.');
  assert.equal(resultSummary('a b', 0, 1, false), 'No result has all the words of ‘a b’; 1 has some of them.');
  assert.equal(resultSummary('a b', 1, 4, false), '1 result has all your words; 4 more have some.');
  assert.equal(resultSummary('a b', 3, 1, true), '3 results have all your words with the filters you chose; 1 more has some.');
});

test('the announcement names the alternatives searched, and says when a suggestion\'s results are shown instead', () => {
  const expanded = [
    { text: 'kids', label: 'kids', typedAbsent: true, alternatives: [{ text: 'child', kind: 'everyday' as const }, { text: 'children', kind: 'everyday' as const }] },
    { text: 'cse', label: 'CSE', typedAbsent: true, alternatives: [{ text: 'sexual exploitation', kind: 'abbreviation' as const }] },
  ];
  assert.deepEqual(outcomeSentences({ query: 'kids CSE', holdingAll: 2, holdingSome: 0, expanded, unknown: [] }, false), [
    '2 results for ‘kids CSE’.',
    'Also searched for ‘child’ and ‘children’ (for kids); ‘sexual exploitation’ (for CSE).',
  ]);
  assert.deepEqual(outcomeSentences({ query: 'adopton', holdingAll: 0, holdingSome: 0, expanded: [], unknown: ['adopton'], suggestion: 'adoption' }, true), [
    'No results for ‘adopton’ with the filters you chose.',
  ]);
  assert.deepEqual(outcomeSentences({ query: 'adoption', holdingAll: 1, holdingSome: 0, expanded: [], unknown: ['adopton'], suggestion: 'adoption', insteadOf: 'adopton' }, false), [
    'No paragraph or page uses the word ‘adopton’. Showing the results for ‘adoption’ instead.',
    '1 result for ‘adoption’.',
  ]);
});
