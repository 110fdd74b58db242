/** Content is data: a malformed content file fails the build, and the message names the file. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildWithChanges } from '../support/broken-build.ts';

test('a judgement that is not one of Ofsted\'s grades fails the build, naming the file and the field', () => {
  const { code, output } = buildWithChanges({
    'content/report.yaml': (text) => text.replace(/(Children who need help and protection"\n\s+grade:) inadequate/, '$1 terrible'),
  });
  assert.notEqual(code, 0, 'the build passed with a bad judgement');
  assert.match(output, /report\.yaml/);
  assert.match(output, /grade/);
});

test('a judgement kept a second time in a section\'s MDX fails the build: content/report.yaml is its one home', () => {
  const { code, output } = buildWithChanges({
    'content/report/help-and-protection.mdx': (text) => text.replace(/^---\n/, '---\njudgement: inadequate\n'),
  });
  assert.notEqual(code, 0, 'the build passed with a judgement in the MDX frontmatter');
  assert.match(output, /help-and-protection/);
  assert.match(output, /judgement/);
});

test('a paragraph numbered out of place fails the build, naming the file and the fix', () => {
  const { code, output } = buildWithChanges({
    'content/report/help-and-protection.mdx': (text) => text.replace('<Para n={22}>', '<Para n={99}>'),
  });
  assert.notEqual(code, 0, 'the build passed with paragraph 99 in the help and protection section');
  assert.match(output, /content\/report\/help-and-protection\.mdx numbers its paragraphs .*99/);
  assert.match(output, /paragraphs 18 to 39/);
});

test('a missing field in the judgements table fails the build, naming the file', () => {
  const { code, output } = buildWithChanges({
    'content/report.yaml': (text) => text.replace(/\n +grade2015: requires-improvement(?=\n +section: adoption)/, ''),
  });
  assert.notEqual(code, 0, 'the build passed without a 2015 grade');
  assert.match(output, /report\.yaml/);
  assert.match(output, /grade2015/);
});

test('an acronym the content uses but the glossary does not define fails the build, naming the acronym and the file', () => {
  const { code, output } = buildWithChanges({
    'content/glossary.yaml': (text) => text.replace(/\n- id: iro\n(?: {2}.*\n)+/, '\n'),
  });
  assert.notEqual(code, 0, 'the build passed with IROs used but IRO not in the glossary');
  assert.match(output, /content\/report\/help-and-protection\.mdx uses the acronym "IRO", which content\/glossary\.yaml does not define/);
});

test('a glossary term that no content uses fails the build, naming the term and the glossary file', () => {
  const { code, output } = buildWithChanges({
    'content/glossary.yaml': (text) => `${text}\n- id: zebra-crossing\n  term: zebra crossing\n  definition: A place to cross the road.\n  sources: general\n`,
  });
  assert.notEqual(code, 0, 'the build passed with an unused glossary term');
  assert.match(output, /content\/glossary\.yaml defines "zebra crossing" \(id zebra-crossing\), but no file in content\/ uses it/);
});

test('a heading on the young people\'s page that is not a question fails the build, naming the file', () => {
  const { code, output } = buildWithChanges({
    'content/young-people/what-is-ofsted.mdx': (text) => text.replace('question: What is Ofsted?', 'question: About Ofsted'),
  });
  assert.notEqual(code, 0, 'the build passed with a heading that is not a question');
  assert.match(output, /what-is-ofsted/);
  assert.match(output, /must be a question a child would ask/);
});

test('a recommendation citing a paragraph outside the findings (18-111) fails the build, naming the file', () => {
  const { code, output } = buildWithChanges({
    'content/recommendations/03.mdx': (text) => text.replace('evidence: [23, 24, 45, 105]', 'evidence: [23, 24, 45, 112]'),
  });
  assert.notEqual(code, 0, 'the build passed with evidence paragraph 112');
  assert.match(output, /content\/recommendations\/03\.mdx/);
  assert.match(output, /must be a findings paragraph, 18 to 111/);
});

test('a "(Recommendation)" paragraph that no recommendation cites fails the build, naming the folder and the paragraph', () => {
  const { code, output } = buildWithChanges({
    'content/recommendations/17.mdx': (text) => text.replace('evidence: [111]', 'evidence: [80]'),
  });
  assert.notEqual(code, 0, 'the build passed with paragraph 111 uncited');
  assert.match(output, /marks paragraph 111 "\(Recommendation\)", but no file in content\/recommendations\/ cites it/);
});

test('an unknown topic fails the build, naming the file, the paragraph and the known topics', () => {
  const { code, output } = buildWithChanges({
    'content/paragraph-topics.yaml': (text) => text.replace('20: [front-door]', '20: [the-front-door]'),
  });
  assert.notEqual(code, 0, 'the build passed with an unknown topic');
  assert.match(output, /content\/paragraph-topics\.yaml tags paragraph 20 with the unknown topic "the-front-door"/);
  assert.match(output, /content\/topics\.yaml: early-help, front-door/);
});

test('a findings paragraph without a topic fails the build, naming the file and the paragraph', () => {
  const { code, output } = buildWithChanges({
    'content/paragraph-topics.yaml': (text) => text.replace(/^57: .*\n/m, ''),
  });
  assert.notEqual(code, 0, 'the build passed with paragraph 57 untagged');
  assert.match(output, /content\/paragraph-topics\.yaml gives no topics to paragraph 57/);
});

test('an everyday search word whose meaning the report never uses fails the build, naming the file and the word', () => {
  const { code, output } = buildWithChanges({
    'content/search-words.yaml': (text) => text.replace('means: [dental]', 'means: [dentistry]'),
  });
  assert.notEqual(code, 0, 'the build passed with a search word the report never uses');
  assert.match(output, /content\/search-words\.yaml: "dentist" means "dentistry", which the report's numbered paragraphs never use/);
});

test('a search word that breaks the schema fails the build, naming the file and the entry', () => {
  const { code, output } = buildWithChanges({
    'content/search-words.yaml': (text) => text.replace('- word: kid', '- word: Kid'),
  });
  assert.notEqual(code, 0, 'the build passed with a search word in capitals');
  assert.match(output, /content\/search-words\.yaml does not match its schema/);
  assert.match(output, /entry 0\.word: must be the word or words people type, in lower case/);
});

// The site's own words must say what they rest on (README, "How the site's own words cite the report").

test('a sourced sentence with a number the report never uses fails the build, naming the file, the block, the number and the fix', () => {
  const { code, output } = buildWithChanges({
    'content/recommendations/06.mdx': (text) => text.replace('At the time of the inspection, 178 children', 'At the time of the inspection, 179 children'),
  });
  assert.notEqual(code, 0, 'the build passed with 179 children, a number paragraph 54 never uses');
  assert.match(output, /content\/recommendations\/06\.mdx, What this means, block 1: "179" is in none of the words it cites \(6, 54, 105, general\)\. Cite the paragraph or block of the report that gives it, or take the number out\./);
});

test('a block of the site\'s own words without sources fails the build, naming the file and the block', () => {
  const { code, output } = buildWithChanges({
    'content/recommendations/08.mdx': (text) => text.replace(' <Sources of="8, 28, general" />', ''),
  });
  assert.notEqual(code, 0, 'the build passed with an unsourced block');
  assert.match(output, /content\/recommendations\/08\.mdx, the block "Core group meetings and child in need meetings bring togethe…" has no sources/);
});

test('a block citing a paragraph that does not exist fails the build, naming the file, the block and the paragraph', () => {
  const { code, output } = buildWithChanges({
    'content/recommendations/08.mdx': (text) => text.replace('<Sources of="8, 28, general" />', '<Sources of="8, 128" />'),
  });
  assert.notEqual(code, 0, 'the build passed citing paragraph 128');
  assert.match(output, /content\/recommendations\/08\.mdx, the block "Core group meetings.*" cites paragraph 128, which does not exist: the report numbers paragraphs 1 to 111/);
});

test('a block citing an unnumbered block that does not exist fails the build, naming the file and the known blocks', () => {
  const { code, output } = buildWithChanges({
    'content/recommendations/17.mdx': (text) => text.replace('summary-4" />', 'summary-40" />'),
  });
  assert.notEqual(code, 0, 'the build passed citing summary-40');
  assert.match(output, /content\/recommendations\/17\.mdx, the block ".*" "summary-40" is not a block of the report\. Its unnumbered blocks are cover, summary-1 to summary-9/);
});

test('a source note on a line of its own fails the build, saying where it belongs', () => {
  const { code, output } = buildWithChanges({
    'content/recommendations/08.mdx': (text) => text.replace(' <Sources of="8, 28, general" />', '\n<Sources of="8, 28, general" />'),
  });
  assert.notEqual(code, 0, 'the build passed with a note outside its block');
  assert.match(output, /content\/recommendations\/08\.mdx has a <Sources> outside a paragraph or list item: put it at the end of the last line of the block/);
});

test('a YAML text citing a paragraph that does not exist fails the build, naming the file and the field', () => {
  const { code, output } = buildWithChanges({
    'content/key-figures.yaml': (text) => text.replace('  sources: 88\n', '  sources: 188\n'),
  });
  assert.notEqual(code, 0, 'the build passed with a key figure citing paragraph 188');
  assert.match(output, /key-figures\.yaml/);
  assert.match(output, /cites paragraph 188, which does not exist/);
});

test('a YAML text without sources fails the build, naming the file and the field', () => {
  const { code, output } = buildWithChanges({
    'content/topics.yaml': (text) => text.replace(/(- id: complaints\n(?: {2}.*\n)*?) {2}sources: general\n/, '$1'),
  });
  assert.notEqual(code, 0, 'the build passed with a topic without sources');
  assert.match(output, /topics\.yaml/);
  assert.match(output, /sources/);
});

test('a report section whose unnumbered blocks change in number fails the build, naming the file and the fix', () => {
  const { code, output } = buildWithChanges({
    'content/report/executive-summary.mdx': (text) => `${text}\nA paragraph the report does not have.\n`,
  });
  assert.notEqual(code, 0, 'the build passed with a tenth executive summary paragraph');
  assert.match(output, /content\/report\/executive-summary\.mdx has 10 unnumbered blocks .* but src\/lib\/report-structure\.ts gives the section 9/);
});
