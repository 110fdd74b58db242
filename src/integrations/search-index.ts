/**
 * The search index as part of `astro build`: once every page is written, it indexes them
 * (src/lib/search/search-index-fs.ts), as Starlight runs Pagefind, so any build of the site can be searched.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeSearchIndex } from '../lib/search/search-index-fs.ts';

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { paragraphs, pages } = await writeSearchIndex(fileURLToPath(dir));
        logger.info(`Search index: ${paragraphs} paragraphs and ${pages} page records in dist/pagefind/ (${Math.round(performance.now() - started)} ms)`);
      },
    },
  };
}
