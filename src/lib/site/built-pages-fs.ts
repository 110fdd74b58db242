/**
 * The pages of a built site (dist/ or a copy) by URL, and the file a static host serves for each:
 * the build's search index and scripts/lib/built-site.ts (tests and scripts) read them the same way.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every HTML page in a built folder as a URL path: "/report/" for report/index.html, "/404.html" for 404.html. */
export function builtHtmlPages(dist: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) {
        const rel = '/' + relative(dist, path).replaceAll('\\', '/');
        pages.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dist);
  return pages;
}

/** The file in a built folder that a static host serves for a URL. */
export function fileOf(url: string, dist: string): string {
  const path = url.split(/[?#]/)[0];
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}
