/**
 * The rules of content/later-findings.yaml (src/lib/content/later-findings-rules.ts), as the
 * content model runs them, on the content as it is and on changed copies: an unknown topic, recommendation
 * or inspection, a quote the source does not hold, a number the quote does not hold, and a source
 * the release would refuse as last seen too long ago each fail, naming the file and the fix.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemsWith as modelProblemsWith } from '../support/changed-content.ts';
import { laterEventSchema } from '../../src/lib/content/content-schemas.ts';
import { LATER_EVENTS_FILE, LATER_FINDINGS_FILE, OUTSIDE_SOURCES_FILE } from '../../src/lib/content/content-paths.ts';

/**
 * The problems later-findings-rules.ts names ("content/later-findings.yaml, finding <id>: …") as the
 * content model lists them, with the files changed. (The review sheet's number check also reads each
 * finding, against its source's whole quote: tests/built/content-errors.test.ts tests that rule.)
 */
function problemsWith(changes: { findings?: (text: string) => string; sources?: (text: string) => string; events?: (text: string) => string } = {}): string[] {
  const files = { [LATER_FINDINGS_FILE]: changes.findings, [OUTSIDE_SOURCES_FILE]: changes.sources, [LATER_EVENTS_FILE]: changes.events };
  const changed = Object.fromEntries(Object.entries(files).filter((entry): entry is [string, (text: string) => string] => entry[1] !== undefined));
  const ofTheRules = new RegExp(`^${LATER_FINDINGS_FILE.replaceAll('.', '\\.')}, finding [a-z0-9-]+:`);
  return modelProblemsWith(changed).filter((problem) => ofTheRules.test(problem));
}

test('the later findings as they are pass their rules', () => {
  assert.deepEqual(problemsWith(), []);
});

test('a later finding on an unknown topic fails, naming the file, the finding and the known topics', () => {
  const problems = problemsWith({ findings: (text) => text.replace(/(- id: neglect-2022\n[\s\S]*?topics: \[)child-protection/, '$1neglect') });
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /^content\/later-findings\.yaml, finding neglect-2022: the topic "neglect" is not in content\/topics\.yaml\. Use one of its ids: early-help, /);
});

test('a later finding on a recommendation the report does not make fails, naming the file and the numbers to use', () => {
  const problems = problemsWith({ findings: (text) => text.replace(/(- id: neglect-2022\n[\s\S]*?recommendations: \[4, )6\]/, '$118]') });
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /^content\/later-findings\.yaml, finding neglect-2022: there is no recommendation 18: the report makes 17 \(content\/recommendations\/\)\. Use a number from 1 to 17\./);
});

test('a later finding from an inspection the timeline does not hold, or does not name, fails, naming both files', () => {
  const unknown = problemsWith({ findings: (text) => text.replace(/(- id: neglect-2022\n  inspection: )ofsted-2022/, '$1ofsted-2023') });
  assert.match(unknown.join('\n'), /finding neglect-2022: the inspection "ofsted-2023" is not an event in content\/since-2018\.yaml\. Use one of its ids/);
  const unnamed = problemsWith({ events: (text) => text.replace(/(- id: ofsted-2022\n  when: "2022"\n)  inspection: .*\n/, '$1') });
  assert.ok(unnamed.length > 0 && unnamed.every((p) => /the event "ofsted-2022" in content\/since-2018\.yaml does not say what inspection it was\. Give it an `inspection`/.test(p)), unnamed.join('\n'));
});

test('a quote with words its source does not say fails, naming the source and the fix', () => {
  const problems = problemsWith({ findings: (text) => text.replace('Some children remain in neglectful situations for too long', 'Some children remain in neglectful situations for far too long') });
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /^content\/later-findings\.yaml, finding neglect-2022: its quote has words that "express-star-2022" in content\/outside-sources\.yaml does not say: "Some children remain in neglectful situations for far too long/);
  assert.match(problems[0], /Copy the words exactly as the page gives them/);
  // The same when the source's own quote changes under the finding.
  const moved = problemsWith({ sources: (text) => text.replace('Some children remain in neglectful situations', 'Some children stay in neglectful situations') });
  assert.match(moved.join('\n'), /finding neglect-2022: its quote has words that "express-star-2022"/);
});

test('a number or date in a finding\'s text that its quote does not hold fails, naming it and the fix', () => {
  const problems = problemsWith({ findings: (text) => text.replace('Inspectors found that some children stayed in neglectful situations for too long.', 'In March 2022 inspectors found that 40 children stayed in neglectful situations for too long.') });
  assert.deepEqual(problems.map((p) => /says "([^"]+)"/.exec(p)?.[1]), ['March 2022', '40']);
  assert.match(problems[0], /^content\/later-findings\.yaml, finding neglect-2022: its text says "March 2022", which its quote does not\. Quote the source's words that give it, or take it out of the text\./);
});

test('a later finding citing a source not listed fails, naming the sources file', () => {
  const problems = problemsWith({ findings: (text) => text.replace(/(- id: neglect-2022\n[\s\S]*?source: outside:)express-star-2022/, '$1express-star-2022-07') });
  assert.deepEqual(problems, [`${LATER_FINDINGS_FILE}, finding neglect-2022: cites "outside:express-star-2022-07", which ${OUTSIDE_SOURCES_FILE} does not list. Add the page there (publisher, title, url, published, says, seen) or correct the id.`]);
});

test('a later finding\'s source seen more than 12 months before a release build\'s date fails the release, naming the source and the fix', () => {
  const seenLongAgo = { [OUTSIDE_SOURCES_FILE]: (text: string) => text.replace(/(- id: community-care-2022\n[\s\S]*?seen: )"2026-12-03"/, '$1"2025-11-30"') };
  const stale = (buildDate: string) => modelProblemsWith(seenLongAgo, { release: true, buildDate }).join('\n');
  assert.doesNotMatch(stale('2026-11-29'), /community-care-2022/);
  assert.match(stale('2026-12-01'), /content\/outside-sources\.yaml has sources last seen longer ago:\n  community-care-2022 \(https:\/\/www\.communitycare\.co\.uk\/.*\), seen 2025-11-30\n[\s\S]*set "seen" to the day you looked/);
});

test('an inspection may have area judgements and no overall one (as from April 2026), but only for the report\'s areas', () => {
  const event = { id: 'ofsted-2027', when: '2027', inspection: 'Ofsted inspection of children’s services', text: 'Ofsted inspected Sandwell’s children’s services.', areas: { 'care-leavers': 'good' }, sources: 'outside:bbc-good-2025' };
  assert.equal(laterEventSchema.safeParse(event).success, true);
  assert.equal(laterEventSchema.safeParse({ ...event, areas: { 'leaving-care': 'good' } }).success, false);
});
