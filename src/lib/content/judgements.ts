/** Ofsted's four grades, as stored in content and as shown to readers. */
export const grades = ['outstanding', 'good', 'requires-improvement', 'inadequate'] as const;
export type Grade = (typeof grades)[number];

const labels: Record<Grade, string> = {
  outstanding: 'Outstanding',
  good: 'Good',
  'requires-improvement': 'Requires improvement',
  inadequate: 'Inadequate',
};

export function gradeLabel(grade: Grade): string {
  return labels[grade];
}

/** How a judgement moved between two inspections, in words (higher index = worse). */
export function gradeChange(before: Grade, after: Grade): 'better' | 'worse' | 'no change' {
  const delta = grades.indexOf(after) - grades.indexOf(before);
  return delta === 0 ? 'no change' : delta > 0 ? 'worse' : 'better';
}

/**
 * The report's own number of a judgement area, as its judgements table writes it before the label
 * ("1.", "2.1"), or undefined for a label without one.
 */
export function judgementNumber(label: string): string | undefined {
  return /^(\d+(?:\.\d+)*\.?)\s/.exec(label)?.[1];
}
