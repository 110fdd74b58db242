/** The recommendation files (content/recommendations/NN.mdx) read as plain data through the content layer, for tests. */
import { contentFilesIn, parseMdx, readContentText } from '../../src/lib/content/content-files.ts';
import type { RecommendationFrontmatter, SourcedBlock } from '../../src/lib/content/content-schemas.ts';
import { RECOMMENDATIONS_DIR } from '../../src/lib/content/content-paths.ts';
import { dataOf, ROOT } from './changed-content.ts';

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
  return contentFilesIn(ROOT, RECOMMENDATIONS_DIR)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const text = readContentText(ROOT, file);
      const { blocks } = parseMdx(text, file, ROOT);
      return {
        file,
        number: Number(file.slice(RECOMMENDATIONS_DIR.length + 1).replace('.mdx', '')),
        ...(dataOf(text, file) as RecommendationFrontmatter),
        blocks,
        whatThisMeans: blocks.map((b) => b.text).join(' '),
      };
    });
}
