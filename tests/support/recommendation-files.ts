/** The recommendation files (content/recommendations/NN.mdx) read as plain data, for tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseWordsBlocks, splitFrontmatter, type WordsBlock } from '../../src/lib/site-words.ts';

const DIR = join(import.meta.dirname, '..', '..', 'content', 'recommendations');

export interface RecommendationFile {
  file: string;
  number: number;
  title: string;
  area: string;
  /** "What this means", block by block, with each block's sources. */
  blocks: WordsBlock[];
  /** The blocks' words as a reader sees them, without the source notes. */
  whatThisMeans: string;
  evidence: number[];
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
