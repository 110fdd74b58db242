/**
 * Reading the built site (dist/) from Node, for tests and scripts alike: every page's URL, the
 * file a URL is served from, its HTML, and its text. A missing dist/ is a clear error, not a pass.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { builtHtmlPages, fileOf as builtFileOf } from '../../src/lib/site/built-pages-fs.ts';
import { SHORT_PARAGRAPHS_URL } from '../../src/lib/site/site-urls.ts';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('No built site in dist/: run `npm run build` first.');
}

/** Every built page as a URL path: "/report/" for dist/report/index.html, "/404.html" for 404.html. */
export function builtPages(): string[] {
  assertBuilt();
  return builtHtmlPages(DIST);
}

/** The file in dist/ (or another built folder) that a static host serves for a URL. */
export function fileOf(url: string, dist: string = DIST): string {
  return builtFileOf(url, dist);
}

export function pageHtml(url: string): string {
  assertBuilt();
  const file = fileOf(url);
  if (!existsSync(file)) throw new Error(`${url} was not built (no ${relative(process.cwd(), file)})`);
  return readFileSync(file, 'utf8');
}

const parsed = new Map<string, HTMLElement>();
export function pageDom(url: string): HTMLElement {
  if (!parsed.has(url)) parsed.set(url, parse(pageHtml(url)));
  return parsed.get(url)!;
}

/** Collapse all runs of white space to one space and trim. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The visible text of an element, white space normalised, with entities decoded. */
export function textOf(element: HTMLElement): string {
  return normalise(element.textContent);
}

/** Pages a reader can land on (not the 111 short-link redirects, which are tested on their own). */
export function contentPages(): string[] {
  return builtPages().filter((url) => !url.startsWith(SHORT_PARAGRAPHS_URL));
}
