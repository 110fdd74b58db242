/**
 * What later inspections found, subject by subject (content/later-findings.yaml), each with the
 * event it comes from (content/since-2018.yaml, its date), oldest first. Loading it runs the file's
 * rules (later-findings-rules.ts) once per build, so the build fails on a finding that breaks one.
 */
import { getCollection } from 'astro:content';
import { loadOnce } from './load-once.ts';
import { loadLaterEvents, whenOrder } from './later-events.ts';
import { laterFindingsProblems } from './later-findings-rules.ts';
import type { LaterEvent, LaterFinding } from './content-schemas.ts';
import { LATER_FINDINGS_FILE } from './content-paths.ts';
import { recommendationNumbers } from '../site/site-urls.ts';

export interface DatedFinding extends LaterFinding {
  event: LaterEvent;
}

export const loadLaterFindings = loadOnce(load);

async function load(): Promise<DatedFinding[]> {
  const findings = (await getCollection('laterFindings')).map((e) => e.data);
  const events = await loadLaterEvents();
  const problems = laterFindingsProblems(findings, {
    topicIds: (await getCollection('topics')).map((t) => t.data.id),
    recommendationNumbers,
    events,
    sources: (await getCollection('outsideSources')).map((e) => e.data),
  });
  if (problems.length > 0) throw new Error(`${LATER_FINDINGS_FILE} breaks its rules:\n${problems.join('\n')}`);
  const byId = new Map(events.map((e) => [e.id, e]));
  return findings
    .map((finding) => ({ ...finding, event: byId.get(finding.inspection)! }))
    .sort((a, b) => whenOrder(a.event.when) - whenOrder(b.event.when) || a.id.localeCompare(b.id));
}

/** The findings that speak to a topic or a recommendation, oldest first. */
export async function laterFindingsOn(subject: { topic: string } | { recommendation: number }): Promise<DatedFinding[]> {
  return (await loadLaterFindings()).filter((f) => ('topic' in subject ? f.topics.includes(subject.topic) : f.recommendations.includes(subject.recommendation)));
}

/** Who says it, as readers see it: Ofsted's findings as the page reports them, or the publisher's own claim. */
export function attributionLabel(finding: Pick<LaterFinding, 'attribution'>, publisher: string): string {
  return finding.attribution === 'ofsted-report' ? `Ofsted’s report, as reported by ${publisher}` : `${publisher}’s own claim`;
}
