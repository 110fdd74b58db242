/**
 * Findings by topic: a controlled list of 12 to 18 topics, every findings paragraph tagged, and
 * each topic page quoting its paragraphs in full, in report order, grouped by judgement area.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageDom, textOf } from '../../scripts/lib/built-site.ts';
import { findingsParagraphNumbers, findingsSections, sectionOfParagraph } from '../../src/lib/content/report-structure.ts';
import { FINDINGS_URL, paragraphUrl, topicUrl } from '../../src/lib/site/site-urls.ts';
import { projectContent } from '../support/changed-content.ts';

const topics = projectContent().topics;
const tagging = projectContent().paragraphTopics;
const textOfParagraph = (n: number) => projectContent().paragraphs.find((p) => p.n === n)!.text;
const topicIdsOfParagraph = (n: number) => tagging.get(n) ?? [];
const paragraphsOfTopic = (id: string) => findingsParagraphNumbers.filter((n) => topicIdsOfParagraph(n).includes(id));

test('there are 12 to 18 topics, each with a unique id, a name and a one-line description', () => {
  assert.ok(topics.length >= 12 && topics.length <= 18, `${topics.length} topics`);
  assert.equal(new Set(topics.map((t) => t.id)).size, topics.length);
  for (const t of topics) {
    assert.ok(t.name && t.description && !t.description.includes('\n'), t.id);
  }
});

for (const topic of topics) {
  test(`${topicUrl(topic.id)} quotes its paragraphs in full, in report order, under their judgement areas`, () => {
    const dom = pageDom(topicUrl(topic.id));
    assert.equal(textOf(dom.querySelector('h1')!), topic.name);
    const expected = paragraphsOfTopic(topic.id);
    assert.ok(expected.length > 0);
    const shown = dom.querySelectorAll('main .quoted-para').map((q) => ({
      href: q.querySelector('.quoted-para__source a')?.getAttribute('href'),
      text: textOf(q.querySelector('blockquote')!),
      area: q.closest('section')?.querySelector('h2')?.id,
    }));
    assert.deepEqual(shown, expected.map((n) => ({ href: paragraphUrl(n), text: textOfParagraph(n), area: `area-${sectionOfParagraph(n).slug}` })));
  });
}

test('/findings/ links every topic page in the listed order', () => {
  const links = pageDom(FINDINGS_URL).querySelectorAll('main .topic-list a').map((a) => a.getAttribute('href'));
  assert.deepEqual(links, topics.map((t) => topicUrl(t.id)));
});

test('/findings/ shows the overall judgement and each judgement area in 2018 beside 2015 with the direction in words (later inspections follow)', () => {
  const rows = pageDom(FINDINGS_URL).querySelectorAll('main table.judgements tbody tr').map((tr) => tr.querySelectorAll('th, td').slice(0, 4).map(textOf));
  assert.deepEqual(rows, [
    ['Overall judgement', 'Inadequate', 'Inadequate', 'no change'],
    ['1. Children who need help and protection', 'Inadequate', 'Inadequate', 'no change'],
    ['2. Children looked after and achieving permanence', 'Requires improvement', 'Inadequate', 'worse'],
    ['2.1 Adoption performance', 'Requires improvement', 'Inadequate', 'worse'],
    ['2.2 Experiences and progress of care leavers', 'Requires improvement', 'Requires improvement', 'no change'],
    ['3. Leadership, management and governance', 'Inadequate', 'Inadequate', 'no change'],
  ]);
});

test('/findings/ quotes the three judgement summaries word for word from the report', () => {
  const main = pageDom(FINDINGS_URL).querySelector('main')!;
  const summaries = main.querySelectorAll('.judgement-summary');
  assert.equal(summaries.length, 3);
  const mainSections = findingsSections.filter((s) => !s.partOf);
  assert.deepEqual(summaries.map((s) => s.querySelector('h3')?.id), mainSections.map((s) => `summary-${s.slug}`));
  for (const section of mainSections) {
    // The summary is the section page's paragraphs before its findings heading.
    const page = pageDom(paragraphUrl(section.paragraphs![0]).split('#')[0]);
    const blocks = page.querySelector('.report-text')!.childNodes.filter((node) => node.nodeType === 1).map((node) => node as typeof main);
    const summary = blocks.slice(0, blocks.findIndex((b) => b.tagName === 'H2')).map(textOf);
    assert.ok(summary.length > 0, `${section.slug} has no summary before its findings`);
    const quoted = main.querySelector(`#summary-${section.slug}`)!.closest('section')!.querySelectorAll('blockquote p').map(textOf);
    assert.deepEqual(quoted, summary, section.slug);
  }
});
