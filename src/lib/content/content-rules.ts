/**
 * The rules the site's own words answer to, checked by the build, in one place (README, "How the
 * site's own words cite the report"): every block has sources; every number it states is in a
 * place it cites (the number check), the quotes of outside sources included; it cites only listed
 * outside sources; a help service's number is quoted from a page it cites; a release refuses an
 * outside source last seen too long ago. And two rules of the report's own files: each section
 * numbers exactly its paragraphs, and each "(Recommendation)" paragraph is cited by a recommendation.
 * Pure: the review sheet's loader runs assertSiteWords once per build over every block; the
 * loaders of the report, the recommendations and help services and astro.config.mjs run the
 * others; tests (tests/unit/content-rules.test.ts, tests/built/content-errors.test.ts) run the
 * same functions on small fixtures and on changed copies of content/.
 */
import type { OutsideSource } from './content-schemas.ts';
import { paragraphsOf, type ReportSection } from './report-structure.ts';
import { numbersIn, occursIn } from './numbers-in-text.ts';
import { OUTSIDE_SOURCES_FILE, sourceText } from './outside-sources.ts';
import { OUTSIDE_PREFIX, parseSources } from './sources.ts';

/** A source last seen longer ago than this must be checked again before a release. */
export const SOURCE_VALID_MONTHS = 12;

/** A block of the site's own words, as the rules need it. */
export interface CitingBlock {
  file: string;
  where: string;
  text: string;
  /** As written in content; undefined where the block has none, which breaks the first rule. */
  sources?: string;
}

const nameOf = (block: CitingBlock) => `${block.file}, ${block.where}`;

/** The outside sources a source list cites, split into those listed (by id) and the ids not listed. */
function citedOutside(sourceList: string, byId: ReadonlyMap<string, OutsideSource>): { listed: OutsideSource[]; unknown: string[] } {
  const { outside } = parseSources(sourceList);
  return { listed: outside.flatMap((id) => byId.get(id) ?? []), unknown: outside.filter((id) => !byId.has(id)) };
}

/** Blocks without sources, each named with the start of its text. */
export function unsourcedProblems(blocks: readonly CitingBlock[]): string[] {
  return blocks
    .filter((b) => b.sources === undefined)
    .map((b) => `${nameOf(b)}: "${b.text.slice(0, 60)}" has no sources. Say what it rests on (README.md, "How the site's own words cite the report").`);
}

/**
 * The number check, and the check of outside citations: a source id the outside sources do not
 * list, or a number that neither the report's places the block cites (`reportText`) nor the quotes
 * it cites hold. Phone numbers are left out (numbersIn). Each problem names the file, the block,
 * the number and the fix.
 */
export function citationProblems<B extends CitingBlock>(blocks: readonly B[], sources: readonly OutsideSource[], reportText: (block: B & { sources: string }) => string): string[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return blocks.flatMap((block) => {
    if (block.sources === undefined) return [];
    const { listed, unknown } = citedOutside(block.sources, byId);
    if (unknown.length > 0) {
      return unknown.map((id) => `${nameOf(block)}: cites "${OUTSIDE_PREFIX}${id}", which ${OUTSIDE_SOURCES_FILE} does not list. Add the source there (publisher, title, url, published, says, seen) or correct the id.`);
    }
    const cited = [reportText({ ...block, sources: block.sources }), ...listed.map(sourceText)].join('\n');
    const fix = listed.length > 0
      ? `Quote the source's words that give it in ${OUTSIDE_SOURCES_FILE}, or take the number out.`
      : 'Cite the paragraph or block of the report that gives it, or take the number out.';
    return numbersIn(block.text)
      .filter((n) => !occursIn(n, cited))
      .map((n) => `${nameOf(block)}: "${n}" is in none of the words it cites (${block.sources}). ${fix}`);
  });
}

/** Throws, listing every problem of the site's own words (unsourced, then citations), when there is any. */
export function assertSiteWords<B extends CitingBlock>(blocks: readonly B[], sources: readonly OutsideSource[], reportText: (block: B & { sources: string }) => string): void {
  const problems = [...unsourcedProblems(blocks), ...citationProblems(blocks, sources, reportText)];
  if (problems.length > 0) throw new Error(`These blocks of the site's own words break the rules of content/README.md ("Sources"):\n${problems.join('\n')}`);
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

/** Throws, naming each expired source and the fix, when any was last seen too long before `buildDate`. */
export function assertSourcesCurrent(sources: readonly OutsideSource[], buildDate: string): void {
  const expired = expiredSources(sources, buildDate);
  if (expired.length === 0) return;
  throw new Error(
    `A release build needs facts from outside the report checked within ${SOURCE_VALID_MONTHS} months of ${buildDate}, but ${OUTSIDE_SOURCES_FILE} has sources last seen longer ago:\n` +
      expired.map((s) => `  ${s.id} (${s.url}), seen ${s.seen}`).join('\n') +
      `\nOpen each page again: where it still says what "says" quotes, set "seen" to the day you looked; where it does not, mend the quote and the words that cite it, or remove them.`,
  );
}

/** A help service as the number check needs it (content/help-services.yaml). */
export interface CheckedNumber {
  id: string;
  phone: string;
  sources: string;
}

/**
 * What is wrong with a help service's number: a cited page the file does not list, or no cited
 * page whose quote holds the number. Undefined when one of its pages shows it.
 */
export function helpNumberProblem(service: CheckedNumber, sources: readonly OutsideSource[]): string | undefined {
  const where = `content/help-services.yaml, ${service.id}`;
  const { listed, unknown } = citedOutside(service.sources, new Map(sources.map((s) => [s.id, s])));
  if (unknown.length > 0) return `${where}: cites "${OUTSIDE_PREFIX}${unknown[0]}", which ${OUTSIDE_SOURCES_FILE} does not list. Add the service's page there, with the words that show the number.`;
  const digits = (text: string) => text.replace(/\s/g, '');
  if (listed.some((source) => digits(source.says).includes(digits(service.phone)))) return undefined;
  return `${where}: no page it cites quotes the phone number ${service.phone}. Check the number on the service's own page and quote the words that show it in ${OUTSIDE_SOURCES_FILE}.`;
}

/** What is wrong with the paragraph numbers a section's file holds, in order, against the report's structure. */
export function sectionParagraphsProblem(section: ReportSection, found: readonly number[]): string | undefined {
  const expected = paragraphsOf(section);
  if (expected.join() === found.join()) return undefined;
  return `content/report/${section.slug}.mdx numbers its paragraphs ${found.join(', ') || '(none)'}, but src/lib/content/report-structure.ts gives this section ${expected.length ? `paragraphs ${expected[0]} to ${expected.at(-1)}` : 'no numbered paragraphs'}. Each <Para n={…}> must appear once, in order.`;
}

/** Paragraphs the report marks "(Recommendation)" that no recommendation's evidence cites, as a problem naming them and the fix. */
export function uncitedRecommendationsProblem(paragraphs: readonly { n: number; recommendation: boolean }[], evidence: readonly number[]): string | undefined {
  const cited = new Set(evidence);
  const uncited = paragraphs.filter((p) => p.recommendation && !cited.has(p.n)).map((p) => p.n);
  if (uncited.length === 0) return undefined;
  const many = uncited.length > 1;
  return `The report marks paragraph${many ? 's' : ''} ${uncited.join(', ')} "(Recommendation)", but no file in content/recommendations/ cites ${many ? 'them' : 'it'}. Add each to the evidence of the recommendation it supports.`;
}
