/** The recommendation files (content/recommendations/NN.mdx) read as plain data, for tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseWordsBlocks, splitFrontmatter, type SourcedBlock } from '../../src/lib/content/site-words.ts';
import type { RecommendationFrontmatter } from '../../src/lib/content/content-schemas.ts';

const DIR = join(import.meta.dirname, '..', '..', 'content', 'recommendations');

/** A file's frontmatter (its schema's type) with what the tests read from its name and body. */
export interface RecommendationFile extends RecommendationFrontmatter {
  file: string;
  number: number;
  /** "What this means", block by block, with each block's sources. */
  blocks: SourcedBlock[];
  /** The blocks' words as a reader sees them, without the source notes. */
  whatThisMeans: string;
}

export function readRecommendationFiles(): RecommendationFile[] {
  return readdirSync(DIR)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const { frontmatter, body } = splitFrontmatter(readFileSync(join(DIR, name), 'utf8'));
      const blocks = parseWordsBlocks(body);
      return {
        file: `content/recommendations/${name}`,
        number: Number(name.replace('.mdx', '')),
        ...parse(frontmatter),
        blocks,
        whatThisMeans: blocks.map((b) => b.text).join(' '),
      };
    });
}
