/**
 * Content is data: a malformed content file fails the build, and the message names the file. Each
 * rule runs here on a changed copy of the content (tests/support/changed-content.ts), as the
 * build's loaders run it; a few full builds show that each layer of rules stops `astro build`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildWithChanges } from '../support/broken-build.ts';
import { changedData, changedMdxParts, ROOT, withChangedContent } from '../support/changed-content.ts';
import { keyFigureSchema, recommendationSchema, reportInfoSchema, reportSectionSchema, topicSchema, youngPeopleSchema } from '../../src/lib/content/content-schemas.ts';
import { glossaryProblems, paragraphTopicsProblems, sectionBlocksProblem, sectionParagraphsProblem, sourceNotesProblems, uncitedRecommendationsProblem } from '../../src/lib/content/content-rules.ts';
import {
  contentFilesIn, parseMdx, readContentFiles, readContentText, readGlossary, readParagraphTopics, readReportParagraphs, readSearchWords, readTopics,
} from '../../src/lib/content/content-files.ts';
import { getSection } from '../../src/lib/content/report-structure.ts';
import { searchVocabulary } from '../../src/lib/search/search-synonyms.ts';

/** The glossary check as the build runs it (src/lib/content/glossary.ts), on the content under `root`. */
function glossaryProblemsIn(root: string): string[] {
  return glossaryProblems(readGlossary(root), readContentFiles(root));
}

/** The topics' check as the build runs it (src/lib/content/topics.ts), on the content under `root`. */
function topicProblemsIn(root: string): string {
  return paragraphTopicsProblems(readParagraphTopics(root), readTopics(root).map((t) => t.id)).join('\n');
}

/** The search vocabulary as the search page makes it (ReportSearch.astro), from the content under `root`. */
function searchVocabularyIn(root: string) {
  return searchVocabulary(readGlossary(root), readSearchWords(root), readReportParagraphs(root));
}

/** The rule of the MDX source notes as the build runs it (review-sheet.ts), on one changed file. */
function sourceNotesProblemsIn(file: string, change: (text: string) => string): string {
  return sourceNotesProblems(file, changedMdxParts(file, change)).join('\n');
}

test('a judgement that is not one of Ofsted\'s grades fails the build, naming the file and the field', () => {
  const { code, output } = buildWithChanges({
    'content/report.yaml': (text) => text.replace(/(Children who need help and protection"\n\s+grade:) inadequate/, '$1 terrible'),
  });
  assert.notEqual(code, 0, 'the build passed with a bad judgement');
  assert.match(output, /report\.yaml/);
  assert.match(output, /grade/);
});

test('a judgement kept a second time in a section\'s MDX fails its schema: content/report.yaml is its one home', () => {
  const result = reportSectionSchema.safeParse(changedData('content/report/help-and-protection.mdx', (text) => text.replace(/^---\n/, '---\njudgement: inadequate\n')));
  assert.equal(result.success, false, 'the schema took a judgement in the MDX frontmatter');
  assert.match(JSON.stringify(result.error!.issues), /judgement/);
});

test('a paragraph numbered out of place fails, naming the file and the fix', () => {
  const file = 'content/report/help-and-protection.mdx';
  const numbersIn = (change: (text: string) => string) => parseMdx(change(readContentText(ROOT, file)), file, ROOT).paragraphs.map((p) => p.n);
  const section = getSection('help-and-protection');
  assert.equal(sectionParagraphsProblem(section, numbersIn((text) => text)), undefined, 'the content as it is passes');
  const problem = sectionParagraphsProblem(section, numbersIn((text) => text.replace('<Para n={22}>', '<Para n={99}>'))) ?? '';
  assert.match(problem, /content\/report\/help-and-protection\.mdx numbers its paragraphs .*99/);
  assert.match(problem, /paragraphs 18 to 39/);
});

test('a missing field in the judgements table fails its schema, naming the field', () => {
  const data = changedData('content/report.yaml', (text) => text.replace(/\n +grade2015: requires-improvement(?=\n +section: adoption)/, '')) as { report: unknown };
  const result = reportInfoSchema.safeParse(data.report);
  assert.equal(result.success, false, 'the schema took a judgement without a 2015 grade');
  assert.match(result.error!.issues.map((i) => i.path.join('.')).join(), /grade2015/);
});

test('an acronym the content uses but the glossary does not define fails, naming the acronym and the file', () => {
  const problems = withChangedContent({ 'content/glossary.yaml': (text) => text.replace(/\n- id: iro\n(?: {2}.*\n)+/, '\n') }, glossaryProblemsIn);
  assert.ok(problems.some((p) => /^content\/report\/help-and-protection\.mdx uses the acronym "IRO", which content\/glossary\.yaml does not define/.test(p)), problems.join('\n'));
});

test('a glossary term that no content uses fails, naming the term and the glossary file', () => {
  const problems = withChangedContent({
    'content/glossary.yaml': (text) => `${text}\n- id: zebra-crossing\n  term: zebra crossing\n  definition: A place to cross the road.\n  sources: general\n`,
  }, glossaryProblemsIn);
  assert.deepEqual(problems, ['content/glossary.yaml defines "zebra crossing" (id zebra-crossing), but no file in content/ uses it. Remove the entry, or correct its term or forms to match how the content writes it.']);
  assert.deepEqual(glossaryProblemsIn(ROOT), [], 'the content as it is passes');
});

test('a heading on the young people\'s page that is not a question fails its schema', () => {
  const result = youngPeopleSchema.safeParse(changedData('content/young-people/what-is-ofsted.mdx', (text) => text.replace('question: What is Ofsted?', 'question: About Ofsted')));
  assert.equal(result.success, false, 'the schema took a heading that is not a question');
  assert.match(result.error!.issues[0].message, /must be a question a child would ask/);
});

test('a recommendation citing a paragraph outside the findings (18-111) fails its schema', () => {
  const result = recommendationSchema.safeParse(changedData('content/recommendations/03.mdx', (text) => text.replace('evidence: [23, 24, 45, 105]', 'evidence: [23, 24, 45, 112]')));
  assert.equal(result.success, false, 'the schema took evidence paragraph 112');
  assert.match(result.error!.issues[0].message, /must be a findings paragraph, 18 to 111/);
});

test('a "(Recommendation)" paragraph that no recommendation cites fails, naming the folder and the paragraph', () => {
  const evidence = (change: (text: string) => string) => contentFilesIn(ROOT, 'content/recommendations').flatMap((file) =>
    recommendationSchema.parse(changedData(file, file.endsWith('/17.mdx') ? change : (text) => text)).evidence);
  const paragraphs = readReportParagraphs(ROOT);
  assert.equal(uncitedRecommendationsProblem(paragraphs, evidence((text) => text)), undefined, 'the content as it is passes');
  assert.match(uncitedRecommendationsProblem(paragraphs, evidence((text) => text.replace('evidence: [111]', 'evidence: [80]'))) ?? '', /marks paragraph 111 "\(Recommendation\)", but no file in content\/recommendations\/ cites it/);
});

test('an unknown topic fails, naming the file, the paragraph and the known topics', () => {
  withChangedContent({ 'content/paragraph-topics.yaml': (text) => text.replace('20: [front-door]', '20: [the-front-door]') }, (root) => {
    assert.match(topicProblemsIn(root), /content\/paragraph-topics\.yaml tags paragraph 20 with the unknown topic "the-front-door".*content\/topics\.yaml: early-help, front-door/s);
  });
});

test('a findings paragraph without a topic fails, naming the file and the paragraph', () => {
  withChangedContent({ 'content/paragraph-topics.yaml': (text) => text.replace(/^57: .*\n/m, '') }, (root) => {
    assert.match(topicProblemsIn(root), /content\/paragraph-topics\.yaml gives no topics to paragraph 57/);
  });
  assert.equal(topicProblemsIn(ROOT), '', 'the content as it is passes');
});

test('an everyday search word whose meaning the report never uses fails, naming the file and the word', () => {
  withChangedContent({ 'content/search-words.yaml': (text) => text.replace('means: [dental]', 'means: [dentistry]') }, (root) => {
    assert.throws(() => searchVocabularyIn(root), /content\/search-words\.yaml: "dentist" means "dentistry", which the report's numbered paragraphs never use/);
  });
  assert.doesNotThrow(() => searchVocabularyIn(ROOT));
});

test('an everyday search word checked against a paragraph that holds none of its meanings fails, naming the file, the word and the paragraph', () => {
  withChangedContent({ 'content/search-words.yaml': (text) => text.replace('means: [dental]\n  checked: [49]', 'means: [dental]\n  checked: [48]') }, (root) => {
    assert.throws(() => searchVocabularyIn(root), /content\/search-words\.yaml: "dentist" was checked against paragraph 48, which holds none of "dental"/);
  });
  withChangedContent({ 'content/search-words.yaml': (text) => text.replace('means: [dental]\n  checked: [49]', 'means: [dental]') }, (root) => {
    assert.throws(() => readSearchWords(root), /content\/search-words\.yaml does not match its schema[\s\S]*checked/);
  });
});

test('a search word that breaks the schema fails, naming the file and the entry', () => {
  withChangedContent({ 'content/search-words.yaml': (text) => text.replace('- word: kid', '- word: Kid') }, (root) => {
    assert.throws(() => readSearchWords(root), /content\/search-words\.yaml does not match its schema[\s\S]*entry 0\.word: must be the word or words people type, in lower case/);
  });
});

// The site's own words must say what they rest on (README, "How the site's own words cite the report").

test('the MDX files these tests break pass the rules as they are', () => {
  for (const file of ['content/recommendations/08.mdx', 'content/recommendations/17.mdx', 'content/young-people/going-well.mdx']) {
    assert.equal(sourceNotesProblemsIn(file, (text) => `${text}\n`), '', file);
  }
  assert.equal(sectionBlocksProblem(getSection('executive-summary'), changedMdxParts('content/report/executive-summary.mdx', (text) => `${text}\n`).blocks.length), undefined);
});

test('a sourced sentence with a number the report never uses fails the build, naming the file, the block, the number and the fix', () => {
  const { code, output } = buildWithChanges({
    'content/recommendations/06.mdx': (text) => text.replace('At the time of the inspection, 178 children', 'At the time of the inspection, 179 children'),
  });
  assert.notEqual(code, 0, 'the build passed with 179 children, a number paragraph 54 never uses');
  assert.match(output, /content\/recommendations\/06\.mdx, What this means, block 1: "179" is in none of the words it cites \(6, 54, 105, general\)\. Cite the paragraph or block of the report that gives it, or take the number out\./);
});

test('a block of the site\'s own words without sources fails, naming the file and the block', () => {
  assert.match(sourceNotesProblemsIn('content/recommendations/08.mdx', (text) => text.replace(' <Sources of="8, 28, general" />', '')), /content\/recommendations\/08\.mdx, the block "Core group meetings and child in need meetings bring togethe…" has no sources/);
});

test('a block citing a paragraph that does not exist fails, naming the file, the block and the paragraph', () => {
  assert.match(sourceNotesProblemsIn('content/recommendations/08.mdx', (text) => text.replace('<Sources of="8, 28, general" />', '<Sources of="8, 128" />')), /content\/recommendations\/08\.mdx, the block "Core group meetings.*" cites paragraph 128, which does not exist: the report numbers paragraphs 1 to 111/);
});

test('a block citing an unnumbered block that does not exist fails, naming the file and the known blocks', () => {
  assert.match(sourceNotesProblemsIn('content/recommendations/17.mdx', (text) => text.replace('summary-4" />', 'summary-40" />')), /content\/recommendations\/17\.mdx, the block ".*" "summary-40" is not a block of the report\. Its unnumbered blocks are cover, summary-1 to summary-9/);
});

test('a source note on a line of its own fails, saying where it belongs', () => {
  assert.match(sourceNotesProblemsIn('content/recommendations/08.mdx', (text) => text.replace(' <Sources of="8, 28, general" />', '\n<Sources of="8, 28, general" />')), /content\/recommendations\/08\.mdx has a <Sources> outside a paragraph or list item: put it at the end of the last line of the block/);
});

test('a YAML text citing a paragraph that does not exist fails its schema, naming the field', () => {
  const figures = changedData('content/key-figures.yaml', (text) => text.replace('  sources: 88\n', '  sources: 188\n')) as unknown[];
  const issues = figures.flatMap((figure) => keyFigureSchema.safeParse(figure).error?.issues ?? []);
  assert.equal(issues.length, 1, JSON.stringify(issues));
  assert.equal(issues[0].path.join('.'), 'sources');
  assert.match(issues[0].message, /cites paragraph 188, which does not exist/);
});

test('a YAML text without sources fails its schema, naming the field', () => {
  const topics = changedData('content/topics.yaml', (text) => text.replace(/(- id: complaints\n(?: {2}.*\n)*?) {2}sources: general\n/, '$1')) as unknown[];
  const issues = topics.flatMap((topic) => topicSchema.safeParse(topic).error?.issues ?? []);
  assert.deepEqual(issues.map((i) => i.path.join('.')), ['sources']);
});

test('a report section whose unnumbered blocks change in number fails, naming the file and the fix', () => {
  assert.match(sectionBlocksProblem(getSection('executive-summary'), changedMdxParts('content/report/executive-summary.mdx', (text) => `${text}\nA paragraph the report does not have.\n`).blocks.length) ?? '', /content\/report\/executive-summary\.mdx has 10 unnumbered blocks .* but src\/lib\/content\/report-structure\.ts gives the section 9/);
});
