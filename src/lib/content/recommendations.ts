/**
 * The 17 recommendations, in order, from content/recommendations/NN.mdx, joined to the report's
 * own words. Checked on every build: one file per recommendation, named by its number, and every
 * paragraph the report marks "(Recommendation)" cited as evidence by at least one of them.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { loadOnce } from './load-once.ts';
import { loadParagraphs } from './report-content.ts';
import { uncitedRecommendationsProblem } from './content-rules.ts';
import { recommendationNumbers } from '../site/site-urls.ts';
import type { ReportParagraph } from './content-schemas.ts';
import { RECOMMENDATIONS_DIR } from './content-paths.ts';

/** The sentence the report adds to a recommendation it also made at the 2015 inspection. */
const REPEATED_FROM_2015 = 'This was a recommendation at the last inspection.';

export interface Recommendation {
  number: number;
  title: string;
  area: string;
  /** The MDX entry: its body is "What this means", rendered with render(entry). */
  entry: CollectionEntry<'recommendations'>;
  /** The report's paragraph N: the recommendation word for word. */
  paragraph: ReportParagraph;
  evidence: ReportParagraph[];
  /** The report says this was also a recommendation at the 2015 inspection. */
  madeIn2015: boolean;
}

export const loadRecommendations = loadOnce(load);

async function load(): Promise<Recommendation[]> {
  const entries = await getCollection('recommendations');
  const paragraphs = await loadParagraphs();
  const paragraph = (n: number) => paragraphs.find((p) => p.n === n)!;

  const fileName = (n: number) => `${RECOMMENDATIONS_DIR}/${String(n).padStart(2, '0')}.mdx`;
  const numberOf = (entry: CollectionEntry<'recommendations'>) => Number(entry.id);
  for (const entry of entries) {
    if (!recommendationNumbers.includes(numberOf(entry)) || fileName(numberOf(entry)) !== `${RECOMMENDATIONS_DIR}/${entry.id}.mdx`) {
      throw new Error(`${RECOMMENDATIONS_DIR}/${entry.id}.mdx is not a recommendation: name each file by its recommendation's number, ${fileName(1)} to ${fileName(recommendationNumbers.at(-1)!)}.`);
    }
  }
  const missing = recommendationNumbers.filter((n) => !entries.some((e) => numberOf(e) === n));
  if (missing.length > 0) {
    throw new Error(`${RECOMMENDATIONS_DIR}/ has no file for recommendation ${missing.join(', ')}: add ${missing.map(fileName).join(', ')}.`);
  }

  const uncited = uncitedRecommendationsProblem(paragraphs, entries.flatMap((e) => e.data.evidence));
  if (uncited) throw new Error(uncited);

  return entries
    .map((entry) => {
      const number = numberOf(entry);
      return {
        number,
        title: entry.data.title,
        area: entry.data.area,
        entry,
        paragraph: paragraph(number),
        evidence: [...entry.data.evidence].sort((a, b) => a - b).map(paragraph),
        madeIn2015: paragraph(number).text.includes(REPEATED_FROM_2015),
      };
    })
    .sort((a, b) => a.number - b.number);
}

/** The recommendations that cite paragraph n as evidence. */
export async function recommendationsCiting(n: number): Promise<Recommendation[]> {
  return (await loadRecommendations()).filter((r) => r.evidence.some((p) => p.n === n));
}
