/**
 * What public sources say happened after the report (content/since-2018.yaml), in the file's time
 * order, and the latest overall judgement among them: the one home of both.
 */
import { getCollection } from 'astro:content';
import { LATER_EVENTS_FILE } from './content-paths.ts';
import type { LaterEvent } from './content-schemas.ts';
import { MONTH_NAMES } from './numbers-in-text.ts';

/** "April 2018" -> 201804, "2022" -> 202200: a year alone sorts before that year's months. */
export function whenOrder(when: string): number {
  const [first, second] = when.split(' ');
  return second ? Number(second) * 100 + (MONTH_NAMES as readonly string[]).indexOf(first) + 1 : Number(first) * 100;
}

/** The events, oldest first (the collection does not keep the file's order). */
export async function loadLaterEvents(): Promise<LaterEvent[]> {
  return (await getCollection('laterEvents')).map((e) => e.data).sort((a, b) => whenOrder(a.when) - whenOrder(b.when));
}

/** The latest Ofsted inspection of all of Sandwell's children's services that the file records. */
export async function loadLatestJudgement(): Promise<LaterEvent & Required<Pick<LaterEvent, 'overallJudgement'>>> {
  const judged = (await loadLaterEvents()).filter((e) => e.overallJudgement !== undefined);
  const latest = judged.at(-1);
  if (!latest) throw new Error(`${LATER_EVENTS_FILE} records no later inspection with an overallJudgement: the pages that show the 2018 judgements show the latest beside them.`);
  return latest as LaterEvent & Required<Pick<LaterEvent, 'overallJudgement'>>;
}

/**
 * Ofsted's later inspections of all of Sandwell's children's services, oldest first: those with an
 * overall judgement or area judgements (from April 2026, areas only). /findings/ sets them beside 2015 and 2018.
 */
export async function loadLaterInspections(): Promise<LaterEvent[]> {
  return (await loadLaterEvents()).filter((e) => e.overallJudgement !== undefined || e.areas !== undefined);
}
