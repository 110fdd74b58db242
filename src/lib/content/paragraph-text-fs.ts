/**
 * The numbered paragraphs as data, read from the report's MDX source (`<Para n={N}>text</Para>`).
 * Pages use it through report-content.ts; the search indexer and tests call it on the files directly.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sections } from './report-structure.ts';
import { splitFrontmatter } from './site-words.ts';

export interface ReportParagraph {
  n: number;
  /** The paragraph's words exactly as the report gives them. */
  text: string;
  /** The report marks the paragraph "(Recommendation)". */
  recommendation: boolean;
  /** Slug of the section the paragraph sits in. */
  section: string;
}

const PARA_ELEMENT = /<Para\s+n=\{(\d+)\}(\s+recommendation)?\s*>([\s\S]*?)<\/Para>/g;

/** The paragraphs in one section's MDX body, in the order they appear. */
export function parseParagraphs(body: string, section: string): ReportParagraph[] {
  return [...body.matchAll(PARA_ELEMENT)].map((m) => ({
    n: Number(m[1]),
    recommendation: Boolean(m[2]),
    text: m[3].replace(/\s+/g, ' ').trim(),
    section,
  }));
}

/** All 111 paragraphs, read from content/report/*.mdx under the given project root. */
export function readAllParagraphs(root: string): ReportParagraph[] {
  return sections.flatMap((s) => {
    const file = join(root, 'content', 'report', `${s.slug}.mdx`);
    return parseParagraphs(readFileSync(file, 'utf8'), s.slug);
  });
}

/** MDX lines that are only markup: component wrappers, divs and import lines. */
const MARKUP_ONLY = /^(<\/?(Footnotes|div)\b[^>]*>|import\s.*)$/;
const IMPORT = /^import\s+(\w+)\s+from\s+'([^']+\.mdx)';?$/gm;

/**
 * The text of a section outside its numbered paragraphs, as blocks in reading order: each heading,
 * paragraph, list item and footnote, with the Markdown and MDX markup taken off (links keep their
 * text). An MDX snippet the section imports and uses on a line of its own is read in its place.
 */
export function parseTextBlocks(body: string, file: string): string[] {
  const snippets = new Map([...body.matchAll(IMPORT)].map((m) => [m[1], join(dirname(file), m[2])]));
  return splitFrontmatter(body).body
    .replace(PARA_ELEMENT, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !MARKUP_ONLY.test(line))
    .flatMap((line) => {
      const snippet = line.match(/^<(\w+)\s*\/>$/)?.[1];
      if (snippet && snippets.has(snippet)) {
        const path = snippets.get(snippet)!;
        return parseTextBlocks(readFileSync(path, 'utf8'), path);
      }
      const text = line
        .replace(/^#+\s+|^-\s+/, '')
        .replace(/<FootnoteRef\b[^>]*\/>/g, '')
        .replace(/<Footnote\b[^>]*>(.*)<\/Footnote>/, '$1')
        .replace(/<br\s*\/>/g, '')
        .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
        .trim();
      return text ? [text] : [];
    });
}

/** A section's text outside its numbered paragraphs, read from content/report/<slug>.mdx under the given root. */
export function readSectionTextBlocks(root: string, slug: string): string[] {
  const file = join(root, 'content', 'report', `${slug}.mdx`);
  return parseTextBlocks(readFileSync(file, 'utf8'), file);
}
