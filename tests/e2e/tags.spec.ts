/**
 * The judgement tags: "Inadequate" and "Requires improvement" differ in colour (GOV.UK's red and
 * yellow) and not by colour alone (inadequate has a thick bar at its start), each tag's words
 * meet AA contrast on its colour, light and dark; "Also recommended in 2015" is words, not a box
 * that looks like a button.
 */
import { test, expect } from '../support/reused-page.ts';
import { SCHEMES } from '../support/browser.ts';
import { contrast, isTransparent } from '../support/colour.ts';
import { HOME_URL, RECOMMENDATIONS_URL } from '../../src/lib/site/site-urls.ts';

/** The hue of an "rgb(r, g, b)" colour, in degrees. */
function hue(colour: string): number {
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => Number(v) / 255);
  const max = Math.max(r, g, b);
  const range = max - Math.min(r, g, b);
  if (range === 0) return 0;
  const h = max === r ? ((g - b) / range) % 6 : max === g ? (b - r) / range + 2 : (r - g) / range + 4;
  return (h * 60 + 360) % 360;
}

for (const scheme of SCHEMES) {
  test(`${scheme}: "Inadequate" and "Requires improvement" are told apart by colour and by shape, each readable on its colour`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(HOME_URL);
    const style = (selector: string) => page.locator(`main ${selector}`).first().evaluate((el) => {
      const s = getComputedStyle(el);
      return { background: s.backgroundColor, color: s.color, bar: parseFloat(s.borderLeftWidth), style: s.borderLeftStyle };
    });
    const inadequate = await style('.tag--inadequate');
    const improvement = await style('.tag--requires-improvement');
    for (const tag of [inadequate, improvement]) expect(contrast(tag.color, tag.background), JSON.stringify(tag)).toBeGreaterThanOrEqual(4.5);
    const apart = Math.abs(hue(inadequate.background) - hue(improvement.background));
    expect(Math.min(apart, 360 - apart), `${inadequate.background} against ${improvement.background}`).toBeGreaterThanOrEqual(30);
    expect(inadequate.style).toBe('solid');
    expect(inadequate.bar).toBeGreaterThanOrEqual(4);
    expect(improvement.bar).toBeLessThanOrEqual(1);
  });
}

test('"Also recommended in 2015" is words, not a box that looks like a button', async ({ page }) => {
  await page.goto(RECOMMENDATIONS_URL);
  const tag = page.locator('main .tag--repeated').first();
  await expect(tag).toHaveText('Also recommended in 2015');
  const look = await tag.evaluate((el) => {
    const s = getComputedStyle(el);
    return { background: s.backgroundColor, border: parseFloat(s.borderTopWidth) + parseFloat(s.borderLeftWidth), radius: s.borderRadius };
  });
  expect(isTransparent(look.background), look.background).toBe(true);
  expect(look.border).toBe(0);
});
