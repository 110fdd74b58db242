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

/** The modules whose styles the search page uses: the layout's and its own (see vite.build below). */
const SEARCH_PAGE_STYLES = ['/styles/global.css', '/layouts/BaseLayout', '/site-header/', '/site-footer/', '/dated-notice/', '/page-heading/', '/site-search/', '/search-highlight/', '/report-search/', '/pages/search'];

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
      // Stylesheets: the layout's (every page), the other pages' components' (every page but
      // search), the search page's own and the page heading's (shared), so a first search loads no
      // CSS it does not use (docs/search.md, "Search speed"). A component the search page
      // gains and SEARCH_PAGE_STYLES lacks adds the pages' stylesheet to it: tests/built/byte-budgets.test.ts
      // fails then. Scripts as files.
      cssCodeSplit: true,
      rollupOptions: {
        output: {
          manualChunks(id) {
            if (id.includes('type=style') && !SEARCH_PAGE_STYLES.some((part) => id.includes(part))) return 'pages';
          },
        },
      },
    },
  },
});
