/**
 * `npm run lighthouse`: Lighthouse (mobile emulation, its default) on the pages named below,
 * served from dist/ on loopback, in the same Chromium the browser tests use. Prints each
 * category's score and what cost points. A measurement, not a test: run `npm run build` first.
 * Lighthouse and its Chrome launcher are about 90 packages that only this script uses, so they
 * are not dependencies: npx fetches the pinned version below (once, into npm's cache) when it runs.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { serve } from './serve.ts';
import { fileOf } from './lib/built-site.ts';
import { HOME_URL, KEY_FIGURES_URL, SEARCH_URL, sectionUrl, YOUNG_PEOPLE_URL } from '../src/lib/site/site-urls.ts';

const LIGHTHOUSE = 'lighthouse@13.5.0';
const PAGES = [HOME_URL, sectionUrl('children-looked-after'), YOUNG_PEOPLE_URL, KEY_FIGURES_URL, SEARCH_URL];
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4360);
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

interface Audit { id: string; title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }
interface Report { categories: Record<string, { score: number | null } | undefined>; audits: Record<string, Audit> }

const chromePath = existsSync(chromium.executablePath()) ? chromium.executablePath() : '/usr/bin/chromium';

/**
 * One page's report, from Lighthouse's command line (JSON on stdout), in the Chromium at
 * CHROME_PATH; run without blocking, since this process serves the page.
 */
async function audit(url: string): Promise<Report> {
  const { stdout } = await promisify(execFile)('npx', ['--yes', LIGHTHOUSE, url, '--output=json', '--quiet', `--chrome-flags=${CHROME_FLAGS.join(' ')}`], {
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, CHROME_PATH: chromePath },
  });
  return JSON.parse(stdout) as Report;
}

const server = await serve('dist', PORT);
try {
  console.log('page'.padEnd(36), 'perf  a11y  best  seo');
  for (const url of PAGES) {
    if (!existsSync(fileOf(url))) {
      console.log(url.padEnd(36), 'not built');
      continue;
    }
    const lhr = await audit(`http://localhost:${PORT}${url}`);
    const score = (id: string) => String(Math.round((lhr.categories[id]?.score ?? 0) * 100)).padStart(4);
    console.log(url.padEnd(36), score('performance'), ' ', score('accessibility'), ' ', score('best-practices'), ' ', score('seo'));
    const lost = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual');
    for (const lostAudit of lost) console.log(`    lost: ${lostAudit.id} (${lostAudit.title}) ${lostAudit.displayValue ?? ''}`);
  }
} finally {
  server.close();
}
