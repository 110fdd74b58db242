/** "What this means" on each recommendation page is plain English: Flesch Reading Ease 60 or more. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreText } from '../support/readability.ts';
import { readRecommendationFiles } from '../support/recommendation-files.ts';

const MINIMUM_READING_EASE = 60;

test(`every recommendation's "What this means" scores Flesch Reading Ease ${MINIMUM_READING_EASE} or more`, () => {
  const files = readRecommendationFiles();
  assert.equal(files.length, 17, 'expected one file per recommendation');
  const tooHard = files
    .map((r) => ({ number: r.number, score: scoreText(r.whatThisMeans).fleschReadingEase }))
    .filter((r) => r.score < MINIMUM_READING_EASE)
    .map((r) => `recommendation ${r.number}: ${r.score.toFixed(1)}`);
  assert.deepEqual(tooHard, []);
});
