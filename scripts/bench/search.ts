/**
 * Search speed and weight, in headless Chromium against built sites: ours and, when given, a peer
 * (a stock Starlight build of the same report), the same queries in the same run, round by round
 * in turn so both meet the same noise.
 *   - ours, end to end: query submitted on /search/ to results on screen (everything the page does:
 *     vocabulary, partial matches, filter counts, rendering);
 *   - both, through Pagefind's API: search(), then data() of the top 5 (what the issue compared);
 *   - a cold first search: the /search/ page opened with ?q= on an empty cache to its results on
 *     screen, every response counted; for the peer, Pagefind's API loaded on its home page.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';

/** Twenty queries staff might type in the report's words, then five in their own (vocabulary). */
export const BENCH_QUERIES = [
  'return home interview', 'special guardianship', 'Clickwise', 'letterbox', 'home education',
  'private fostering', 'homeless', 'adoption scorecard', 'pathway plans', 'life story work',
  'child permanence reports', 'staff turnover', 'complaints', 'MASH', 'section 20',
  'corporate parenting board', 'domestic abuse', 'care leavers in hotels', 'sexual exploitation', 'foster carers',
  'LADO', 'CSE', 'safegaurding hub', 'waiting for early help', 'kids in care',
];
const ROUNDS = 5;
const COLD_QUERY = 'return home interview';
const TOP = 5;

export interface Percentiles {
  p50: number;
  p95: number;
  max: number;
}

export interface ColdSearch {
  /** Opening the page to the results on screen (ours) or to the top results' data (peer). */
  ms: number;
  /** Everything fetched, as sent and gzip-compressed as a static host would send it. */
  bytes: number;
  bytesGzip: number;
  requests: number;
}

export interface SearchBenchResult {
  queries: number;
  rounds: number;
  ours: { endToEndMs: Percentiles; apiMs: Percentiles; cold: ColdSearch };
  peer?: { apiMs: Percentiles; cold: ColdSearch };
}

function percentiles(times: number[]): Percentiles {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  return { p50: round(at(50)), p95: round(at(95)), max: round(sorted.at(-1)!) };
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** Counts every response of a page until `done` resolves. */
async function counted(page: Page, done: () => Promise<number>): Promise<ColdSearch> {
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (response) => bodies.push(response.body().catch(() => Buffer.alloc(0))));
  const ms = await done();
  const loaded = await Promise.all(bodies);
  return {
    ms: round(ms),
    bytes: loaded.reduce((sum, body) => sum + body.length, 0),
    bytesGzip: loaded.reduce((sum, body) => sum + Math.min(body.length, gzipSync(body, { level: 9 }).length), 0),
    requests: loaded.length,
  };
}

async function ourColdSearch(browser: Browser, baseUrl: string): Promise<ColdSearch> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    addEventListener('DOMContentLoaded', () => {
      const status = document.getElementById('search-status')!;
      new MutationObserver(() => ((window as any).resultsShownAt ??= performance.now())).observe(status, { childList: true, subtree: true });
    });
  });
  const cold = await counted(page, async () => {
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(COLD_QUERY)}`);
    await page.waitForFunction(() => (window as any).resultsShownAt !== undefined);
    return page.evaluate(() => (window as any).resultsShownAt as number);
  });
  await context.close();
  return cold;
}

/** Loads Pagefind through its API on a page of the site (our /search/ page: only it may run WebAssembly). */
async function apiPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url);
  await page.evaluate(async () => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    await pagefind.init();
    (window as any).benchPagefind = pagefind;
  });
  return page;
}

async function peerColdSearch(browser: Browser, peerUrl: string): Promise<ColdSearch> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cold = await counted(page, async () => {
    await page.goto(`${peerUrl}/`);
    return page.evaluate(async ({ query, top }) => {
      const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
      await pagefind.init();
      const { results } = await pagefind.search(query);
      await Promise.all(results.slice(0, top).map((r: { data(): Promise<unknown> }) => r.data()));
      return performance.now();
    }, { query: COLD_QUERY, top: TOP });
  });
  await context.close();
  return cold;
}

/** Search, then data() of the top results, through Pagefind's API as loaded by apiPage. */
function apiTime(page: Page, query: string): Promise<number> {
  return page.evaluate(async ({ q, top }) => {
    const pagefind = (window as any).benchPagefind;
    const started = performance.now();
    const { results } = await pagefind.search(q);
    await Promise.all(results.slice(0, top).map((r: { data(): Promise<unknown> }) => r.data()));
    return performance.now() - started;
  }, { q: query, top: TOP });
}

/** Our search page: the query submitted to the announced result count (set once results are on screen). */
function endToEndTime(page: Page, query: string): Promise<number> {
  return page.evaluate(
    (q) =>
      new Promise<number>((resolve) => {
        const status = document.getElementById('search-status')!;
        const input = document.getElementById('search-query') as HTMLInputElement;
        const started = performance.now();
        const settled = new MutationObserver(() => {
          settled.disconnect();
          resolve(performance.now() - started);
        });
        settled.observe(status, { childList: true, subtree: true });
        input.value = q;
        (document.getElementById('search-form') as HTMLFormElement).requestSubmit();
      }),
    query,
  );
}

export async function benchSearch(browser: Browser, baseUrl: string, peerUrl?: string): Promise<SearchBenchResult> {
  const oursCold = await ourColdSearch(browser, baseUrl);
  const peerCold = peerUrl ? await peerColdSearch(browser, peerUrl) : undefined;

  const ui = await browser.newPage();
  await ui.goto(`${baseUrl}/search/`);
  await ui.locator('#search-filters').waitFor(); // shown once Pagefind is loaded
  const oursApi = await apiPage(browser, `${baseUrl}/search/`);
  const peerApi = peerUrl ? await apiPage(browser, `${peerUrl}/`) : undefined;

  const times = { endToEnd: [] as number[], api: [] as number[], peer: [] as number[] };
  for (let r = 0; r < ROUNDS; r++) {
    for (const query of BENCH_QUERIES) {
      times.endToEnd.push(await endToEndTime(ui, query));
      times.api.push(await apiTime(oursApi, query));
      if (peerApi) times.peer.push(await apiTime(peerApi, query));
    }
  }
  await Promise.all([ui, oursApi, peerApi].map((page) => page?.close()));
  return {
    queries: BENCH_QUERIES.length,
    rounds: ROUNDS,
    ours: { endToEndMs: percentiles(times.endToEnd), apiMs: percentiles(times.api), cold: oursCold },
    ...(peerApi && { peer: { apiMs: percentiles(times.peer), cold: peerCold! } }),
  };
}

/** The side-by-side table: ours, the peer and their ratio (ours / peer: at or below 1.0 is as fast or faster). */
export function formatSearchBench(result: SearchBenchResult): string {
  const { ours, peer } = result;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const rows: [string, string, string | undefined, number | undefined][] = [
    ['p50, ours end to end / peer API (ms)', String(ours.endToEndMs.p50), peer && String(peer.apiMs.p50), peer && ours.endToEndMs.p50 / peer.apiMs.p50],
    ['p95, ours end to end / peer API (ms)', String(ours.endToEndMs.p95), peer && String(peer.apiMs.p95), peer && ours.endToEndMs.p95 / peer.apiMs.p95],
    ['p50, API search + top 5 data() (ms)', String(ours.apiMs.p50), peer && String(peer.apiMs.p50), peer && ours.apiMs.p50 / peer.apiMs.p50],
    ['p95, API search + top 5 data() (ms)', String(ours.apiMs.p95), peer && String(peer.apiMs.p95), peer && ours.apiMs.p95 / peer.apiMs.p95],
    ['cold first search, gzip', kb(ours.cold.bytesGzip), peer && kb(peer.cold.bytesGzip), peer && ours.cold.bytesGzip / peer.cold.bytesGzip],
    ['cold first search, requests', String(ours.cold.requests), peer && String(peer.cold.requests), undefined],
    ['cold first search (ms)', String(ours.cold.ms), peer && String(peer.cold.ms), undefined],
  ];
  const head = `${'search'.padEnd(40)}${'ours'.padStart(10)}${'peer'.padStart(10)}${'ratio'.padStart(8)}`;
  return [
    `Search: ${result.queries} queries x ${result.rounds} rounds`,
    head,
    ...rows.map(([name, a, b, ratio]) =>
      `${name.padEnd(40)}${a.padStart(10)}${(b ?? '-').padStart(10)}${(ratio === undefined ? '' : ratio.toFixed(2)).padStart(8)}`),
  ].join('\n');
}
