/**
 * What public sources say happened after the report (content/since-2018.yaml), in time order,
 * and the latest overall judgement among them: the one home of both.
 */
import { LATER_EVENTS_FILE } from './content-paths.ts';
import type { LaterEvent } from './content-schemas.ts';
import { MONTH_NAMES } from './numbers-in-text.ts';

/** "April 2018" -> 201804, "2022" -> 202200: a year alone sorts before that year's months. */
export function whenOrder(when: string): number {
  const [first, second] = when.split(' ');
  return second ? Number(second) * 100 + (MONTH_NAMES as readonly string[]).indexOf(first) + 1 : Number(first) * 100;
}

export type JudgedEvent = LaterEvent & Required<Pick<LaterEvent, 'overallJudgement'>>;

export interface LaterEvents {
  /** Oldest first (a collection does not keep the file's order). */
  events: LaterEvent[];
  /** The latest Ofsted inspection of all of Sandwell's children's services with an overall judgement. */
  latestJudgement: JudgedEvent | undefined;
  /**
   * Ofsted's later inspections of all of Sandwell's children's services, oldest first: those with an
   * overall judgement or area judgements (from April 2026, areas only). /findings/ sets them beside 2015 and 2018.
   */
  inspections: LaterEvent[];
}

/** The events in time order, the latest judgement and the later inspections, with the file's problem. */
export function laterEventsOf(events: readonly LaterEvent[]): LaterEvents & { problems: string[] } {
  const sorted = [...events].sort((a, b) => whenOrder(a.when) - whenOrder(b.when));
  const latestJudgement = sorted.filter((e): e is JudgedEvent => e.overallJudgement !== undefined).at(-1);
  const problems = latestJudgement ? [] : [`${LATER_EVENTS_FILE} records no later inspection with an overallJudgement: the pages that show the 2018 judgements show the latest beside them.`];
  const inspections = sorted.filter((e) => e.overallJudgement !== undefined || e.areas !== undefined);
  return { events: sorted, latestJudgement, inspections, problems };
}
