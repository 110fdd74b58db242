/**
 * `npm run bench`: measurements of the built site (not tests: the numbers vary with the machine).
 * Serves dist/ on loopback, runs each benchmark in headless Chromium, prints a table and writes
 * bench/results.json, one key per benchmark. To add one, write scripts/bench/<name>.ts exporting
 * an async function (browser, baseUrl) => result, and add it to `benchmarks` below.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';
import playwrightConfig from '../playwright.config.ts';
import { serve } from './serve.ts';
import { benchSearch } from './bench/search.ts';

const benchmarks = {
  search: benchSearch,
};

/** Flattens nested results into "search.coldFirstSearch.bytes"-style rows for the table. */
function rows(prefix: string, value: unknown): [string, unknown][] {
  if (value === null || typeof value !== 'object') return [[prefix, value]];
  return Object.entries(value).flatMap(([key, inner]) => rows(prefix ? `${prefix}.${key}` : key, inner));
}

const server = await serve('dist', 0);
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch(playwrightConfig.use?.launchOptions);
const results: Record<string, unknown> = { date: new Date().toISOString(), cpus: cpus().length };
try {
  for (const [name, run] of Object.entries(benchmarks)) results[name] = await run(browser, baseUrl);
} finally {
  await browser.close();
  server.close();
}
console.table(Object.fromEntries(rows('', results).map(([key, value]) => [key, { value }])));
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('Written to bench/results.json');
