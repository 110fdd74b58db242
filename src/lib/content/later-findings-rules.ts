/**
 * The rules of content/later-findings.yaml beyond its schema, as one pure function: each finding
 * names a later inspection, topics and recommendations that exist and an outside source that is
 * listed; its quote is the source's own words; every number or date its text states is in that
 * quote. The content model runs it once per build (later-findings.ts); tests run it on changed copies of content/.
 * Kept apart from content-rules.ts so it can be wired into the content model by itself.
 */
import type { LaterEvent, LaterFinding, OutsideSource } from './content-schemas.ts';
import { LATER_EVENTS_FILE, LATER_FINDINGS_FILE, OUTSIDE_SOURCES_FILE, RECOMMENDATIONS_DIR, TOPICS_FILE } from './content-paths.ts';
import { numbersIn, occursIn } from './numbers-in-text.ts';
import { OUTSIDE_PREFIX, parseSources } from './sources.ts';

/** What the findings are checked against: the other content they name. */
export interface LaterFindingsContext {
  topicIds: readonly string[];
  recommendationNumbers: readonly number[];
  events: readonly Pick<LaterEvent, 'id' | 'inspection'>[];
  sources: readonly OutsideSource[];
}

/** Quotes are compared as words: line breaks and runs of spaces do not count. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every problem of the findings, one message each, naming the file, the finding and the fix. */
export function laterFindingsProblems(findings: readonly LaterFinding[], context: LaterFindingsContext): string[] {
  const topics = new Set(context.topicIds);
  const recommendations = new Set(context.recommendationNumbers);
  const events = new Map(context.events.map((e) => [e.id, e]));
  const sources = new Map(context.sources.map((s) => [s.id, s]));
  return findings.flatMap((finding) => {
    const where = `${LATER_FINDINGS_FILE}, finding ${finding.id}`;
    const problems: string[] = [];
    const event = events.get(finding.inspection);
    if (!event) {
      problems.push(`${where}: the inspection "${finding.inspection}" is not an event in ${LATER_EVENTS_FILE}. Use one of its ids (${[...events.keys()].join(', ')}), or add the inspection there with its sources.`);
    } else if (!event.inspection) {
      problems.push(`${where}: the event "${event.id}" in ${LATER_EVENTS_FILE} does not say what inspection it was. Give it an \`inspection\`, e.g. "Ofsted monitoring visit".`);
    }
    for (const topic of finding.topics.filter((t) => !topics.has(t))) {
      problems.push(`${where}: the topic "${topic}" is not in ${TOPICS_FILE}. Use one of its ids: ${[...topics].join(', ')}.`);
    }
    for (const n of finding.recommendations.filter((r) => !recommendations.has(r))) {
      problems.push(`${where}: there is no recommendation ${n}: the report makes ${recommendations.size} (${RECOMMENDATIONS_DIR}/). Use a number from 1 to ${recommendations.size}.`);
    }
    const [id] = parseSources(finding.source).outside;
    const source = sources.get(id);
    if (!source) {
      problems.push(`${where}: cites "${OUTSIDE_PREFIX}${id}", which ${OUTSIDE_SOURCES_FILE} does not list. Add the page there (publisher, title, url, published, says, seen) or correct the id.`);
      return problems;
    }
    if (!words(source.says).includes(words(finding.quote))) {
      problems.push(`${where}: its quote has words that "${id}" in ${OUTSIDE_SOURCES_FILE} does not say: "${finding.quote}". Copy the words exactly as the page gives them (quote them in its \`says\` first), or mend the quote.`);
    }
    for (const n of numbersIn(finding.text).filter((n) => !occursIn(n, finding.quote))) {
      problems.push(`${where}: its text says "${n}", which its quote does not. Quote the source's words that give it, or take it out of the text.`);
    }
    return problems;
  });
}
