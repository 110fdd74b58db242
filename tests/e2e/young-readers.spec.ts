/**
 * Type for young readers on /young-people/ and /glossary/: at least 19px text and short lines, on a phone
 * and a desktop; the children's page's jump links to its questions and back up.
 */
import { test, expect } from '../support/reused-page.ts';
import { WIDTHS } from '../support/browser.ts';
import { GLOSSARY_URL, SEARCH_URL, YOUNG_PEOPLE_HELP_URL, YOUNG_PEOPLE_URL } from '../../src/lib/site/site-urls.ts';

for (const url of [YOUNG_PEOPLE_URL, GLOSSARY_URL]) {
  for (const width of WIDTHS) {
    test(`${url} at ${width}px: body text is at least 19px, with line spacing of 1.5 or more and lines of at most 75 characters`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(url);
      const blocks = await page.locator('main :is(p, li, dd)').evaluateAll((elements) =>
        elements.map((el) => {
          const style = getComputedStyle(el);
          const size = parseFloat(style.fontSize);
          // An average character of a sans-serif face is about half its size.
          return { text: (el.textContent ?? '').trim().slice(0, 30), size, lineHeight: parseFloat(style.lineHeight) / size, characters: el.getBoundingClientRect().width / (size * 0.5) };
        }),
      );
      expect(blocks.length).toBeGreaterThan(10);
      for (const block of blocks) {
        expect(block.size, block.text).toBeGreaterThanOrEqual(19);
        expect(block.lineHeight, block.text).toBeGreaterThanOrEqual(1.5);
        expect(block.characters, block.text).toBeLessThanOrEqual(75);
      }
    });
  }
}

const HELP_QUESTION = 'Who can I talk to, and how can I get help, complain or have my say?';

for (const viewport of [{ width: 320, height: 568 }, { width: 390, height: 844 }]) {
  test(`${YOUNG_PEOPLE_URL} at ${viewport.width} x ${viewport.height}: "On this page" jumps to every question, the help part is one tap from the first two screens, and each part leads back up`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto(YOUNG_PEOPLE_URL);
    const contents = page.getByRole('navigation', { name: 'On this page' });
    const questions = await page.locator('main section > h2').allTextContents();
    expect(questions.length).toBeGreaterThan(5);
    expect(await contents.getByRole('link').allTextContents()).toEqual(questions);

    const ids = await page.locator('main section > h2').evaluateAll((headings) => headings.map((h) => `#${h.id}`));
    expect(await contents.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(ids);

    const help = page.locator(`main a[href$="${YOUNG_PEOPLE_HELP_URL}"]`).first();
    const box = (await help.boundingBox())!;
    expect(box.y + box.height, 'a link to the help part ends within the first two screens').toBeLessThanOrEqual(2 * viewport.height);
    await help.click();
    await expect(page).toHaveURL(new RegExp(`${YOUNG_PEOPLE_HELP_URL}$`));
    const heading = page.getByRole('heading', { level: 2, name: HELP_QUESTION });
    await expect(heading).toBeInViewport();

    // The link after the part.
    await page.locator('section', { has: heading }).locator('+ .back-to-top').getByRole('link', { name: 'Back to the questions' }).click();
    await expect(contents.getByRole('heading', { name: 'On this page' })).toBeInViewport();
  });
}

test(`${YOUNG_PEOPLE_URL} at 320 x 568: the sources fold away, so they are at most 10% of the words shown and at most 15 of the tab stops; one press opens a part's sources`, async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 568 });
  await page.goto(YOUNG_PEOPLE_URL);
  const SOURCES = '.source-note, .part-sources';
  const measure = () => page.evaluate((sources) => {
    const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
    const main = document.querySelector('main')!;
    // innerText holds only what is rendered: nothing inside a closed <details> but its summary.
    const shown = words(main.innerText);
    const outermost = [...main.querySelectorAll<HTMLElement>(sources)].filter((el) => !el.parentElement!.closest(sources));
    const sourceWords = outermost.reduce((sum, el) => sum + words(el.innerText), 0);
    const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')]
      .filter((el) => el.tabIndex >= 0 && !el.hasAttribute('disabled') && el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length > 0);
    return { shown, sourceWords, tabStops: focusable.length, sourceTabStops: focusable.filter((el) => el.closest(sources)).length };
  }, SOURCES);
  const closed = await measure();
  expect(closed.sourceWords / closed.shown, JSON.stringify(closed)).toBeLessThanOrEqual(0.1);
  expect(closed.sourceTabStops, JSON.stringify(closed)).toBeLessThanOrEqual(15);
  expect(closed.sourceTabStops).toBeGreaterThan(0);

  // The sources are still there, part by part: a summary opens them.
  const help = page.locator('section', { has: page.getByRole('heading', { level: 2, name: HELP_QUESTION }) });
  const fold = help.locator('details.part-sources');
  await fold.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(fold).toHaveAttribute('open', '');
  await expect(fold.getByText('Where this comes from: Local Government and Social Care Ombudsman')).toBeVisible();
  const opened = await measure();
  expect(opened.sourceTabStops).toBeGreaterThan(closed.sourceTabStops);
});

test(`from ${SEARCH_URL}?q=return home interview, the young people's result opens its part with the searched words marked and the first on screen`, async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 568 });
  await page.goto(`${SEARCH_URL}?q=${encodeURIComponent('return home interview')}`);
  const result = page.locator(`main a[href^="${YOUNG_PEOPLE_URL}?"]`).first();
  // Results come five at a time: the part may be behind "Show more results".
  const more = page.getByRole('button', { name: 'Show more results' });
  await expect(page.getByRole('status')).not.toBeEmpty();
  while ((await result.count()) === 0 && (await more.isVisible())) await more.click();
  await expect(result).toHaveAttribute('href', /#to-get-better$/);
  await result.click();
  await expect(page).toHaveURL(/\/young-people\/\?highlight=[^#]*return[^#]*#to-get-better$/);
  const part = page.locator('section', { has: page.locator('h2#to-get-better') });
  const marks = part.locator('mark.search-highlight');
  await expect(marks.first()).toBeInViewport();
  expect((await marks.allTextContents()).map((word) => word.toLowerCase())).toEqual(expect.arrayContaining(['return', 'home', 'interview']));
  // Only within the part: other parts, and the folded sources, are left unmarked.
  expect(await page.locator('main mark.search-highlight').count()).toBe(await marks.count());
});

test(`${GLOSSARY_URL}?highlight=… marks the words in the glossary entry a result opens`, async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 568 });
  await page.goto(`${GLOSSARY_URL}?highlight=advice#childrens-commissioner`);
  const marks = page.locator('#childrens-commissioner mark.search-highlight');
  await expect(marks.first()).toBeInViewport();
  expect(await page.locator('main mark.search-highlight').count()).toBe(await marks.count());
});
