/**
 * Search speed and weight, in headless Chromium against built sites: ours and, when given, a peer
 * (a stock Starlight build of the same report), the same queries in the same run, round by round
 * in turn so both meet the same noise. Four comparisons (README, "Search speed"):
 *   (a) Pagefind's API as each site's own script calls it (its options), search() then data() of
 *       the top 5: p50 and p95 per round;
 *   (b) end to end, as a reader types: the query entered in our /search/ field, or in the peer's
 *       search dialog, to the first result drawn (both wait for typing to pause first);
 *   (c) a first search on a cold cache over a slow phone network (Chromium's network emulation,
 *       SLOW_NETWORK): our /search/?q= opened, or the peer's home page opened, its search dialog
 *       opened and the query typed, as its readers do, to the first result drawn;
 *   (d) the bytes on the wire (as the local server gzips, like a static host) and the requests of (c),
 *       until the network is quiet after the first result (the peer draws it before the rest arrive);
 *   (e) (d) for each of BENCH_QUERIES in turn, each on a cold cache: their mean and largest, since
 *       one query's bytes depend on how many of Pagefind's index chunks its words fall in.
 * Each figure is the median of the rounds, with their range: the machine is shared, so single
 * figures are noisy and only the ratios measured in the same run count.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { PAGEFIND_PATH } from '../../src/lib/site/site-urls.ts';

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
/** A slow phone network: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up (Chromium's "Slow 4G"-like). */
const SLOW_NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

/** The Pagefind options each site's own script sets before searching. */
const OUR_OPTIONS = { noWorker: true, excerptLength: 30, excerptEllipsis: '…' };
/** Starlight's Search.astro passes these to Pagefind (its ranking), and leaves the web worker on. */
const PEER_OPTIONS = { ranking: { pageLength: 0.1, termFrequency: 0.1, termSaturation: 2, termSimilarity: 9, diacriticSimilarity: 0.8 } };

/** How a site draws results: where the field is, what marks a drawn result, and where it says it found none. */
interface SearchUi {
  input: string;
  result: string;
  message: string;
}
const OUR_UI: SearchUi = { input: '#search-query', result: '#search-results .search-result__link', message: '#search-summary' };
const PEER_UI: SearchUi = {
  input: '#starlight__search .pagefind-ui__search-input',
  result: '#starlight__search .pagefind-ui__result-link',
  message: '#starlight__search .pagefind-ui__message',
};

/** The median of several rounds, with the lowest and highest. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

export interface ColdSearch {
  /** Opening the page to the first result drawn, under SLOW_NETWORK. */
  ms: Spread;
  /** Bytes on the wire (gzip where the server compresses) and requests of the first search: until the first result is drawn and the network is quiet. */
  bytes: Spread;
  requests: Spread;
  /** The first round's bytes on the wire by file, largest first (what bounds (d)). */
  files: { url: string; bytes: number }[];
  /** The first round's time by phase: when each file had arrived and the first result was drawn (ms from navigation start). */
  timeline: { url: string; ms: number }[];
}

export interface SiteSearchBench {
  api: { p50: Spread; p95: Spread };
  endToEnd: { p50: Spread; p95: Spread };
  cold: ColdSearch;
  /** (e): every bench query's cold first search, in BENCH_QUERIES' order. */
  coldPerQuery: QueryBytes[];
}

export interface SearchBenchResult {
  queries: number;
  rounds: number;
  network: typeof SLOW_NETWORK;
  ours: SiteSearchBench;
  peer?: SiteSearchBench;
}

const round = (n: number) => Math.round(n * 10) / 10;

function percentile(times: readonly number[], p: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function spread(values: readonly number[]): Spread {
  return { median: round(percentile(values, 50)), min: round(Math.min(...values)), max: round(Math.max(...values)) };
}

/** Pagefind loaded through its API with the site's own options, on a page of that site (only our /search/ may run WebAssembly). */
async function apiPage(browser: Browser, url: string, options: object): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url);
  await page.evaluate(async (opts) => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    await pagefind.options(opts);
    await pagefind.init();
    (window as any).benchPagefind = pagefind;
  }, options);
  return page;
}

/** (a) search(), then data() of the top results. */
function apiTime(page: Page, query: string): Promise<number> {
  return page.evaluate(async ({ q, top }) => {
    const pagefind = (window as any).benchPagefind;
    const started = performance.now();
    const { results } = await pagefind.search(q);
    await Promise.all(results.slice(0, top).map((r: { data(): Promise<unknown> }) => r.data()));
    return performance.now() - started;
  }, { q: query, top: TOP });
}

/**
 * Types into a site's field as one input event (as a paste or a fast typist) and resolves with the
 * ms to its first result drawn, or to its saying it found none (the peer finds nothing for "LADO").
 */
function typedTime(page: Page, ui: SearchUi, query: string): Promise<number> {
  return page.evaluate(({ ui, q }) => new Promise<number>((resolve, reject) => {
    const input = document.querySelector<HTMLInputElement>(ui.input)!;
    const started = performance.now();
    const drawn = new MutationObserver(() => {
      const none = document.querySelector(ui.message)?.textContent?.startsWith('No results');
      if (!document.querySelector(ui.result) && !none) return;
      drawn.disconnect();
      resolve(performance.now() - started);
    });
    drawn.observe(document.body, { childList: true, subtree: true });
    setTimeout(() => reject(new Error(`no result drawn for ${q}`)), 10_000);
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }), { ui, q: query });
}

/** Empties the field and waits until the last query's results are gone, so the next timing starts clean. */
async function clearField(page: Page, ui: SearchUi): Promise<void> {
  await page.evaluate((input) => {
    const field = document.querySelector<HTMLInputElement>(input)!;
    field.value = '';
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }, ui.input);
  await page.waitForFunction(({ result, message }) => !document.querySelector(result) && !document.querySelector(message)?.textContent, ui);
}

async function openPeerDialog(page: Page): Promise<void> {
  const button = page.locator('site-search button[data-open-modal]');
  await button.and(page.locator(':enabled')).waitFor();
  await button.click();
  await page.locator(PEER_UI.input).waitFor();
}

/** A page of each site ready to type into: our /search/ once Pagefind is loaded; the peer's home page with its dialog open. */
async function typingPage(browser: Browser, url: string, peer: boolean): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url);
  if (peer) await openPeerDialog(page);
  else await page.locator('#search-filters').waitFor(); // shown once Pagefind is loaded
  return page;
}

/** Records when the first result is drawn, or the site says it found none, from the page's navigation start (performance.now()). */
async function watchFirstResult(context: BrowserContext, ui: SearchUi): Promise<void> {
  await context.addInitScript((ui) => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector(ui.result) && !document.querySelector(ui.message)?.textContent?.startsWith('No results')) return;
      (window as any).firstResultAt = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  }, ui);
}

/** (c) and (d): one cold first search of the query, under SLOW_NETWORK unless told otherwise ((e) weighs bytes only). */
async function coldSearch(browser: Browser, baseUrl: string, peer: boolean, query = COLD_QUERY, network: typeof SLOW_NETWORK | undefined = SLOW_NETWORK) {
  const context = await browser.newContext(); // a new context is a cold cache
  const ui = peer ? PEER_UI : OUR_UI;
  await watchFirstResult(context, ui);
  const page = await context.newPage();
  page.setDefaultTimeout(60_000); // a slow network on a busy shared machine
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (network) await cdp.send('Network.emulateNetworkConditions', network);
  const files: { url: string; bytes: number }[] = [];
  const pending: Promise<void>[] = [];
  let counting = true;
  let inFlight = 0;
  page.on('request', () => inFlight++);
  page.on('requestfailed', () => inFlight--);
  page.on('requestfinished', (request) => {
    inFlight--;
    if (!counting) return;
    pending.push(request.sizes().then((sizes) => {
      files.push({ url: request.url().replace(baseUrl, ''), bytes: sizes.responseBodySize });
    }));
  });
  if (peer) {
    await page.goto(`${baseUrl}/`, { waitUntil: 'commit' });
    await openPeerDialog(page);
    await page.locator(PEER_UI.input).fill(query);
  } else {
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
  }
  await page.waitForFunction(() => (window as any).firstResultAt !== undefined);
  // What the first search fetched: until the network is quiet (the peer draws its first result before its other results' data is in).
  for (let quiet = 0; quiet < 5; quiet = inFlight === 0 ? quiet + 1 : 0) await page.waitForTimeout(100);
  counting = false;
  const ms = await page.evaluate(() => (window as any).firstResultAt as number);
  const timeline = await page.evaluate(() => [
    { url: 'HTML parsed', ms: performance.getEntriesByType('navigation')[0] ? (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd : 0 },
    ...performance.getEntriesByType('resource').map((r) => ({ url: r.name.replace(location.origin, ''), ms: (r as PerformanceResourceTiming).responseEnd })),
  ]);
  timeline.push({ url: 'first result drawn', ms });
  await Promise.all(pending);
  await context.close();
  files.sort((a, b) => b.bytes - a.bytes);
  timeline.sort((a, b) => a.ms - b.ms);
  return { ms, bytes: files.reduce((sum, f) => sum + f.bytes, 0), requests: files.length, files, timeline };
}

/** A cold search, tried again once if no result was drawn in time (seen once for the peer on a busy machine); a retry is logged. */
async function coldSearchRetried(...args: Parameters<typeof coldSearch>) {
  try {
    return await coldSearch(...args);
  } catch (error) {
    console.error(`bench: cold search of "${args[3] ?? COLD_QUERY}" on ${args[2] ? 'the peer' : 'our site'} drew no result in time, tried again (${(error as Error).message.split('\n')[0]})`);
    return coldSearch(...args);
  }
}

/** What (e) keeps of one query's cold search: its bytes, and those of Pagefind's index chunks among them. */
export interface QueryBytes {
  query: string;
  bytes: number;
  indexBytes: number;
  indexChunks: number;
}

/** (e): each bench query's cold first search, bytes only (no network emulation: bytes do not depend on it). */
async function coldBytesPerQuery(browser: Browser, baseUrl: string, peer: boolean): Promise<QueryBytes[]> {
  const weighed: QueryBytes[] = [];
  for (const query of BENCH_QUERIES) {
    const { bytes, files } = await coldSearchRetried(browser, baseUrl, peer, query, undefined);
    const chunks = files.filter((f) => fileKind(f.url) === 'index chunks');
    weighed.push({ query, bytes, indexBytes: chunks.reduce((sum, f) => sum + f.bytes, 0), indexChunks: chunks.length });
  }
  return weighed;
}

interface Site {
  url: string;
  peer: boolean;
  api?: Page;
  typing?: Page;
  times: { api: number[][]; endToEnd: number[][]; cold: Awaited<ReturnType<typeof coldSearch>>[] };
  perQuery?: QueryBytes[];
}

function summary(site: Site): SiteSearchBench {
  const { api, endToEnd, cold } = site.times;
  const at = (rounds: number[][], p: number) => spread(rounds.map((times) => percentile(times, p)));
  return {
    api: { p50: at(api, 50), p95: at(api, 95) },
    endToEnd: { p50: at(endToEnd, 50), p95: at(endToEnd, 95) },
    cold: {
      ms: spread(cold.map((c) => c.ms)),
      bytes: spread(cold.map((c) => c.bytes)),
      requests: spread(cold.map((c) => c.requests)),
      files: cold[0].files,
      timeline: cold[0].timeline,
    },
    coldPerQuery: site.perQuery!,
  };
}

export async function benchSearch(browser: Browser, baseUrl: string, peerUrl?: string): Promise<SearchBenchResult> {
  const sites: Site[] = [{ url: baseUrl, peer: false }, ...(peerUrl ? [{ url: peerUrl, peer: true }] : [])]
    .map((s) => ({ ...s, times: { api: [], endToEnd: [], cold: [] } }));
  for (const site of sites) {
    site.api = await apiPage(browser, site.peer ? `${site.url}/` : `${site.url}/search/`, site.peer ? PEER_OPTIONS : OUR_OPTIONS);
    site.typing = await typingPage(browser, site.peer ? `${site.url}/` : `${site.url}/search/`, site.peer);
  }
  for (let r = 0; r < ROUNDS; r++) {
    for (const site of sites) site.times.cold.push(await coldSearchRetried(browser, site.url, site.peer));
    for (const site of sites) {
      site.times.api.push([]);
      site.times.endToEnd.push([]);
    }
    for (const query of BENCH_QUERIES) {
      for (const site of sites) {
        const ui = site.peer ? PEER_UI : OUR_UI;
        site.times.api.at(-1)!.push(await apiTime(site.api!, query));
        await clearField(site.typing!, ui);
        site.times.endToEnd.at(-1)!.push(await typedTime(site.typing!, ui, query));
      }
    }
  }
  await Promise.all(sites.flatMap((s) => [s.api?.close(), s.typing?.close()]));
  for (const site of sites) site.perQuery = await coldBytesPerQuery(browser, site.url, site.peer);
  const [ours, peer] = sites.map(summary);
  return { queries: BENCH_QUERIES.length, rounds: ROUNDS, network: SLOW_NETWORK, ours, ...(peer && { peer }) };
}

/** What a cold search's file is, for its bytes by kind: Pagefind's index, filters and results' data, the rest of Pagefind, or the page itself. */
function fileKind(url: string): string {
  const pagefindFile = /\.pf_(index|filter|fragment)$/.exec(url)?.[1];
  if (pagefindFile) return { index: 'index chunks', filter: 'filters', fragment: 'results\' data' }[pagefindFile]!;
  return url.includes(PAGEFIND_PATH) ? 'Pagefind (wasm, script, metadata)' : 'page (HTML, CSS, scripts, icon)';
}

/** The side-by-side table: medians of the rounds [lowest-highest], ours, the peer and their ratio (ours / peer: at or below 1.0 is as fast or lighter). */
export function formatSearchBench(result: SearchBenchResult): string {
  const { ours, peer } = result;
  const cell = (s: Spread | undefined, unit = (n: number) => String(n)) =>
    s ? `${unit(s.median)} [${unit(s.min)}-${unit(s.max)}]` : '-';
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const rows: [string, (site: SiteSearchBench) => Spread, ((n: number) => string)?][] = [
    ['(a) API search + top 5 data(), p50 ms', (s) => s.api.p50],
    ['(a) API search + top 5 data(), p95 ms', (s) => s.api.p95],
    ['(b) typed to first result drawn, p50 ms', (s) => s.endToEnd.p50],
    ['(b) typed to first result drawn, p95 ms', (s) => s.endToEnd.p95],
    ['(c) cold, slow network, to first result ms', (s) => s.cold.ms],
    ['(d) cold bytes on the wire, KB', (s) => s.cold.bytes, kb],
    ['(d) cold requests', (s) => s.cold.requests],
    [`(e) cold bytes, each of ${result.queries} queries, KB`, (s) => spread(s.coldPerQuery.map((q) => q.bytes)), kb],
    ['(e) index chunks a cold query loads', (s) => spread(s.coldPerQuery.map((q) => q.indexChunks))],
  ];
  const net = result.network;
  const lines = [
    `Search: ${result.queries} queries x ${result.rounds} rounds; cold runs at ${net.latency} ms RTT, ${(net.downloadThroughput * 8 / 1024 / 1024).toFixed(1)} Mbit/s down. Median [range of rounds]`,
    `${'search'.padEnd(44)}${'ours'.padStart(22)}${'peer'.padStart(22)}${'ratio'.padStart(8)}`,
    ...rows.map(([name, pick, unit]) => {
      const ratio = peer ? pick(ours).median / pick(peer).median : undefined;
      return `${name.padEnd(44)}${cell(pick(ours), unit).padStart(22)}${cell(peer && pick(peer), unit).padStart(22)}${(ratio === undefined ? '' : ratio.toFixed(2)).padStart(8)}`;
    }),
  ];
  const kinds = (site: SiteSearchBench, name: string) => {
    const total = new Map<string, { bytes: number; count: number }>();
    for (const f of site.cold.files) {
      const kind = fileKind(f.url);
      const sum = total.get(kind) ?? { bytes: 0, count: 0 };
      total.set(kind, { bytes: sum.bytes + f.bytes, count: sum.count + 1 });
    }
    return `${name} cold bytes by kind (KB, files): ${[...total].map(([kind, t]) => `${kind} ${kb(t.bytes)} (${t.count})`).join(', ')}`;
  };
  const files = (site: SiteSearchBench, name: string) =>
    `${name} cold files (KB on the wire): ${site.cold.files.map((f) => `${f.url.replace(/^.*\/(?=[^/]+\/?$)/, '')} ${kb(f.bytes)}`).join(', ')}`;
  const timeline = (site: SiteSearchBench, name: string) =>
    `${name} cold timeline (ms from navigation start): ${site.cold.timeline.map((t) => `${t.url.replace(/^.*\/(?=[^/]+\/?$)/, '')} ${Math.round(t.ms)}`).join(', ')}`;
  const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
  const perQuery = (site: SiteSearchBench, name: string) =>
    `${name} (e) mean cold KB ${kb(mean(site.coldPerQuery.map((q) => q.bytes)))}, of which index chunks ${kb(mean(site.coldPerQuery.map((q) => q.indexBytes)))}; ` +
    `by query (KB, chunks): ${site.coldPerQuery.map((q) => `${q.query} ${kb(q.bytes)} (${q.indexChunks})`).join(', ')}`;
  lines.push('', kinds(ours, 'Ours'), ...(peer ? [kinds(peer, 'Peer')] : []), perQuery(ours, 'Ours'), ...(peer ? [perQuery(peer, 'Peer')] : []),
    files(ours, 'Ours'), timeline(ours, 'Ours'));
  if (peer) lines.push(files(peer, 'Peer'), timeline(peer, 'Peer'));
  return lines.join('\n');
}
