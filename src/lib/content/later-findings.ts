/**
 * What later inspections found, subject by subject (content/later-findings.yaml), each with the
 * event it comes from (content/since-2018.yaml, its date), oldest first. Pure: the content model
 * builds them once, with the file's rules (later-findings-rules.ts).
 */
import { whenOrder } from './later-events.ts';
import { laterFindingsProblems, type LaterFindingsContext } from './later-findings-rules.ts';
import type { LaterEvent, LaterFinding } from './content-schemas.ts';

export interface DatedFinding extends LaterFinding {
  event: LaterEvent;
}

/** The findings, oldest first, each with its event, and every problem of the file (later-findings-rules.ts). */
export function laterFindingsOf(findings: readonly LaterFinding[], context: Omit<LaterFindingsContext, 'events'> & { events: readonly LaterEvent[] }): { findings: DatedFinding[]; problems: string[] } {
  const problems = laterFindingsProblems(findings, context);
  const byId = new Map(context.events.map((e) => [e.id, e]));
  const dated = findings
    .flatMap((finding) => {
      const event = byId.get(finding.inspection);
      return event ? [{ ...finding, event }] : [];
    })
    .sort((a, b) => whenOrder(a.event.when) - whenOrder(b.event.when) || a.id.localeCompare(b.id));
  return { findings: dated, problems };
}

/** The findings that speak to a topic or a recommendation, oldest first. */
export function laterFindingsOn(findings: readonly DatedFinding[], subject: { topic: string } | { recommendation: number }): DatedFinding[] {
  return findings.filter((f) => ('topic' in subject ? f.topics.includes(subject.topic) : f.recommendations.includes(subject.recommendation)));
}

/** Who says it, as readers see it: Ofsted's findings as the page reports them, or the publisher's own claim. */
export function attributionLabel(finding: Pick<LaterFinding, 'attribution'>, publisher: string): string {
  return finding.attribution === 'ofsted-report' ? `Ofsted’s report, as reported by ${publisher}` : `${publisher}’s own claim`;
}
