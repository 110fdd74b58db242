/** The key figures page's groups: the numbers the report gives (content/key-figures.yaml), in report order. */
import type { CollectionEntry } from 'astro:content';
import { KEY_FIGURES_FILE } from './content-paths.ts';
import { paragraphsOf, reportBlocks, sections, type ReportSection } from './report-structure.ts';
import { parseSources, sectionOfPlace } from './sources.ts';

type KeyFigureData = CollectionEntry<'keyFigures'>['data'];
export type KeyFigure = KeyFigureData & { from: number | string };
export interface KeyFigureGroup { section: ReportSection; figures: KeyFigure[] }

/**
 * The key figures, grouped by the section of the place each comes from (the first it cites), in
 * the report order of those places (figures from one place in order of id); a figure that cites
 * no place of the report is a problem.
 */
export function keyFigureGroups(data: readonly KeyFigureData[]): { groups: KeyFigureGroup[]; problems: string[] } {
  const places = [...sections.flatMap(paragraphsOf), ...reportBlocks.map((b) => b.id)];
  const problems: string[] = [];
  const figures = data.flatMap((figure) => {
    const from = parseSources(figure.sources).places[0];
    if (from !== undefined) return [{ ...figure, from }];
    problems.push(`${KEY_FIGURES_FILE}: the figure "${figure.id}" cites no paragraph or block of the report: a key figure comes from the report, so its sources start with the place it is given.`);
    return [];
  });
  const sectionOrder = (f: KeyFigure) => sections.indexOf(sectionOfPlace(f.from)!);
  figures.sort((a, b) => sectionOrder(a) - sectionOrder(b) || places.indexOf(a.from) - places.indexOf(b.from) || a.id.localeCompare(b.id));
  const groups = sections
    .map((section) => ({ section, figures: figures.filter((f) => sectionOfPlace(f.from) === section) }))
    .filter((group) => group.figures.length > 0);
  return { groups, problems };
}
