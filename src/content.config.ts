/**
 * Every content collection and its schema, in one place. A malformed file fails the build with
 * Astro's InvalidContentEntryDataError, which names the file and the field.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { grades } from './lib/judgements.ts';
import { sections } from './lib/report-structure.ts';

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

export const collections = { report, reportInfo, glossary, youngPeople };
