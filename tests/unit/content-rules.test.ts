/**
 * The rules the build runs over the site's own words (src/lib/content/content-rules.ts), on small fixtures:
 * a block without sources, and a number that no place it cites holds, each fail naming the file,
 * the block, the number and the fix. Outside sources' rules: tests/unit/outside-sources.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citationProblems, glossaryProblems, sourceNotesProblems } from '../../src/lib/content/content-rules.ts';
import { parseSources } from '../../src/lib/content/sources.ts';

/** The report's places as a fixture: paragraph 54 and the executive summary's third block. */
const places = new Map([
  ['54', 'At the time of the inspection, 178 children with a plan for long-term fostering were waiting to be formally matched.'],
  ['summary-3', 'The number of children subject to a child protection plan has risen to 742, up 71% since 2015.'],
]);
const reportText = (block: { sources: string }) => parseSources(block.sources).places.map((p) => places.get(String(p)) ?? '').join('\n');
const block = (text: string, sources: string) => ({ file: 'content/recommendations/06.mdx', where: 'What this means, block 1', text, sources });

test('a number in a place the block cites passes, in digits or in words', () => {
  assert.deepEqual(citationProblems([block('178 children were waiting to be matched.', '54')], [], reportText), []);
  assert.deepEqual(citationProblems([block('Plans rose by 71% to 742.', 'summary-3')], [], reportText), []);
  assert.deepEqual(citationProblems([block('Some children were waiting.', 'general')], [], reportText), [], 'a block with no number needs no place that holds one');
});

test('a sourced sentence with a number the report never uses fails, naming the file, the block, the number and the fix', () => {
  assert.deepEqual(citationProblems([block('179 children were waiting to be matched.', '54')], [], reportText), [
    'content/recommendations/06.mdx, What this means, block 1: "179" is in none of the words it cites (54). Cite the paragraph or block of the report that gives it, or take the number out.',
  ]);
  assert.equal(citationProblems([block('Plans rose by 71%.', '54')], [], reportText).length, 1, 'a number in the report, but not in the place cited, fails');
  assert.match(citationProblems([block('Nine children waited.', 'general')], [], reportText)[0], /"Nine" is in none of the words it cites \(general\)/, 'a block marked only general may hold no number');
});

test('phone numbers are the only numbers left out', () => {
  assert.deepEqual(citationProblems([block('Call Childline on 0800 1111.', 'general')], [], reportText), []);
});

test('an MDX block without a source note, with two, with a note out of place or citing nothing that exists fails, naming the file and the block', () => {
  const file = 'content/recommendations/06.mdx';
  assert.deepEqual(sourceNotesProblems(file, { blocks: [{ text: 'Sourced.', sources: ['54'] }], looseSources: 0 }), []);
  assert.deepEqual(sourceNotesProblems(file, { blocks: [{ text: 'Core group meetings bring people together.', sources: [] }], looseSources: 0 }), [
    'content/recommendations/06.mdx, the block "Core group meetings bring people together." has no sources: end it with <Sources of="27, 99" /> (paragraphs), of="summary-3" (a block of the report) or of="general" (not from the report). See README.md, "How the site\'s own words cite the report".',
  ]);
  assert.match(sourceNotesProblems(file, { blocks: [{ text: 'Twice.', sources: ['54', '55'] }], looseSources: 0 })[0], /the block "Twice\." has 2 <Sources> notes: give each block one/);
  assert.match(sourceNotesProblems(file, { blocks: [{ text: 'Far.', sources: ['128'] }], looseSources: 0 })[0], /the block "Far\." cites paragraph 128, which does not exist/);
  assert.match(sourceNotesProblems(file, { blocks: [], looseSources: 1 })[0], /^content\/recommendations\/06\.mdx has a <Sources> outside a paragraph or list item/);
});

test('the number check lists every problem, and passes good words', () => {
  assert.deepEqual(citationProblems([block('178 children.', '54')], [], reportText), []);
  const problems = citationProblems([block('179 children.', '54'), block('Nine children.', 'general')], [], reportText);
  assert.equal(problems.length, 2);
  assert.match(problems[0], /"179" is in none of the words it cites/);
  assert.match(problems[1], /"Nine" is in none of the words it cites/);
});

test('a glossary term that does not start with a letter has no place in the A to Z', () => {
  const entry = { id: 'three-d', term: '3D assessment', definition: 'An assessment.', sources: 'general' };
  const files = [{ path: 'content/report/x.mdx', text: 'A 3D assessment.' }];
  assert.deepEqual(glossaryProblems([entry], files), ['content/glossary.yaml: "3D assessment" does not start with a letter A to Z, so the glossary page has no place for it. Start the term with a letter.']);
  assert.deepEqual(glossaryProblems([{ ...entry, term: 'assessment' }], files), []);
});
