/**
 * Search speed and weight, in headless Chromium against the built site: the time from a query to
 * its results on screen for a fixed list of queries (p50, p95), and the time and bytes of a cold
 * first search (empty cache: the page, Pagefind, its WebAssembly and index loaded from nothing).
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';

/** Twenty queries staff might type, of one to four words, found in different parts of the report. */
export const BENCH_QUERIES = [
  'return home interview', 'special guardianship', 'Clickwise', 'letterbox', 'home education',
  'private fostering', 'homeless', 'adoption scorecard', 'pathway plans', 'life story work',
  'child permanence reports', 'staff turnover', 'complaints', 'MASH', 'section 20',
  'corporate parenting board', 'domestic abuse', 'care leavers in hotels', 'sexual exploitation', 'foster carers',
];
const ROUNDS = 5;
const COLD_QUERY = 'return home interview';

export interface SearchBenchResult {
  queries: number;
  rounds: number;
  /** Query submitted to results rendered, Pagefind already loaded, every query and round. */
  queryToResultsMs: { p50: number; p95: number; max: number };
  coldFirstSearch: {
    /** Opening /search/?q= with an empty cache to the results on screen. */
    pageOpenToResultsMs: number;
    /** From the request for pagefind.js to the results on screen: loading search itself. */
    pagefindLoadToResultsMs: number;
    /** What the search added to the page (Pagefind's files and the search page's script), as sent. */
    bytes: number;
    /** The same, gzip-compressed as a static host would send it (Pagefind's index is already compressed). */
    bytesGzip: number;
    requests: number;
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const round = (ms: number) => Math.round(ms * 10) / 10;

async function coldFirstSearch(browser: Browser, baseUrl: string): Promise<SearchBenchResult['coldFirstSearch']> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.startsWith('/pagefind/') || /^\/_astro\/ReportSearch.*\.js$/.test(path)) bodies.push(response.body());
  });
  await page.addInitScript(() => {
    addEventListener('DOMContentLoaded', () => {
      const status = document.getElementById('search-status')!;
      new MutationObserver(() => ((window as any).resultsShownAt ??= performance.now())).observe(status, { childList: true });
    });
  });
  await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(COLD_QUERY)}`);
  await page.waitForFunction(() => (window as any).resultsShownAt !== undefined);
  const timing = await page.evaluate(() => {
    const pagefind = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/pagefind/pagefind.js'))!;
    return { shown: (window as any).resultsShownAt as number, pagefindStart: pagefind.startTime };
  });
  const loaded = await Promise.all(bodies);
  await context.close();
  return {
    pageOpenToResultsMs: round(timing.shown),
    pagefindLoadToResultsMs: round(timing.shown - timing.pagefindStart),
    bytes: loaded.reduce((sum, body) => sum + body.length, 0),
    bytesGzip: loaded.reduce((sum, body) => sum + Math.min(body.length, gzipSync(body, { level: 9 }).length), 0),
    requests: loaded.length,
  };
}

async function queryTimes(browser: Browser, baseUrl: string): Promise<number[]> {
  const page = await browser.newPage();
  await page.goto(`${baseUrl}/search/`);
  await page.locator('#search-filters').waitFor(); // shown once Pagefind is loaded
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const query of BENCH_QUERIES) {
      times.push(
        await page.evaluate(
          (q) =>
            new Promise<number>((resolve) => {
              const status = document.getElementById('search-status')!;
              const input = document.getElementById('search-query') as HTMLInputElement;
              const started = performance.now();
              const settled = new MutationObserver(() => {
                settled.disconnect();
                resolve(performance.now() - started);
              });
              settled.observe(status, { childList: true });
              input.value = q;
              (document.getElementById('search-form') as HTMLFormElement).requestSubmit();
            }),
          query,
        ),
      );
    }
  }
  await page.close();
  return times;
}

export async function benchSearch(browser: Browser, baseUrl: string): Promise<SearchBenchResult> {
  const coldFirst = await coldFirstSearch(browser, baseUrl);
  const times = (await queryTimes(browser, baseUrl)).sort((a, b) => a - b);
  return {
    queries: BENCH_QUERIES.length,
    rounds: ROUNDS,
    queryToResultsMs: { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), max: round(times.at(-1)!) },
    coldFirstSearch: coldFirst,
  };
}
