/**
 * Loaders for the councillors' findings pages: the judgement summaries, the topics with their
 * paragraphs, and the key figures grouped by where the report gives them.
 */
import { getCollection } from 'astro:content';
import { loadJudgements, loadParagraphs, loadReportSections } from './report-content.ts';
import { findingsSections, paragraphsOf, reportBlocks, sections, type ReportSection } from './report-structure.ts';
import { parseSources, sectionOfPlace } from './sources.ts';
import { readParagraphTopics, readTopics, type Topic } from './topics.ts';
import type { Grade } from './judgements.ts';
import type { ReportParagraph } from './paragraph-text.ts';
import { paragraphUrl, sectionUrl } from './site-urls.ts';

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

/**
 * The key figures, grouped by the section of the place each comes from (the first it cites), in
 * the report order of those places (figures from one place in order of id).
 */
export async function loadKeyFigureGroups() {
  const places = [...sections.flatMap(paragraphsOf), ...reportBlocks.map((b) => b.id)];
  const figures = (await getCollection('keyFigures'))
    .map((e) => {
      const from = parseSources(e.data.sources).places[0];
      if (from === undefined) throw new Error(`content/key-figures.yaml: the figure "${e.data.id}" cites no paragraph or block of the report: a key figure comes from the report, so its sources start with the place it is given.`);
      return { ...e.data, from };
    });
  const sectionOrder = (f: (typeof figures)[number]) => sections.indexOf(sectionOfPlace(f.from)!);
  figures.sort((a, b) => sectionOrder(a) - sectionOrder(b) || places.indexOf(a.from) - places.indexOf(b.from) || a.id.localeCompare(b.id));
  return sections
    .map((section) => ({ section, figures: figures.filter((f) => sectionOfPlace(f.from) === section) }))
    .filter((group) => group.figures.length > 0);
}
