/**
 * Every content schema, in one place, and the types derived from them (z.infer): the content
 * collections (src/content.config.ts) use these schemas, and Node readers and components use the
 * types, so no shape is written twice. A malformed file fails the build with Astro's
 * InvalidContentEntryDataError, which names the file and the field.
 */
import { z } from 'astro/zod';
import { grades } from './judgements.ts';
import { findingsParagraphNumbers, findingsSections, sections } from './report-structure.ts';
import { URL_ID } from '../site/site-urls.ts';
import { parseSources } from './sources.ts';
import { MONTH_NAMES } from './numbers-in-text.ts';

const grade = z.enum(grades);
const sectionSlug = z.enum(sections.map((s) => s.slug) as [string, ...string[]]);
/** An id that is also a URL segment or anchor (/glossary/#mash, /findings/early-help/). */
const urlId = (example: string) => z.string().regex(URL_ID, `must be lower-case words joined by hyphens, e.g. "${example}"`);

/**
 * What a block of the site's own words rests on (src/lib/content/sources.ts): "27, 99", "summary-3" or
 * "general". YAML reads a single number as a number, so it is kept as text.
 */
export const sources = z.union([z.string(), z.number()]).transform(String).superRefine((value, ctx) => {
  try {
    parseSources(value);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `${(error as Error).message}. See README.md, "How the site's own words cite the report".` });
  }
});

/**
 * What the content model reads from an MDX entry's body (src/lib/content/mdx-parts.ts, the one MDX
 * reader); checked when read, so a malformed paragraph tag names its file.
 */
export const mdxPartsSchema = z.object({
  /** The report's numbered paragraphs, `<Para n={N}>`, in the order they appear. */
  paragraphs: z.array(z.object({ n: z.number().int().positive(), text: z.string().min(1), recommendation: z.boolean() }).strict()),
  /** Each paragraph at the top level and each item of a top-level list, with the `of` of every `<Sources>` in it. */
  blocks: z.array(z.object({ text: z.string(), sources: z.array(z.string()) }).strict()),
  /** Every line of text outside the numbered paragraphs, imported snippets read in place. */
  textLines: z.array(z.string()),
  /** `<Sources>` notes on a line of their own, outside any block. */
  looseSources: z.number().int().nonnegative(),
}).strict();
export type MdxParts = z.infer<typeof mdxPartsSchema>;
export type MdxParagraph = MdxParts['paragraphs'][number];
export type SourcedBlock = MdxParts['blocks'][number];
/** A numbered paragraph with the slug of the section it sits in. */
export type ReportParagraph = MdxParagraph & { section: string };

/** A report section's frontmatter (content/report/<slug>.mdx). */
export const reportSectionSchema = z.object({
  /** One sentence for search engines and link previews. */
  description: z.string().min(20),
}).strict();

/** The title block and judgements table (content/report.yaml). */
export const reportInfoSchema = z.object({
  council: z.string(),
  title: z.string(),
  inspectionDates: z.string().startsWith('Inspection date: '),
  published: z.string().startsWith('Report published: '),
  publishedDate: z.coerce.date(),
  inspectionStart: z.coerce.date(),
  inspectionEnd: z.coerce.date(),
  overall: z.object({ statement: z.string(), grade, grade2015: grade }).strict(),
  judgements: z.array(z.object({
    label: z.string(),
    grade,
    grade2015: grade,
    section: sectionSlug,
  }).strict()).min(1),
}).strict();

/** Words explained (content/glossary.yaml): one entry per term, its id the anchor on /glossary/. */
export const glossaryEntrySchema = z.object({
  /** The entry's anchor on the glossary page: /glossary/#id. */
  id: urlId('care-leaver'),
  term: z.string().min(2),
  expansion: z.string().optional(),
  /** What staff call a term the report writes out in full, e.g. CSE: searched for both ways. */
  abbreviation: z.string().regex(/^[A-Z]{2,}$/, 'must be the capitals staff use, e.g. "CSE"').optional(),
  definition: z.string().refine((text) => (text.match(/[.!?](\s|$)/g) ?? []).length <= 2 && /[.!?]$/.test(text), {
    message: 'must be one or two short sentences, ending with a full stop',
  }),
  forms: z.array(z.string().min(2)).optional(),
  /** What the definition rests on: paragraphs or report blocks where it describes Sandwell, "general" otherwise. */
  sources,
  /**
   * For a body or rule that changed after the report: what changed and when, in one or two short
   * sentences, resting on pages outside the report. The definition keeps the 2018 meaning, in the
   * past tense where it no longer holds.
   */
  since: z.object({
    text: z.string().refine((text) => (text.match(/[.!?](\s|$)/g) ?? []).length <= 2 && /[.!?]$/.test(text), {
      message: 'must be one or two short sentences, ending with a full stop',
    }),
    sources: sources.refine((value) => parseSources(value).outside.length > 0, 'must cite the pages outside the report that say what changed, as "outside:<id>"'),
  }).strict().optional(),
}).strict();
export type GlossaryTerm = z.infer<typeof glossaryEntrySchema>;

/**
 * The new text for children on /young-people/ (content/young-people/*.mdx), one file per part,
 * in `order`. Each part's heading is a question a child would ask; `showReportSummary` puts the
 * report's own summary for children and young people after that part's text.
 */
export const youngPeopleSchema = z.object({
  question: z.string().endsWith('?', 'must be a question a child would ask, ending with "?"').optional(),
  order: z.number().int().positive(),
  showReportSummary: z.boolean().default(false),
}).strict();

/** A findings paragraph number, 18 to 111: what recommendations and key figures cite as evidence. */
const findingsParagraph = z.number().int().refine((n) => findingsParagraphNumbers.includes(n), {
  message: `must be a findings paragraph, ${findingsParagraphNumbers[0]} to ${findingsParagraphNumbers.at(-1)}`,
});
const findingsSectionSlug = z.enum(findingsSections.map((s) => s.slug) as [string, ...string[]]);

/**
 * The 17 recommendations explained, one MDX file each, named by number (content/recommendations/NN.mdx).
 * The body is "What this means", each block ending with its <Sources of="…" />; the report's own
 * wording is quoted from paragraph N, never copied here. src/lib/content/recommendations.ts checks that
 * every paragraph the report marks "(Recommendation)" is cited as evidence.
 */
export const recommendationSchema = z.object({
  /** A short plain-language title saying what the council was asked to do: with "Recommendation 17: " it fits a 70-character page title. */
  title: z.string().min(10).max(50),
  /** The judgement area (a findings section) the recommendation belongs to, for grouping. */
  area: findingsSectionSlug,
  /** The findings paragraphs the site quotes beside the recommendation, in report order. */
  evidence: z.array(findingsParagraph).min(1),
}).strict();
export type RecommendationFrontmatter = z.infer<typeof recommendationSchema>;

/** The controlled list of findings topics (content/topics.yaml); paragraphs are tagged in content/paragraph-topics.yaml. */
export const topicSchema = z.object({
  /** The topic's URL segment: /findings/<id>/. */
  id: urlId('early-help'),
  name: z.string().min(3).max(60),
  /** One plain line saying what the topic covers: the site's own words, general knowledge. */
  description: z.string().min(20).max(140),
  sources,
  /** The topic's place in content/topics.yaml, the reading order: set by its loader, not written. */
  order: z.number().int().nonnegative(),
}).strict();
export type Topic = z.infer<typeof topicSchema>;

/** One bar of a key figure's chart. */
export const barSchema = z.object({
  // SVG text does not wrap: a label must fit one line on a 320px screen.
  label: z.string().max(26),
  value: z.number().nonnegative(),
  /** A target or threshold to compare against, drawn as an outline. */
  reference: z.boolean().optional(),
}).strict();
export type Bar = z.infer<typeof barSchema>;

/** Numbers the report gives (content/key-figures.yaml); a test finds each number of a figure's words in what it cites. */
export const keyFigureSchema = z.object({
  id: z.string(),
  label: z.string(),
  /** What the value counts, lower case, e.g. "children", "weeks", "percent" (a column of the CSV). */
  unit: z.string().regex(/^[a-z][a-z ]*$/, 'must be what the value counts, in lower-case words, e.g. "children" or "percent"'),
  /** When the figure applies, as the report gives it, e.g. "7 November 2017" or "the last six months". */
  date: z.string().min(4),
  /** The figure as shown, e.g. "742" or "127 days". */
  value: z.string(),
  /** What to compare it with: the earlier value, the threshold or the national figure. */
  context: z.string(),
  /** What the figure's words rest on; the first is where the report gives the figure. */
  sources,
  chart: z.object({
    title: z.string(),
    /** One sentence saying what the chart shows. */
    summary: z.string(),
    /** The table's heading for the bar labels, e.g. "Date". */
    category: z.string(),
    /** What the values count, e.g. "Children". */
    unit: z.string(),
    bars: z.array(barSchema).min(2).max(4),
  }).strict().optional(),
}).strict();

/** A day, as "YYYY-MM-DD". */
const isoDay = (what: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `must be ${what}, as "YYYY-MM-DD"`);

/**
 * A source outside the report (content/outside-sources.yaml): a public page, its own words that
 * hold the fact (what the number check reads), and when it was published and last seen. Blocks cite
 * it as `outside:<id>`; a release build refuses one last seen more than 12 months before.
 */
export const outsideSourceSchema = z.object({
  id: urlId('trust-launch-2018'),
  publisher: z.string().min(2),
  title: z.string().min(5),
  url: z.url({ protocol: /^https?$/ }),
  /** As the page gives it: "2025-12-05", "2022-07" or "2018". Left out only where the page shows no date. */
  published: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be the date the page was published, as "YYYY-MM-DD", "YYYY-MM" or "YYYY"').optional(),
  /** The page's own words, exactly as seen, that hold every fact and number the site takes from it. */
  says: z.string({ error: 'must quote the page\'s own words that hold the fact: a block may say only what they say' }).min(20, 'must quote the page\'s own words that hold the fact, in a sentence or more'),
  seen: isoDay('the date you last saw the page say this'),
}).strict();
export type OutsideSource = z.infer<typeof outsideSourceSchema>;

/**
 * Help services named to young readers (content/help-services.yaml): the one home of their phone
 * numbers and of the websites the site sends readers to for help or to complain. Each cites, with
 * the same notation as any block, the service's own pages in content/outside-sources.yaml; the
 * content model (helpNumberProblem) fails the build unless one of their quotes holds the number
 * itself, or, for a website, one of those pages is on it, so nothing nobody checked ever shows.
 */
export const helpServiceSchema = z.object({
  id: urlId('childline'),
  name: z.string().min(2),
  phone: z.string().regex(/^\d[\d ]*\d$/, 'must be digits as people dial them, grouped by spaces, e.g. "0800 1111"').optional(),
  /** The service's home page, for a service reached on the web rather than by phone. */
  website: z.url({ protocol: /^https$/, error: 'must be the service\'s home page, an https:// address' }).optional(),
  /** The service's own pages that show the number (or are on the website): "outside:childline-number, outside:childline-about". */
  sources: sources.refine((value) => {
    const parsed = parseSources(value);
    return parsed.outside.length > 0 && parsed.places.length === 0 && !parsed.general;
  }, 'must cite only the service\'s own pages, as entries of content/outside-sources.yaml: "outside:childline-number"'),
}).strict().refine((service) => (service.phone === undefined) !== (service.website === undefined), {
  message: 'must give either a phone number or a website (not both, not neither): one entry for each way to reach a service',
});
export type HelpService = z.infer<typeof helpServiceSchema>;

/**
 * What public sources say happened after the report (content/since-2018.yaml), in time order: the
 * only content about later events, shown on /since-2018/. Each cites the pages it rests on.
 */
export const laterEventSchema = z.object({
  id: urlId('trust-launch'),
  /** When, as the sources give it: "April 2018" or "2022". Checked like the text: it must be in what it cites. */
  when: z.string().regex(new RegExp(`^(?:(?:${MONTH_NAMES.join('|')}) )?\\d{4}$`), 'must be a month and year, e.g. "April 2018", or a year, e.g. "2022", as the sources give it'),
  /** What the inspection or visit was, in a few words ("Ofsted monitoring visit"): needed where a later finding cites the event. */
  inspection: z.string().min(5).max(60).optional(),
  text: z.string().min(20),
  /**
   * Ofsted's overall judgement of Sandwell's children's services, where the event is an inspection
   * of all of them: the latest such event is shown beside the 2018 judgements.
   */
  overallJudgement: grade.optional(),
  /**
   * For such an inspection, the judgement of each of the report's areas that a source gives, by the
   * report's section slug: /findings/ sets them beside 2015 and 2018. From April 2026 Ofsted gives
   * area judgements and no overall one, so an event may have areas alone.
   */
  areas: z.partialRecord(findingsSectionSlug, grade).optional(),
  sources: sources.refine((value) => parseSources(value).outside.length > 0, 'must cite the pages outside the report that say this, as "outside:<id>"'),
}).strict();
export type LaterEvent = z.infer<typeof laterEventSchema>;

/**
 * What a later inspection found on a subject (content/later-findings.yaml): the "Since 2018" part of
 * findings topic and recommendation pages. Each rests on one outside source, quoted; who says it is
 * kept apart: Ofsted's findings as the source reports them, or the council's or the Trust's own claim.
 * The rules beyond the shape (known ids, the quote, its numbers) are in later-findings-rules.ts.
 */
export const laterFindingSchema = z.object({
  id: urlId('neglect-2022'),
  /** The inspection or visit it comes from: the id of an event in content/since-2018.yaml, which dates it. */
  inspection: urlId('ofsted-2022'),
  attribution: z.enum(['ofsted-report', 'own-claim'], { error: 'must be "ofsted-report" (Ofsted\'s findings, as the source reports them) or "own-claim" (the council\'s or the Trust\'s own claim)' }),
  text: z.string().min(20),
  /** The source's own words that the text rests on, exactly as its `says` gives them. */
  quote: z.string().min(10),
  source: sources.refine((value) => {
    const parsed = parseSources(value);
    return parsed.outside.length === 1 && parsed.places.length === 0 && !parsed.general;
  }, 'must cite one page outside the report, as "outside:<id>"'),
  topics: z.array(z.string()).default([]),
  recommendations: z.array(z.number().int()).default([]),
}).strict().refine((finding) => finding.topics.length + finding.recommendations.length > 0, {
  message: 'must speak to at least one topic or recommendation: list them in `topics` or `recommendations`',
});
export type LaterFinding = z.infer<typeof laterFindingSchema>;

/** The site's own words on pages built from code (content/page-text.yaml), each with its sources. */
export const pageTextSchema = z.object({
  id: urlId('home-lead'),
  text: z.string().min(20),
  sources,
}).strict();

/** content/search-words.yaml, one entry: what people type (`word`) and the report's words for it (`means`). */
export const searchWordSchema = z.object({
  /** The word again, as the entry's id: set by its loader, not written. */
  id: z.string(),
  word: z.string().regex(/^[a-z][a-z' ]*[a-z]$/, 'must be the word or words people type, in lower case, e.g. "kid" or "front door"'),
  means: z.array(z.string().min(2)).min(1, 'must list at least one word or phrase the report uses'),
  /** The numbered paragraphs someone read to check that `word` means `means` there: each must hold one of `means`. */
  checked: z.array(z.number().int().positive()).min(1, 'must name at least one numbered paragraph the entry was checked against, e.g. [33]'),
  /** The entry's place in the file: set by its loader. */
  order: z.number().int().nonnegative(),
}).strict();
export type SearchWord = z.infer<typeof searchWordSchema>;

/** content/paragraph-topics.yaml, one entry: a findings paragraph and its topic ids (content-rules.ts checks them). */
export const paragraphTopicsSchema = z.object({
  /** The paragraph number as text, the entry's id: set by its loader. */
  id: z.string(),
  paragraph: z.number().int(),
  topics: z.array(z.string()),
}).strict();
export type ParagraphTopics = z.infer<typeof paragraphTopicsSchema>;
