/**
 * Every block of the site's own words, with the full text of each place it cites: the review
 * sheet for editors (/about/how-this-site-was-written/) and its JSON twin. Gathering them runs every
 * rule of the site's own words (content-rules.ts) over every block, once per build (content-model.ts).
 * A block is a paragraph or list item of MDX, a YAML text with a `sources` field, or a
 * recommendation's title (which rests on its own paragraph).
 */
import type { CollectionEntry } from 'astro:content';
import type { LoadedSection, ReportInfo } from './report-content.ts';
import { gradeLabel } from './judgements.ts';
import { COVER_BLOCK, getReportBlock, reportBlockId } from './report-structure.ts';
import { OUTSIDE_PREFIX, parseSources } from './sources.ts';
import { glossaryUrl, KEY_FIGURES_URL, SINCE_2018_ANCHOR, SINCE_2018_URL, placeUrl, recommendationUrl, topicUrl, YOUNG_PEOPLE_URL, type ReviewSheetId } from '../site/site-urls.ts';
import { GLOSSARY_FILE, KEY_FIGURES_FILE, LATER_EVENTS_FILE, LATER_FINDINGS_FILE, PAGE_TEXT_FILE, TOPICS_FILE } from './content-paths.ts';
import type { GlossaryTerm, LaterEvent, OutsideSource, ReportParagraph, SourcedBlock, Topic } from './content-schemas.ts';
import { sourceLabel, sourceText } from './outside-sources.ts';
import { citationProblems, sourceNotesProblems } from './content-rules.ts';
import type { DatedFinding } from './later-findings.ts';
import type { MdxDocument } from './content-model.ts';

export interface CitedPlace {
  /** "27", "summary-3" or "outside:trust-launch-2018". */
  id: string;
  label: string;
  href: string;
  /** The place's words, exactly as the report gives them, or the outside source's quote and date. */
  text: string;
}

export interface WordsBlock {
  /** The part of the review sheet it is on. */
  sheet: ReviewSheetId;
  /** The content file the words live in. */
  file: string;
  /** Which block of the file: "block 2", "title", "context and chart". */
  where: string;
  /** The page readers see it on, where it is shown on one page. */
  page?: string;
  text: string;
  /** As written in content. */
  sources: string;
  /** For a later finding: the words of its one outside source it rests on, shown in place of the source's whole quote. */
  quote?: string;
  general: boolean;
  cited: CitedPlace[];
}

/** The text of every citable place: paragraphs by number, unnumbered blocks by id, the cover. */
function placeTexts(sections: readonly LoadedSection[], paragraphs: readonly ReportParagraph[], info: ReportInfo): Map<string, string> {
  const texts = new Map<string, string>();
  for (const p of paragraphs) texts.set(String(p.n), p.text);
  for (const { section, parts } of sections) {
    // Only blocks the structure gives ids to: a section with more is a problem of its own.
    parts.blocks.slice(0, section.blocks?.count ?? 0).forEach((block, i) => texts.set(reportBlockId(section, i + 1), block.text));
  }
  texts.set(COVER_BLOCK, [
    info.council, info.title, info.inspectionDates, info.published, info.overall.statement,
    ...info.judgements.map((j) => `${j.label}: ${gradeLabel(j.grade)}`),
  ].join('\n'));
  return texts;
}

function cite(sources: string, texts: Map<string, string>, outside: Map<string, OutsideSource>): { general: boolean; cited: CitedPlace[] } {
  const parsed = parseSources(sources);
  const cited = parsed.places.map((place) => {
    const id = String(place);
    const block = typeof place === 'string' ? getReportBlock(place) : undefined;
    return {
      id,
      label: block ? block.label : `paragraph ${place}`,
      href: placeUrl(place),
      text: texts.get(id) ?? '',
    };
  });
  // Unknown ids are problems of their own (citationProblems), naming the file and the block.
  const quoted = parsed.outside.flatMap((id) => {
    const source = outside.get(id);
    return source ? [{ id: `${OUTSIDE_PREFIX}${id}`, label: sourceLabel(source), href: source.url, text: sourceText(source) }] : [];
  });
  return { general: parsed.general, cited: [...cited, ...quoted] };
}

export interface SiteWordsInput {
  sections: readonly LoadedSection[];
  paragraphs: readonly ReportParagraph[];
  info: ReportInfo;
  /** In page order. */
  youngPeople: readonly MdxDocument<'youngPeople'>[];
  recommendations: readonly MdxDocument<'recommendations'>[];
  keyFigures: readonly CollectionEntry<'keyFigures'>['data'][];
  topics: readonly Topic[];
  pageText: readonly CollectionEntry<'pageText'>['data'][];
  laterEvents: readonly LaterEvent[];
  laterFindings: readonly DatedFinding[];
  glossary: readonly GlossaryTerm[];
  outsideSources: readonly OutsideSource[];
}

/** Every block of the site's own words with what it cites, and every problem: source notes, unknown outside sources, numbers no cited place holds. */
export function siteWordsOf(input: SiteWordsInput): { blocks: WordsBlock[]; problems: string[] } {
  const texts = placeTexts(input.sections, input.paragraphs, input.info);
  const blocks: Omit<WordsBlock, 'general' | 'cited'>[] = [];
  const mdx = [...input.youngPeople, ...input.recommendations];
  const problems = mdx.flatMap(({ entry, parts }) => sourceNotesProblems(entry.filePath!, parts));
  // A block whose note is missing or doubled is named above; the rest are checked for what they cite.
  const sourcesOf = (block: SourcedBlock) => (block.sources.length === 1 ? [block.sources[0]] : []);

  for (const { entry, parts } of input.youngPeople) {
    parts.blocks.forEach((block, i) => sourcesOf(block).forEach((sources) => {
      blocks.push({ sheet: 'young-people', file: entry.filePath!, where: `block ${i + 1}`, page: YOUNG_PEOPLE_URL, text: block.text, sources });
    }));
  }

  for (const { entry, parts } of input.recommendations) {
    const n = Number(entry.id);
    const file = entry.filePath!;
    // A title says what the council was asked to do: it rests on the recommendation itself.
    blocks.push({ sheet: 'recommendations', file, where: 'title', page: recommendationUrl(n), text: entry.data.title, sources: String(n) });
    parts.blocks.forEach((block, i) => sourcesOf(block).forEach((sources) => {
      blocks.push({ sheet: 'recommendations', file, where: `What this means, block ${i + 1}`, page: recommendationUrl(n), text: block.text, sources });
    }));
  }

  for (const data of input.keyFigures) {
    const chart = data.chart ? [data.chart.title, data.chart.summary, ...data.chart.bars.map((b) => `${b.label}: ${b.value}`)] : [];
    blocks.push({
      sheet: 'key-figures',
      file: KEY_FIGURES_FILE,
      where: `figure ${data.id}`,
      page: KEY_FIGURES_URL,
      text: [data.label, data.value, data.date, data.context, ...chart].join('\n'),
      sources: data.sources,
    });
  }

  for (const data of input.topics) {
    blocks.push({ sheet: 'pages', file: TOPICS_FILE, where: `topic ${data.id}`, page: topicUrl(data.id), text: data.description, sources: data.sources });
  }

  for (const data of input.pageText) {
    blocks.push({ sheet: 'pages', file: PAGE_TEXT_FILE, where: data.id, text: data.text, sources: data.sources });
  }

  for (const data of input.laterEvents) {
    blocks.push({ sheet: 'pages', file: LATER_EVENTS_FILE, where: `event ${data.id}`, page: `${SINCE_2018_URL}#${data.id}`, text: `${data.when}: ${data.text}`, sources: data.sources });
  }

  for (const finding of input.laterFindings) {
    const page = finding.topics.length > 0 ? topicUrl(finding.topics[0]) : recommendationUrl(finding.recommendations[0]);
    blocks.push({ sheet: 'pages', file: LATER_FINDINGS_FILE, where: `finding ${finding.id} (${finding.event.when}, dated by its event in ${LATER_EVENTS_FILE})`, page: `${page}#${SINCE_2018_ANCHOR}`, text: finding.text, sources: finding.source, quote: finding.quote });
  }

  for (const data of input.glossary) {
    blocks.push({ sheet: 'glossary', file: GLOSSARY_FILE, where: `term ${data.id}`, page: glossaryUrl(data.id), text: data.definition, sources: data.sources });
    if (data.since) blocks.push({ sheet: 'glossary', file: GLOSSARY_FILE, where: `term ${data.id}, since 2018`, page: glossaryUrl(data.id), text: data.since.text, sources: data.since.sources });
  }

  // A source list the notation does not allow is a source-note problem above; only valid lists are read for what they cite.
  const readable = blocks.filter((b) => { try { parseSources(b.sources); return true; } catch { return false; } });
  const reportText = (block: { sources: string }) => parseSources(block.sources).places.map((p) => texts.get(String(p))).join('\n');
  problems.push(...citationProblems(readable, input.outsideSources, reportText));
  const outside = new Map(input.outsideSources.map((s) => [s.id, s]));
  const withCitations = readable.map((b) => {
    const { general, cited } = cite(b.sources, texts, outside);
    if (b.quote === undefined) return { ...b, general, cited };
    // A later finding rests on its quote alone (later-findings-rules.ts checks the source holds it).
    const quoted = (place: CitedPlace) => ({ ...place, text: sourceText({ ...outside.get(place.id.slice(OUTSIDE_PREFIX.length))!, says: b.quote! }) });
    return { ...b, general, cited: cited.map((place) => (place.id.startsWith(OUTSIDE_PREFIX) ? quoted(place) : place)) };
  });
  return { blocks: withCitations, problems };
}
