/**
 * The numbered paragraphs as data, read from the report's MDX source (`<Para n={N}>text</Para>`).
 * Plain TypeScript, no Astro imports: pages use it through report-content.ts, and Node scripts
 * (the search indexer) and tests can call it on the files directly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sections } from './report-structure.ts';

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
