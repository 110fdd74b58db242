/**
 * The site's blocks of plain language, read from the built pages. `npm run readability` prints
 * every block's scores; tests/built/readability.test.ts holds each block that has a `hold` to it.
 * The report's own words are listed for comparison and never held: they are the inspectors' text.
 * A new kind of plain-language block (e.g. the "What this means" texts beside recommendations)
 * is one more entry in plainLanguageBlocks.
 */
import type { HTMLElement } from 'node-html-parser';
import { normalise, pageDom } from './built-site.ts';
import { scoreText, type ReadabilityScores } from './readability-scores.ts';
import { recommendationNumbers, recommendationUrl, sectionUrl, YOUNG_PEOPLE_URL } from '../../src/lib/site/site-urls.ts';

export interface ReadabilityHold {
  /** Flesch Reading Ease at or above this. */
  minReadingEase: number;
  /** Average words per sentence at or below this, where set. */
  maxWordsPerSentence?: number;
}

export interface PlainLanguageBlock {
  name: string;
  /** The built page the block is on. */
  page: string;
  /** The elements holding the block's words. */
  select: string;
  /** Elements inside them that are not the block's own words (e.g. the report quoted on the page). */
  exclude?: string;
  /** The standard a test holds the block to; absent for text that is reported, not held. */
  hold?: ReadabilityHold;
}

/** Children's text: about a 9 to 11 year old's reading (Flesch Reading Ease 80: "easy"), in short sentences. */
export const FOR_CHILDREN: ReadabilityHold = { minReadingEase: 80, maxWordsPerSentence: 14 };

/** Plain English for adults (councillors reading the recommendations). */
export const PLAIN_ENGLISH: ReadabilityHold = { minReadingEase: 60 };

export const plainLanguageBlocks: readonly PlainLanguageBlock[] = [
  {
    name: 'The new text for children and young people',
    page: YOUNG_PEOPLE_URL,
    select: 'main',
    exclude: '.report-text, .listen, .part-sources',
    hold: FOR_CHILDREN,
  },
  { name: 'The glossary’s definitions', page: '/glossary/', select: '.glossary__definition, .glossary__since', hold: FOR_CHILDREN },
  ...recommendationNumbers.map((n) => ({
    name: `“What this means” for recommendation ${n}`,
    page: recommendationUrl(n),
    select: '.what-this-means',
    hold: PLAIN_ENGLISH,
  })),
  { name: 'The report’s executive summary (the inspectors’ words)', page: sectionUrl('executive-summary'), select: '.report-text' },
  {
    name: 'The report’s summary for children and young people (the inspectors’ words)',
    page: sectionUrl('summary-for-children-and-young-people'),
    select: '.report-text',
  },
];

/** The note after a block naming its sources (src/components/sources/SourceNote.astro). */
export const SOURCE_NOTE = '.source-note';

const TEXT_BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, caption, th, td';

/**
 * A block's words, one line per paragraph, heading, list item or cell. A line without closing
 * punctuation (a heading, a link on its own) gets a full stop, so it counts as the sentence a
 * reader sees rather than running into the next one.
 */
export function blockText(block: PlainLanguageBlock): string {
  const roots = pageDom(block.page).querySelectorAll(block.select);
  if (roots.length === 0) throw new Error(`${block.page} has no "${block.select}" for the readability block "${block.name}"`);
  const excluded = (el: HTMLElement) => Boolean(block.exclude) && el.closest(block.exclude!) !== null;
  const lines = roots.flatMap((root) => {
    const leaves = root.matches?.(TEXT_BLOCKS) ? [root] : root.querySelectorAll(TEXT_BLOCKS);
    return leaves
      .filter((el) => !excluded(el) && el.querySelector(TEXT_BLOCKS) === null)
      .map((el) => normalise(wordsOf(el)))
      .filter(Boolean);
  });
  return lines.map((line) => (/[.!?:;]["'’”)]*$/.test(line) ? line : `${line}.`)).join('\n');
}

/** An element's text without the source notes in it: "From the report: paragraphs 27 and 99" is not prose. */
function wordsOf(el: HTMLElement): string {
  const notes = el.querySelectorAll(SOURCE_NOTE).map((note) => note.textContent);
  return notes.reduce((text, note) => text.replace(note, ' '), el.textContent);
}

export function scoreBlock(block: PlainLanguageBlock): ReadabilityScores {
  return scoreText(blockText(block));
}
