/**
 * Content is data: bad content fails the build with a message naming the file, the place and the
 * fix. Each rule is tested once, on the content model (src/lib/content/content-model.ts) made from
 * a changed copy of content/, as the build makes it; each schema on the data it checks. A few
 * full builds show that the build runs them: a schema error stops `astro sync`; three broken
 * files (and a release's stale source) are all named by one `astro build`; and a change to the
 * MDX reader's code shows in the next build of the same copy, its cache kept.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadWithChanges, withProjectCopy } from '../support/broken-build.ts';
import { changedData, problemsWith, ROOT, withChangedContent } from '../support/changed-content.ts';
import { keyFigureSchema, recommendationSchema, reportInfoSchema, reportSectionSchema, topicSchema, youngPeopleSchema } from '../../src/lib/content/content-schemas.ts';
import { readCollections } from '../../src/lib/content/content-files.ts';
import { buildContentModel } from '../../src/lib/content/content-model.ts';
import { REPORT_JSON_URL } from '../../src/lib/site/site-urls.ts';
import { SITE_CONFIG_FILE } from '../../src/lib/content/content-paths.ts';

/** Asserts that one of the problems matches `pattern`. */
function assertNamed(problems: readonly string[], pattern: RegExp): void {
  assert.ok(problems.some((p) => pattern.test(p)), `no problem matches ${pattern}:\n${problems.join('\n')}`);
}

const NUMBER_NOT_CITED = { 'content/recommendations/06.mdx': (text: string) => text.replace('At the time of the inspection, 178 children', 'At the time of the inspection, 179 children') };
const UNKNOWN_TOPIC = { 'content/paragraph-topics.yaml': (text: string) => text.replace('20: [front-door]', '20: [the-front-door]') };
const PARAGRAPH_OUT_OF_PLACE = { 'content/report/help-and-protection.mdx': (text: string) => text.replace('<Para n={22}>', '<Para n={99}>') };

test('the content as it is has no problem', () => {
  assert.deepEqual(buildContentModel(readCollections(ROOT), { release: false, buildDate: '2026-12-03' }).problems, []);
});

// The schemas, which Astro's loaders run on every entry.

test('a judgement that is not one of Ofsted\'s grades stops the build while the content loads, naming the file and the field', () => {
  const { code, output } = loadWithChanges({
    'content/report.yaml': (text) => text.replace(/(Children who need help and protection"\n\s+grade:) inadequate/, '$1 terrible'),
  });
  assert.notEqual(code, 0, 'the content loaded with a bad judgement');
  assert.match(output, /report\.yaml/);
  assert.match(output, /grade/);
});

test('a judgement kept a second time in a section\'s MDX fails its schema: content/report.yaml is its one home', () => {
  const result = reportSectionSchema.safeParse(changedData('content/report/help-and-protection.mdx', (text) => text.replace(/^---\n/, '---\njudgement: inadequate\n')));
  assert.equal(result.success, false, 'the schema took a judgement in the MDX frontmatter');
  assert.match(JSON.stringify(result.error!.issues), /judgement/);
});

test('a missing field in the judgements table fails its schema, naming the field', () => {
  const data = changedData('content/report.yaml', (text) => text.replace(/\n +grade2015: requires-improvement(?=\n +section: adoption)/, '')) as { report: unknown };
  const result = reportInfoSchema.safeParse(data.report);
  assert.equal(result.success, false, 'the schema took a judgement without a 2015 grade');
  assert.match(result.error!.issues.map((i) => i.path.join('.')).join(), /grade2015/);
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

test('a search word that breaks its schema fails as the content is read, naming the file and the entry', () => {
  withChangedContent({ 'content/search-words.yaml': (text) => text.replace('- word: kid', '- word: Kid') }, (root) => {
    assert.throws(() => readCollections(root), /content\/search-words\.yaml, entry Kid does not match its schema:\n {2}word: must be the word or words people type, in lower case/);
  });
});

// The rules of the content model, one test each (content-rules.ts).

test('a paragraph numbered out of place is named with its file and the fix', () => {
  assertNamed(problemsWith(PARAGRAPH_OUT_OF_PLACE), /^content\/report\/help-and-protection\.mdx numbers its paragraphs .*99.*paragraphs 18 to 39/);
});

test('a report section whose unnumbered blocks change in number is named with its file and the fix', () => {
  const problems = problemsWith({ 'content/report/executive-summary.mdx': (text) => `${text}\nA paragraph the report does not have.\n` });
  assertNamed(problems, /^content\/report\/executive-summary\.mdx has 10 unnumbered blocks .* but src\/lib\/content\/report-structure\.ts gives the section 9/);
});

test('an acronym the content uses but the glossary does not define is named with the file that uses it', () => {
  assertNamed(problemsWith({ 'content/glossary.yaml': (text) => text.replace(/\n- id: iro\n(?: {2}.*\n)+/, '\n') }),
    /^content\/report\/help-and-protection\.mdx uses the acronym "IRO", which content\/glossary\.yaml does not define/);
});

test('a glossary term that no content uses is named, with the glossary file', () => {
  const problems = problemsWith({
    'content/glossary.yaml': (text) => `${text}\n- id: zebra-crossing\n  term: zebra crossing\n  definition: A place to cross the road.\n  sources: general\n`,
  });
  assert.deepEqual(problems, ['content/glossary.yaml defines "zebra crossing" (id zebra-crossing), but no file in content/ uses it. Remove the entry, or correct its term or forms to match how the content writes it.']);
});

test('a "(Recommendation)" paragraph that no recommendation cites is named, with the folder', () => {
  assertNamed(problemsWith({ 'content/recommendations/17.mdx': (text) => text.replace('evidence: [111]', 'evidence: [80]') }),
    /marks paragraph 111 "\(Recommendation\)", but no file in content\/recommendations\/ cites it/);
});

test('an unknown topic is named with the file, the paragraph and the known topics', () => {
  assertNamed(problemsWith(UNKNOWN_TOPIC), /content\/paragraph-topics\.yaml tags paragraph 20 with the unknown topic "the-front-door".*content\/topics\.yaml: early-help, front-door/s);
});

test('a findings paragraph without a topic is named with the file', () => {
  assertNamed(problemsWith({ 'content/paragraph-topics.yaml': (text) => text.replace(/^57: .*\n/m, '') }), /content\/paragraph-topics\.yaml gives no topics to paragraph 57/);
});

test('an everyday search word whose meaning the report never uses is named with the file', () => {
  assertNamed(problemsWith({ 'content/search-words.yaml': (text) => text.replace('means: [dental]', 'means: [dentistry]') }),
    /content\/search-words\.yaml: "dentist" means "dentistry", which the report's numbered paragraphs never use/);
});

test('an everyday search word checked against a paragraph that holds none of its meanings is named with the file, the word and the paragraph', () => {
  assertNamed(problemsWith({ 'content/search-words.yaml': (text) => text.replace('means: [dental]\n  checked: [49]', 'means: [dental]\n  checked: [48]') }),
    /content\/search-words\.yaml: "dentist" was checked against paragraph 48, which holds none of "dental"/);
  withChangedContent({ 'content/search-words.yaml': (text) => text.replace('means: [dental]\n  checked: [49]', 'means: [dental]') }, (root) => {
    assert.throws(() => readCollections(root), /content\/search-words\.yaml, entry dentist does not match its schema:\n {2}checked/);
  });
});

test('a sourced sentence with a number the report never uses is named with the file, the block, the number and the fix', () => {
  assertNamed(problemsWith(NUMBER_NOT_CITED),
    /^content\/recommendations\/06\.mdx, What this means, block 1: "179" is in none of the words it cites \(6, 54, 105, general\)\. Cite the paragraph or block of the report that gives it, or take the number out\.$/);
});

test('a block of the site\'s own words without sources is named with the file and the block', () => {
  assertNamed(problemsWith({ 'content/recommendations/08.mdx': (text) => text.replace(' <Sources of="8, 28, general" />', '') }),
    /content\/recommendations\/08\.mdx, the block "Core group meetings and child in need meetings bring togethe…" has no sources/);
});

test('a block citing a paragraph that does not exist is named with the file, the block and the paragraph', () => {
  assertNamed(problemsWith({ 'content/recommendations/08.mdx': (text) => text.replace('<Sources of="8, 28, general" />', '<Sources of="8, 128" />') }),
    /content\/recommendations\/08\.mdx, the block "Core group meetings.*" cites paragraph 128, which does not exist: the report numbers paragraphs 1 to 111/);
});

test('a block citing an unnumbered block that does not exist is named with the file and the known blocks', () => {
  assertNamed(problemsWith({ 'content/recommendations/17.mdx': (text) => text.replace('summary-4" />', 'summary-40" />') }),
    /content\/recommendations\/17\.mdx, the block ".*" "summary-40" is not a block of the report\. Its unnumbered blocks are cover, summary-1 to summary-9/);
});

test('a source note on a line of its own is named, saying where it belongs', () => {
  assertNamed(problemsWith({ 'content/recommendations/08.mdx': (text) => text.replace(' <Sources of="8, 28, general" />', '\n<Sources of="8, 28, general" />') }),
    /content\/recommendations\/08\.mdx has a <Sources> outside a paragraph or list item: put it at the end of the last line of the block/);
});

test('a key figure that cites no place of the report is named with the file and the figure', () => {
  assertNamed(problemsWith({ 'content/key-figures.yaml': (text) => text.replace('  sources: 88\n', '  sources: general\n') }),
    /^content\/key-figures\.yaml: the figure ".*" cites no paragraph or block of the report/);
});

test('later events without an overall judgement are named with the file', () => {
  assertNamed(problemsWith({ 'content/since-2018.yaml': (text) => text.replace(/^ {2}overallJudgement: .*\n/gm, '') }),
    /^content\/since-2018\.yaml records no later inspection with an overallJudgement/);
});

test('a dated notice that does not give the latest overall judgement is named with the file, the judgement and the fix', () => {
  assertNamed(problemsWith({ 'content/page-text.yaml': (text) => text.replace('In 2025 Ofsted judged Sandwell’s children’s services good.', 'In 2022 Ofsted judged Sandwell’s children’s services good.') }),
    /^content\/page-text\.yaml, dated-notice: the notice must give today's position, the latest overall judgement in content\/since-2018\.yaml \(2025, good\)/);
});

test('a release names each outside source last seen more than 12 months before its date, and the fix', () => {
  const stale = problemsWith({}, { release: true, buildDate: '2027-12-01' });
  assertNamed(stale, /content\/outside-sources\.yaml has sources last seen longer ago:[\s\S]*trust-launch-2018 \(https:\/\/www\.sandwellchildrenstrust\.org\/news\/2018\/launch-sandwells-childrens-trust\/\), seen 2026-11-30[\s\S]*set "seen" to the day you looked/);
  assert.deepEqual(problemsWith({}, { release: true, buildDate: '2026-12-01' }), [], 'the same release a year earlier has no problem');
});

// The build runs the model: once, listing every problem, from what the code reads now.

test('one release build names every problem of three broken files and a stale outside source, and fails', () => {
  const REAL_PUBLISHER = (text: string) => text.replace(/^url: .*$/m, 'url: https://sandwell-ofsted-tests.example.gov.uk')
    .replace(/^ {2}name: .*$/m, '  name: Sandwell web team for the tests').replace(/^ {2}email: .*$/m, '  email: tests-web@example.gov.uk');
  const { code, output } = withProjectCopy({ ...NUMBER_NOT_CITED, ...UNKNOWN_TOPIC, ...PARAGRAPH_OUT_OF_PLACE, [SITE_CONFIG_FILE]: REAL_PUBLISHER },
    (copy) => copy.astro('build', { SITE_RELEASE: '1', SITE_BUILD_DATE: '2027-12-01' }));
  assert.notEqual(code, 0, 'the build passed with broken content');
  assert.match(output, /The content has \d+ problems\. Each names the file, the place and the fix:/);
  assert.match(output, /content\/recommendations\/06\.mdx, What this means, block 1: "179" is in none of the words it cites/);
  assert.match(output, /content\/paragraph-topics\.yaml tags paragraph 20 with the unknown topic "the-front-door"/);
  assert.match(output, /content\/report\/help-and-protection\.mdx numbers its paragraphs .*99/);
  assert.match(output, /content\/outside-sources\.yaml has sources last seen longer ago:/);
});

test('a change to the MDX reader\'s code shows in the next build of the same copy, its cache kept', () => {
  withProjectCopy({}, (copy) => {
    const firstParagraph = () => (JSON.parse(copy.built(REPORT_JSON_URL)) as { paragraphs: { text: string }[] }).paragraphs[0].text;
    const first = copy.astro('build');
    assert.equal(first.code, 0, first.output);
    assert.doesNotMatch(firstParagraph(), /^\[read by the changed reader\]/);
    copy.change({
      'src/lib/content/mdx-parts.ts': (text) => text.replace("const oneLine = (text: string) => text.replace(/\\s+/g, ' ').trim();",
        "const oneLine = (text: string) => `[read by the changed reader] ${text.replace(/\\s+/g, ' ').trim()}`;"),
    });
    const second = copy.astro('build');
    assert.equal(second.code, 0, second.output);
    assert.match(firstParagraph(), /^\[read by the changed reader\] /, 'dist/report.json kept the old reader\'s text');
  });
});
