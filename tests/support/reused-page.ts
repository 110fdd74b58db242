/**
 * Playwright's `test` with one browser page per worker, reused from test to test: every spec uses
 * it but those whose state cannot be reset (copy link grants the clipboard, listen-to-page stands
 * in for speech before the page loads). Measured on this 2-core machine: opening a page costs about
 * 1.3 s, loading a URL in an open one about 0.25 s, and these specs load about 500 URLs.
 *
 * Each test still starts as if on a fresh page: the viewport, colour scheme and media its options
 * ask for (`test.use` works as with Playwright's own page; pages differing in `javaScriptEnabled`
 * or `bypassCSP` are kept apart), no routes or event listeners left by an earlier test, and it
 * loads its own URL. The server sends `Cache-Control: no-cache`, so every resource is requested
 * again on each load and network checks see every request. A failing test ends its worker, page
 * and all, so a broken state never reaches the next test.
 *
 * A test that changes what cannot be reset (Playwright's fake clock, `page.clock`) asks for a page
 * of its own with `test.use({ ownPage: true })`, closed when it ends.
 */
import { test as base, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

const PAGE_EVENTS = ['console', 'pageerror', 'request', 'response', 'requestfailed', 'dialog'] as const;

export const test = base.extend<{ ownPage: boolean }, { openPages: Map<string, Page> }>({
  ownPage: [false, { option: true }],
  openPages: [
    async ({}, use) => {
      const pages = new Map<string, Page>();
      await use(pages);
      for (const page of pages.values()) await page.context().close();
    },
    { scope: 'worker' },
  ],
  page: async ({ ownPage, openPages, browser, baseURL, viewport, colorScheme, javaScriptEnabled, bypassCSP, userAgent, deviceScaleFactor }, use) => {
    const open = async () => (await browser.newContext({ baseURL, javaScriptEnabled, bypassCSP, userAgent, deviceScaleFactor, viewport })).newPage();
    if (ownPage) {
      const page = await open();
      await use(page);
      await page.context().close();
      return;
    }
    const key = JSON.stringify({ javaScriptEnabled, bypassCSP });
    let page = openPages.get(key);
    if (!page) {
      page = await open();
      openPages.set(key, page);
    }
    if (viewport) await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme, media: null, forcedColors: null, reducedMotion: null });
    await use(page);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    for (const event of PAGE_EVENTS) page.removeAllListeners(event);
  },
});
