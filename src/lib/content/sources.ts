/**
 * What a block of the site's own words rests on. One notation everywhere, in MDX
 * (`<Sources of="27, 99" />`) and in YAML (`sources: 27, 99`): a comma-separated list of numbered
 * paragraphs (1 to 111) and unnumbered report blocks (`summary-3`, from report-structure.ts), sources
 * outside the report (`outside:trust-launch-2018`, an entry of content/outside-sources.yaml, which holds
 * their quoted words), and/or the word `general` for general knowledge that is not from the report. The
 * content rules, the content schemas, pages and tests all parse with this one function.
 */
import { getReportBlock, isParagraphNumber, PARAGRAPH_COUNT, reportBlockLabel, reportBlocks, sectionOfParagraph, type ReportSection } from './report-structure.ts';
import { paragraphUrl, reportBlockUrl } from '../site/site-urls.ts';

export const GENERAL = 'general';
/** The prefix of a source outside the report: `outside:<id>`, the id of an entry of content/outside-sources.yaml. */
export const OUTSIDE_PREFIX = 'outside:';
const OUTSIDE_TOKEN = /^outside:[a-z0-9]+(-[a-z0-9]+)*$/;

/** The MDX component that carries a block's sources: `<Sources of="27, 99" />`. */
export const SOURCES_COMPONENT = 'Sources';

export interface Sources {
  /** Numbered paragraphs, in report order. */
  paragraphs: number[];
  /** Unnumbered report blocks, in report order. */
  blocks: string[];
  /** Ids of sources outside the report (content/outside-sources.yaml), without the prefix, as written. */
  outside: string[];
  /** The block says things that are general knowledge, not from the report. */
  general: boolean;
  /** Every paragraph and block, in the order written: the first is the block's main source. */
  places: (number | string)[];
}

/** Parses a source list, throwing a message that says what is wrong and how to write it. */
export function parseSources(value: string | number | undefined): Sources {
  if (value === undefined || String(value).trim() === '') {
    throw new Error(`has no sources: say what it rests on, e.g. "27, 99" (paragraphs), "summary-3" (a block of the report), "${OUTSIDE_PREFIX}trust-launch-2018" (a source outside the report) or "${GENERAL}" (general knowledge)`);
  }
  const sources: Sources = { paragraphs: [], blocks: [], outside: [], general: false, places: [] };
  for (const token of String(value).split(',').map((t) => t.trim())) {
    if (token === GENERAL) sources.general = true;
    else if (token.startsWith(OUTSIDE_PREFIX)) {
      if (!OUTSIDE_TOKEN.test(token)) throw new Error(`cites "${token}": write a source outside the report as "${OUTSIDE_PREFIX}" and the id of its entry in content/outside-sources.yaml, e.g. "${OUTSIDE_PREFIX}trust-launch-2018"`);
      sources.outside.push(token.slice(OUTSIDE_PREFIX.length));
    }
    else if (/^\d+$/.test(token)) {
      const n = Number(token);
      if (!isParagraphNumber(n)) throw new Error(`cites paragraph ${n}, which does not exist: the report numbers paragraphs 1 to ${PARAGRAPH_COUNT}`);
      sources.paragraphs.push(n);
      sources.places.push(n);
    } else {
      getReportBlock(token);
      sources.blocks.push(token);
      sources.places.push(token);
    }
  }
  const order = reportBlocks.map((b) => b.id);
  sources.paragraphs = [...new Set(sources.paragraphs)].sort((a, b) => a - b);
  sources.blocks = [...new Set(sources.blocks)].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  sources.places = [...new Set(sources.places)];
  sources.outside = [...new Set(sources.outside)];
  return sources;
}

/** A link to one cited place, as the source note shows it. */
export interface SourceLink {
  href: string;
  /** The visible text: "27" for a paragraph (after "paragraphs"), the block's name otherwise. */
  text: string;
  /** Read out before `text`, hidden on screen: "paragraph " for a paragraph. */
  hiddenPrefix: string;
}

export function paragraphLinks(sources: Sources): SourceLink[] {
  return sources.paragraphs.map((n) => ({ href: paragraphUrl(n), text: String(n), hiddenPrefix: 'paragraph ' }));
}

export function blockLinks(sources: Sources): SourceLink[] {
  return sources.blocks.map((id) => ({ href: reportBlockUrl(id), text: reportBlockLabel(id), hiddenPrefix: '' }));
}

/** The section of the report a cited place (a paragraph number or a block id) sits in; none for the cover. */
export function sectionOfPlace(place: number | string): ReportSection | undefined {
  return typeof place === 'number' ? sectionOfParagraph(place) : getReportBlock(place).section;
}
