/**
 * Not one word lost or changed: every block of the source text appears, word for word, on the
 * built site, and the 111 numbered paragraphs appear exactly once each, in order, with their
 * "(Recommendation)" marks shown as labels.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageDom, textOf } from '../../scripts/lib/built-site.ts';
import { projectContent } from '../support/changed-content.ts';
import { sourceBlocks, sourceParagraphs } from '../support/source-text.ts';
import { PARAGRAPH_COUNT, paragraphId, paragraphsOf, sectionOfParagraph, sections } from '../../src/lib/content/report-structure.ts';
import { FULL_REPORT_URL, sectionUrl } from '../../src/lib/site/site-urls.ts';

const sectionPageText = () => sections.map((s) => textOf(pageDom(sectionUrl(s.slug)))).join(' ');
const titlePageText = () => textOf(pageDom('/report/'));

test('the source text has the 111 numbered paragraphs and 23 recommendation marks it is known to have', () => {
  const paragraphs = sourceParagraphs();
  assert.deepEqual(paragraphs.map((p) => p.n), Array.from({ length: PARAGRAPH_COUNT }, (_, i) => i + 1));
  assert.equal(paragraphs.filter((p) => p.recommendation).length, 23);
});

test('the content layer reads the 111 paragraphs with the source text, marks and sections', () => {
  const read = projectContent().paragraphs;
  const source = sourceParagraphs();
  assert.equal(read.length, source.length);
  read.forEach((p, i) => {
    assert.equal(p.n, source[i].n);
    assert.equal(p.text, source[i].text, `paragraph ${p.n}`);
    assert.equal(p.recommendation, source[i].recommendation, `paragraph ${p.n}`);
    assert.equal(p.section, sectionOfParagraph(p.n).slug);
  });
});

test('every block of the source text appears word for word on the full report page', () => {
  const fullText = textOf(pageDom(FULL_REPORT_URL));
  const missing = sourceBlocks().filter((b) => !fullText.includes(b.text));
  assert.deepEqual(missing.map((b) => `line ${b.line}: ${b.text.slice(0, 80)}`), []);
});

test('every block of the source text appears word for word across the section pages and the report cover', () => {
  const siteText = `${titlePageText()} ${sectionPageText()}`;
  const missing = sourceBlocks().filter((b) => !siteText.includes(b.text));
  assert.deepEqual(missing.map((b) => `line ${b.line}: ${b.text.slice(0, 80)}`), []);
});

for (const page of ['section pages', 'full report'] as const) {
  test(`each numbered paragraph's text and recommendation mark match the source exactly (${page})`, () => {
    for (const expected of sourceParagraphs()) {
      const url = page === 'full report' ? FULL_REPORT_URL : sectionUrl(sections.find((s) => paragraphsOf(s).includes(expected.n))!.slug);
      const element = pageDom(url).getElementById(paragraphId(expected.n));
      assert.ok(element, `${url} has no #${paragraphId(expected.n)}`);
      const text = element.querySelector('.para__text');
      assert.ok(text, `#${paragraphId(expected.n)} on ${url} has no .para__text`);
      assert.equal(textOf(text), expected.text, `paragraph ${expected.n} on ${url}`);
      const mark = element.querySelector('.para__mark');
      assert.equal(Boolean(mark), expected.recommendation, `paragraph ${expected.n} on ${url}: recommendation label ${expected.recommendation ? 'missing' : 'not in the source'}`);
      if (mark) assert.match(textOf(mark), /Recommendation/);
    }
  });
}

test('the numbered paragraphs appear exactly once each across the section pages, in report order', () => {
  const order: number[] = [];
  for (const section of sections) {
    for (const element of pageDom(sectionUrl(section.slug)).querySelectorAll('[id^="para-"]')) {
      order.push(Number(element.id.slice('para-'.length)));
    }
  }
  assert.deepEqual(order, Array.from({ length: PARAGRAPH_COUNT }, (_, i) => i + 1));
});

test('no PDF artefact survives on any section page: no stray <p>, "--" lines or loose "(Recommendation)"', () => {
  for (const section of sections) {
    const text = textOf(pageDom(sectionUrl(section.slug)));
    assert.doesNotMatch(text, /<\/?p>/, section.slug);
    assert.doesNotMatch(text, /(^| )--( |$)/, section.slug);
    assert.doesNotMatch(text, /\(Recommendation\)/, section.slug);
  }
});
