/**
 * `npm run lighthouse`: Lighthouse (mobile emulation, its default) on the pages named below,
 * served from dist/ on loopback, in the same Chromium the browser tests use. Prints each
 * category's score and what cost points. A measurement, not a test: run `npm run build` first.
 */
import { existsSync } from 'node:fs';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { chromium } from '@playwright/test';
import { serve } from './serve.ts';
import { fileOf } from './lib/built-site.ts';
import { HOME_URL, KEY_FIGURES_URL, SEARCH_URL, sectionUrl, YOUNG_PEOPLE_URL } from '../src/lib/site/site-urls.ts';

const PAGES = [HOME_URL, sectionUrl('children-looked-after'), YOUNG_PEOPLE_URL, KEY_FIGURES_URL, SEARCH_URL];
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4360);

const chromePath = existsSync(chromium.executablePath()) ? chromium.executablePath() : '/usr/bin/chromium';
const server = await serve('dist', PORT);
const chrome = await launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  console.log('page'.padEnd(36), 'perf  a11y  best  seo');
  for (const url of PAGES) {
    if (!existsSync(fileOf(url))) {
      console.log(url.padEnd(36), 'not built');
      continue;
    }
    const result = await lighthouse(`http://localhost:${PORT}${url}`, { port: chrome.port, output: 'json', logLevel: 'error' });
    const lhr = result!.lhr;
    const score = (id: string) => String(Math.round((lhr.categories[id]?.score ?? 0) * 100)).padStart(4);
    console.log(url.padEnd(36), score('performance'), ' ', score('accessibility'), ' ', score('best-practices'), ' ', score('seo'));
    const lost = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual');
    for (const audit of lost) console.log(`    lost: ${audit.id} (${audit.title}) ${audit.displayValue ?? ''}`);
  }
} finally {
  await chrome.kill();
  server.close();
}
