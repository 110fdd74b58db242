/**
 * Every reader's page on a phone, as it is and with text at 200% (a root font size of 200%, as a
 * phone's text setting does), in both colour schemes: no tag broken inside a word, every table
 * cell (the judgements above all) on the screen, no page wider than the screen, nothing cut.
 * One test per viewport and scheme loops over one page of each type, to keep the suite short.
 */
import { test, expect } from '../support/reused-page.ts';
import { SCHEMES } from '../support/browser.ts';
import { cellsOffScreen, layoutProblems, tagsBrokenInsideAWord, TEXT_200_CSS } from '../support/layout.ts';
import {
  ABOUT_URL, ACCESSIBILITY_URL, FINDINGS_URL, FULL_REPORT_URL, GLOSSARY_URL, HOME_URL, KEY_FIGURES_URL, NOT_FOUND_URL,
  RECOMMENDATIONS_URL, REPORT_URL, SEARCH_URL, SINCE_2018_URL, YOUNG_PEOPLE_URL, paragraphUrl, recommendationUrl, reviewSheetUrl, sectionUrl, topicUrl,
} from '../../src/lib/site/site-urls.ts';

// The 200% text is a <style> tag, which the site's CSP rightly blocks.
test.use({ bypassCSP: true });

const PAGE_TYPES = [
  HOME_URL,
  REPORT_URL,
  sectionUrl('help-and-protection'),
  sectionUrl('recommendations'),
  FULL_REPORT_URL,
  FINDINGS_URL,
  topicUrl('care-leavers'),
  RECOMMENDATIONS_URL,
  recommendationUrl(6),
  KEY_FIGURES_URL,
  YOUNG_PEOPLE_URL,
  SINCE_2018_URL,
  GLOSSARY_URL,
  `${SEARCH_URL}?q=adoption`,
  ABOUT_URL,
  reviewSheetUrl('young-people'),
  ACCESSIBILITY_URL,
  NOT_FOUND_URL,
];

const VIEWPORTS = [
  { name: '320 x 568', width: 320, height: 568, text200: false },
  { name: '390 x 844', width: 390, height: 844, text200: false },
  { name: '390 x 844 with text at 200%', width: 390, height: 844, text200: true },
];

for (const viewport of VIEWPORTS) {
  for (const scheme of SCHEMES) {
    test(`at ${viewport.name}, ${scheme}: no tag broken inside a word, every table cell on screen, no page wider than the screen`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: scheme });
      const problems: string[] = [];
      for (const url of PAGE_TYPES) {
        await page.goto(url);
        if (url.startsWith(SEARCH_URL)) {
          // The results' filters open, so their controls are checked too.
          await expect(page.locator('#search-results li').first()).toBeVisible();
          await page.locator('#search-filters summary').click();
        }
        if (viewport.text200) await page.addStyleTag({ content: TEXT_200_CSS });
        const found = [...(await tagsBrokenInsideAWord(page)), ...(await cellsOffScreen(page)), ...(await layoutProblems(page))];
        problems.push(...found.map((problem) => `${url}: ${problem}`));
      }
      expect(problems).toEqual([]);
    });
  }
}

// The widest numbers: paragraphs 100 to 111, the last opened by its link (framed on arrival).
const WIDE_NUMBERS = Array.from({ length: 12 }, (_, i) => 100 + i);
const OPENED = 104;

for (const viewport of VIEWPORTS) {
  test(`at ${viewport.name}: paragraph numbers 100 to 111 never touch their text, and the arrival frame goes round the opened paragraph's number`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto(paragraphUrl(OPENED));
    if (viewport.text200) await page.addStyleTag({ content: TEXT_200_CSS });
    const found = await page.evaluate(({ numbers, opened }) => numbers.flatMap((n) => {
      const para = document.getElementById(`para-${n}`)!;
      const number = para.querySelector('.para__number')!.getBoundingClientRect();
      const text = para.querySelector('.para__text')!.getBoundingClientRect();
      const problems: string[] = [];
      // Beside the text, a gap between; or above it (large text on a narrow screen).
      const apart = number.right <= text.left - 2 || number.bottom <= text.top;
      if (!apart) problems.push(`${n}: the number (right ${number.right}) touches the text (left ${text.left})`);
      if (n === opened) {
        const framed = getComputedStyle(para).outlineStyle === 'solid';
        const frame = para.getBoundingClientRect();
        if (!framed || number.left < frame.left || number.top < frame.top) problems.push(`${n}: the arrival frame does not go round the number`);
        if (frame.left - 4 < 0 || frame.right + 4 > document.documentElement.clientWidth) problems.push(`${n}: the arrival frame runs off the screen`);
      }
      return problems;
    }), { numbers: WIDE_NUMBERS, opened: OPENED });
    expect(found).toEqual([]);
  });
}
