/**
 * The report's sections in report order, checked against the registry in report-structure.ts,
 * and the judgements table (content/report.yaml, the one home of every judgement). Pure: the
 * content model (content-model.ts) calls these on the collections' entries.
 */
import type { CollectionEntry } from 'astro:content';
import type { MdxDocument } from './content-model.ts';
import { getSection, sections, type ReportSection } from './report-structure.ts';
import { sectionBlocksProblem, sectionParagraphsProblem } from './content-rules.ts';
import type { Grade } from './judgements.ts';
import type { ReportParagraph } from './content-schemas.ts';
import { reportSectionFile } from './content-paths.ts';

export interface LoadedSection extends MdxDocument<'report'> {
  section: ReportSection;
}

/** The sections in report order, with every problem: a file that is no section, a section without a file, paragraphs or blocks out of step with the structure. */
export function reportSections(read: readonly MdxDocument<'report'>[]): { sections: LoadedSection[]; problems: string[] } {
  const known = new Set(sections.map((s) => s.slug));
  const problems = read.filter(({ entry }) => !known.has(entry.id)).map(({ entry }) =>
    `${reportSectionFile(entry.id)} is not a report section. Rename it to one of: ${[...known].join(', ')}, or add the section to src/lib/content/report-structure.ts.`);
  const loaded = sections.flatMap((section) => {
    const found = read.find(({ entry }) => entry.id === section.slug);
    if (!found) {
      problems.push(`${reportSectionFile(section.slug)} is missing: every section in src/lib/content/report-structure.ts needs its MDX file.`);
      return [];
    }
    const problem = sectionParagraphsProblem(section, found.parts.paragraphs.map((p) => p.n)) ?? sectionBlocksProblem(section, found.parts.blocks.length);
    if (problem) problems.push(problem);
    return [{ section, ...found }];
  });
  return { sections: loaded, problems };
}

/** Every numbered paragraph of the sections, with its section's slug, in report order. */
export function sectionParagraphs(loaded: readonly LoadedSection[]): ReportParagraph[] {
  return loaded.flatMap(({ section, parts }) => parts.paragraphs.map((p) => ({ ...p, section: section.slug })));
}

export type ReportInfo = CollectionEntry<'reportInfo'>['data'];

export interface Judgement {
  /** The row's label as the report's judgements table prints it. */
  label: string;
  grade: Grade;
  grade2015: Grade;
  section: ReportSection;
}

/** The judgements table's rows, in the report's order, each with its section from the structure (which says what is part of what). */
export function judgementsOf(info: ReportInfo): Judgement[] {
  return info.judgements.map((row) => ({ ...row, section: getSection(row.section) }));
}
