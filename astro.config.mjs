// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { assertReadyToPublish, isReleaseBuild, siteConfig } from './src/lib/site/site-config.ts';
import { reportBlockIds } from './src/lib/content/mdx-blocks.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { SHORT_PARAGRAPHS_URL } from './src/lib/site/site-urls.ts';

// The public address (content/site.yaml), for canonical links and the sitemap. A release build
// stops here, before anything is written, while the address or the publisher is still a sample
// (and, when the content is loaded, while a fact from outside the report rests on a page last seen
// more than 12 months ago: src/lib/content/content-loaders.ts).
if (isReleaseBuild()) assertReadyToPublish(siteConfig);
const site = siteConfig.url;

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
    // dist/pagefind/ and the spelling list, once every page is written.
    searchIndex(),
  ],
  vite: {
    // Each page's stylesheets hold only what it uses: the layout's (every page, cached after the
    // first) and its own components'. The search page's first search is then 2.2 KB lighter
    // (docs/search.md, "Search speed"). Scripts as files.
    build: { assetsInlineLimit: 0, cssCodeSplit: true },
  },
});
