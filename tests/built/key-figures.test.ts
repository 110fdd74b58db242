/**
 * Key figures: at least 15, each shown with its value and its sources, and each chart drawn from
 * the same data as its table, with a title and a summary. That every number of a figure (its
 * words and its bars) occurs in what it cites is held by the number check (site-words.test.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { projectContent } from '../support/changed-content.ts';
import { pageDom, pageHtml, textOf } from '../../scripts/lib/built-site.ts';
import { SOURCE_NOTE } from '../../scripts/lib/plain-language.ts';
import { parseSources } from '../../src/lib/content/sources.ts';
import { KEY_FIGURES_URL, paragraphUrl, reportBlockUrl } from '../../src/lib/site/site-urls.ts';

interface Figure {
  id: string;
  label: string;
  value: string;
  sources: string | number;
  chart?: { title: string; summary: string; bars: { label: string; value: number }[] };
}
const figures: Figure[] = projectContent().keyFigureGroups.flatMap((group) => group.figures);

test('there are at least 15 key figures', () => {
  assert.ok(figures.length >= 15, `${figures.length} figures`);
});

test('/key-figures/ shows every figure with its value and links to each place it cites', () => {
  const dom = pageDom(KEY_FIGURES_URL);
  for (const f of figures) {
    const figure = dom.getElementById(`figure-${f.id}`)?.closest('section');
    assert.ok(figure, `${f.id} is not on the page`);
    assert.equal(textOf(figure.querySelector('.key-figure__value')!), f.value);
    const sources = parseSources(f.sources);
    const expected = [...sources.paragraphs.map(paragraphUrl), ...sources.blocks.map(reportBlockUrl)];
    assert.deepEqual(figure.querySelectorAll(`${SOURCE_NOTE} a`).map((a) => a.getAttribute('href')), expected, `${f.id} links to its sources`);
  }
});

test('the rise in child protection plans is given with the reasons the report gives, and the adoptions of part of a year are labelled', () => {
  const text = (id: string) => textOf(pageDom(KEY_FIGURES_URL).getElementById(`figure-${id}`)!.closest('section')!);
  assert.match(text('child-protection-rise'), /better recognition of risk, fewer plans ending after three months and a better review of child in need cases/);
  assert.match(text('child-protection-plans'), /better understanding and use of thresholds/);
  assert.match(text('adoptions'), /Part of a year/);
  assert.match(text('adoptions'), /whole year/);
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
