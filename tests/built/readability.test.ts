/**
 * Plain language you can measure: every block with a standard (scripts/lib/plain-language.ts)
 * meets it. The failure names the block, its page and its scores.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blockText, plainLanguageBlocks, scoreBlock } from '../../scripts/lib/plain-language.ts';
import { YOUNG_PEOPLE_URL } from '../../src/lib/site/site-urls.ts';

for (const block of plainLanguageBlocks.filter((b) => b.hold)) {
  const hold = block.hold!;
  test(`${block.name} (${block.page}) reads at Flesch Reading Ease >= ${hold.minReadingEase}${hold.maxWordsPerSentence ? ` with <= ${hold.maxWordsPerSentence} words a sentence` : ''}`, () => {
    const score = scoreBlock(block);
    const found = `${block.name} on ${block.page}: reading ease ${score.fleschReadingEase}, ${score.wordsPerSentence.toFixed(1)} words a sentence, grade ${score.fleschKincaidGrade}`;
    assert.ok(score.fleschReadingEase >= hold.minReadingEase, `${found}; it must be at least ${hold.minReadingEase}. Use shorter words and sentences.`);
    if (hold.maxWordsPerSentence !== undefined) {
      assert.ok(score.wordsPerSentence <= hold.maxWordsPerSentence, `${found}; it must be at most ${hold.maxWordsPerSentence} words a sentence.`);
    }
  });
}

test('the young people\'s block holds the new text and leaves out the report\'s quoted words', () => {
  const text = blockText(plainLanguageBlocks.find((b) => b.page === YOUNG_PEOPLE_URL)!);
  assert.match(text, /What is Ofsted\?/);
  assert.match(text, /Childline/);
  assert.doesNotMatch(text, /Services for children and their families in Sandwell have not become better/);
});
