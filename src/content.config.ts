/**
 * Every content collection and its schema, in one place. A malformed file fails the build with
 * Astro's InvalidContentEntryDataError, which names the file and the field.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { grades } from './lib/judgements.ts';
import { findingsParagraphNumbers, findingsSections, sections } from './lib/report-structure.ts';
import { recommendationNumbers, TOPIC_ID } from './lib/site-urls.ts';

const grade = z.enum(grades);
const sectionSlug = z.enum(sections.map((s) => s.slug) as [string, ...string[]]);

/** The report's sections, one MDX file each, named by the section's slug. */
const report = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/report' }),
  schema: z.object({
    /** One sentence for search engines and link previews. */
    description: z.string().min(20),
    /** The section's graded judgement, where the report gives one. */
    judgement: grade.optional(),
  }).strict(),
});

/** The title block and judgements table (content/report.yaml). */
const reportInfo = defineCollection({
  loader: file('./content/report.yaml'),
  schema: z.object({
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
      partOf: sectionSlug.optional(),
    }).strict()).min(1),
  }).strict(),
});

/** Words explained (content/glossary.yaml): one entry per term, its id the anchor on /glossary/. */
const glossary = defineCollection({
  loader: file('./content/glossary.yaml'),
  schema: z.object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. "mash" or "care-leaver"'),
    term: z.string().min(2),
    expansion: z.string().optional(),
    /** What staff call a term the report writes out in full, e.g. CSE: searched for both ways. */
    abbreviation: z.string().regex(/^[A-Z]{2,}$/, 'must be the capitals staff use, e.g. "CSE"').optional(),
    definition: z.string().refine((text) => (text.match(/[.!?](\s|$)/g) ?? []).length <= 2 && /[.!?]$/.test(text), {
      message: 'must be one or two short sentences, ending with a full stop',
    }),
    forms: z.array(z.string().min(2)).optional(),
  }).strict(),
});

/**
 * The new text for children on /young-people/ (content/young-people/*.mdx), one file per part,
 * in `order`. Each part's heading is a question a child would ask; `showReportSummary` puts the
 * report's own summary for children and young people after that part's text.
 */
const youngPeople = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/young-people' }),
  schema: z.object({
    question: z.string().endsWith('?', 'must be a question a child would ask, ending with "?"').optional(),
    order: z.number().int().positive(),
    showReportSummary: z.boolean().default(false),
  }).strict(),
});


/** A findings paragraph number, 18 to 111: what recommendations and key figures cite as evidence. */
const findingsParagraph = z.number().int().refine((n) => findingsParagraphNumbers.includes(n), {
  message: `must be a findings paragraph, ${findingsParagraphNumbers[0]} to ${findingsParagraphNumbers.at(-1)}`,
});
const findingsSectionSlug = z.enum(findingsSections.map((s) => s.slug) as [string, ...string[]]);

/**
 * The 17 recommendations explained, one file each (content/recommendations/NN.yaml). The report's
 * own wording is quoted from paragraph N, never copied here; src/lib/recommendations.ts checks that
 * every paragraph the report marks "(Recommendation)" is cited as evidence.
 */
const recommendations = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/recommendations' }),
  schema: z.object({
    /** The report's paragraph number of the recommendation. */
    number: z.number().int().refine((n) => recommendationNumbers.includes(n), { message: `must be a recommendation, ${recommendationNumbers[0]} to ${recommendationNumbers.at(-1)}` }),
    /** A short plain-language title: with "Recommendation 17: " it fits a 70-character page title. */
    title: z.string().min(10).max(50),
    /** The judgement area (a findings section) the recommendation belongs to, for grouping. */
    area: findingsSectionSlug,
    /** Plain English, Flesch Reading Ease 60 or more (held by a test). */
    whatThisMeans: z.string().min(80),
    /** The findings paragraphs the recommendation rests on, in report order. */
    evidence: z.array(findingsParagraph).min(1),
  }).strict(),
});

/** The controlled list of findings topics (content/topics.yaml); paragraphs are tagged in content/paragraph-topics.yaml. */
const topics = defineCollection({
  loader: file('./content/topics.yaml'),
  schema: z.object({
    /** The topic's URL segment: /findings/<id>/. */
    id: z.string().regex(TOPIC_ID),
    name: z.string().min(3).max(60),
    /** One plain line saying what the topic covers. */
    description: z.string().min(20).max(140),
  }).strict(),
});

/** Numbers the report gives (content/key-figures.yaml); a test finds each of `numbers` in the cited source. */
const keyFigures = defineCollection({
  loader: file('./content/key-figures.yaml'),
  schema: z.object({
    id: z.string(),
    label: z.string(),
    /** The figure as shown, e.g. "742" or "127 days". */
    value: z.string(),
    /** What to compare it with: the earlier value, the threshold or the national figure. */
    context: z.string(),
    /** The numbered paragraph it comes from, or the report's information about the local authority. */
    source: z.union([findingsParagraph, z.literal('the-local-authority')]),
    /** Every number in value and context, as the source text writes it ("742", "four", "30%"). */
    numbers: z.array(z.string().min(1)).min(1),
    chart: z.object({
      title: z.string(),
      /** One sentence saying what the chart shows. */
      summary: z.string(),
      /** The table's heading for the bar labels, e.g. "Date". */
      category: z.string(),
      /** What the values count, e.g. "Children". */
      unit: z.string(),
      bars: z.array(z.object({
        // SVG text does not wrap: a label must fit one line on a 320px screen.
        label: z.string().max(26),
        value: z.number().nonnegative(),
        /** A target or threshold to compare against, drawn as an outline. */
        reference: z.boolean().optional(),
      }).strict()).min(2).max(4),
    }).strict().optional(),
  }).strict(),
});


export const collections = { report, reportInfo, glossary, youngPeople, recommendations, topics, keyFigures };
