/**
 * The 17 recommendations, in order, from content/recommendations/NN.mdx, joined to the report's
 * own words. Checked on every build (content-model.ts): one file per recommendation, named by its
 * number, and every paragraph the report marks "(Recommendation)" cited as evidence by at least one of them.
 */
import type { MdxDocument } from './content-model.ts';
import { uncitedRecommendationsProblem } from './content-rules.ts';
import { recommendationNumbers } from '../site/site-urls.ts';
import type { ReportParagraph } from './content-schemas.ts';
import { RECOMMENDATIONS_DIR } from './content-paths.ts';

/** The sentence the report adds to a recommendation it also made at the 2015 inspection. */
const REPEATED_FROM_2015 = 'This was a recommendation at the last inspection.';

/** A recommendation: its MDX entry's body and parts are "What this means", block by block. */
export interface Recommendation extends MdxDocument<'recommendations'> {
  number: number;
  title: string;
  area: string;
  /** The report's paragraph N: the recommendation word for word. */
  paragraph: ReportParagraph;
  evidence: ReportParagraph[];
  /** The report says this was also a recommendation at the 2015 inspection. */
  madeIn2015: boolean;
}

const fileName = (n: number) => `${RECOMMENDATIONS_DIR}/${String(n).padStart(2, '0')}.mdx`;

/** The recommendations in order, with every problem of their files and of the paragraphs they cite. */
export function recommendationsOf(read: readonly MdxDocument<'recommendations'>[], paragraphs: readonly ReportParagraph[]): { recommendations: Recommendation[]; problems: string[] } {
  const byNumber = new Map(paragraphs.map((p) => [p.n, p]));
  const problems: string[] = [];
  const named = read.filter(({ entry }) => {
    const n = Number(entry.id);
    if (recommendationNumbers.includes(n) && fileName(n) === `${RECOMMENDATIONS_DIR}/${entry.id}.mdx`) return true;
    problems.push(`${RECOMMENDATIONS_DIR}/${entry.id}.mdx is not a recommendation: name each file by its recommendation's number, ${fileName(1)} to ${fileName(recommendationNumbers.at(-1)!)}.`);
    return false;
  });
  const missing = recommendationNumbers.filter((n) => !named.some(({ entry }) => Number(entry.id) === n));
  if (missing.length > 0) problems.push(`${RECOMMENDATIONS_DIR}/ has no file for recommendation ${missing.join(', ')}: add ${missing.map(fileName).join(', ')}.`);
  const uncited = uncitedRecommendationsProblem(paragraphs, read.flatMap(({ entry }) => entry.data.evidence));
  if (uncited) problems.push(uncited);

  const recommendations = named
    .map(({ entry, parts }) => {
      const number = Number(entry.id);
      const paragraph = byNumber.get(number)!;
      return {
        number,
        title: entry.data.title,
        area: entry.data.area,
        entry,
        parts,
        paragraph,
        evidence: [...entry.data.evidence].sort((a, b) => a - b).flatMap((n) => byNumber.get(n) ?? []),
        madeIn2015: paragraph?.text.includes(REPEATED_FROM_2015) ?? false,
      };
    })
    .sort((a, b) => a.number - b.number);
  return { recommendations, problems };
}

/** The recommendations that cite paragraph n as evidence. */
export function recommendationsCiting(recommendations: readonly Recommendation[], n: number): Recommendation[] {
  return recommendations.filter((r) => r.evidence.some((p) => p.n === n));
}
