/**
 * `npm run bench`: measurements of the site (not tests: the numbers vary with the machine).
 * Builds once (timing Astro and the search index apart), serves dist/ on loopback, runs each
 * benchmark in headless Chromium, prints tables and writes bench/results.json, one key per
 * benchmark. To add one, write scripts/bench/<name>.ts exporting an async function
 * (browser, baseUrl) => result, and add it to `benchmarks` below.
 *   npm run bench [-- --peer DIR] [--no-build]
 * --no-build measures the dist/ already built (its build times are then left out).
 * With --peer, DIR is a peer's built site (e.g. a Starlight build of the report, see
 * the README of the peer in ../shared/peers/starlight/ beside this checkout): it is served beside ours and the search benchmark runs
 * the same queries against both, printing the ratios.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus } from 'node:os';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from '@playwright/test';
import playwrightConfig from '../playwright.config.ts';
import { serve } from './serve.ts';
import { benchSearch, formatSearchBench, type SearchBenchResult } from './bench/search.ts';
import { benchBuild } from './bench/build-time.ts';
import { formatPageLoads, measurePageLoads, type PageLoad } from './bench/page-loads.ts';
import { contentPages, fileOf } from './lib/built-site.ts';
import { sections } from '../src/lib/content/report-structure.ts';
import { FULL_REPORT_URL, KEY_FIGURES_URL, recommendationUrl, SEARCH_URL, sectionUrl, topicUrl } from '../src/lib/site/site-urls.ts';
import { readContentModel } from '../src/lib/content/content-files.ts';

const peerArg = process.argv.indexOf('--peer');
const peerDir = peerArg > 0 ? process.argv[peerArg + 1] : undefined;
if (peerArg > 0 && !(peerDir && existsSync(join(peerDir, 'pagefind', 'pagefind.js')))) {
  console.error(`bench: --peer needs a built site with Pagefind in it (no ${peerDir ?? '?'}/pagefind/pagefind.js)`);
  process.exit(1);
}

const build = process.argv.includes('--no-build') ? undefined : benchBuild();

/** The largest report section page, by the bytes of its HTML. */
const largestSection = sections
  .map((s) => sectionUrl(s.slug))
  .reduce((a, b) => (statSync(fileOf(b)).size > statSync(fileOf(a)).size ? b : a));
const weighedPages = ['/', largestSection, FULL_REPORT_URL, '/young-people/', recommendationUrl(5),
  topicUrl(readContentModel(join(import.meta.dirname, '..')).topics[0].id), KEY_FIGURES_URL, SEARCH_URL].filter((url) => contentPages().includes(url));

let pageLoads: PageLoad[] = [];
let search: SearchBenchResult | undefined;
const benchmarks = {
  pageWeight: async (browser: Browser, baseUrl: string) => (pageLoads = await measurePageLoads(browser, baseUrl, weighedPages)),
  search: async (browser: Browser, baseUrl: string) => (search = await benchSearch(browser, baseUrl, peerUrl)),
};

/** Flattens nested results into "search.coldFirstSearch.bytes"-style rows for the table. */
function rows(prefix: string, value: unknown): [string, unknown][] {
  if (value === null || typeof value !== 'object') return [[prefix, value]];
  return Object.entries(value).flatMap(([key, inner]) => rows(prefix ? `${prefix}.${key}` : key, inner));
}

const server = await serve('dist', 0);
const urlOf = (s: Awaited<ReturnType<typeof serve>>) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
const baseUrl = urlOf(server);
const peerServer = peerDir ? await serve(peerDir, 0) : undefined;
const peerUrl = peerServer && urlOf(peerServer);
const browser = await chromium.launch(playwrightConfig.use?.launchOptions);
const results: Record<string, unknown> = { date: new Date().toISOString(), cpus: cpus().length, build };
try {
  for (const [name, run] of Object.entries(benchmarks)) results[name] = await run(browser, baseUrl);
} finally {
  await browser.close();
  server.close();
  peerServer?.close();
}
if (build) console.log(`Build: ${build.buildMs} ms (astro build, search index included; the index alone ${build.searchIndexMs} ms)\n`);
console.log(`Page weight (cold load, KB raw/gzip on the wire)\n${formatPageLoads(pageLoads)}\n`);
console.log(`${formatSearchBench(search!)}\n`);
const { pageWeight: _pages, search: _search, ...others } = results;
console.table(Object.fromEntries(rows('', others).map(([key, value]) => [key, { value }])));
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('Written to bench/results.json');
