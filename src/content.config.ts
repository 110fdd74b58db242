/**
 * Every content collection: where its files are and which schema they follow
 * (src/lib/content/content-schemas.ts, the one home of the schemas and of the types derived from them).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  glossaryEntrySchema, helpServiceSchema, laterEventSchema, outsideSourceSchema, keyFigureSchema, pageTextSchema, recommendationSchema,
  reportInfoSchema, reportSectionSchema, topicSchema, youngPeopleSchema,
} from './lib/content/content-schemas.ts';

export const collections = {
  report: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/report' }), schema: reportSectionSchema }),
  reportInfo: defineCollection({ loader: file('./content/report.yaml'), schema: reportInfoSchema }),
  glossary: defineCollection({ loader: file('./content/glossary.yaml'), schema: glossaryEntrySchema }),
  youngPeople: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/young-people' }), schema: youngPeopleSchema }),
  recommendations: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/recommendations' }), schema: recommendationSchema }),
  topics: defineCollection({ loader: file('./content/topics.yaml'), schema: topicSchema }),
  keyFigures: defineCollection({ loader: file('./content/key-figures.yaml'), schema: keyFigureSchema }),
  outsideSources: defineCollection({ loader: file('./content/outside-sources.yaml'), schema: outsideSourceSchema }),
  laterEvents: defineCollection({ loader: file('./content/since-2018.yaml'), schema: laterEventSchema }),
  helpServices: defineCollection({ loader: file('./content/help-services.yaml'), schema: helpServiceSchema }),
  pageText: defineCollection({ loader: file('./content/page-text.yaml'), schema: pageTextSchema }),
};
