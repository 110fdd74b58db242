/**
 * The open data files, written at build time from the same content as the pages: the key figures
 * as CSV and the whole report as JSON. Column and field names are a published contract: add new
 * ones at the end, never rename or reorder (tests/built/open-data.test.ts holds them).
 */
import type { ContentModel } from './content-model.ts';
import { getReportBlock, paragraphsOf } from './report-structure.ts';
import { publicUrl } from '../site/site-config.ts';
import { REPORT_LICENCE } from '../site/licence.ts';
import { paragraphUrl, placeUrl, sectionUrl, SINCE_2018_URL, topicUrl } from '../site/site-urls.ts';

/** The section holding the report's information about the local authority area (footnote 1). */
const LOCAL_AUTHORITY_SECTION = 'the-local-authority';

export const KEY_FIGURES_COLUMNS = [
  'id', 'label', 'value', 'unit', 'date', 'compared_with', 'source_paragraph', 'source_url',
  // Added for issue 15: when the figures are from, and which are the council's own unvalidated data.
  'inspected_from', 'inspected_to', 'report_published', 'data_note',
] as const;

/**
 * The report's footnote 1, on its information about the local authority area: the council updated
 * that section with its own unvalidated data where it had it. Said of every figure taken from there.
 */
export const LOCAL_AUTHORITY_DATA_NOTE = 'From the report’s information about the local authority area, which the council updated with its own unvalidated data where it had it (the report’s footnote 1).';

/** "2017-11-06". */
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The key figures, one row each, in the order of /key-figures/; lines end in CRLF as RFC 4180 says. */
export function keyFiguresCsv(content: ContentModel): string {
  const figures = content.keyFigureGroups.flatMap((group) => group.figures);
  const info = content.reportInfo;
  const rows = figures.map((f) => [
    f.id,
    f.label,
    f.value,
    f.unit,
    f.date,
    f.context,
    // A figure from outside the numbered paragraphs (the information about the local authority) has none: the URL says where.
    typeof f.from === 'number' ? String(f.from) : '',
    publicUrl(placeUrl(f.from)),
    isoDay(info.inspectionStart),
    isoDay(info.inspectionEnd),
    isoDay(info.publishedDate),
    typeof f.from === 'string' && getReportBlock(f.from).section?.slug === LOCAL_AUTHORITY_SECTION ? LOCAL_AUTHORITY_DATA_NOTE : '',
  ]);
  return [[...KEY_FIGURES_COLUMNS], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The whole report: its title block, its sections with their own text, and every numbered paragraph with its topics. */
export function reportJson(content: ContentModel) {
  const info = content.reportInfo;
  const topics = content.paragraphTopics;
  return {
    title: info.title,
    council: info.council,
    published: isoDay(info.publishedDate),
    publisher: 'Ofsted',
    // What the report's findings and figures describe: services as inspectors found them then, not today.
    inspected_from: isoDay(info.inspectionStart),
    inspected_to: isoDay(info.inspectionEnd),
    local_data_note: LOCAL_AUTHORITY_DATA_NOTE,
    later_events: publicUrl(SINCE_2018_URL),
    licence: REPORT_LICENCE,
    sections: content.sections.map(({ section: s, parts }) => {
      const numbers = paragraphsOf(s);
      return {
        id: s.slug,
        title: s.title,
        url: publicUrl(sectionUrl(s.slug)),
        paragraphs: numbers.length > 0 ? { first: numbers[0], last: numbers.at(-1) } : null,
        /** The section's text outside its numbered paragraphs: headings, paragraphs, list items, footnotes. */
        text: parts.textLines,
      };
    }),
    paragraphs: content.paragraphs.map((p) => ({
      number: p.n,
      text: p.text,
      section: p.section,
      topics: topics.get(p.n) ?? [],
      recommendation: p.recommendation,
      url: publicUrl(paragraphUrl(p.n)),
    })),
    // Added for issue 17: the findings topics, in reading order, that each paragraph's `topics` names by id.
    topics: content.topics.map((t) => ({ id: t.id, name: t.name, url: publicUrl(topicUrl(t.id)) })),
  };
}
