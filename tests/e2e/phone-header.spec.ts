/**
 * Phones first: the compact header (at most 120px tall at 320 and 390px wide, its "Menu" working
 * without JavaScript and by keyboard, with its state exposed), every page's h1 in the first screen
 * of a 390 x 844 phone, the notice that the report is from January 2018 after it (in the first screen at
 * 320 x 568 too), and the home page's three ways in above the fold on a phone and a laptop.
 */
import { test, expect } from '../support/reused-page.ts';
import type { Page } from '@playwright/test';
import { contentPages } from '../../scripts/lib/built-site.ts';
import { mainNav } from '../../src/lib/site/site-nav.ts';

const PHONE = { width: 390, height: 844 };
const SMALL_PHONE = { width: 320, height: 568 };
const HEADER_MAX = 120;

const noticeBottom = (page: Page) => page.locator('.dated-notice').evaluate((el) => el.getBoundingClientRect().bottom);
const headerHeight = (page: Page) => page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().height);
const menu = (page: Page) => page.locator('summary', { hasText: 'Menu' });
/** What a screen reader is told about "Menu": Chromium's accessibility tree, read over CDP. */
async function menuAsExposed(page: Page): Promise<{ role: string; expanded: unknown }> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const node = nodes.find((n) => n.name?.value === 'Menu' && n.role?.value !== 'StaticText');
  await cdp.detach();
  return { role: String(node?.role?.value), expanded: node?.properties?.find((p) => p.name === 'expanded')?.value.value };
}
const navLink = (page: Page, label: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true });

for (const url of contentPages()) {
  test(`${url}: the header is at most ${HEADER_MAX}px tall at 320 and 390px, the h1 is in the first screen at 390 x 844, and the dated notice after it at 320 x 568 and 390 x 844`, async ({ page }) => {
    await page.setViewportSize(SMALL_PHONE);
    await page.goto(url);
    expect(await headerHeight(page), 'header height at 320px').toBeLessThanOrEqual(HEADER_MAX);
    expect(await noticeBottom(page), 'the dated notice ends on the first screen at 320 x 568').toBeLessThanOrEqual(SMALL_PHONE.height);
    await page.setViewportSize(PHONE);
    expect(await headerHeight(page), 'header height at 390px').toBeLessThanOrEqual(HEADER_MAX);
    const h1 = await page.locator('h1').evaluate((el) => el.getBoundingClientRect());
    expect(h1.top, 'the h1 starts on the first screen').toBeGreaterThanOrEqual(0);
    expect(h1.bottom, 'the h1 ends on the first screen').toBeLessThanOrEqual(PHONE.height);
    // The notice that the report is from January 2018, with today's position, is read straight after the h1, in the first screen.
    const notice = await page.locator('.dated-notice').evaluate((el) => el.getBoundingClientRect());
    expect(notice.top, 'the dated notice is below the h1').toBeGreaterThanOrEqual(h1.bottom);
    expect(notice.bottom, 'the dated notice ends on the first screen at 390 x 844').toBeLessThanOrEqual(PHONE.height);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: PHONE });

  test('on a phone the links are behind "Menu", which opens them', async ({ page }) => {
    await page.goto('/key-figures/');
    await expect(menu(page)).toBeVisible();
    for (const item of mainNav) await expect(navLink(page, item.label)).toBeHidden();
    await menu(page).click();
    for (const item of mainNav) await expect(navLink(page, item.label)).toBeVisible();
    await navLink(page, 'About').click();
    await expect(page.locator('h1')).toHaveText('About the report and this site');
  });
});

test('by keyboard on a phone: skip link, site name, then "Menu", which says whether it is expanded and opens onto the links', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/about/');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Skip to main content');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('href', '/');
  await page.keyboard.press('Tab');
  await expect(menu(page)).toBeFocused();
  expect(await menuAsExposed(page)).toEqual({ role: 'DisclosureTriangle', expanded: false });
  await page.keyboard.press('Enter');
  expect(await menuAsExposed(page)).toEqual({ role: 'DisclosureTriangle', expanded: true });
  for (const item of mainNav) {
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText(item.label);
    await expect(page.locator(':focus')).toBeInViewport();
  }
  await expect(navLink(page, 'About')).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('searchbox', { name: 'Search the report' })).toBeFocused();
  // Back to "Menu": Space closes it again, as on a button.
  for (let i = 0; i <= mainNav.length; i++) await page.keyboard.press('Shift+Tab');
  await expect(menu(page)).toBeFocused();
  await page.keyboard.press('Space');
  expect(await menuAsExposed(page)).toEqual({ role: 'DisclosureTriangle', expanded: false });
  for (const item of mainNav) await expect(navLink(page, item.label)).toBeHidden();
});

test('at 1280px the header is today\'s: the links always shown, no "Menu"', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(menu(page)).toBeHidden();
  for (const item of mainNav) await expect(navLink(page, item.label)).toBeVisible();
});

const ZOOMS = [
  { zoom: '400% on a 1280 x 1024 screen', width: 320, height: 256 },
  { zoom: '200% on a 390 x 844 phone', width: 195, height: 422 },
];
for (const { zoom, width, height } of ZOOMS) {
  test(`at ${zoom} (${width} x ${height} CSS px) the menu opens onto every link with no sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/findings/');
    await menu(page).click();
    for (const item of mainNav) {
      await navLink(page, item.label).scrollIntoViewIfNeeded();
      await expect(navLink(page, item.label)).toBeInViewport({ ratio: 1 });
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}

test('in forced colours the "Menu" control keeps a visible border', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/');
  const border = await menu(page).evaluate((el) => getComputedStyle(el).borderTopStyle + ' ' + getComputedStyle(el).borderTopWidth);
  expect(border).toBe('solid 2px');
});

const WAYS_IN = ['For children and young people', 'For councillors: findings and recommendations', 'For staff: search the paragraphs'];
/** Parents and carers share the children's page: their way in follows the three, before the judgements. */
const PARENTS_WAY_IN = 'For parents and carers';

for (const { viewport, firstScreen } of [
  { viewport: PHONE, firstScreen: WAYS_IN },
  { viewport: { width: 1280, height: 800 }, firstScreen: [...WAYS_IN, PARENTS_WAY_IN] },
]) {
  test(`the home page opens with the ways in (${firstScreen.length} of them in the first screen at ${viewport.width} x ${viewport.height}), all before the judgements`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    const judgements = await page.locator('main table').first().evaluate((el) => el.getBoundingClientRect().top);
    for (const name of [...WAYS_IN, PARENTS_WAY_IN]) {
      const link = page.locator('main').getByRole('link', { name, exact: true });
      const box = await link.evaluate((el) => el.getBoundingClientRect());
      if (firstScreen.includes(name)) {
        expect(box.top, `${name} starts on the first screen`).toBeGreaterThanOrEqual(0);
        expect(box.bottom, `${name} ends on the first screen`).toBeLessThanOrEqual(viewport.height);
      }
      expect(box.bottom, `${name} comes before the judgements`).toBeLessThan(judgements);
    }
  });
}
