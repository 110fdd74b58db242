/**
 * Loaders for the councillors' findings pages: the judgement summaries, the topics with their
 * paragraphs (the key figures are in key-figures.ts).
 */
import { loadJudgements, loadParagraphs, loadReportSections } from './report-content.ts';
import { findingsSections, type ReportSection } from './report-structure.ts';
import { loadParagraphTopics, loadTopicList } from './topics.ts';
import type { ReportParagraph, Topic } from './content-schemas.ts';
import type { Grade } from './judgements.ts';

export interface JudgementSummary {
  section: ReportSection;
  grade: Grade;
  /** The summary's paragraphs, word for word: the section's unnumbered blocks, which come before its numbered findings. */
  paragraphs: string[];
}

/** The summaries at the top of the three main judgement sections (not their sub-judgements). */
export async function loadJudgementSummaries(): Promise<JudgementSummary[]> {
  const loaded = await loadReportSections();
  return (await loadJudgements())
    .filter((j) => !j.section.partOf)
    .map((j) => {
      const { section, entry } = loaded.find((l) => l.section === j.section)!;
      return { section, grade: j.grade, paragraphs: entry.data.blocks.map((b) => b.text) };
    });
}

export interface TopicWithParagraphs extends Topic {
  paragraphs: ReportParagraph[];
}

/** The topics in the order content/topics.yaml lists them, each with its paragraphs in report order. */
export async function loadTopics(): Promise<TopicWithParagraphs[]> {
  const tagging = await loadParagraphTopics();
  const paragraphs = await loadParagraphs();
  return (await loadTopicList()).map((topic) => ({ ...topic, paragraphs: paragraphs.filter((p) => tagging.get(p.n)?.includes(topic.id)) }));
}

/** A topic's paragraphs grouped by the findings section they sit in, in report order. */
export function bySection(paragraphs: ReportParagraph[]): { section: ReportSection; paragraphs: ReportParagraph[] }[] {
  return findingsSections
    .map((section) => ({ section, paragraphs: paragraphs.filter((p) => p.section === section.slug) }))
    .filter((group) => group.paragraphs.length > 0);
}
