/**
 * The recommendations pages: all 17 listed, each quoting the report's wording and its evidence in
 * full with links, and the report's pages linking back from each "(Recommendation)" mark and from
 * each of paragraphs 1 to 17.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageDom, textOf } from '../../scripts/lib/built-site.ts';
import { readRecommendationFiles } from '../support/recommendation-files.ts';
import { projectContent } from '../support/changed-content.ts';
import { paragraphId } from '../../src/lib/content/report-structure.ts';
import { FULL_REPORT_URL, paragraphUrl, recommendationNumbers, RECOMMENDATIONS_URL, recommendationUrl, sectionUrl } from '../../src/lib/site/site-urls.ts';

const paragraphs = projectContent().paragraphs;
const textOfParagraph = (n: number) => paragraphs.find((p) => p.n === n)!.text;
const files = readRecommendationFiles();
const madeIn2015 = (n: number) => textOfParagraph(n).includes('This was a recommendation at the last inspection.');
const citing = (n: number) => files.filter((f) => f.evidence.includes(n)).map((f) => f.number);

test('the report says ten of the 17 were also recommendations in 2015, and the index labels exactly those', () => {
  assert.equal(recommendationNumbers.filter(madeIn2015).length, 10);
  const index = pageDom(RECOMMENDATIONS_URL);
  for (const n of recommendationNumbers) {
    const links = index.querySelectorAll(`main a[href="${recommendationUrl(n)}"]`);
    assert.equal(links.length, 1, `the index links recommendation ${n} once`);
    const item = links[0].closest('li')!;
    assert.match(textOf(links[0]), new RegExp(`^${n}\\. ${files[n - 1].title}$`));
    assert.equal(textOf(item).includes('Also recommended in 2015'), madeIn2015(n), `recommendation ${n}: 2015 label`);
  }
});

test('the index groups the recommendations under their judgement areas, and says the grouping is this site\'s', () => {
  const index = pageDom(RECOMMENDATIONS_URL);
  for (const f of files) {
    const group = index.querySelector(`main a[href="${recommendationUrl(f.number)}"]`)!.closest('section')!;
    assert.equal(group.querySelector('h2')?.id, `area-${f.area}`, `recommendation ${f.number}`);
  }
  // The report lists them 1 to 17 without groups: the areas are the site's choice (content/README.md, rule 10).
  assert.match(textOf(index.querySelector('main .prose')!), /This site has grouped them below by the judgement area/);
  for (const f of files) {
    assert.match(textOf(pageDom(recommendationUrl(f.number)).querySelector('main')!), /Judgement area \(this site’s grouping\):/, `recommendation ${f.number}`);
  }
});

for (const f of files) {
  test(`/recommendations/${f.number}/ quotes the report's wording and every evidence paragraph in full, with links`, () => {
    const dom = pageDom(recommendationUrl(f.number));
    const quotes = dom.querySelectorAll('main .quoted-para');
    const quoted = quotes.map((q) => ({
      href: q.querySelector('.quoted-para__source a')?.getAttribute('href'),
      text: textOf(q.querySelector('blockquote')!),
    }));
    const expected = [f.number, ...[...f.evidence].sort((a, b) => a - b)].map((n) => ({ href: paragraphUrl(n), text: textOfParagraph(n) }));
    assert.deepEqual(quoted, expected);
    assert.equal(textOf(dom.querySelector('h1')!), f.title);
    assert.ok(textOf(dom.querySelector('main')!).includes(f.whatThisMeans.replace(/\s+/g, ' ')), 'What this means is shown');
    assert.equal(textOf(dom.querySelector('main')!).includes('Also recommended in 2015'), madeIn2015(f.number));
    const rel = (r: string) => dom.querySelector(`a[rel="${r}"]`)?.getAttribute('href');
    assert.equal(rel('prev'), f.number > 1 ? recommendationUrl(f.number - 1) : undefined);
    assert.equal(rel('next'), f.number < 17 ? recommendationUrl(f.number + 1) : undefined);
  });
}

for (const url of [sectionUrl('recommendations'), FULL_REPORT_URL]) {
  test(`each of paragraphs 1 to 17 links to its recommendation page (${url})`, () => {
    for (const n of recommendationNumbers) {
      const para = pageDom(url).getElementById(paragraphId(n))!;
      assert.ok(para.querySelector(`.para__explained a[href="${recommendationUrl(n)}"]`), `paragraph ${n}`);
    }
  });
}

test('every "(Recommendation)" mark in the report is cited, and links to each recommendation citing it', () => {
  const marked = paragraphs.filter((p) => p.recommendation);
  assert.equal(marked.length, 23);
  for (const p of marked) {
    const expected = citing(p.n).map(recommendationUrl);
    assert.ok(expected.length > 0, `paragraph ${p.n} is marked "(Recommendation)" but no recommendation cites it`);
    for (const url of [paragraphUrl(p.n).split('#')[0], FULL_REPORT_URL]) {
      const mark = pageDom(url).getElementById(paragraphId(p.n))!.querySelector('.para__mark')!;
      assert.match(textOf(mark), /^Recommendation Evidence for recommendation/, `paragraph ${p.n} on ${url}`);
      assert.deepEqual(mark.querySelectorAll('a').map((a) => a.getAttribute('href')), expected, `paragraph ${p.n} on ${url}`);
    }
  }
});
