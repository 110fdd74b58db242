/**
 * Byte budgets, so the site stays fast on a cheap phone on a poor connection. Bytes are what a
 * first visit downloads (gzip), measured from dist/ by scripts/lib/dist-page-weight.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentPages } from '../../scripts/lib/built-site.ts';
import { measurePage, type Kind } from '../../scripts/lib/dist-page-weight.ts';
import { sections } from '../../src/lib/content/report-structure.ts';
import { HOME_URL, SEARCH_URL, sectionUrl } from '../../src/lib/site/site-urls.ts';

const KB = 1024;
/** Pages allowed more script than the rest: search loads Pagefind. */
const SCRIPT_HEAVY_PAGES = new Set([SEARCH_URL]);

const weights = contentPages().map((url) => measurePage(url));
const over = (url: string, kind: Kind | 'total', bytes: number, budget: number) =>
  bytes > budget ? [`${url}: ${kind} is ${(bytes / KB).toFixed(1)} KB gzip, ${((bytes - budget) / KB).toFixed(1)} KB over its ${budget / KB} KB budget`] : [];

test('JavaScript: at most 5 KB gzip on every page but search, and none render-blocking', () => {
  const problems = weights.flatMap((w) => [
    ...(SCRIPT_HEAVY_PAGES.has(w.url) ? [] : over(w.url, 'js', w.bytes.js.gzip, 5 * KB)),
    ...w.renderBlockingScripts.map((src) => `${w.url}: ${src} blocks rendering (use type="module", defer or async)`),
  ]);
  assert.deepEqual(problems, []);
});

test('CSS: at most 10 KB gzip per page in total', () => {
  assert.deepEqual(weights.flatMap((w) => over(w.url, 'css', w.bytes.css.gzip, 10 * KB)), []);
});

test('fonts: no web font fetched, or one self-hosted font of at most 20 KB', () => {
  const problems = weights.flatMap((w) => {
    const fonts = w.files.filter((f) => f.kind === 'font');
    return [
      ...(fonts.length > 1 ? [`${w.url}: ${fonts.length} font files (${fonts.map((f) => f.path).join(', ')}); one at most`] : []),
      ...fonts.flatMap((f) => over(w.url, 'font', f.raw, 20 * KB)),
    ];
  });
  assert.deepEqual(problems, []);
});

test('the largest report section page is at most 30 KB gzip in all, and the home page at most 20 KB', () => {
  const sectionWeights = weights.filter((w) => sections.some((s) => sectionUrl(s.slug) === w.url));
  assert.equal(sectionWeights.length, sections.length, 'every section page was measured');
  const largest = sectionWeights.reduce((a, b) => (b.total.gzip > a.total.gzip ? b : a));
  const home = weights.find((w) => w.url === HOME_URL)!;
  assert.deepEqual([...over(largest.url, 'total', largest.total.gzip, 30 * KB), ...over(HOME_URL, 'total', home.total.gzip, 20 * KB)], []);
});

/** The stylesheet chunk of every page's components but the search page's (astro.config.mjs, manualChunks: 'pages'). */
const OTHER_PAGES_STYLESHEET = /^\/_astro\/pages\.[\w-]+\.css$/;

test('search links only its own stylesheets and the layout\'s, not the other pages\' chunk (astro.config.mjs, stylesheetOf)', () => {
  const stylesheets = (url: string) => weights.find((w) => w.url === url)!.files.filter((f) => f.kind === 'css').map((f) => f.path);
  // The chunk exists, or this test could not fail: the section pages link it.
  assert.ok(stylesheets(sectionUrl(sections[0].slug)).some((path) => OTHER_PAGES_STYLESHEET.test(path)), 'no page links /_astro/pages.*.css: was the chunk renamed in astro.config.mjs?');
  assert.deepEqual(stylesheets(SEARCH_URL).filter((path) => OTHER_PAGES_STYLESHEET.test(path)), [],
    `${SEARCH_URL} links the other pages' stylesheet: see stylesheetOf in astro.config.mjs, which reads the search page's styles from the module graph`);
});
