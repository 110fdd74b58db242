/**
 * The site's own words answer to the report (the rules themselves: tests/built/content-errors.test.ts):
 * the review sheet lists every kind of them, and readers see the sources after each block, with
 * links that name what they lead to. The report's unnumbered
 * blocks carry the ids the structure module gives them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { pageDom, textOf } from '../../scripts/lib/built-site.ts';
import { numbersIn, occursIn } from '../../src/lib/content/numbers-in-text.ts';
import { projectContent } from '../support/changed-content.ts';
import { SOURCE_NOTE } from '../../scripts/lib/plain-language.ts';
import { readRecommendationFiles } from '../support/recommendation-files.ts';
import { reportBlocks, sections } from '../../src/lib/content/report-structure.ts';
import { KEY_FIGURES_URL, paragraphUrl, REPORT_URL, REVIEW_SHEETS, REVIEW_SHEET_JSON_URL, REVIEW_SHEET_URL, recommendationUrl, reviewSheetUrl, sectionUrl, topicUrl } from '../../src/lib/site/site-urls.ts';
import type { WordsBlock } from '../../src/lib/content/review-sheet.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const blocks: WordsBlock[] = JSON.parse(readFileSync(join(ROOT, 'dist', REVIEW_SHEET_JSON_URL), 'utf8'));

/** An element's text without the parts matching `hidden`, white space normalised. */
function textWithout(element: HTMLElement, hidden: string): string {
  const parts = element.querySelectorAll(hidden).map((h) => h.textContent);
  return parts.reduce((text, part) => text.replace(part, ''), element.textContent).replace(/\s+/g, ' ').trim();
}
/** What a sighted reader sees. */
const seen = (element: HTMLElement) => textWithout(element, '.visually-hidden');
/** What a screen reader says. */
const heard = (element: HTMLElement) => textWithout(element, '[aria-hidden="true"]');

test('the review sheet lists the site\'s own words from every kind of content', () => {
  const files = new Set(blocks.map((b) => b.file));
  for (const file of ['content/recommendations/01.mdx', 'content/recommendations/17.mdx', 'content/key-figures.yaml', 'content/topics.yaml', 'content/page-text.yaml', 'content/glossary.yaml']) {
    assert.ok(files.has(file), `${file} is not on the review sheet`);
  }
  assert.ok(blocks.some((b) => b.file.startsWith('content/young-people/')), 'the young people\'s text is not on the review sheet');
});

test('the number check finds dates, percentages, digits and words, and leaves out only phone numbers', () => {
  assert.deepEqual(
    numbersIn('At 7 November 2017, 742 (up 71%). Nine children, a third of cases, in March 2018. Call Childline on 0800 1111 or Samaritans on 116 123.'),
    ['7 November 2017', 'March 2018', '71%', '742', 'Nine', 'a third'],
  );
  assert.equal(occursIn('9', 'only nine children'), true, 'digits match the report\'s words');
  assert.equal(occursIn('nine', 'only 9 children'), true, 'words match the report\'s digits');
  assert.equal(occursIn('a third', 'an average of one third of cases'), true);
  assert.equal(occursIn('4', 'took 44 weeks in 2014'), false, '"4" inside "44" or "2014" must not count');
  assert.equal(occursIn('7 November 2017', 'At 7 November 2017, 742 children'), true);
  assert.equal(occursIn('8 November 2017', 'At 7 November 2017, 742 children'), false);
});

test('each unnumbered block of the report has its id on its page, around the text the review sheet quotes', () => {
  const texts = new Map(blocks.flatMap((b) => b.cited.map((c) => [c.id, c.text] as const)));
  for (const section of sections.filter((s) => s.blocks)) {
    const dom = pageDom(sectionUrl(section.slug));
    const parsed = projectContent().sections.find((s) => s.section === section)!.parts.blocks;
    for (const block of reportBlocks.filter((b) => b.section === section)) {
      const element = dom.getElementById(block.id);
      assert.ok(element, `${sectionUrl(section.slug)} has no element #${block.id}`);
      // Footnote markers are links on the page, not words of the block.
      const shown = textWithout(element, '.footnote-ref');
      assert.equal(shown.replace(/\s+/g, ' '), parsed[block.n - 1].text.replace(/\s+/g, ' '), `#${block.id}`);
      if (texts.has(block.id)) assert.equal(texts.get(block.id), parsed[block.n - 1].text);
    }
  }
  assert.ok(pageDom(REPORT_URL).getElementById('cover'), 'the report\'s cover has no id');
});

test('readers see each recommendation\'s sources after its text, each link named for where it goes', () => {
  const file = readRecommendationFiles().find((f) => f.number === 6)!;
  const note = pageDom(recommendationUrl(6)).querySelector(`.what-this-means ${SOURCE_NOTE}`)!;
  assert.ok(note, 'no source note on recommendation 6');
  assert.equal(seen(note), 'From the report: paragraphs 6, 54 and 105. Some of this is general information, not from the report.');
  assert.equal(heard(note), 'From the report: paragraph 6, paragraph 54 and paragraph 105. Some of this is general information, not from the report.');
  const links = note.querySelectorAll('a');
  assert.deepEqual(links.map((a) => a.getAttribute('href')), [6, 54, 105].map(paragraphUrl));
  // Each link's accessible name holds its visible number (WCAG 2.5.3) and says what it is.
  assert.deepEqual(links.map((a) => textOf(a)), ['paragraph 6', 'paragraph 54', 'paragraph 105']);
  assert.deepEqual(links.map((a) => seen(a)), ['6', '54', '105']);
  assert.equal(file.blocks.length, 1);
  // Reading and focus order: the note is inside the block, after its words.
  const paragraph = note.closest('p')!;
  assert.ok(textOf(paragraph).startsWith(file.blocks[0].text.slice(0, 40)));
  assert.ok(textOf(paragraph).endsWith(textOf(note)));
});

test('a single paragraph and a block of the report are named in full; general words say so', () => {
  const figure = pageDom(KEY_FIGURES_URL).getElementById('figure-child-protection-plans')!.closest('section')!;
  const note = figure.querySelector(SOURCE_NOTE)!;
  // Places are listed in report order.
  assert.equal(textOf(note), 'From the report: executive summary, paragraph 3; information about the local authority, item 15.');
  assert.deepEqual(note.querySelectorAll('a').map((a) => a.getAttribute('href')), ['/report/executive-summary/#summary-3', '/report/the-local-authority/#local-authority-15']);
  const topic = pageDom(topicUrl('early-help')).querySelector(`.lead ${SOURCE_NOTE}`)!;
  assert.equal(textOf(topic), 'This is general information, not from the report.');
  const single = pageDom(recommendationUrl(12)).querySelector(`.what-this-means ${SOURCE_NOTE}`)!;
  assert.equal(seen(single), 'From the report: paragraphs 12 and 83.');
  const rise = pageDom(KEY_FIGURES_URL).getElementById('figure-care-leavers-in-hotels')!.closest('section')!.querySelector(SOURCE_NOTE)!;
  assert.equal(textOf(rise), 'From the report: paragraph 88.');
  assert.equal(textOf(rise.querySelector('a')!), 'paragraph 88');
});

test('the review sheet sets each block beside the full text it cites, in parts linked from its front page', () => {
  const front = pageDom(REVIEW_SHEET_URL);
  let shown = 0;
  for (const sheet of REVIEW_SHEETS) {
    assert.ok(front.querySelector(`main a[href="${reviewSheetUrl(sheet.id)}"]`), `the front page does not link ${sheet.id}`);
    const words = pageDom(reviewSheetUrl(sheet.id)).querySelectorAll('.review-block');
    assert.equal(words.length, blocks.filter((b) => b.sheet === sheet.id).length, sheet.id);
    shown += words.length;
  }
  assert.equal(shown, blocks.length);
  const words = pageDom(reviewSheetUrl('recommendations')).querySelectorAll('.review-block');
  const six = words.find((w) => textOf(w.querySelector('.review-block__words')!).startsWith('Permanence means'))!;
  assert.ok(six, 'recommendation 6 is not on the review sheet');
  assert.deepEqual(six.querySelectorAll('.review-block__label a').map((a) => a.getAttribute('href')), [6, 54, 105].map(paragraphUrl));
  assert.match(textOf(six), /178 children with a plan for long-term fostering were waiting to be formally matched/);
});
