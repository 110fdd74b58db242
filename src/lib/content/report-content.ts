/**
 * Reads the report's sections from the content collection in report order and checks them
 * against the registry in report-structure.ts. Any mismatch fails the build with a message
 * naming the file and the fix.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { loadOnce } from './load-once.ts';
import { getSection, sections, type ReportSection } from './report-structure.ts';
import { sectionBlocksProblem, sectionParagraphsProblem } from './content-rules.ts';
import type { Grade } from './judgements.ts';
import type { ReportParagraph } from './content-schemas.ts';
import { sectionParagraphs } from './content-files.ts';
import { REPORT_INFO_FILE, reportSectionFile } from './content-paths.ts';

export interface LoadedSection {
  section: ReportSection;
  entry: CollectionEntry<'report'>;
}

export const loadReportSections = loadOnce(load);

async function load(): Promise<LoadedSection[]> {
  const entries = await getCollection('report');
  const known = new Set(sections.map((s) => s.slug));
  for (const entry of entries) {
    if (!known.has(entry.id)) {
      throw new Error(`${reportSectionFile(entry.id)} is not a report section. Rename it to one of: ${[...known].join(', ')}, or add the section to src/lib/content/report-structure.ts.`);
    }
  }
  return sections.map((section) => {
    const entry = entries.find((e) => e.id === section.slug);
    const file = reportSectionFile(section.slug);
    if (!entry) throw new Error(`${file} is missing: every section in src/lib/content/report-structure.ts needs its MDX file.`);
    const problem = sectionParagraphsProblem(section, entry.data.paragraphs.map((p) => p.n)) ?? sectionBlocksProblem(section, entry.data.blocks.length);
    if (problem) throw new Error(problem);
    return { section, entry };
  });
}

export async function loadReportInfo() {
  const info = await getEntry('reportInfo', 'report');
  if (!info) throw new Error(`${REPORT_INFO_FILE} must have a top-level "report:" entry with the title block and judgements.`);
  return info.data;
}

export interface Judgement {
  /** The row's label as the report's judgements table prints it. */
  label: string;
  grade: Grade;
  grade2015: Grade;
  section: ReportSection;
}

/**
 * The judgements table's rows, in the report's order: the one home of every section's judgement
 * (content/report.yaml), with each row's section from the structure (which says what is part of what).
 */
export async function loadJudgements(): Promise<Judgement[]> {
  return (await loadReportInfo()).judgements.map((row) => ({ ...row, section: getSection(row.section) }));
}

/** The judgement of one section, or undefined for a section the report does not grade. */
export async function judgementOf(slug: string): Promise<Judgement | undefined> {
  return (await loadJudgements()).find((j) => j.section.slug === slug);
}

/** Every numbered paragraph, 1 to 111, with its text and section, from the checked sections. */
export async function loadParagraphs(): Promise<ReportParagraph[]> {
  const loaded = await loadReportSections();
  return loaded.flatMap(({ section, entry }) => sectionParagraphs(entry.data, section.slug));
}

