/**
 * Page weight as a browser sees it: each page loaded once, cold, in headless Chromium from the
 * local server (which gzips like a real host), with every response counted by kind: raw bytes
 * (decoded) and bytes on the wire (gzip), and the number of requests.
 */
import type { Browser } from '@playwright/test';

export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';
const KINDS: ResourceKind[] = ['html', 'css', 'js', 'font', 'image', 'other'];

export interface PageLoad {
  url: string;
  requests: number;
  bytes: Record<ResourceKind, { raw: number; gzip: number }>;
}

function kindOf(resourceType: string, url: string): ResourceKind {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'script' || /\.m?js$/.test(url)) return 'js';
  if (resourceType === 'font') return 'font';
  if (resourceType === 'image') return 'image';
  return 'other';
}

export async function measurePageLoads(browser: Browser, baseUrl: string, urls: readonly string[]): Promise<PageLoad[]> {
  const loads: PageLoad[] = [];
  for (const url of urls) {
    const context = await browser.newContext(); // a new context is a cold cache
    const page = await context.newPage();
    const bytes = Object.fromEntries(KINDS.map((k) => [k, { raw: 0, gzip: 0 }])) as PageLoad['bytes'];
    let requests = 0;
    const pending: Promise<void>[] = [];
    page.on('requestfinished', (request) => {
      pending.push((async () => {
        const response = await request.response();
        if (!response) return;
        const sizes = await request.sizes();
        const body = await response.body().catch(() => Buffer.alloc(0));
        const entry = bytes[kindOf(request.resourceType(), request.url())];
        entry.raw += body.length;
        entry.gzip += sizes.responseBodySize;
        requests += 1;
      })());
    });
    await page.goto(baseUrl + url, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    loads.push({ url, requests, bytes });
    await context.close();
  }
  return loads;
}

export function formatPageLoads(loads: PageLoad[]): string {
  const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
  const head = `${'page'.padEnd(40)} req ${KINDS.map((k) => `${k} raw/gz KB`.padStart(17)).join('')}`;
  const rows = loads.map((l) =>
    `${l.url.padEnd(40)} ${String(l.requests).padStart(3)} ${KINDS.map((k) => `${kb(l.bytes[k].raw)}/${kb(l.bytes[k].gzip)}`.padStart(17)).join('')}`);
  return [head, ...rows].join('\n');
}
