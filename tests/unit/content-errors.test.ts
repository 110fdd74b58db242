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
