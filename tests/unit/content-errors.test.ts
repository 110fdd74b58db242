/** Content is data: a malformed content file fails the build, and the message names the file. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildWithChanges } from '../support/broken-build.ts';

test('a judgement that is not one of Ofsted\'s grades fails the build, naming the file and the field', () => {
  const { code, output } = buildWithChanges({
    'content/report/help-and-protection.mdx': (text) => text.replace('judgement: inadequate', 'judgement: terrible'),
  });
  assert.notEqual(code, 0, 'the build passed with a bad judgement');
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
    'content/glossary.yaml': (text) => `${text}\n- id: zebra-crossing\n  term: zebra crossing\n  definition: A place to cross the road.\n`,
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
    'content/recommendations/03.yaml': (text) => text.replace('evidence: [23, 24, 45, 105]', 'evidence: [23, 24, 45, 112]'),
  });
  assert.notEqual(code, 0, 'the build passed with evidence paragraph 112');
  assert.match(output, /content\/recommendations\/03\.yaml/);
  assert.match(output, /must be a findings paragraph, 18 to 111/);
});

test('a "(Recommendation)" paragraph that no recommendation cites fails the build, naming the folder and the paragraph', () => {
  const { code, output } = buildWithChanges({
    'content/recommendations/17.yaml': (text) => text.replace('evidence: [80, 111]', 'evidence: [80]'),
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
