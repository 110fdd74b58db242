/**
 * The second half of `npm run build`: writes the search index to dist/pagefind/ with Pagefind's
 * Node API, after `astro build` (which empties dist/). One record per numbered paragraph, read
 * from the report's MDX, and one page-level record per other page, read from the built HTML. Then
 * the words those records hold, for the search page's spelling suggestions (SPELLINGS_URL).
 *   node scripts/build-search-index.ts
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { readAllParagraphs } from '../src/lib/paragraph-text-fs.ts';
import { isIndexedPage, pageRecordHtml, pageRecords, paragraphRecord, type SearchRecord } from '../src/lib/search-records.ts';
import { PAGEFIND_PATH } from '../src/lib/search-results.ts';
import { recordWeight } from '../src/lib/search-ranking.ts';
import { spellingList, SPELLINGS_URL } from '../src/lib/search-vocabulary.ts';
import { builtPages, DIST, pageHtml } from './lib/built-site.ts';

const ROOT = join(import.meta.dirname, '..');
const OUTPUT = join(DIST, PAGEFIND_PATH);
/**
 * Pagefind's files the site never loads, not shipped: its ready-made interfaces (the site has
 * its own search page and highlighter), its web worker (this small index is searched on the main
 * thread) and the WebAssembly for pages with no known language (every page is SITE_LANGUAGE).
 */
const UNUSED_FILES = [
  ...['pagefind-ui', 'pagefind-component-ui', 'pagefind-modular-ui', 'pagefind-highlight', 'pagefind-worker'].flatMap(
    (name) => [`${name}.js`, `${name}.css`],
  ),
  'wasm.unknown.pagefind',
];

function collectRecords(): SearchRecord[] {
  const paragraphs = readAllParagraphs(ROOT).map(paragraphRecord);
  const pages = builtPages()
    .filter(isIndexedPage)
    .flatMap((url) => pageRecords(url, pageHtml(url)));
  return [...paragraphs, ...pages];
}

function failOn(errors: string[], step: string): void {
  if (errors.length) throw new Error(`Search index: ${step} failed:\n${errors.join('\n')}`);
}

const started = performance.now();
const records = collectRecords();
// One fragment file per record (a record's text and meta, what data() reads), Pagefind's default:
// the first search fetches only the fragments of the results it shows (about 1 KB gzip each).
// Measured with `npm run bench -- --peer` (README, "Search speed"): all fragments in one file
// (46 KB gzip) made a cold first search 38 KB heavier (159 KB against 121 KB), and with one file
// per record the p95 of a search, through the API and typed on the page, stayed below the peer's.
const { index, errors } = await pagefind.createIndex();
failOn(errors, 'creating the index');
for (const record of records) {
  // A record at full weight is a custom record; any other goes in as HTML, the one form that carries a weight.
  const added = recordWeight(record) === 1
    ? await index!.addCustomRecord(record)
    : await index!.addHTMLFile({ url: record.url, content: pageRecordHtml(record) });
  failOn(added.errors, `adding ${record.url}`);
}
rmSync(OUTPUT, { recursive: true, force: true });
failOn((await index!.writeFiles({ outputPath: OUTPUT })).errors, 'writing dist/pagefind');
await pagefind.close();
for (const file of UNUSED_FILES) rmSync(join(OUTPUT, file), { force: true });
// The words the index holds, for the search page's spelling suggestions.
writeFileSync(join(DIST, SPELLINGS_URL), spellingList(records.map((r) => r.content)));
const pageCount = records.filter((r) => !r.meta.paragraph).length;
console.log(
  `Search index: ${records.length - pageCount} paragraphs and ${pageCount} page records in dist/pagefind/ (${Math.round(performance.now() - started)} ms)`,
);
