/**
 * `npm run readability`: Flesch Reading Ease, Flesch-Kincaid grade and words per sentence for
 * every plain-language block on the built site (scripts/lib/plain-language.ts), beside the
 * report's own words for comparison. Run `npm run build` first.
 */
import { plainLanguageBlocks, scoreBlock } from './lib/plain-language.ts';

const rows = plainLanguageBlocks.map((block) => {
  const score = scoreBlock(block);
  const held = block.hold
    ? `held to FRE >= ${block.hold.minReadingEase}${block.hold.maxWordsPerSentence ? `, <= ${block.hold.maxWordsPerSentence} words/sentence` : ''}`
    : 'reported only';
  return [
    block.name,
    block.page,
    score.fleschReadingEase.toFixed(1),
    score.fleschKincaidGrade.toFixed(1),
    score.wordsPerSentence.toFixed(1),
    held,
  ];
});
const header = ['Block', 'Page', 'Reading ease', 'Grade', 'Words/sentence', 'Standard'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
for (const row of [header, ...rows]) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd());
