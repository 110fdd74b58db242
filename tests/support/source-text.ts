/**
 * The report's source text (content/source/sandwell-ofsted-2018.txt) read independently of the
 * MDX, so the fidelity tests compare the site against the original and not against itself.
 * It undoes only the PDF's artefacts: tags, bullets, tab-separated cells, page-break splits.
 */
import { join } from 'node:path';
import { normalise } from '../../scripts/lib/built-site.ts';
import { readContentText } from '../../src/lib/content/content-files.ts';
import { SOURCE_TEXT_FILE } from '../../src/lib/content/content-paths.ts';

const RECOMMENDATION_MARK = '(Recommendation)';

export const sourceLines: readonly string[] = readContentText(join(import.meta.dirname, '..', '..'), SOURCE_TEXT_FILE).split('\n');

/**
 * The PDF's own contents list (section names with page numbers) is the one block the site does
 * not reproduce: its page numbers mean nothing on the web, and the site's contents replace it.
 */
function isPdfContentsLine(index: number): boolean {
  const start = sourceLines.indexOf('Contents');
  const end = sourceLines.indexOf('The local authority');
  return index > start - 1 && index < end;
}

/** Lines where "N. " starts a numbered paragraph (shown by the site as a paragraph number, not text). */
function isNumberedParagraphLine(index: number): boolean {
  return index > sourceLines.indexOf('Recommendations') && index < sourceLines.indexOf('Information about this inspection');
}

/** Every block of text in the source (a paragraph, list item, heading, table cell), cleaned of artefacts. */
export function sourceBlocks(): { line: number; text: string }[] {
  const blocks: { line: number; text: string }[] = [];
  sourceLines.forEach((raw, index) => {
    if (isPdfContentsLine(index)) return;
    for (const cell of raw.split(/\t|<\/p>\s*<p>/)) {
      const text = normalise(
        cell
          .replace(/<\/?p>/g, '')
          .replace(/^\s*-\s+/, '')
          .replace(/^\s*\d+\.\s+/, (number) => (isNumberedParagraphLine(index) ? '' : number))
          .replace(RECOMMENDATION_MARK, '')
          .replace(/^[¹²]\s*/, '')
          .replace(/[¹²]/g, '')
          .replace(/<(https?:[^>]+)>/g, '$1'),
      );
      if (text && text !== '--') blocks.push({ line: index + 1, text });
    }
  });
  return blocks;
}

export interface SourceParagraph {
  n: number;
  text: string;
  recommendation: boolean;
}

/**
 * The numbered paragraphs 1-111 with their page-break continuations joined: a continuation is a
 * line (after a blank line, sometimes behind a stray "- ") that starts in lower case.
 */
export function sourceParagraphs(): SourceParagraph[] {
  const start = sourceLines.indexOf('Recommendations');
  const end = sourceLines.indexOf('Information about this inspection');
  const paragraphs: SourceParagraph[] = [];
  let open: SourceParagraph | undefined;
  for (const raw of sourceLines.slice(start + 1, end)) {
    const line = raw.trim();
    if (!line || line === '--') continue;
    const numbered = line.match(/^(\d+)\.\s+(.*)$/);
    if (numbered) {
      open = { n: Number(numbered[1]), text: numbered[2], recommendation: false };
      paragraphs.push(open);
    } else if (line === RECOMMENDATION_MARK && open) {
      open.recommendation = true;
    } else if (open && /^(- )?[a-z]/.test(line)) {
      open.text += ' ' + line.replace(/^- /, '');
    } else {
      open = undefined;
    }
  }
  for (const p of paragraphs) {
    if (p.text.endsWith(RECOMMENDATION_MARK)) {
      p.recommendation = true;
      p.text = p.text.slice(0, -RECOMMENDATION_MARK.length);
    }
    p.text = normalise(p.text);
  }
  return paragraphs;
}
