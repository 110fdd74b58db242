// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { reportBlockIds, siteWordsSources } from './src/lib/mdx-blocks.ts';

// The public address, for canonical links and the sitemap. Set SITE_URL when deploying.
const site = process.env.SITE_URL ?? 'https://sandwell-ofsted-2018.example';

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
    // Ids on the report's unnumbered blocks; the build fails on a block of the site's own words without sources.
    processor: satteri({ features: { smartPunctuation: false }, hastPlugins: [reportBlockIds(), siteWordsSources()] }),
  },
  integrations: [
    mdx(),
    // The short /paragraphs/N/ addresses only redirect, so they stay out of the sitemap.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/paragraphs/') }),
  ],
  vite: {
    // One small stylesheet for the whole site, cached after the first page; scripts as files.
    build: { assetsInlineLimit: 0, cssCodeSplit: false },
  },
});
