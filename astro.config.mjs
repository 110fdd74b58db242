// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { assertReadyToPublish, isReleaseBuild, siteConfig } from './src/lib/site/site-config.ts';
import { reportBlockIds } from './src/lib/content/mdx-blocks.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { SHORT_PARAGRAPHS_URL } from './src/lib/site/site-urls.ts';

// The public address (content/site.yaml), for canonical links and the sitemap. A release build
// stops here, before anything is written, while the address or the publisher is still a sample
// (and, when the content is loaded, while a fact from outside the report rests on a page last seen
// more than 12 months ago: src/lib/content/content-loaders.ts).
if (isReleaseBuild()) assertReadyToPublish(siteConfig);
const site = siteConfig.url;

/** The search page's module: the styles it reaches (the layout's and its own) stay off the other pages' stylesheet. */
const SEARCH_PAGE_MODULE = '/src/pages/search.astro';

/** What the bundler's manualChunks is given to read the module graph (the part used here). */
/** @typedef {(id: string) => { importers: readonly string[] } | null} GetModuleInfo */

/**
 * The pages (modules under src/pages/) that import a module, directly or through others (Rollup's module graph).
 * @param {string} id
 * @param {GetModuleInfo} getModuleInfo
 */
function pagesUsing(id, getModuleInfo) {
  const pages = new Set();
  const seen = new Set();
  const waiting = [id];
  while (waiting.length) {
    const current = /** @type {string} */ (waiting.pop());
    if (seen.has(current)) continue;
    seen.add(current);
    if (current.includes('/src/pages/')) pages.add(current);
    waiting.push(...(getModuleInfo(current)?.importers ?? []));
  }
  return pages;
}

/**
 * Which stylesheet a style module goes in: the search page's own, the layout's (the search page's and others'), or the other pages'.
 * @param {string} id
 * @param {GetModuleInfo} getModuleInfo
 */
function stylesheetOf(id, getModuleInfo) {
  const pages = pagesUsing(id, getModuleInfo);
  const bySearch = [...pages].some((page) => page.endsWith(SEARCH_PAGE_MODULE));
  if (!bySearch) return 'pages';
  return pages.size > 1 ? 'layout' : undefined;
}

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // External files only: the Content-Security-Policy allows no inline styles or scripts.
    inlineStylesheets: 'never',
  },
  markdown: {
    // The report's own characters are kept: no curly quotes or dashes added by the Markdown pipeline.
    // Ids on the report's unnumbered blocks, so the site's own words can link to them.
    processor: satteri({ features: { smartPunctuation: false }, hastPlugins: [reportBlockIds()] }),
  },
  integrations: [
    mdx(),
    // The short /paragraphs/N/ addresses only redirect, so they stay out of the sitemap.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith(SHORT_PARAGRAPHS_URL) }),
    // dist/_headers, from the one security policy (src/lib/site/security.ts).
    securityHeaders(),
    // dist/pagefind/ and the spelling list, once every page is written.
    searchIndex(),
  ],
  vite: {
    build: {
      assetsInlineLimit: 0,
      // Three stylesheets: the layout's (every page), the other pages' components' (every page but
      // search) and the search page's own, so a first search loads 3.5 KB of CSS, not 5.7
      // (docs/search.md). What the search page uses is read from the module graph, not listed by hand.
      // Scripts as files.
      cssCodeSplit: true,
      rollupOptions: {
        output: {
          manualChunks(id, { getModuleInfo }) {
            if (id.includes('type=style') || id.endsWith('.css')) return stylesheetOf(id, getModuleInfo);
          },
        },
      },
    },
  },
});
