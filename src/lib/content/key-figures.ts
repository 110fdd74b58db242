/** The key figures page's loader: the numbers the report gives (content/key-figures.yaml), in report order. */
import { getCollection } from 'astro:content';
import { KEY_FIGURES_FILE } from './content-paths.ts';
import { paragraphsOf, reportBlocks, sections } from './report-structure.ts';
import { parseSources, sectionOfPlace } from './sources.ts';

/**
 * The key figures, grouped by the section of the place each comes from (the first it cites), in
 * the report order of those places (figures from one place in order of id).
 */
export async function loadKeyFigureGroups() {
  const places = [...sections.flatMap(paragraphsOf), ...reportBlocks.map((b) => b.id)];
  const figures = (await getCollection('keyFigures'))
    .map((e) => {
      const from = parseSources(e.data.sources).places[0];
      if (from === undefined) throw new Error(`${KEY_FIGURES_FILE}: the figure "${e.data.id}" cites no paragraph or block of the report: a key figure comes from the report, so its sources start with the place it is given.`);
      return { ...e.data, from };
    });
  const sectionOrder = (f: (typeof figures)[number]) => sections.indexOf(sectionOfPlace(f.from)!);
  figures.sort((a, b) => sectionOrder(a) - sectionOrder(b) || places.indexOf(a.from) - places.indexOf(b.from) || a.id.localeCompare(b.id));
  return sections
    .map((section) => ({ section, figures: figures.filter((f) => sectionOfPlace(f.from) === section) }))
    .filter((group) => group.figures.length > 0);
}
