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

/** The events, oldest first (a collection does not keep the file's order), and the latest Ofsted inspection of all of Sandwell's children's services. */
export function laterEventsOf(events: readonly LaterEvent[]): { events: LaterEvent[]; latestJudgement: JudgedEvent | undefined; problems: string[] } {
  const sorted = [...events].sort((a, b) => whenOrder(a.when) - whenOrder(b.when));
  const latestJudgement = sorted.filter((e): e is JudgedEvent => e.overallJudgement !== undefined).at(-1);
  const problems = latestJudgement ? [] : [`${LATER_EVENTS_FILE} records no later inspection with an overallJudgement: the pages that show the 2018 judgements show the latest beside them.`];
  return { events: sorted, latestJudgement, problems };
}
