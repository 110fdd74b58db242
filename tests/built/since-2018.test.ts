/**
 * The site is read now, not in January 2018: every page carries the same dated notice linking the
 * page of what has happened since; that page names the Trust and the later judgements, each with
 * its dated, linked sources; and wherever the 2018 judgements stand, the latest stands beside them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WordsBlock } from '../../src/lib/content/review-sheet.ts';
import { contentPages, pageDom, textOf } from '../../scripts/lib/built-site.ts';
import { FINDINGS_URL, GLOSSARY_URL, HOME_URL, OFSTED_REPORTS_URL, REPORT_URL, REVIEW_SHEET_JSON_URL, reviewSheetUrl, SINCE_2018_URL, YOUNG_PEOPLE_URL } from '../../src/lib/site/site-urls.ts';

const NOTICE = 'This report is from January 2018. Services have changed since. What has happened since 2018';

test('every page carries the same dated notice before its main content, linking the page of what has happened since', () => {
  const pages = contentPages();
  assert.ok(pages.includes(SINCE_2018_URL), `${SINCE_2018_URL} was not built`);
  for (const url of pages) {
    const dom = pageDom(url);
    const notice = dom.querySelector('aside.dated-notice');
    assert.ok(notice, `${url}: no dated notice`);
    assert.equal(textOf(notice), NOTICE, url);
    assert.ok(notice.querySelector(`a[href="${SINCE_2018_URL}"]`), `${url}: the notice does not link ${SINCE_2018_URL}`);
    assert.ok(dom.querySelector(`footer a[href="${SINCE_2018_URL}"]`), `${url}: the footer does not link ${SINCE_2018_URL}`);
    assert.equal(dom.querySelector('main aside.dated-notice'), null, `${url}: the notice is inside main`);
  }
});

test('the page of what has happened since is a dated timeline, oldest first, each event with its sources linked, publisher, title and date', () => {
  const dom = pageDom(SINCE_2018_URL);
  const events = dom.querySelectorAll('.timeline__event');
  assert.deepEqual(events.map((e) => textOf(e.querySelector('.timeline__when')!)), ['April 2018', 'January 2019', '2021', '2022', 'December 2022', '2025']);
  for (const event of events) {
    const links = event.querySelectorAll('.source-note a');
    assert.ok(links.length > 0, `${event.id}: no source`);
    for (const a of links) {
      assert.match(a.getAttribute('href')!, /^https?:\/\//, `${event.id}: a source that is not a public page`);
      assert.match(textOf(a), /^.+, “.+”, (?:\d{1,2} \w+ )?\d{4}|undated$/, `${event.id}: "${textOf(a)}" does not name publisher, title and date`);
    }
  }
  const text = textOf(dom.querySelector('main')!);
  assert.match(textOf(dom.getElementById('trust-launch')!), /Sandwell Children’s Trust began to run children’s social care/);
  assert.match(textOf(dom.getElementById('ofsted-2022')!), /“requires improvement to be good”/);
  assert.match(textOf(dom.getElementById('ofsted-2025')!), /judged Sandwell’s children’s services good/);
  assert.match(text, /The rest of this site explains Ofsted’s report of January 2018/);
  assert.match(text, /This page is the only one about what happened after it/);
  assert.ok(dom.querySelector(`main a[href="${OFSTED_REPORTS_URL}"]`), 'no link to Ofsted\'s reports service');
});

test('wherever the 2018 judgements stand, they are dated January 2018 and the latest overall judgement stands beside them, with its year and source', () => {
  for (const url of [HOME_URL, FINDINGS_URL, REPORT_URL]) {
    const dom = pageDom(url);
    const latest = dom.querySelector('main .latest-judgement');
    assert.ok(latest, `${url}: no latest judgement`);
    assert.match(textOf(latest), /^Latest overall judgement, 2025: Good From outside the report: Express & Star, “.+”, 5 December 2025\./, url);
    assert.ok(latest.querySelector('.tag'), `${url}: the latest judgement is not a tag`);
    assert.match(textOf(dom.querySelector('main')!), /January 2018/, `${url}: the 2018 judgements are not dated`);
  }
  const caption = pageDom(REPORT_URL).querySelector('.judgements__caption')!;
  assert.match(textOf(caption), /^The report’s judgements, January 2018: Children's services in Sandwell are inadequate/);
  const home = pageDom(HOME_URL).querySelectorAll('main .panel p').map(textOf);
  assert.equal(home[0], 'Overall judgement, January 2018: Inadequate');
  assert.match(home[1], /^Latest overall judgement, 2025: Good /, 'the latest judgement does not follow the 2018 one');
});

test('the children\'s page says near its top, in children\'s words and sourced, that things have changed and who runs the services now; the report\'s own summary is dated', () => {
  const dom = pageDom(YOUNG_PEOPLE_URL);
  const headings = dom.querySelectorAll('main section.young-readers__part h2').map(textOf);
  assert.equal(headings[0], 'Is it still like this now?');
  const part = dom.getElementById('since-2018')!.closest('section')!;
  const text = textOf(part);
  assert.match(text, /Things have changed since the inspectors visited in 2017\./);
  // In a child's words: no sentence of the part's own text longer than 14 words.
  const sentences = part.querySelectorAll(':scope > p').map(textOf).join(' ').split(/(?<=[.!?])\s+/);
  assert.deepEqual(sentences.filter((s) => s.split(/\s+/).length > 14), []);
  assert.match(text, /Social care is help from social workers/);
  assert.match(text, /Since April 2018, Sandwell Children’s Trust has run social care for children\./);
  assert.match(text, /After this report, Ofsted checked again\. In 2022, .+ In 2025, it said children’s services in Sandwell were good\./);
  assert.ok(part.querySelectorAll('.source-note a').some((a) => a.getAttribute('href')!.startsWith('https://www.expressandstar.com/')), 'the 2025 judgement is not linked to its source');
  const dated = dom.querySelector('main .young-readers__dated')!;
  assert.match(textOf(dated), /^This part of the report came out on 29 January 2018\./);
  assert.equal(dated.nextElementSibling?.tagName, 'BLOCKQUOTE', 'the dated line is not just before the report\'s summary for children');
});

test('glossary entries whose body or rule changed after 2018 keep the 2018 meaning and add a dated line resting on pages outside the report', () => {
  const dom = pageDom(GLOSSARY_URL);
  const expected: Record<string, RegExp> = {
    lscb: /^What has changed since 2018: After the law changed, these boards closed\. By September 2019/,
    'serious-case-review': /^What has changed since 2018: Guidance from 2018 replaced them with child safeguarding practice reviews\./,
    'unregulated-placement': /^What has changed since 2018: Since 9 September 2021, children under 16 may not be placed there\. Since October 2023/,
  };
  for (const [id, line] of Object.entries(expected)) {
    const since = dom.getElementById(id)!.querySelector('.glossary__since');
    assert.ok(since, `${id}: no dated line`);
    assert.match(textOf(since), line, id);
    assert.match(textOf(since.querySelector('.source-note')!), /^Where this comes from: .+, “.+”, /, `${id}: not sourced to a page outside the report`);
    assert.match(textOf(dom.getElementById(id)!.querySelector('.glossary__definition')!), /worked|could|checked/, `${id}: the 2018 meaning is not in the past tense`);
  }
});

test('the review sheet sets each block resting on a page outside the report beside that page\'s quoted words', () => {
  const blocks: WordsBlock[] = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'dist', REVIEW_SHEET_JSON_URL), 'utf8'));
  const outside = blocks.filter((b) => b.sources?.includes('outside:'));
  assert.ok(outside.length >= 12, `only ${outside.length} blocks cite pages outside the report`);
  for (const block of outside) {
    const quoted = block.cited.filter((c) => c.id.startsWith('outside:'));
    assert.ok(quoted.length > 0 && quoted.every((c) => c.text.length > 20 && /^https?:\/\//.test(c.href)), `${block.file}, ${block.where}: no quote beside it`);
  }
  const event = outside.find((b) => b.where === 'event ofsted-2025')!;
  assert.match(event.cited[0].text, /this year for the first time they have been rated ‘Good’ by Ofsted[\s\S]*\(Published 5 December 2025\.\)/);
  const sheet = pageDom(reviewSheetUrl('pages'));
  assert.match(textOf(sheet.querySelector('main')!), /this year for the first time they have been rated ‘Good’ by Ofsted/, 'the review sheet page does not show the quote');
});
