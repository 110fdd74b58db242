/**
 * The councillors' findings pages: the judgement summaries and the topics with their paragraphs
 * (the key figures are in key-figures.ts). Pure: the content model builds them once.
 */
import type { Judgement, LoadedSection } from './report-content.ts';
import { findingsSections, type ReportSection } from './report-structure.ts';
import type { ReportParagraph, Topic } from './content-schemas.ts';
import type { Grade } from './judgements.ts';

export interface JudgementSummary {
  section: ReportSection;
  grade: Grade;
  /** The summary's paragraphs, word for word: the section's unnumbered blocks, which come before its numbered findings. */
  paragraphs: string[];
}

/** The summaries at the top of the three main judgement sections (not their sub-judgements). */
export function judgementSummaries(judgements: readonly Judgement[], loaded: readonly LoadedSection[]): JudgementSummary[] {
  return judgements
    .filter((j) => !j.section.partOf)
    .flatMap((j) => {
      const found = loaded.find((l) => l.section === j.section);
      return found ? [{ section: j.section, grade: j.grade, paragraphs: found.parts.blocks.map((b) => b.text) }] : [];
    });
}

export interface TopicWithParagraphs extends Topic {
  paragraphs: ReportParagraph[];
}

/** Each topic, in reading order, with its paragraphs in report order. */
export function topicsWithParagraphs(topics: readonly Topic[], tagging: ReadonlyMap<number, readonly string[]>, paragraphs: readonly ReportParagraph[]): TopicWithParagraphs[] {
  return topics.map((topic) => ({ ...topic, paragraphs: paragraphs.filter((p) => tagging.get(p.n)?.includes(topic.id)) }));
}

/** A topic's paragraphs grouped by the findings section they sit in, in report order. */
export function bySection(paragraphs: ReportParagraph[]): { section: ReportSection; paragraphs: ReportParagraph[] }[] {
  return findingsSections
    .map((section) => ({ section, paragraphs: paragraphs.filter((p) => p.section === section.slug) }))
    .filter((group) => group.paragraphs.length > 0);
}
