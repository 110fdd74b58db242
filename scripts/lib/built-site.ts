/**
 * Reading the built site (dist/) from Node, for tests and scripts alike: every page's URL, the
 * file a URL is served from, its HTML, and its text. A missing dist/ is a clear error, not a pass.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('No built site in dist/: run `npm run build` first.');
}

/** Every built page as a URL path: "/report/" for dist/report/index.html, "/404.html" for 404.html. */
export function builtPages(): string[] {
  assertBuilt();
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) {
        const rel = '/' + relative(DIST, path).replaceAll('\\', '/');
        pages.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(DIST);
  return pages;
}

/** The file in dist/ (or another built folder) that a static host serves for a URL. */
export function fileOf(url: string, dist: string = DIST): string {
  const path = url.split(/[?#]/)[0];
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
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
  return builtPages().filter((url) => !url.startsWith('/paragraphs/'));
}
