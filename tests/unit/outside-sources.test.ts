/**
 * Facts from outside the report are checked like the report's own words (src/lib/content/content-rules.ts):
 * a source with no quote, a citation of an unknown source, a number its quote does not hold and a
 * source last seen more than 12 months before a release each fail, naming the file and the fix.
 * The rules run here on small fixtures; the build runs them on the content.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { outsideSourceSchema, type OutsideSource } from '../../src/lib/content/content-schemas.ts';
import { formatSourceDate, sourceLabel } from '../../src/lib/content/outside-sources.ts';
import { expiredSourcesProblem, citationProblems, expiredSources, helpNumberProblem } from '../../src/lib/content/content-rules.ts';
import { parseSources } from '../../src/lib/content/sources.ts';

const launch: OutsideSource = {
  id: 'trust-launch',
  publisher: 'Sandwell Children’s Trust',
  title: 'Launch of the Trust',
  url: 'https://www.example.org/launch/',
  published: '2022-07-05',
  says: 'Since April 2018, children’s social care has been delivered by the Trust on behalf of the council.',
  seen: '2026-11-30',
};
const block = (text: string, sources: string) => ({ file: 'content/page-text.yaml', where: 'since-trust', text, sources });
const noReportText = () => '';

test('the notation reads sources outside the report beside the report\'s places, and refuses a malformed one', () => {
  const parsed = parseSources('27, outside:trust-launch, summary-3, general');
  assert.deepEqual(parsed.outside, ['trust-launch']);
  assert.deepEqual(parsed.places, [27, 'summary-3']);
  assert.equal(parsed.general, true);
  assert.throws(() => parseSources('outside:Trust Launch'), /write a source outside the report as "outside:" and the id/);
});

test('a source with no quote fails its schema, naming the field and the fix', () => {
  const { says: _, ...unquoted } = launch;
  const result = outsideSourceSchema.safeParse(unquoted);
  assert.equal(result.success, false);
  assert.deepEqual(result.error!.issues.map((i) => i.path.join('.')), ['says']);
  assert.match(result.error!.issues[0].message, /must quote the page's own words that hold the fact/);
  assert.equal(outsideSourceSchema.safeParse(launch).success, true);
});

test('a block citing a source the file does not list fails, naming the file, the block and the fix', () => {
  const problems = citationProblems([block('The Trust runs the services.', 'outside:trust-lunch')], [launch], noReportText);
  assert.deepEqual(problems, ['content/page-text.yaml, since-trust: cites "outside:trust-lunch", which content/outside-sources.yaml does not list. Add the source there (publisher, title, url, published, says, seen) or correct the id.']);
});

test('a number that neither the quote, the page\'s date nor the report holds fails, naming the file, the block and the number', () => {
  const ok = block('In April 2018, the Trust began to run the services. (2022)', 'outside:trust-launch');
  assert.deepEqual(citationProblems([ok], [launch], noReportText), [], 'the quote holds "April 2018" and the page is dated 2022');
  const problems = citationProblems([block('In May 2018, the Trust began to run the services.', 'outside:trust-launch')], [launch], noReportText);
  assert.equal(problems.length, 1);
  assert.match(problems[0], /^content\/page-text\.yaml, since-trust: "May 2018" is in none of the words it cites \(outside:trust-launch\)\. Quote the source's words/);
  // The report's places a block also cites count too.
  assert.deepEqual(citationProblems([block('742 children, and the Trust from April 2018.', '3, outside:trust-launch')], [launch], () => 'At 7 November 2017, 742 children'), []);
  // Blocks citing only the report answer to the same number check (tests/unit/content-rules.test.ts).
  assert.match(citationProblems([block('In May 2099.', '3')], [launch], noReportText)[0], /"May 2099" is in none of the words it cites \(3\)\. Cite the paragraph or block of the report that gives it/);
});

test('a source last seen more than 12 months before the build date is expired; the message names each and the fix', () => {
  const old = { ...launch, id: 'old-page', seen: '2025-11-29' };
  const edge = { ...launch, id: 'edge-page', seen: '2025-11-30' };
  assert.deepEqual(expiredSources([launch, old, edge], '2026-11-30').map((s) => s.id), ['old-page']);
  assert.deepEqual(expiredSources([launch, old, edge], '2026-12-01').map((s) => s.id), ['old-page', 'edge-page']);
  assert.equal(expiredSourcesProblem([launch, edge], '2026-11-30'), undefined);
  const problem = expiredSourcesProblem([launch, old], '2026-11-30') ?? '';
  assert.match(problem, /content\/outside-sources\.yaml has sources last seen longer ago:\n {2}old-page \(https:\/\/www\.example\.org\/launch\/\), seen 2025-11-29\n/);
  assert.match(problem, /set "seen" to the day you looked/);
  assert.doesNotMatch(problem, /trust-launch/);
});

test('a help service\'s number must be in a quote of a page it cites', () => {
  const page = { ...launch, id: 'line-page', says: 'Call us free on 0800 1111, day or night.' };
  assert.equal(helpNumberProblem({ id: 'childline', phone: '0800 1111', sources: 'outside:line-page' }, [page]), undefined);
  assert.match(helpNumberProblem({ id: 'childline', phone: '0800 1112', sources: 'outside:line-page' }, [page])!, /^content\/help-services\.yaml, childline: no page it cites quotes the phone number 0800 1112/);
  assert.match(helpNumberProblem({ id: 'childline', phone: '0800 1111', sources: 'outside:other' }, [page])!, /cites "outside:other", which content\/outside-sources\.yaml does not list/);
});

test('a note names the source by publisher, title and the date it bears', () => {
  assert.equal(sourceLabel(launch), 'Sandwell Children’s Trust, “Launch of the Trust”, 5 July 2022');
  assert.equal(sourceLabel({ ...launch, published: undefined }), 'Sandwell Children’s Trust, “Launch of the Trust”, undated');
  assert.deepEqual(['2018', '2022-07', '2025-12-05'].map(formatSourceDate), ['2018', 'July 2022', '5 December 2025']);
});

test('a help service\'s website must be the site of a page it cites, with or without "www."', () => {
  const page = { ...launch, id: 'trust-page', url: 'https://www.example.org/news/launch/' };
  assert.equal(helpNumberProblem({ id: 'trust', website: 'https://www.example.org/', sources: 'outside:trust-page' }, [page]), undefined);
  assert.equal(helpNumberProblem({ id: 'trust', website: 'https://example.org/', sources: 'outside:trust-page' }, [page]), undefined);
  assert.match(helpNumberProblem({ id: 'trust', website: 'https://www.example.com/', sources: 'outside:trust-page' }, [page])!, /^content\/help-services\.yaml, trust: no page it cites is on its website https:\/\/www\.example\.com\//);
});
