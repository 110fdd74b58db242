/**
 * The search index written again into the dist/ already built (`astro build` writes it too,
 * src/integrations/search-index.ts): the bench times it apart from the pages.
 *   node scripts/build-search-index.ts
 */
import { writeSearchIndex } from '../src/lib/search/search-index-fs.ts';
import { DIST } from './lib/built-site.ts';

const started = performance.now();
const { paragraphs, pages } = await writeSearchIndex(DIST);
console.log(`Search index: ${paragraphs} paragraphs and ${pages} page records in dist/pagefind/ (${Math.round(performance.now() - started)} ms)`);
