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
import { builtPages, pageDom, textOf } from '../../scripts/lib/built-site.ts';
import {
  FINDINGS_URL, GLOSSARY_URL, HOME_URL, reportBlockUrl, OFSTED_REPORTS_URL, recommendationNumbers, shortParagraphUrl, recommendationUrl, REPORT_URL, REVIEW_SHEET_JSON_URL, reviewSheetUrl,
  SINCE_2018_ANCHOR, SINCE_2018_URL, topicUrl, YOUNG_PEOPLE_URL,
} from '../../src/lib/site/site-urls.ts';
import { projectContent } from '../support/changed-content.ts';
import { COVER_BLOCK } from '../../src/lib/content/report-structure.ts';

const NOTICE = 'This report is from January 2018. In 2025 Ofsted judged Sandwell’s children’s services good. Since 2018';

test('every page, inside its main content and right after its h1, carries the same dated notice with today\'s position, linking the page of what has happened since', () => {
  const pages = builtPages();
  assert.ok(pages.includes(SINCE_2018_URL) && pages.includes(shortParagraphUrl(1)) && pages.includes('/404.html'), 'the pages to check were not built');
  for (const url of pages) {
    const dom = pageDom(url);
    const notices = dom.querySelectorAll('.dated-notice');
    assert.equal(notices.length, 1, `${url}: ${notices.length} dated notices`);
    const [notice] = notices;
    assert.equal(textOf(notice), NOTICE, url);
    assert.ok(notice.querySelector(`a[href="${SINCE_2018_URL}"]`), `${url}: the notice does not link ${SINCE_2018_URL}`);
    const h1s = dom.querySelectorAll('h1');
    assert.equal(h1s.length, 1, `${url}: ${h1s.length} h1s`);
    assert.ok(h1s[0].closest('main'), `${url}: the h1 is not in main`);
    assert.equal(h1s[0].nextElementSibling, notice, `${url}: the notice is not right after the h1`);
    assert.ok(dom.querySelector(`footer a[href="${SINCE_2018_URL}"]`), `${url}: the footer does not link ${SINCE_2018_URL}`);
  }
});

test('the page of what has happened since is a dated timeline, oldest first, each event with its sources linked, publisher, title and date', () => {
  const dom = pageDom(SINCE_2018_URL);
  const events = dom.querySelectorAll('.timeline__event');
  assert.deepEqual(events.map((e) => textOf(e.querySelector('.timeline__when')!)), [
    'April 2018', 'April 2018', 'June 2018', 'October 2018', '2019', 'January 2019', '2021', 'March 2021', '2022', 'February 2022', 'September 2022',
    'December 2022',
    'November 2024', '2025', 'November 2025',
  ]);
  for (const event of events) {
    // The report's own judgements (its cover) may stand beside the later ones; every event rests on a public page.
    const links = event.querySelectorAll('.source-note a').filter((a) => a.getAttribute('href') !== reportBlockUrl(COVER_BLOCK));
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

test('every findings topic and recommendation page has its "Since 2018" part: later findings dated, with who says them and their source, or one sentence linking the timeline', () => {
  const pages = [...projectContent().topics.map((t) => topicUrl(t.id)), ...recommendationNumbers.map(recommendationUrl)];
  assert.equal(pages.length, 35);
  const citing = { topics: 0, recommendations: 0 };
  for (const url of pages) {
    const part = pageDom(url).getElementById(SINCE_2018_ANCHOR);
    assert.ok(part, `${url}: no part with the id ${SINCE_2018_ANCHOR}`);
    assert.equal(textOf(part.querySelector('h2')!), 'Since 2018', url);
    const findings = part.querySelectorAll('.since-report__finding');
    if (findings.length > 0) citing[url.startsWith('/findings/') ? 'topics' : 'recommendations']++;
    else assert.equal(textOf(part.querySelector('p')!), 'No public page we found says what later inspections found on this subject: see what has happened since 2018.', url);
    assert.ok(part.querySelector(`a[href="${SINCE_2018_URL}"]`), `${url}: the part does not link ${SINCE_2018_URL}`);
    for (const finding of findings) {
      const when = textOf(finding.querySelector('.since-report__when')!);
      assert.match(when, /^(?:\w+ )?\d{4}, Ofsted[^(]+ \((?:Ofsted’s report, as reported by .+|.+’s own claim)\)$/, `${url}: "${when}" is not dated, named and attributed`);
      const links = finding.querySelectorAll('.source-note a');
      assert.equal(links.length, 1, `${url}: a finding without its one source`);
      assert.match(links[0].getAttribute('href')!, /^https?:\/\//);
    }
  }
  assert.ok(citing.topics >= 12 && citing.recommendations >= 10, `only ${citing.topics} topics and ${citing.recommendations} recommendations cite a later finding`);
  // Ofsted's findings and the council's own claims are told apart.
  const careLeavers = textOf(pageDom(topicUrl('care-leavers')).getElementById(SINCE_2018_ANCHOR)!);
  assert.match(careLeavers, /\(Ofsted’s report, as reported by Sandwell Council\)\s*For young people leaving care, inspectors found significant progress/);
  assert.match(careLeavers, /\(Sandwell Council’s own claim\)\s*The council said that leaders were already improving this/);
});

test('the review sheet sets each later finding beside its own quote and the date of the page', () => {
  const blocks: WordsBlock[] = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'dist', REVIEW_SHEET_JSON_URL), 'utf8'));
  const findings = blocks.filter((b) => b.file === 'content/later-findings.yaml');
  assert.ok(findings.length >= 20, `only ${findings.length} later findings on the review sheet`);
  const neglect = findings.find((b) => b.where.startsWith('finding neglect-2022'))!;
  assert.match(neglect.page!, /^\/findings\/child-protection\/#since-2018$/);
  assert.equal(neglect.cited.length, 1);
  assert.equal(neglect.cited[0].text, 'Some children remain in neglectful situations for too long and too many children enter care in an unplanned way and do not have their permanence arrangements confirmed.\n(Published 5 July 2022.)');
});

test('the findings page sets 2022 and 2025 beside 2015 and 2018, area by area where a source gives it, and says so where none does', () => {
  const dom = pageDom(FINDINGS_URL);
  const table = dom.querySelector('table.judgements--compare')!;
  assert.deepEqual(table.querySelectorAll('thead th').map(textOf), ['Judgement area', '2015', '2018', 'Change', '2022', '2025']);
  const rows = Object.fromEntries(table.querySelectorAll('tbody tr').map((tr) => [textOf(tr.querySelector('th')!), tr.querySelectorAll('td').map(textOf)]));
  assert.deepEqual(rows['Overall judgement'], ['Inadequate', 'Inadequate', 'no change', 'Requires improvement', 'Good']);
  const notGiven = 'not given in the public sources we found';
  assert.deepEqual(rows['1. Children who need help and protection'], ['Inadequate', 'Inadequate', 'no change', 'Requires improvement', notGiven]);
  assert.deepEqual(rows['2.1 Adoption performance'], ['Requires improvement', 'Inadequate', 'worse', notGiven, notGiven]);
  const note = dom.querySelector('.judgements-box .judgements__later-sources')!;
  assert.ok(note.querySelector('a[href^="https://www.communitycare.co.uk/"]'), 'the 2022 area judgements are not linked to their source');
  // The overall line reads as words, with spaces around each tag.
  assert.match(textOf(dom.querySelector('main .panel p')!), /^Overall judgement: Inadequate in January 2018 and Inadequate in 2015 \(no change\)\.$/);
});

test('the page of what has happened since says who is legally responsible now, the contract, the 2022 decision, the chair, the visits and the April 2026 change, and only what its sources support about earlier judgements', () => {
  const dom = pageDom(SINCE_2018_URL);
  const responsible = textOf(dom.getElementById('responsible')!.nextElementSibling!);
  assert.match(responsible, /^Sandwell Council kept the legal \(statutory\) responsibility for children’s services when Sandwell Children’s Trust began in April 2018\./);
  assert.match(responsible, /under a 10-year contract\. In September 2022 the council’s cabinet decided not to recommend using the contract’s break clause\. In November 2024 Graham Archer was appointed chair/);
  assert.ok(dom.getElementById('responsible')!.nextElementSibling!.querySelector('a[href^="https://www.bevanbrittan.com/"]'), 'the contract is not linked to its source');
  assert.match(textOf(dom.getElementById('assurance-visit-2021')!), /^March 2021\s*Ofsted made an assurance visit to the Trust\./);
  assert.match(textOf(dom.getElementById('ofsted-2019')!), /^2019\s*Ofsted criticised the Trust’s service for delays/);
  assert.match(textOf(dom.getElementById('overall-judgement-ends')!), /from April 2026 its inspections of council children’s services would no longer give an overall effectiveness judgement/);
  assert.match(textOf(dom.getElementById('ofsted-2022')!), /Ofsted had rated them inadequate in 2013, 2015 and 2018\./);
  const text = textOf(dom.querySelector('main')!);
  assert.doesNotMatch(text, /more than a decade|first time/, 'the page still says more than its sources support about the years before');
});
