/** The page for children and young people: the report's own ten points, the new text, and help. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageDom, textOf } from '../../scripts/lib/built-site.ts';
import { sourceBlocks, sourceLines } from '../support/source-text.ts';
import { YOUNG_PEOPLE_HELP_URL, YOUNG_PEOPLE_URL } from '../../src/lib/site/site-urls.ts';
import { SOURCE_NOTE } from '../../scripts/lib/plain-language.ts';

const YOUNG_PEOPLE = YOUNG_PEOPLE_URL;

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
  const newText = main.querySelectorAll('p, li').filter((el) => !el.closest('.report-text')).map(textOf).join(' ');
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
    // The three numbers, then the children's page's part on help, complaints and having a say.
    assert.deepEqual(box.querySelectorAll('a').map((a) => a.getAttribute('href')), ['tel:08001111', 'tel:116123', 'tel:999', YOUNG_PEOPLE_HELP_URL]);
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

test('every paragraph of the new text on /young-people/ ends with where the report (or a page outside it) says it, or says it is general information', () => {
  const blocks = pageDom(YOUNG_PEOPLE).querySelectorAll('main section.young-readers__part > p');
  assert.ok(blocks.length >= 30, `only ${blocks.length} paragraphs`);
  const unsourced = blocks.filter((p) => {
    const note = p.querySelector(SOURCE_NOTE);
    return !note || !/^(Where the report says this: .+\.|Where this comes from: .+, “.+”, .+\.|This is general information, not from the report\.)/.test(textOf(note));
  });
  assert.deepEqual(unsourced.map(textOf), []);
  // The finding that was once a promise ("Nobody has to wait") is now the report's, in the past tense, with its paragraph.
  const advocates = blocks.find((p) => textOf(p).startsWith('Children in care could get an advocate quickly.'))!;
  assert.equal(textOf(advocates.querySelector(SOURCE_NOTE)!), 'Where the report says this: paragraph 64.');
  assert.doesNotMatch(textOf(pageDom(YOUNG_PEOPLE).querySelector('main')!), /Nobody has to wait|told Ofsted they like/);
});
