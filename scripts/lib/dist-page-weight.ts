/**
 * What a first visit to a built page downloads, read from dist/ without a browser: the HTML, its
 * stylesheets, its scripts (with their static imports), icons, images and fonts, raw and gzipped.
 * Read by the byte-budget test: bytes are deterministic, times are not (`npm run bench` loads
 * pages in a browser for those: scripts/bench/page-loads.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { posix } from 'node:path';
import { parse } from 'node-html-parser';
import { DIST, fileOf } from './built-site.ts';

export type Kind = 'html' | 'css' | 'js' | 'font' | 'image';
export const KINDS: readonly Kind[] = ['html', 'css', 'js', 'font', 'image'];

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  url: string;
  bytes: Record<Kind, Bytes>;
  total: Bytes;
  requests: number;
  /** Scripts that block rendering: classic scripts without defer or async. */
  renderBlockingScripts: string[];
  files: { path: string; kind: Kind; raw: number; gzip: number }[];
}

const kindOf = (path: string): Kind =>
  path.endsWith('.css') ? 'css'
  : /\.m?js$/.test(path) ? 'js'
  : /\.(woff2?|ttf|otf)$/.test(path) ? 'font'
  : /\.html$/.test(path) || path.endsWith('/') ? 'html'
  : 'image';

/** Local URLs a file pulls in by itself: a script's static imports, a stylesheet's url()s. */
function dependencies(url: string, text: string, kind: Kind): string[] {
  const found =
    kind === 'js' ? [...text.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1])
    : kind === 'css' ? [...text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1])
    : [];
  return found.filter((u) => !/^(data:|https?:|\/\/)/.test(u)).map((u) => posix.resolve(posix.dirname(url), u));
}

export function measurePage(url: string, dist: string = DIST): PageWeight {
  const html = readFileSync(fileOf(url, dist), 'utf8');
  const dom = parse(html);
  const queue: string[] = [url];
  const renderBlockingScripts: string[] = [];
  for (const el of dom.querySelectorAll('link[rel~="stylesheet"], link[rel~="icon"], link[rel="modulepreload"], script[src], img[src]')) {
    const ref = el.getAttribute('href') ?? el.getAttribute('src')!;
    if (el.tagName === 'LINK' && el.getAttribute('rel')?.includes('icon') && el.getAttribute('type') === 'image/svg+xml') {
      // Browsers fetch one icon; count the one every browser asks for (favicon.ico) and not the SVG as well.
      continue;
    }
    queue.push(new URL(ref, `http://site${url}`).pathname);
    if (el.tagName === 'SCRIPT' && el.getAttribute('type') !== 'module' && !el.hasAttribute('defer') && !el.hasAttribute('async')) {
      renderBlockingScripts.push(ref);
    }
  }
  const files: PageWeight['files'] = [];
  const seen = new Set<string>();
  while (queue.length) {
    const next = queue.shift()!;
    if (seen.has(next)) continue;
    seen.add(next);
    const path = fileOf(next, dist);
    if (!existsSync(path)) throw new Error(`${url} refers to ${next}, which is not in ${dist}/`);
    const content = readFileSync(path);
    const kind = kindOf(next);
    files.push({ path: next, kind, raw: content.length, gzip: gzipSync(content, { level: 9 }).length });
    queue.push(...dependencies(next, content.toString('utf8'), kind));
  }
  const sum = (list: typeof files): Bytes => ({
    raw: list.reduce((n, f) => n + f.raw, 0),
    gzip: list.reduce((n, f) => n + f.gzip, 0),
  });
  const bytes = Object.fromEntries(KINDS.map((k) => [k, sum(files.filter((f) => f.kind === k))])) as Record<Kind, Bytes>;
  return { url, bytes, total: sum(files), requests: files.length, renderBlockingScripts, files };
}
