/**
 * axe-core run inside the page, with the WCAG 2.0, 2.1 and 2.2 A and AA rules (AXE_TAGS) and
 * target size. Its source is injected once per loaded document and then run as often as a test
 * changes the colour scheme or width: @axe-core/playwright's analyze() injects it again on every
 * call and opens a second page to merge the results of frames, which measured 3 to 8 times slower
 * here. The site has no frames to merge, and a frame appearing fails the check rather than going unchecked.
 */
import type { Page } from '@playwright/test';
import axe from 'axe-core';

/** The WCAG rule sets axe runs (2.0, 2.1 and 2.2, levels A and AA). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type AxeWindow = Window & { axe?: typeof axe };

/** Each violation as "rule (impact): help" and the first five elements it was found on. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (page.frames().length > 1) throw new Error(`${page.url()} has frames: axe is injected into the top document only; inject it into each frame before checking.`);
  if (!(await page.evaluate(() => Boolean((window as AxeWindow).axe)))) await page.evaluate(axe.source);
  const violations = await page.evaluate(
    (tags) => (window as AxeWindow).axe!.run(document, {
      runOnly: { type: 'tag', values: tags },
      rules: { 'target-size': { enabled: true } },
      // Only violations are reported: axe skips the detail of passes, which halves its time on long pages.
      resultTypes: ['violations'],
    }).then((results) => results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }))),
    AXE_TAGS,
  );
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.targets.slice(0, 5).join('\n    ')}`);
}
