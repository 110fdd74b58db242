/**
 * Every content rule the build checks beyond the schemas, in one place (README, "How the site's own
 * words cite the report"). The site's own words: each MDX block ends with one source note, listing
 * places that exist; every number a block states is in a place it cites (the number check), the
 * quotes of outside sources included; it cites only listed outside sources; a help service's number
 * is quoted from a page it cites; a release refuses an outside source last seen too long ago. The
 * report's own files: each section numbers exactly its paragraphs and has the unnumbered blocks
 * its structure gives ids to; each "(Recommendation)" paragraph is cited by a recommendation; each
 * findings paragraph has known topics. The glossary: every acronym the content uses is defined,
 * every term defined is used. The search words: each means words the report uses. Pure, each
 * returning problems (never throwing): the content model (content-model.ts) runs them all once per
 * build and the build lists every problem at once; tests run them on small fixtures
 * (tests/unit/content-rules.test.ts) and through the model on changed copies of content/.
 */
import type { GlossaryTerm, HelpService, LaterEvent, MdxParts, OutsideSource, ParagraphTopics, SearchWord } from './content-schemas.ts';
import { gradeLabel } from './judgements.ts';
import { findingsParagraphNumbers, paragraphsOf, type ReportSection } from './report-structure.ts';
import type { ContentFile } from './content-files.ts';
import { GLOSSARY_FILE, HELP_SERVICES_FILE, LATER_EVENTS_FILE, OUTSIDE_SOURCES_FILE, PAGE_TEXT_FILE, PARAGRAPH_TOPICS_FILE, RECOMMENDATIONS_DIR, reportSectionFile, SEARCH_WORDS_FILE, TOPICS_FILE } from './content-paths.ts';
import { ACRONYM, MDX_CODE, termFinder } from './glossary-terms.ts';
import { phraseOccursIn } from '../search/search-vocabulary.ts';
import { numbersIn, occursIn } from './numbers-in-text.ts';
import { sourceText } from './outside-sources.ts';
import { OUTSIDE_PREFIX, parseSources, SOURCES_COMPONENT } from './sources.ts';

/** A source last seen longer ago than this must be checked again before a release. */
export const SOURCE_VALID_MONTHS = 12;

/** A block of the site's own words, as the rules need it. */
export interface CitingBlock {
  file: string;
  where: string;
  text: string;
  /** As written in content: every block has one (YAML by its schema, MDX by sourceNotesProblems). */
  sources: string;
}

const nameOf = (block: CitingBlock) => `${block.file}, ${block.where}`;

/** The outside sources a source list cites, split into those listed (by id) and the ids not listed. */
function citedOutside(sourceList: string, byId: ReadonlyMap<string, OutsideSource>): { listed: OutsideSource[]; unknown: string[] } {
  const { outside } = parseSources(sourceList);
  return { listed: outside.flatMap((id) => byId.get(id) ?? []), unknown: outside.filter((id) => !byId.has(id)) };
}

const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/**
 * How an MDX file of the site's own words gives its sources: one `<Sources of="…" />` at the end of
 * each block (YAML texts have a required `sources` field), none on a line of its own, each a list
 * the notation allows. Problems name the file, the block and the fix.
 */
export function sourceNotesProblems(file: string, parts: Pick<MdxParts, 'blocks' | 'looseSources'>): string[] {
  const loose = parts.looseSources > 0
    ? [`${file} has a <${SOURCES_COMPONENT}> outside a paragraph or list item: put it at the end of the last line of the block it sources (not on a line of its own).`]
    : [];
  return [...loose, ...parts.blocks.flatMap((block) => {
    const where = `${file}, the block "${excerpt(block.text)}"`;
    if (block.sources.length === 0) {
      return [`${where} has no sources: end it with <${SOURCES_COMPONENT} of="27, 99" /> (paragraphs), of="summary-3" (a block of the report) or of="general" (not from the report). See README.md, "How the site's own words cite the report".`];
    }
    if (block.sources.length > 1) return [`${where} has ${block.sources.length} <${SOURCES_COMPONENT}> notes: give each block one, listing all it rests on.`];
    try {
      parseSources(block.sources[0]);
      return [];
    } catch (error) {
      return [`${where} ${(error as Error).message}.`];
    }
  })];
}

/**
 * The number check, and the check of outside citations: a source id the outside sources do not
 * list, or a number that neither the report's places the block cites (`reportText`) nor the quotes
 * it cites hold. Phone numbers are left out (numbersIn). Each problem names the file, the block,
 * the number and the fix.
 */
export function citationProblems<B extends CitingBlock>(blocks: readonly B[], sources: readonly OutsideSource[], reportText: (block: B) => string): string[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return blocks.flatMap((block) => {
    const { listed, unknown } = citedOutside(block.sources, byId);
    if (unknown.length > 0) {
      return unknown.map((id) => `${nameOf(block)}: cites "${OUTSIDE_PREFIX}${id}", which ${OUTSIDE_SOURCES_FILE} does not list. Add the source there (publisher, title, url, published, says, seen) or correct the id.`);
    }
    const cited = [reportText(block), ...listed.map(sourceText)].join('\n');
    const fix = listed.length > 0
      ? `Quote the source's words that give it in ${OUTSIDE_SOURCES_FILE}, or take the number out.`
      : 'Cite the paragraph or block of the report that gives it, or take the number out.';
    return numbersIn(block.text)
      .filter((n) => !occursIn(n, cited))
      .map((n) => `${nameOf(block)}: "${n}" is in none of the words it cites (${block.sources}). ${fix}`);
  });
}

/** The day `months` months before `date` (both "YYYY-MM-DD"). */
function monthsBefore(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const back = new Date(Date.UTC(year, month - 1 - months, day));
  return back.toISOString().slice(0, 10);
}

/** Sources last seen more than SOURCE_VALID_MONTHS months before `buildDate` ("YYYY-MM-DD"). */
export function expiredSources(sources: readonly OutsideSource[], buildDate: string): OutsideSource[] {
  const oldest = monthsBefore(buildDate, SOURCE_VALID_MONTHS);
  return sources.filter((s) => s.seen < oldest);
}

/** A release's problem with outside sources last seen too long before `buildDate`, naming each and the fix; undefined when none is. */
export function expiredSourcesProblem(sources: readonly OutsideSource[], buildDate: string): string | undefined {
  const expired = expiredSources(sources, buildDate);
  if (expired.length === 0) return undefined;
  return `A release build needs facts from outside the report checked within ${SOURCE_VALID_MONTHS} months of ${buildDate}, but ${OUTSIDE_SOURCES_FILE} has sources last seen longer ago:\n` +
    expired.map((s) => `  ${s.id} (${s.url}), seen ${s.seen}`).join('\n') +
    `\nOpen each page again: where it still says what "says" quotes, set "seen" to the day you looked; where it does not, mend the quote and the words that cite it, or remove them.`;
}

/** A help service as the number check needs it (content/help-services.yaml): a phone number or a website. */
type CheckedNumber = Pick<HelpService, 'id' | 'phone' | 'website' | 'sources'>;

/** A host without its "www.": a service's pages may be cited at either. */
const siteOf = (url: string) => new URL(url).host.replace(/^www\./, '');

/**
 * What is wrong with a help service's number or website: a cited page the file does not list, no
 * cited page whose quote holds the number, or no cited page on the website. Undefined when one of
 * its pages shows the number, or is on the website.
 */
export function helpNumberProblem(service: CheckedNumber, sources: readonly OutsideSource[]): string | undefined {
  const where = `${HELP_SERVICES_FILE}, ${service.id}`;
  const { listed, unknown } = citedOutside(service.sources, new Map(sources.map((s) => [s.id, s])));
  if (unknown.length > 0) return `${where}: cites "${OUTSIDE_PREFIX}${unknown[0]}", which ${OUTSIDE_SOURCES_FILE} does not list. Add the service's page there, with the words that show the number.`;
  if (service.website !== undefined) {
    if (listed.some((source) => siteOf(source.url) === siteOf(service.website!))) return undefined;
    return `${where}: no page it cites is on its website ${service.website}. Quote a page of that site in ${OUTSIDE_SOURCES_FILE} and cite it.`;
  }
  const digits = (text: string) => text.replace(/\s/g, '');
  if (listed.some((source) => digits(source.says).includes(digits(service.phone ?? '')))) return undefined;
  return `${where}: no page it cites quotes the phone number ${service.phone}. Check the number on the service's own page and quote the words that show it in ${OUTSIDE_SOURCES_FILE}.`;
}

/** What is wrong with the paragraph numbers a section's file holds, in order, against the report's structure. */
export function sectionParagraphsProblem(section: ReportSection, found: readonly number[]): string | undefined {
  const expected = paragraphsOf(section);
  if (expected.join() === found.join()) return undefined;
  return `${reportSectionFile(section.slug)} numbers its paragraphs ${found.join(', ') || '(none)'}, but src/lib/content/report-structure.ts gives this section ${expected.length ? `paragraphs ${expected[0]} to ${expected.at(-1)}` : 'no numbered paragraphs'}. Each <Para n={…}> must appear once, in order.`;
}

/** Paragraphs the report marks "(Recommendation)" that no recommendation's evidence cites, as a problem naming them and the fix. */
export function uncitedRecommendationsProblem(paragraphs: readonly { n: number; recommendation: boolean }[], evidence: readonly number[]): string | undefined {
  const cited = new Set(evidence);
  const uncited = paragraphs.filter((p) => p.recommendation && !cited.has(p.n)).map((p) => p.n);
  if (uncited.length === 0) return undefined;
  const many = uncited.length > 1;
  return `The report marks paragraph${many ? 's' : ''} ${uncited.join(', ')} "(Recommendation)", but no file in ${RECOMMENDATIONS_DIR}/ cites ${many ? 'them' : 'it'}. Add each to the evidence of the recommendation it supports.`;
}

/** What is wrong with a section's unnumbered blocks as read (mdx-parts.ts) against the report's structure, which gives them ids. */
export function sectionBlocksProblem(section: ReportSection, found: number): string | undefined {
  const expected = section.blocks?.count ?? 0;
  if (found === expected) return undefined;
  return `${reportSectionFile(section.slug)} has ${found} unnumbered blocks (paragraphs and list items outside <Para>), but src/lib/content/report-structure.ts gives the section ${expected}. Set its blocks.count to ${found}, or mend the file.`;
}

/**
 * What is wrong with the findings paragraphs' topics (content/paragraph-topics.yaml): a paragraph
 * outside the findings, one with no topics, an id content/topics.yaml does not list, a topic no
 * paragraph has, or a findings paragraph left untagged. One message per problem, naming the file, the paragraph and the fix.
 */
export function paragraphTopicsProblems(tagging: readonly ParagraphTopics[], topicIds: readonly string[]): string[] {
  const known = new Set(topicIds);
  const first = findingsParagraphNumbers[0];
  const last = findingsParagraphNumbers.at(-1);
  const problems = tagging.flatMap(({ id, paragraph, topics }) => {
    if (!findingsParagraphNumbers.includes(paragraph)) {
      return [`${PARAGRAPH_TOPICS_FILE} lists paragraph ${id}, but only the findings, paragraphs ${first} to ${last}, have topics. Remove it.`];
    }
    if (topics.length === 0) return [`${PARAGRAPH_TOPICS_FILE} gives paragraph ${paragraph} no topics. Give it a list of one or more topic ids from ${TOPICS_FILE}.`];
    return topics.filter((topic) => !known.has(topic)).map((topic) =>
      `${PARAGRAPH_TOPICS_FILE} tags paragraph ${paragraph} with the unknown topic "${topic}". Use one of the ids in ${TOPICS_FILE}: ${[...known].join(', ')}.`);
  });
  for (const topic of topicIds) {
    if (!tagging.some((t) => t.topics.includes(topic))) {
      problems.push(`${TOPICS_FILE} lists the topic "${topic}", but no paragraph in ${PARAGRAPH_TOPICS_FILE} has it. Tag its paragraphs, or remove the topic.`);
    }
  }
  const tagged = new Set(tagging.map((t) => t.paragraph));
  const untagged = findingsParagraphNumbers.filter((n) => !tagged.has(n));
  if (untagged.length > 0) {
    problems.push(`${PARAGRAPH_TOPICS_FILE} gives no topics to paragraph${untagged.length > 1 ? 's' : ''} ${untagged.join(', ')}. Every findings paragraph needs at least one topic.`);
  }
  return problems;
}

/**
 * What is wrong between the glossary and the content, one message per problem, each naming the
 * term, the file and the fix: an acronym the content (or a definition) uses that the glossary
 * does not define, a term the A to Z has no letter for, and a glossary term that no content file uses.
 */
export function glossaryProblems(entries: readonly GlossaryTerm[], files: readonly ContentFile[]): string[] {
  const problems: string[] = [];
  const defined = new Set(entries.flatMap((entry) => [entry.term, ...(entry.forms ?? []), ...(entry.abbreviation ? [entry.abbreviation] : [])]));
  for (const file of files) {
    const undefinedHere = new Set<string>();
    for (const [, acronym] of file.text.replace(MDX_CODE, ' ').matchAll(ACRONYM)) {
      if (!defined.has(acronym)) undefinedHere.add(acronym);
    }
    for (const acronym of undefinedHere) {
      problems.push(`${file.path} uses the acronym "${acronym}", which ${GLOSSARY_FILE} does not define. Add an entry for it (id, term, expansion, definition) to ${GLOSSARY_FILE}.`);
    }
  }
  for (const entry of entries.filter((e) => !/^[A-Z]/i.test(e.term))) {
    problems.push(`${GLOSSARY_FILE}: "${entry.term}" does not start with a letter A to Z, so the glossary page has no place for it. Start the term with a letter.`);
  }
  const contentFiles = files.filter((file) => file.path !== GLOSSARY_FILE);
  for (const entry of entries) {
    const { regex } = termFinder([entry]);
    if (!contentFiles.some((file) => file.text.replace(MDX_CODE, ' ').search(regex) >= 0)) {
      problems.push(`${GLOSSARY_FILE} defines "${entry.term}" (id ${entry.id}), but no file in content/ uses it. Remove the entry, or correct its term or forms to match how the content writes it.`);
    }
  }
  return problems;
}

/**
 * Everyday search words (content/search-words.yaml) whose meaning the report's numbered paragraphs
 * never use (such a word would find nothing), or that name a paragraph they were checked against
 * which holds none of their meanings (or no such paragraph). One message per problem, naming the file and the fix.
 */
export function searchWordsProblems(words: readonly SearchWord[], paragraphs: readonly { n: number; text: string }[]): string[] {
  const reportText = paragraphs.map((p) => p.text).join(' ');
  const byNumber = new Map(paragraphs.map((p) => [p.n, p.text]));
  return words.flatMap(({ word, means, checked }) => {
    const absent = means.filter((m) => !phraseOccursIn(reportText, m));
    const unheld = checked.filter((n) => !means.some((m) => phraseOccursIn(byNumber.get(n) ?? '', m)));
    return [
      ...(absent.length > 0
        ? [`${SEARCH_WORDS_FILE}: "${word}" means ${absent.map((m) => `"${m}"`).join(', ')}, which the report's numbered paragraphs never use. Give the report's own word, or remove it.`]
        : []),
      ...unheld.map((n) => `${SEARCH_WORDS_FILE}: "${word}" was checked against paragraph ${n}, which ${byNumber.has(n) ? `holds none of ${means.map((m) => `"${m}"`).join(', ')}` : 'does not exist'}. Name the paragraphs where the report uses its meaning.`),
    ];
  });
}

/** The id in content/page-text.yaml of the notice under every page's h1. */
export const DATED_NOTICE = 'dated-notice';

/**
 * What is wrong with the dated notice every page shows (content/page-text.yaml): missing, or not
 * giving where things stand now, the latest overall judgement content/since-2018.yaml records.
 */
export function datedNoticeProblem(notice: { text: string } | undefined, latest: Pick<LaterEvent, 'when' | 'overallJudgement'> | undefined): string | undefined {
  if (!notice) return `${PAGE_TEXT_FILE} has no entry "${DATED_NOTICE}", the notice every page shows. Add it, with its sources.`;
  if (!latest?.overallJudgement) return undefined;
  const grade = gradeLabel(latest.overallJudgement).toLowerCase();
  if (notice.text.includes(latest.when) && notice.text.toLowerCase().includes(grade)) return undefined;
  return `${PAGE_TEXT_FILE}, ${DATED_NOTICE}: the notice must give today's position, the latest overall judgement in ${LATER_EVENTS_FILE} (${latest.when}, ${grade}), but says "${notice.text}". Mend its text and sources.`;
}
