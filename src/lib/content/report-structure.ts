/**
 * The one source of truth for the report's sections and paragraph numbers (their URLs are in
 * site-urls.ts). Pages, the search indexer, build checks and tests all import from here, so a
 * paragraph range is never written out by hand anywhere else.
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
  /**
   * The section's unnumbered blocks (each paragraph, and each item of a list, outside the numbered
   * paragraphs), in order: they get the ids `<prefix>-1` to `<prefix>-<count>` on the report pages,
   * so the site's own words can cite them. The build counts them and fails if the count is wrong.
   */
  blocks?: ReportBlocks;
}

export interface ReportBlocks {
  prefix: string;
  count: number;
  /** What a reader calls the whole, e.g. "executive summary". */
  name: string;
  /** What a reader calls one block, e.g. "paragraph" in "executive summary, paragraph 3". */
  unit: string;
}

export const PARAGRAPH_COUNT = 111;

export const sections: readonly ReportSection[] = [
  { slug: 'executive-summary', title: 'Executive summary', shortTitle: 'Executive summary', blocks: { prefix: 'summary', count: 9, name: 'executive summary', unit: 'paragraph' } },
  { slug: 'the-local-authority', title: 'The local authority', shortTitle: 'The local authority', blocks: { prefix: 'local-authority', count: 19, name: 'information about the local authority', unit: 'item' } },
  { slug: 'recommendations', title: 'Recommendations', shortTitle: 'Recommendations', paragraphs: [1, 17] },
  {
    slug: 'summary-for-children-and-young-people',
    title: 'Summary for children and young people',
    shortTitle: 'Summary for children and young people',
    blocks: { prefix: 'children-summary', count: 10, name: 'summary for children and young people', unit: 'point' },
  },
  {
    slug: 'help-and-protection',
    title: 'The experiences and progress of children who need help and protection',
    shortTitle: 'Children who need help and protection',
    paragraphs: [18, 39],
    blocks: { prefix: 'help-summary', count: 5, name: 'judgement summary for help and protection', unit: 'paragraph' },
  },
  {
    slug: 'children-looked-after',
    title: 'The experiences and progress of children looked after and achieving permanence',
    shortTitle: 'Children looked after and achieving permanence',
    paragraphs: [40, 65],
    blocks: { prefix: 'looked-after-summary', count: 9, name: 'judgement summary for children looked after', unit: 'paragraph' },
  },
  {
    slug: 'adoption',
    title: 'Adoption performance',
    shortTitle: 'Adoption performance',
    paragraphs: [66, 80],
    partOf: 'children-looked-after',
    blocks: { prefix: 'adoption-summary', count: 1, name: 'judgement for adoption', unit: 'paragraph' },
  },
  {
    slug: 'care-leavers',
    title: 'Experiences and progress of care leavers',
    shortTitle: 'Experiences and progress of care leavers',
    paragraphs: [81, 90],
    partOf: 'children-looked-after',
    blocks: { prefix: 'care-leavers-summary', count: 1, name: 'judgement for care leavers', unit: 'paragraph' },
  },
  {
    slug: 'leadership-management-and-governance',
    title: 'Leadership, management and governance',
    shortTitle: 'Leadership, management and governance',
    paragraphs: [91, 111],
    blocks: { prefix: 'leadership-summary', count: 8, name: 'judgement summary for leadership', unit: 'paragraph' },
  },
  {
    slug: 'about-this-inspection',
    title: 'Information about this inspection',
    shortTitle: 'Information about this inspection',
    blocks: { prefix: 'inspection', count: 9, name: 'information about this inspection', unit: 'paragraph' },
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
export const paragraphNumbers: readonly number[] = /* @__PURE__ */ Array.from({ length: PARAGRAPH_COUNT }, (_, i) => i + 1);

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
export const findingsSections: readonly ReportSection[] = /* @__PURE__ */ sections.filter((s) => s.paragraphs && s.slug !== 'recommendations');

/** The findings paragraphs, 18 to 111: the evidence the recommendations and topics point to. */
export const findingsParagraphNumbers: readonly number[] = /* @__PURE__ */ findingsSections.flatMap(paragraphsOf);

/** An unnumbered block of the report: the cover, or a section's `<prefix>-<n>`. */
export interface ReportBlock {
  id: string;
  /** 1-based position among the section's unnumbered blocks (1 for the cover). */
  n: number;
  /** The section it sits in; none for the cover (its page and anchor: reportBlockUrl in site-urls.ts). */
  section?: ReportSection;
  /** How a reader names it, e.g. "executive summary, paragraph 3". */
  label: string;
}

/**
 * The report's cover, rendered on the report's contents page (/report/#cover): the council, the
 * title, the inspection and publication dates, and the judgements table (content/report.yaml).
 */
export const COVER_BLOCK = 'cover';

/** Every unnumbered block of the report, in report order. */
export const reportBlocks: readonly ReportBlock[] = /* @__PURE__ */ [
  { id: COVER_BLOCK, n: 1, label: "the report's cover (dates and judgements)" } as ReportBlock,
].concat(/* @__PURE__ */ sections.flatMap((section) => {
    const blocks = section.blocks;
    if (!blocks) return [];
    return Array.from({ length: blocks.count }, (_, i) => {
      const id = `${blocks.prefix}-${i + 1}`;
      return { id, n: i + 1, section, label: `${blocks.name}, ${blocks.unit} ${i + 1}` };
    });
  }));

/** The id of a section's n-th unnumbered block (its element id on the report pages). */
export function reportBlockId(section: ReportSection, n: number): string {
  if (!section.blocks) throw new Error(`The section "${section.slug}" has no unnumbered blocks in src/lib/content/report-structure.ts.`);
  return `${section.blocks.prefix}-${n}`;
}

export function getReportBlock(id: string): ReportBlock {
  const block = reportBlocks.find((b) => b.id === id);
  if (!block) {
    const ranges = sections.flatMap((s) => (s.blocks ? [`${s.blocks.prefix}-1 to ${s.blocks.prefix}-${s.blocks.count}`] : []));
    throw new Error(`"${id}" is not a block of the report. Its unnumbered blocks are ${COVER_BLOCK}, ${ranges.join(', ')}`);
  }
  return block;
}

/** How a reader names a block, e.g. "executive summary, paragraph 3". */
export function reportBlockLabel(id: string): string {
  return getReportBlock(id).label;
}
