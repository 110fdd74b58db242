/**
 * Facts from outside the report (a later inspection, a phone number) rest on public pages quoted in
 * content/outside-sources.yaml: how a note names one, and the words a block citing it rests on. The
 * rules they are checked by (listed ids, numbers in the quotes, expiry) are in content-rules.ts.
 */
import type { OutsideSource } from './content-schemas.ts';
import { MONTH_NAMES } from './numbers-in-text.ts';

/** "2025-12-05" -> "5 December 2025", "2022-07" -> "July 2022", "2018" -> "2018". */
export function formatSourceDate(date: string): string {
  const [year, month, day] = date.split('-');
  return [day && String(Number(day)), month && MONTH_NAMES[Number(month) - 1], year].filter(Boolean).join(' ');
}

/** How a note names the source: publisher, title and date. */
export function sourceLabel(source: OutsideSource): string {
  return `${source.publisher}, “${source.title}”, ${source.published ? formatSourceDate(source.published) : 'undated'}`;
}

/** What a block citing the source rests on: its quoted words, and the date the page bears. */
export function sourceText(source: OutsideSource): string {
  return source.published ? `${source.says}\n(Published ${formatSourceDate(source.published)}.)` : source.says;
}
