/**
 * Facts from outside the report (a later inspection, a phone number) rest on public pages quoted in
 * content/outside-sources.yaml and are checked like the report's own words: a block may cite only a
 * listed source, every number it states must occur in what it cites, and a source expires 12 months
 * after it was last seen (the release build refuses it). Pure rules: the build's loaders and the
 * tests call them on the content or on small fixtures.
 */
import type { OutsideSource } from './content-schemas.ts';
import { MONTH_NAMES as MONTHS, numbersIn, occursIn } from './numbers-in-text.ts';
import { OUTSIDE_PREFIX, parseSources } from './sources.ts';

export const OUTSIDE_SOURCES_FILE = 'content/outside-sources.yaml';
/** A source last seen longer ago than this must be checked again before a release. */
export const SOURCE_VALID_MONTHS = 12;

/** "2025-12-05" -> "5 December 2025", "2022-07" -> "July 2022", "2018" -> "2018". */
export function formatSourceDate(date: string): string {
  const [year, month, day] = date.split('-');
  return [day && String(Number(day)), month && MONTHS[Number(month) - 1], year].filter(Boolean).join(' ');
}

/** How a note names the source: publisher, title and date. */
export function sourceLabel(source: OutsideSource): string {
  return `${source.publisher}, “${source.title}”, ${source.published ? formatSourceDate(source.published) : 'undated'}`;
}

/** What a block citing the source rests on: its quoted words, and the date the page bears. */
export function sourceText(source: OutsideSource): string {
  return source.published ? `${source.says}\n(Published ${formatSourceDate(source.published)}.)` : source.says;
}

/** A block of the site's own words, as the checks need it. */
export interface CitingBlock {
  file: string;
  where: string;
  text: string;
  sources: string;
}

/**
 * What is wrong with blocks that cite sources outside the report: a source id the file does not
 * list, or a number that neither the report's places it cites (`reportText`) nor the quotes hold.
 * Each problem names the file, the block and the fix.
 */
export function outsideCitationProblems(blocks: CitingBlock[], sources: OutsideSource[], reportText: (block: CitingBlock) => string): string[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return blocks.flatMap((block) => {
    const { outside } = parseSources(block.sources);
    if (outside.length === 0) return [];
    const unknown = outside.filter((id) => !byId.has(id));
    if (unknown.length > 0) {
      return unknown.map((id) => `${block.file}, ${block.where}: cites "${OUTSIDE_PREFIX}${id}", which ${OUTSIDE_SOURCES_FILE} does not list. Add the source there (publisher, title, url, published, says, seen) or correct the id.`);
    }
    const cited = [reportText(block), ...outside.map((id) => sourceText(byId.get(id)!))].join('\n');
    return numbersIn(block.text)
      .filter((n) => !occursIn(n, cited))
      .map((n) => `${block.file}, ${block.where}: "${n}" is in none of the words it cites (${block.sources}). Quote the source's words that give it in ${OUTSIDE_SOURCES_FILE}, or take the number out.`);
  });
}

/** The day `months` months before `date` (both "YYYY-MM-DD"). */
function monthsBefore(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const back = new Date(Date.UTC(year, month - 1 - months, day));
  return back.toISOString().slice(0, 10);
}

/** Sources last seen more than SOURCE_VALID_MONTHS months before `buildDate` ("YYYY-MM-DD"). */
export function expiredSources(sources: OutsideSource[], buildDate: string): OutsideSource[] {
  const oldest = monthsBefore(buildDate, SOURCE_VALID_MONTHS);
  return sources.filter((s) => s.seen < oldest);
}

/** Throws, naming each expired source and the fix, when any was last seen too long before `buildDate`. */
export function assertSourcesCurrent(sources: OutsideSource[], buildDate: string): void {
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
export function helpNumberProblem(service: CheckedNumber, sources: OutsideSource[]): string | undefined {
  const where = `content/help-services.yaml, ${service.id}`;
  const byId = new Map(sources.map((s) => [s.id, s]));
  const { outside } = parseSources(service.sources);
  const unknown = outside.find((id) => !byId.has(id));
  if (unknown) return `${where}: cites "${OUTSIDE_PREFIX}${unknown}", which ${OUTSIDE_SOURCES_FILE} does not list. Add the service's page there, with the words that show the number.`;
  const digits = (text: string) => text.replace(/\s/g, '');
  if (outside.some((id) => digits(byId.get(id)!.says).includes(digits(service.phone)))) return undefined;
  return `${where}: no page it cites quotes the phone number ${service.phone}. Check the number on the service's own page and quote the words that show it in ${OUTSIDE_SOURCES_FILE}.`;
}
