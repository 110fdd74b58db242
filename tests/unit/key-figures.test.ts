/**
 * Key figures: at least 15, every number found in the source the figure cites, and each chart
 * drawn from the same data as its table, with a title and a summary.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { pageDom, pageHtml, textOf } from '../../scripts/lib/built-site.ts';
import { readAllParagraphs } from '../../src/lib/paragraph-text.ts';
import { KEY_FIGURES_URL, paragraphUrl, sectionUrl } from '../../src/lib/site-urls.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const LOCAL_AUTHORITY = 'the-local-authority';

interface Figure {
  id: string;
  label: string;
  value: string;
  source: number | typeof LOCAL_AUTHORITY;
  date: string;
  numbers: string[];
  chart?: { title: string; summary: string; bars: { label: string; value: number }[] };
}
const figures: Figure[] = parse(readFileSync(join(ROOT, 'content', 'key-figures.yaml'), 'utf8'));

function sourceText(source: Figure['source']): string {
  const text = source === LOCAL_AUTHORITY
    ? readFileSync(join(ROOT, 'content', 'report', `${LOCAL_AUTHORITY}.mdx`), 'utf8')
    : readAllParagraphs(ROOT).find((p) => p.n === source)!.text;
  return text.replace(/\s+/g, ' ');
}

/** "4" in the report may be "4" or "four": small numbers as the report spells them. */
const SPELLED = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The number as a whole token: "4" must not match inside "44" or "426". */
const appearsIn = (number: string, text: string) => new RegExp(`(?<![\\w,.])${escape(number)}(?![\\w]|[,.]\\d)`, 'i').test(text);

test('there are at least 15 key figures', () => {
  assert.ok(figures.length >= 15, `${figures.length} figures`);
});

test('every number of every key figure appears in the source it cites', () => {
  const missing = figures.flatMap((f) => f.numbers.filter((n) => !appearsIn(n, sourceText(f.source))).map((n) => `${f.id}: "${n}" not in ${f.source}`));
  assert.deepEqual(missing, []);
});

test('every number in a key figure\'s date (a day, a year, a count of months) appears in the source it cites', () => {
  const missing = figures.flatMap((f) => (f.date.match(/\d+/g) ?? []).filter((n) => !appearsIn(n, sourceText(f.source))).map((n) => `${f.id}: "${n}" in "${f.date}" not in ${f.source}`));
  assert.deepEqual(missing, []);
});

test('the number check can fail: a number not in the source is not found', () => {
  assert.equal(appearsIn('4', sourceText(42)), false, '"4" inside "44" or "2016" must not count');
  assert.equal(appearsIn('44 weeks', sourceText(42)), true);
});

test("every chart's bar values are among its figure's checked numbers", () => {
  for (const f of figures.filter((fig) => fig.chart)) {
    for (const bar of f.chart!.bars) {
      const forms = [bar.value.toLocaleString('en-GB'), SPELLED[bar.value]].filter(Boolean);
      assert.ok(f.numbers.some((n) => forms.some((form) => n.toLowerCase() === form || n.startsWith(`${form} `))), `${f.id}: bar ${bar.label} = ${bar.value}`);
    }
  }
});

test('/key-figures/ shows every figure with its value and a link to its source', () => {
  const dom = pageDom(KEY_FIGURES_URL);
  for (const f of figures) {
    const figure = dom.getElementById(`figure-${f.id}`)?.closest('section');
    assert.ok(figure, `${f.id} is not on the page`);
    assert.equal(textOf(figure.querySelector('.key-figure__value')!), f.value);
    const href = f.source === LOCAL_AUTHORITY ? sectionUrl(LOCAL_AUTHORITY) : paragraphUrl(f.source);
    assert.ok(figure.querySelector(`.key-figure__source a[href="${href}"]`), `${f.id} links to ${href}`);
  }
});

test('each chart has a title, a summary, an SVG bar with label and value per row, and a table of the same data', () => {
  const dom = pageDom(KEY_FIGURES_URL);
  for (const f of figures.filter((fig) => fig.chart)) {
    const chart = dom.getElementById(`figure-${f.id}`)!.closest('section')!.querySelector('figure.bar-chart')!;
    assert.equal(textOf(chart.querySelector('.bar-chart__title')!), f.chart!.title);
    assert.equal(textOf(chart.querySelector('.bar-chart__summary')!), f.chart!.summary);
    const svg = chart.querySelector('svg')!;
    assert.equal(svg.getAttribute('aria-hidden'), 'true', 'the table, not the picture, is read out');
    assert.equal(svg.querySelectorAll('rect').length, f.chart!.bars.length);
    const expected = f.chart!.bars.map((b) => [b.label, b.value.toLocaleString('en-GB')]);
    assert.deepEqual(svg.querySelectorAll('g').map((g) => g.querySelectorAll('text').map(textOf)), expected, `${f.id}: bar labels and values`);
    assert.deepEqual(chart.querySelectorAll('tbody tr').map((tr) => [textOf(tr.querySelector('th')!), textOf(tr.querySelector('td')!)]), expected, `${f.id}: table`);
    assert.ok(chart.querySelector('table caption'), `${f.id}: table caption`);
  }
});

test('no style attribute anywhere on the key figures page (the CSP forbids them)', () => {
  assert.doesNotMatch(pageHtml(KEY_FIGURES_URL), /\sstyle=/);
});
