/** The page for children and young people: the report's own ten points, the new text, and help. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageDom, textOf } from '../../scripts/lib/built-site.ts';
import { sourceBlocks, sourceLines } from '../support/source-text.ts';
import { YOUNG_PEOPLE_HELP_URL, YOUNG_PEOPLE_PARENTS_URL, YOUNG_PEOPLE_URL } from '../../src/lib/site/site-urls.ts';
import { SOURCE_NOTE } from '../../scripts/lib/plain-language.ts';

const YOUNG_PEOPLE = YOUNG_PEOPLE_URL;
/** Sandwell Children's Trust's own site, from content/help-services.yaml: where to complain now. */
const TRUST_SITE = 'https://www.sandwellchildrenstrust.org/';

test('/young-people/ shows the report\'s summary for children and young people: all 10 points, word for word, in order', () => {
  // The heading's second appearance is the section itself (the first is the PDF's contents list).
  const start = sourceLines.lastIndexOf('Summary for children and young people');
  const end = sourceLines.indexOf('', start + 2);
  const points = sourceBlocks().filter((b) => b.line > start + 1 && b.line <= end).map((b) => b.text);
  assert.equal(points.length, 10);
  const shown = pageDom(YOUNG_PEOPLE).querySelectorAll('main blockquote .report-text li').map(textOf);
  assert.deepEqual(shown, points);
});

test('/young-people/ asks its headings as questions, says "children in care" and says once that the report says "looked after"', () => {
  const main = pageDom(YOUNG_PEOPLE).querySelector('main')!;
  // The parts' headings (not the help box's or the "On this page" list's).
  const questions = main.querySelectorAll('section > h2').map(textOf);
  assert.ok(questions.length >= 7, `only ${questions.length} question headings`);
  for (const question of questions) assert.match(question, /\?$/, question);
  const newText = main.querySelectorAll('p, li').filter((el) => !el.closest('.report-text, .part-sources')).map(textOf).join(' ');
  assert.ok((newText.match(/children in care/g) ?? []).length >= 3, 'the new text should say "children in care"');
  assert.equal((newText.match(/The report says “looked after”/g) ?? []).length, 1);
});

for (const url of [YOUNG_PEOPLE, '/glossary/']) {
  test(`${url} shows "If you are worried or need help now" with Childline, Samaritans and 999 before anything else in the page but its heading and dated notice`, () => {
    const main = pageDom(url).querySelector('main')!;
    const box = main.querySelector('aside.help-now');
    assert.ok(box, 'no help box');
    assert.equal(textOf(box.querySelector('h2')!), 'If you are worried or need help now');
    assert.match(textOf(box), /Childline on 0800 1111\. It is free, and you can call at any time, day or night\./);
    // Childline serves under-19s; the page also speaks to care leavers up to 25, so young adults get Samaritans.
    assert.match(textOf(box), /If you are 19 or older, call Samaritans on 116 123\. It is free, and you can call at any time, day or night\./);
    // The three numbers, the children's page's part on help, complaints and having a say, then where to complain now.
    // Where to complain now: the Trust's own website, not a search engine.
    assert.match(textOf(box), /To complain about the help you get, go to www\.sandwellchildrenstrust\.org, Sandwell Children’s Trust’s website\./);
    assert.deepEqual(box.querySelectorAll('a').map((a) => a.getAttribute('href')), ['tel:08001111', 'tel:116123', 'tel:999', YOUNG_PEOPLE_HELP_URL, TRUST_SITE]);
    // After the page heading and its one-line dated notice (every page has it right after the h1).
    const [h1, notice, h2] = main.querySelectorAll('h1, h2, p, ul, ol, dl').slice(0, 3);
    assert.deepEqual([h1.tagName, notice.classList.contains('dated-notice'), h2.tagName], ['H1', true, 'H2'], 'the help box must come straight after the page heading and its dated notice');
    assert.equal(main.querySelector('h2'), box.querySelector('h2'));
  });
}

test('words a child may not know link to their glossary entry where they first appear on /young-people/', () => {
  const links = new Map(pageDom(YOUNG_PEOPLE).querySelectorAll('main a.glossary-link').map((a) => [a.getAttribute('href'), textOf(a)]));
  for (const id of ['social-worker', 'foster-carer', 'adoption', 'looked-after', 'care-leaver', 'senior-manager', 'laypb']) {
    assert.ok(links.has(`/glossary/#${id}`), `no link to /glossary/#${id}`);
  }
});

test('each part of /young-people/ ends with one closed "Where this comes from" holding, block by block, where the report (or a page outside it) says each paragraph, or that it is general information', () => {
  const parts = pageDom(YOUNG_PEOPLE).querySelectorAll('main section.young-readers__part');
  let blockCount = 0;
  for (const part of parts) {
    const label = textOf(part.querySelector('h2') ?? part).slice(0, 40);
    // The part's own words: its paragraphs and top-level list items, outside the report's quoted summary.
    const blocks = part.querySelectorAll(':scope > p, :scope > ul > li, :scope > ol > li').filter((el) => !el.classList.contains('young-readers__dated'));
    assert.equal(blocks.filter((block) => block.querySelector(SOURCE_NOTE)).length, 0, `${label}: a note is left in the text`);
    const folds = part.querySelectorAll('details.part-sources');
    assert.equal(folds.length, 1, `${label}: one "Where this comes from" per part`);
    const fold = folds[0]!;
    assert.equal(fold.parentNode, part);
    assert.equal(part.lastElementChild, fold, `${label}: the sources come at the end of the part`);
    assert.ok(!fold.hasAttribute('open'), `${label}: closed at first`);
    assert.equal(textOf(fold.querySelector('summary')!), 'Where this comes from');
    const notes = fold.querySelectorAll('li');
    assert.equal(notes.length, blocks.length, `${label}: a note for each block`);
    notes.forEach((note, i) => {
      const opening = textOf(note.querySelector('.part-sources__opening')!).replace(/^“|…?”$/g, '');
      assert.ok(textOf(blocks[i]!).startsWith(opening), `${label}: note ${i + 1} names its block's opening words`);
      assert.match(textOf(note.querySelector(SOURCE_NOTE)!), /^(Where the report says this: .+\.|Where this comes from: .+, “.+”, .+\.|This is general information, not from the report\.)/);
    });
    blockCount += blocks.length;
  }
  assert.ok(blockCount >= 30, `only ${blockCount} paragraphs`);
  // The finding that was once a promise ("Nobody has to wait") is now the report's, in the past tense, with its paragraph.
  const advocates = pageDom(YOUNG_PEOPLE).querySelectorAll('.part-sources li').find((li) => textOf(li).startsWith('“Children in care could get an…”'))!;
  assert.equal(textOf(advocates.querySelector(SOURCE_NOTE)!), 'Where the report says this: paragraph 64.');
  assert.doesNotMatch(textOf(pageDom(YOUNG_PEOPLE).querySelector('main')!), /Nobody has to wait|told Ofsted they like/);
});

test('/young-people/ says how to complain now: the Trust\'s own website, advocates and Help at Hand for every child with a social worker, and for parents the Ombudsman; never "search online"', () => {
  const main = pageDom(YOUNG_PEOPLE).querySelector('main')!;
  const all = textOf(main);
  assert.doesNotMatch(all, /search online|search for|search engine/i);
  const help = pageDom(YOUNG_PEOPLE).getElementById('have-your-say')!.closest('section')!;
  const text = textOf(help);
  assert.ok(help.querySelectorAll('a').some((a) => a.getAttribute('href') === TRUST_SITE), 'the help part does not link the Trust\'s own site');
  assert.match(text, /If you have a social worker, an advocate can help you to complain\. It does not matter if you live at home or in care\./);
  assert.match(text, /Help at Hand is for children in care and care leavers\. It is also for children who have a social worker and live at home\. That includes children on a child protection plan or a child in need plan\. It also helps young people aged 16 or 17 who have nowhere to live\./);
  assert.doesNotMatch(text, /If you are in care, or have left care, you can/);
  // Parents: their own lines, which the home page's card for parents opens.
  const parents = pageDom(YOUNG_PEOPLE).getElementById('parents-and-carers')!;
  assert.equal(parents.closest('section'), help);
  assert.match(text, /A parent or carer can call Help at Hand about a child\./);
  assert.match(text, /Then you can complain to the Local Government and Social Care Ombudsman\./);
  assert.ok(help.querySelectorAll('a').some((a) => a.getAttribute('href') === 'https://www.lgo.org.uk/'));
  assert.ok(pageDom('/').querySelectorAll('main a').some((a) => a.getAttribute('href') === YOUNG_PEOPLE_PARENTS_URL && /For parents and carers/.test(textOf(a))), 'the home page\'s card for parents does not open their lines');
  // "Things have changed": one wording on the whole page.
  assert.doesNotMatch(all, /may be different|might be different/);
  assert.ok((all.match(/Things have changed since/g) ?? []).length >= 3);
});

test('the glossary says Help at Hand is for children with a social worker too', () => {
  assert.match(textOf(pageDom('/glossary/').getElementById('childrens-commissioner')!), /children in care, care leavers and children with a social worker/);
});
