/**
 * Loaders for the councillors' findings pages: the judgement summaries, the topics with their
 * paragraphs (the key figures are in key-figures.ts).
 */
import { getCollection } from 'astro:content';
import { loadJudgements, loadParagraphs, loadReportSections } from './report-content.ts';
import { findingsSections, type ReportSection } from './report-structure.ts';
import { readParagraphTopics, readTopics } from './topics-fs.ts';
import type { Topic } from './content-schemas.ts';
import type { Grade } from './judgements.ts';
import type { ReportParagraph } from './paragraph-text-fs.ts';

/** The heading that ends a judgement section's summary and starts its numbered findings. */
const FINDINGS_HEADING = '## Inspection findings';

export interface JudgementSummary {
  section: ReportSection;
  grade: Grade;
  /** The summary's paragraphs, word for word from the section's MDX. */
  paragraphs: string[];
}

/** The summaries at the top of the three main judgement sections (not their sub-judgements). */
export async function loadJudgementSummaries(): Promise<JudgementSummary[]> {
  const loaded = await loadReportSections();
  return (await loadJudgements())
    .filter((j) => !j.section.partOf)
    .map((j) => {
      const { section, entry } = loaded.find((l) => l.section === j.section)!;
      const body = entry.body ?? '';
      if (!body.includes(FINDINGS_HEADING)) {
        throw new Error(`content/report/${section.slug}.mdx has no "${FINDINGS_HEADING}" heading: the findings page shows the text before it as the judgement's summary.`);
      }
      const paragraphs = body.slice(0, body.indexOf(FINDINGS_HEADING)).split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
      return { section, grade: j.grade, paragraphs };
    });
}

export interface TopicWithParagraphs extends Topic {
  paragraphs: ReportParagraph[];
}

/** The topics in the order content/topics.yaml lists them, each with its paragraphs in report order. */
export async function loadTopics(): Promise<TopicWithParagraphs[]> {
  // The collection comes back sorted by id; the file's order is the reading order.
  const order = readTopics().map((t) => t.id);
  const entries = (await getCollection('topics')).sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  const tagging = readParagraphTopics();
  const paragraphs = await loadParagraphs();
  return entries.map(({ data }) => {
    const tagged = paragraphs.filter((p) => tagging.get(p.n)?.includes(data.id));
    if (tagged.length === 0) {
      throw new Error(`content/topics.yaml lists the topic "${data.id}", but no paragraph in content/paragraph-topics.yaml has it. Tag its paragraphs, or remove the topic.`);
    }
    return { ...data, paragraphs: tagged };
  });
}

/** A topic's paragraphs grouped by the findings section they sit in, in report order. */
export function bySection(paragraphs: ReportParagraph[]): { section: ReportSection; paragraphs: ReportParagraph[] }[] {
  return findingsSections
    .map((section) => ({ section, paragraphs: paragraphs.filter((p) => p.section === section.slug) }))
    .filter((group) => group.paragraphs.length > 0);
}
