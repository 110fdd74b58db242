/**
 * THE content model: one pure function from the content collections, as Astro's loaders give them
 * (src/content.config.ts), to everything the pages, the open data and the review sheet read, and
 * the list of every problem the content has. It reads each MDX entry's body with the one MDX
 * reader (mdx-parts.ts) and runs every rule of content-rules.ts, collecting problems rather than
 * stopping at the first. The build runs it once, before any page renders (site-content.ts), and
 * fails listing them all; tests run it on changed copies of content/ (readCollections).
 */
import { posix } from 'node:path';
import type { CollectionEntry, CollectionKey } from 'astro:content';
import { readMdxParts } from './mdx-parts.ts';
import { mdxPartsSchema, type GlossaryTerm, type HelpService, type LaterEvent, type MdxParts, type OutsideSource, type ReportParagraph, type SearchWord, type Topic } from './content-schemas.ts';
import { judgementsOf, reportSections, sectionParagraphs, type Judgement, type LoadedSection, type ReportInfo } from './report-content.ts';
import { recommendationsOf, type Recommendation } from './recommendations.ts';
import { judgementSummaries, topicsWithParagraphs, type JudgementSummary, type TopicWithParagraphs } from './findings.ts';
import { keyFigureGroups, type KeyFigureGroup } from './key-figures.ts';
import { laterEventsOf, type JudgedEvent } from './later-events.ts';
import { laterFindingsOf, type DatedFinding } from './later-findings.ts';
import { recommendationNumbers } from '../site/site-urls.ts';
import { siteWordsOf, type WordsBlock } from './review-sheet.ts';
import {
  datedNoticeProblem, DATED_NOTICE, expiredSourcesProblem, glossaryProblems, helpNumberProblem, paragraphTopicsProblems, searchWordsProblems,
} from './content-rules.ts';
import { REPORT_INFO_FILE } from './content-paths.ts';

/** Every collection's entries, as getCollection gives them. */
export type ContentCollections = { [C in CollectionKey]: CollectionEntry<C>[] };

export interface ModelOptions {
  /** A release build (SITE_RELEASE=1): outside sources must have been seen within 12 months of `buildDate`. */
  release: boolean;
  /** "YYYY-MM-DD". */
  buildDate: string;
}

/** An MDX entry with the parts the MDX reader (mdx-parts.ts) read from its body. */
export interface MdxDocument<C extends 'report' | 'youngPeople' | 'recommendations'> {
  /** The MDX entry, rendered with render(entry); its frontmatter in entry.data. */
  entry: CollectionEntry<C>;
  /** What the MDX reader read from the entry's body. */
  parts: MdxParts;
}

export interface ContentModel {
  reportInfo: ReportInfo;
  judgements: Judgement[];
  judgementSummaries: JudgementSummary[];
  /** The report's sections in report order, each with its MDX entry and parts. */
  sections: LoadedSection[];
  /** Every numbered paragraph, 1 to 111, in report order. */
  paragraphs: ReportParagraph[];
  recommendations: Recommendation[];
  /** The findings topics in the order content/topics.yaml lists them, each with its paragraphs. */
  topics: TopicWithParagraphs[];
  /** Each findings paragraph's topic ids. */
  paragraphTopics: ReadonlyMap<number, readonly string[]>;
  /** In alphabetical order of term. */
  glossary: GlossaryTerm[];
  /** In the order content/search-words.yaml lists them. */
  searchWords: SearchWord[];
  keyFigureGroups: KeyFigureGroup[];
  /** Oldest first. */
  laterEvents: LaterEvent[];
  latestJudgement: JudgedEvent;
  /** Ofsted's later inspections of all the services (an overall or area judgements), oldest first. */
  laterInspections: LaterEvent[];
  /** What later inspections found, subject by subject, oldest first. */
  laterFindings: DatedFinding[];
  /** The parts of /young-people/, in page order. */
  youngPeople: MdxDocument<'youngPeople'>[];
  helpServices: ReadonlyMap<string, HelpService>;
  pageText: ReadonlyMap<string, CollectionEntry<'pageText'>['data']>;
  outsideSources: ReadonlyMap<string, OutsideSource>;
  /** Every block of the site's own words with what it cites: the review sheet. */
  siteWords: WordsBlock[];
}

/** An MDX entry's parts, read from its body; an import of a snippet is read from the content files beside it. */
function partsOf(entry: { body?: string; filePath?: string; id: string }, files: ReadonlyMap<string, string>, problems: string[]): MdxParts {
  const file = entry.filePath ?? entry.id;
  const readSnippet = (imported: string) => {
    const path = posix.join(posix.dirname(file), imported);
    const text = files.get(path);
    if (text === undefined) problems.push(`${file} imports ${imported}, which is not a file in content/. Correct the path.`);
    return text ?? '';
  };
  const parts = readMdxParts(entry.body ?? '', readSnippet);
  const checked = mdxPartsSchema.safeParse(parts);
  if (!checked.success) {
    problems.push(...checked.error.issues.map((issue) => `${file}, ${issue.path.join('.')}: ${issue.message}. Check the <Para n={…}> tags and the text around them.`));
  }
  return parts;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The content model and every problem of the content. The model is meant to be used only when
 * there is no problem: with problems, parts of it may be missing.
 */
export function buildContentModel(given: ContentCollections, options: ModelOptions): { model: ContentModel; problems: string[] } {
  const problems: string[] = [];
  // Every collection in order of id, whatever order a loader gave: lists with no order of their own (the review sheet's) follow it.
  const collections = Object.fromEntries(Object.entries(given).map(([name, entries]) => [name, [...entries].sort(byId)])) as ContentCollections;
  const files = new Map(collections.contentFiles.map(({ data }) => [data.path, data.text]));
  const read = <E extends { id: string; body?: string; filePath?: string }>(entries: readonly E[]) =>
    entries.map((entry) => ({ entry, parts: partsOf(entry, files, problems) }));

  const reportInfo = collections.reportInfo.find((e) => e.id === 'report')?.data;
  if (!reportInfo) problems.push(`${REPORT_INFO_FILE} must have a top-level "report:" entry with the title block and judgements.`);
  // Without the title block the other rules still run (on no judgements), so one build lists every problem.
  const info = reportInfo ?? ({ judgements: [] } as unknown as ReportInfo);

  const loaded = reportSections(read(collections.report));
  problems.push(...loaded.problems);
  const paragraphs = sectionParagraphs(loaded.sections);
  const judgements = judgementsOf(info);

  // In order of id, as every collection is here.
  const recommendationFiles = read(collections.recommendations);
  const recommendations = recommendationsOf(recommendationFiles, paragraphs);
  problems.push(...recommendations.problems);

  const topicData: Topic[] = collections.topics.map((e) => e.data);
  const topicList = [...topicData].sort((a, b) => a.order - b.order);
  const tagging = collections.paragraphTopics.map((e) => e.data);
  problems.push(...paragraphTopicsProblems(tagging, topicList.map((t) => t.id)));
  const paragraphTopics = new Map(tagging.map((t) => [t.paragraph, t.topics]));

  const glossary = collections.glossary.map((e) => e.data);
  problems.push(...glossaryProblems(glossary, collections.contentFiles.map((e) => e.data)));

  const searchWords = collections.searchWords.map((e) => e.data).sort((a, b) => a.order - b.order);
  problems.push(...searchWordsProblems(searchWords, paragraphs));

  const outsideSources = collections.outsideSources.map((e) => e.data);
  const expired = options.release ? expiredSourcesProblem(outsideSources, options.buildDate) : undefined;
  if (expired) problems.push(expired);

  const helpServices = collections.helpServices.map((e) => e.data);
  problems.push(...helpServices.flatMap((s) => helpNumberProblem(s, outsideSources) ?? []));

  const keyFigures = collections.keyFigures.map((e) => e.data);
  const figures = keyFigureGroups(keyFigures);
  problems.push(...figures.problems);

  const laterEvents = collections.laterEvents.map((e) => e.data);
  const later = laterEventsOf(laterEvents);
  problems.push(...later.problems);

  const findings = laterFindingsOf(collections.laterFindings.map((e) => e.data), {
    topicIds: topicList.map((t) => t.id), recommendationNumbers, events: later.events, sources: outsideSources,
  });
  problems.push(...findings.problems);

  const youngPeople = read(collections.youngPeople).sort((a, b) => a.entry.data.order - b.entry.data.order);
  const pageText = collections.pageText.map((e) => e.data);
  const notice = datedNoticeProblem(pageText.find((t) => t.id === DATED_NOTICE), later.latestJudgement);
  if (notice) problems.push(notice);
  const siteWords = siteWordsOf({
    sections: loaded.sections, paragraphs, info, youngPeople, recommendations: recommendationFiles,
    keyFigures, topics: topicData, pageText, laterEvents, laterFindings: findings.findings, glossary, outsideSources,
  });
  problems.push(...siteWords.problems);

  const model: ContentModel = {
    reportInfo: info,
    judgements,
    judgementSummaries: judgementSummaries(judgements, loaded.sections),
    sections: loaded.sections,
    paragraphs,
    recommendations: recommendations.recommendations,
    topics: topicsWithParagraphs(topicList, paragraphTopics, paragraphs),
    paragraphTopics,
    glossary: [...glossary].sort((a, b) => a.term.localeCompare(b.term, 'en-GB', { sensitivity: 'base' })),
    searchWords,
    keyFigureGroups: figures.groups,
    laterEvents: later.events,
    latestJudgement: later.latestJudgement!,
    laterInspections: later.inspections,
    laterFindings: findings.findings,
    youngPeople,
    helpServices: new Map(helpServices.map((s) => [s.id, s])),
    pageText: new Map(pageText.map((t) => [t.id, t])),
    outsideSources: new Map(outsideSources.map((s) => [s.id, s])),
    siteWords: siteWords.blocks,
  };
  return { model, problems };
}

/** The content model; with any problem, throws what a build fails with: every problem, numbered, each naming its file, its place and the fix. */
export function checkedContentModel(collections: ContentCollections, options: ModelOptions): ContentModel {
  const { model, problems } = buildContentModel(collections, options);
  if (problems.length === 0) return model;
  throw new Error(`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}. Each names the file, the place and the fix:\n` +
    problems.map((problem, i) => `${i + 1}. ${problem}`).join('\n'));
}
