/**
 * Open data: the key figures CSV, read with a maintained CSV parser, holds one row per figure of
 * content/key-figures.yaml under its published columns; the report JSON holds every paragraph word
 * for word as the source text gives it. Both are linked where the issue says, and described.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { fileOf, normalise, pageDom } from '../../scripts/lib/built-site.ts';
import { sourceBlocks, sourceParagraphs } from '../support/source-text.ts';
import { projectContent } from '../support/changed-content.ts';
import { paragraphNumbers, sections } from '../../src/lib/content/report-structure.ts';
import { siteConfig } from '../../src/lib/site/site-config.ts';
import { ABOUT_URL, KEY_FIGURES_CSV_URL, KEY_FIGURES_URL, paragraphUrl, placeUrl, REPORT_JSON_URL, sectionUrl } from '../../src/lib/site/site-urls.ts';
import { parseSources } from '../../src/lib/content/sources.ts';

/** The published column names: renaming or reordering one breaks everyone who reads the file. */
const COLUMNS = ['id', 'label', 'value', 'unit', 'date', 'compared_with', 'source_paragraph', 'source_url', 'inspected_from', 'inspected_to', 'report_published', 'data_note'];

interface YamlFigure { id: string; label: string; value: string; unit: string; date: string; context: string; sources: number | string }
const figures: YamlFigure[] = projectContent().keyFigureGroups.flatMap((group) => group.figures);

const fileBytes = (url: string) => readFileSync(fileOf(url));
/** The path of a public URL on this site, checked to be on the configured public address. */
function sitePath(url: string): string {
  const parsed = new URL(url);
  assert.equal(parsed.origin, new URL(siteConfig.url).origin, `${url} is not on the site's public address`);
  return parsed.pathname + parsed.hash;
}

test('the key figures CSV is UTF-8 with a header row of the published columns and one row per figure', () => {
  const bytes = fileBytes(KEY_FIGURES_CSV_URL);
  assert.equal(new TextDecoder('utf-8', { fatal: true }).decode(bytes).length > 0, true);
  const [header, ...rows]: string[][] = parseCsv(bytes, { encoding: 'utf8', relax_column_count: false });
  assert.deepEqual(header, COLUMNS);
  assert.equal(rows.length, figures.length, 'one row for each figure in content/key-figures.yaml');
});

test('each CSV row says what content/key-figures.yaml says, and links to the figure\'s source', () => {
  const records: Record<string, string>[] = parseCsv(fileBytes(KEY_FIGURES_CSV_URL), { columns: true });
  for (const f of figures) {
    const row = records.find((r) => r.id === f.id);
    assert.ok(row, `${f.id} is not in the CSV`);
    assert.deepEqual(
      [row.label, row.value, row.unit, row.date, row.compared_with],
      [f.label, f.value, f.unit, f.date, f.context],
      `${f.id}: label, value, unit, date and compared_with`,
    );
    // The figure comes from the first place its sources cite: a paragraph, or a block outside them.
    const from = parseSources(f.sources).places[0];
    assert.equal(row.source_paragraph, typeof from === 'number' ? String(from) : '', `${f.id}: source_paragraph`);
    assert.equal(sitePath(row.source_url), placeUrl(from), `${f.id}: source_url`);
  }
});

test('each CSV row carries the dates its figure is from, and says where it is the council\'s own unvalidated data (footnote 1)', () => {
  const records: Record<string, string>[] = parseCsv(fileBytes(KEY_FIGURES_CSV_URL), { columns: true });
  for (const row of records) {
    assert.deepEqual([row.inspected_from, row.inspected_to, row.report_published], ['2017-11-06', '2017-11-30', '2018-01-29'], row.id);
  }
  const local = records.filter((r) => r.data_note !== '').map((r) => r.id);
  const fromLocalAuthority = figures.filter((f) => String(parseSources(f.sources).places[0]).startsWith('local-authority-')).map((f) => f.id);
  assert.deepEqual([...local].sort(), [...fromLocalAuthority].sort());
  for (const id of ['child-protection-plans', 'children-looked-after', 'children-in-need']) assert.ok(local.includes(id), `${id} is not marked as the council's own data`);
  assert.match(records.find((r) => r.id === 'children-in-need')!.data_note, /the council updated with its own unvalidated data where it had it \(the report’s footnote 1\)/);
  assert.equal(records.find((r) => r.id === 'care-leavers-in-hotels')!.data_note, '');
});

test('/key-figures/ links to the CSV as "Download the key figures (CSV)"', () => {
  const link = pageDom(KEY_FIGURES_URL).querySelectorAll('main a').find((a) => normalise(a.text) === 'Download the key figures (CSV)');
  assert.equal(link?.getAttribute('href'), KEY_FIGURES_CSV_URL);
  assert.ok(existsSync(fileOf(KEY_FIGURES_CSV_URL)));
});

interface ReportJson {
  title: string;
  published: string;
  inspected_from: string;
  inspected_to: string;
  local_data_note: string;
  later_events: string;
  licence: { name: string; url: string };
  sections: { id: string; title: string; url: string; paragraphs: { first: number; last: number } | null; text: string[] }[];
  paragraphs: { number: number; text: string; section: string; topics: string[]; recommendation: boolean; url: string }[];
}
const report: ReportJson = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fileBytes(REPORT_JSON_URL)));

test('the report JSON says when its findings are from, that the local authority section holds the council\'s unvalidated data, and where later events are', () => {
  assert.deepEqual([report.inspected_from, report.inspected_to, report.published], ['2017-11-06', '2017-11-30', '2018-01-29']);
  assert.match(report.local_data_note, /footnote 1/);
  assert.equal(sitePath(report.later_events), '/since-2018/');
});

test('the report JSON holds every numbered paragraph, in order, word for word as the source text gives it', () => {
  const source = sourceParagraphs();
  assert.deepEqual(report.paragraphs.map((p) => p.number), [...paragraphNumbers]);
  for (const p of report.paragraphs) {
    const original = source.find((s) => s.n === p.number);
    assert.ok(original, `paragraph ${p.number} is not in the source text`);
    assert.equal(normalise(p.text), original.text, `paragraph ${p.number}: text`);
    assert.equal(p.recommendation, original.recommendation, `paragraph ${p.number}: recommendation flag`);
  }
});

test('each section in the JSON carries its own text outside the numbered paragraphs, every block word for word from the source', () => {
  // Joined, because the site joins a paragraph the PDF split across a page break.
  const source = ` ${sourceBlocks().map((b) => b.text).join(' ')} `;
  for (const section of report.sections) {
    for (const block of section.text) assert.ok(source.includes(` ${normalise(block)} `), `${section.id}: "${block.slice(0, 80)}" is not in the source text`);
  }
  const summary = report.sections.find((s) => s.id === 'executive-summary')!;
  assert.ok(summary.text.length >= 3, 'the executive summary has its paragraphs');
  assert.ok(report.sections.find((s) => s.id === 'the-local-authority')!.text.some((b) => b.startsWith('At 7 November 2017, 742 children')), 'the local authority section has its list items');
});

test('each paragraph in the JSON has its section, its topics and its address', () => {
  for (const p of report.paragraphs) {
    const section = sections.find((s) => s.paragraphs && p.number >= s.paragraphs[0] && p.number <= s.paragraphs[1]);
    assert.equal(p.section, section?.slug, `paragraph ${p.number}: section`);
    assert.deepEqual(p.topics, projectContent().paragraphTopics.get(p.number) ?? [], `paragraph ${p.number}: topics`);
    assert.equal(sitePath(p.url), paragraphUrl(p.number), `paragraph ${p.number}: url`);
  }
});

test('the JSON lists the report\'s sections in order, with their addresses, and names its licence', () => {
  assert.deepEqual(report.sections.map((s) => [s.id, s.title, sitePath(s.url)]), sections.map((s) => [s.slug, s.title, sectionUrl(s.slug)]));
  assert.equal(report.licence.name, 'Open Government Licence v3.0');
});

test('/about/ links to both files and says what each holds and its licence', () => {
  const about = pageDom(ABOUT_URL);
  const section = about.getElementById('open-data');
  assert.ok(section, '/about/ has no "Open data" heading');
  const main = normalise(about.querySelector('main')!.text);
  for (const url of [KEY_FIGURES_CSV_URL, REPORT_JSON_URL]) assert.ok(about.querySelector(`main a[href="${url}"]`), `/about/ does not link to ${url}`);
  for (const column of COLUMNS) assert.ok(main.includes(column), `/about/ does not name the column ${column}`);
  assert.match(main, /Crown copyright 2018/);
  assert.match(main, /You may reuse both files under the Open Government Licence v3\.0/);
});
