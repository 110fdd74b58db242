/**
 * The blocks of the site's own words in an MDX file, read as data: each top-level paragraph and
 * each item of a top-level list, with its text (markup dropped) and its `<Sources of="…" />`.
 * The build's own check is the Markdown plugin (mdx-blocks.ts), which sees what MDX renders; this
 * reader serves the review sheet, the open list of blocks and the tests.
 */
import { SOURCES_COMPONENT } from './sources.ts';

export interface SourcedBlock {
  /** The block's words as a reader sees them, without the source note. */
  text: string;
  /** The block's source list as written ("27, 99"), undefined where it has none. */
  sources?: string;
}

const SOURCES = new RegExp(`<${SOURCES_COMPONENT}\\s+of="([^"]*)"\\s*/>`, 'g');

/** Markdown and JSX to the text a reader sees: links keep their words, emphasis and tags go. */
export function plainText(markdown: string): string {
  return markdown
    .replace(SOURCES, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__|\*|_)(\S[^*_]*?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The blocks of an MDX body (frontmatter already removed), in order. */
export function parseWordsBlocks(body: string): SourcedBlock[] {
  const blocks: string[] = [];
  for (const chunk of body.split(/\n\s*\n/)) {
    const lines = chunk.replace(/^\n+|\s+$/g, '').split('\n');
    if (lines.length === 0 || lines[0] === '' || /^(#|import |export |<\/?[A-Z])/.test(lines[0])) continue;
    if (/^[-*] |^\d+\. /.test(lines[0])) {
      // Each unindented item starts a block; indented lines (nested lists, wrapped text) belong to it.
      for (const line of lines) {
        if (/^[-*] |^\d+\. /.test(line)) blocks.push(line.replace(/^[-*] |^\d+\. /, ''));
        else blocks[blocks.length - 1] += `\n${line.replace(/^\s*(?:[-*] |\d+\. )?/, '')}`;
      }
    } else {
      blocks.push(chunk);
    }
  }
  return blocks.map((raw) => {
    const found = [...raw.matchAll(SOURCES)];
    return { text: plainText(raw), sources: found.length === 1 ? found[0][1] : undefined };
  });
}

/** Splits an MDX file into its frontmatter (YAML text) and body. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  return match ? { frontmatter: match[1], body: source.slice(match[0].length) } : { frontmatter: '', body: source };
}
