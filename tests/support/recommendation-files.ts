/** The recommendation files (content/recommendations/NN.mdx) as the content model reads them, as plain data for tests. */
import type { RecommendationFrontmatter, SourcedBlock } from '../../src/lib/content/content-schemas.ts';
import { projectContent } from './changed-content.ts';

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
  return projectContent().recommendations.map(({ entry, number, parts }) => ({
    file: entry.filePath!,
    number,
    ...entry.data,
    blocks: parts.blocks,
    whatThisMeans: parts.blocks.map((b) => b.text).join(' '),
  }));
}
