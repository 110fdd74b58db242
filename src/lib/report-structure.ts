/**
 * The one source of truth for the report's sections and paragraph numbers (their URLs are in
 * site-urls.ts). Pages, the search indexer, build checks and tests all import from here, so a
 * paragraph range is never written out by hand anywhere else. Plain TypeScript with no Astro
 * imports: Node runs it directly (type stripping) in scripts and tests.
 */

export interface ReportSection {
  /** URL segment and the name of the section's MDX file in content/report/. */
  slug: string;
  /** The heading the report gives the section (or its judgement row, where it has none). */
  title: string;
  /** A short name for contents lists, breadcrumbs and search filters. */
  shortTitle: string;
  /** First and last numbered paragraph in the section, where it has numbered paragraphs. */
  paragraphs?: readonly [first: number, last: number];
  /** Set on sections the report files under another judgement (adoption, care leavers). */
  partOf?: string;
}

export const PARAGRAPH_COUNT = 111;

export const sections: readonly ReportSection[] = [
  { slug: 'executive-summary', title: 'Executive summary', shortTitle: 'Executive summary' },
  { slug: 'the-local-authority', title: 'The local authority', shortTitle: 'The local authority' },
  { slug: 'recommendations', title: 'Recommendations', shortTitle: 'Recommendations', paragraphs: [1, 17] },
  {
    slug: 'summary-for-children-and-young-people',
    title: 'Summary for children and young people',
    shortTitle: 'Summary for children and young people',
  },
  {
    slug: 'help-and-protection',
    title: 'The experiences and progress of children who need help and protection',
    shortTitle: 'Children who need help and protection',
    paragraphs: [18, 39],
  },
  {
    slug: 'children-looked-after',
    title: 'The experiences and progress of children looked after and achieving permanence',
    shortTitle: 'Children looked after and achieving permanence',
    paragraphs: [40, 65],
  },
  {
    slug: 'adoption',
    title: 'Adoption performance',
    shortTitle: 'Adoption performance',
    paragraphs: [66, 80],
    partOf: 'children-looked-after',
  },
  {
    slug: 'care-leavers',
    title: 'Experiences and progress of care leavers',
    shortTitle: 'Experiences and progress of care leavers',
    paragraphs: [81, 90],
    partOf: 'children-looked-after',
  },
  {
    slug: 'leadership-management-and-governance',
    title: 'Leadership, management and governance',
    shortTitle: 'Leadership, management and governance',
    paragraphs: [91, 111],
  },
  {
    slug: 'about-this-inspection',
    title: 'Information about this inspection',
    shortTitle: 'Information about this inspection',
  },
];

export function getSection(slug: string): ReportSection {
  const section = sections.find((s) => s.slug === slug);
  if (!section) {
    throw new Error(`Unknown report section "${slug}". Known sections: ${sections.map((s) => s.slug).join(', ')}`);
  }
  return section;
}

export function isParagraphNumber(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= PARAGRAPH_COUNT;
}

/** All paragraph numbers, 1 to 111, in report order. */
export const paragraphNumbers: readonly number[] = Array.from({ length: PARAGRAPH_COUNT }, (_, i) => i + 1);

export function paragraphsOf(section: ReportSection): number[] {
  if (!section.paragraphs) return [];
  const [first, last] = section.paragraphs;
  return paragraphNumbers.filter((n) => n >= first && n <= last);
}

export function sectionOfParagraph(n: number): ReportSection {
  const section = sections.find((s) => s.paragraphs && n >= s.paragraphs[0] && n <= s.paragraphs[1]);
  if (!section) throw new Error(`Paragraph ${n} does not exist: the report numbers paragraphs 1 to ${PARAGRAPH_COUNT}`);
  return section;
}

/** The id of paragraph n's element, on its section page and on the full report. */
export function paragraphId(n: number): string {
  return `para-${n}`;
}

export function neighbours(slug: string): { previous?: ReportSection; next?: ReportSection } {
  const i = sections.findIndex((s) => s.slug === slug);
  return { previous: sections[i - 1], next: sections[i + 1] };
}

/** The sections of inspection findings: every numbered section after the recommendations. */
export const findingsSections: readonly ReportSection[] = sections.filter((s) => s.paragraphs && s.slug !== 'recommendations');

/** The findings paragraphs, 18 to 111: the evidence the recommendations and topics point to. */
export const findingsParagraphNumbers: readonly number[] = findingsSections.flatMap(paragraphsOf);
