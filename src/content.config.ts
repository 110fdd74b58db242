/**
 * Every content collection: which content file it reads, with which loader (src/lib/content/content-loaders.ts,
 * the content layer's parsers), and which schema checks its entries (src/lib/content/content-schemas.ts,
 * the one home of the schemas and of the types derived from them).
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import {
  glossaryEntrySchema, helpServiceSchema, laterEventSchema, outsideSourceSchema, keyFigureSchema, pageTextSchema, paragraphTopicsSchema,
  recommendationSchema, reportInfoSchema, reportSectionSchema, searchWordSchema, topicSchema, withMdxParts, youngPeopleSchema,
} from './lib/content/content-schemas.ts';
import { contentWords, mdxFiles, outsideSourcesFile, yamlFile } from './lib/content/content-loaders.ts';
import { PARAGRAPH_TOPICS_FILE, REPORT_DIR, SEARCH_WORDS_FILE, TOPICS_FILE } from './lib/content/content-files.ts';
import { GLOSSARY_FILE } from './lib/content/glossary-terms.ts';
import { OUTSIDE_SOURCES_FILE } from './lib/content/outside-sources.ts';

export const collections = {
  report: defineCollection({ loader: mdxFiles(REPORT_DIR), schema: withMdxParts(reportSectionSchema) }),
  reportInfo: defineCollection({ loader: yamlFile('content/report.yaml'), schema: reportInfoSchema }),
  glossary: defineCollection({ loader: yamlFile(GLOSSARY_FILE), schema: glossaryEntrySchema }),
  youngPeople: defineCollection({ loader: mdxFiles('content/young-people'), schema: withMdxParts(youngPeopleSchema) }),
  recommendations: defineCollection({ loader: mdxFiles('content/recommendations'), schema: withMdxParts(recommendationSchema) }),
  topics: defineCollection({ loader: yamlFile(TOPICS_FILE), schema: topicSchema }),
  paragraphTopics: defineCollection({ loader: yamlFile(PARAGRAPH_TOPICS_FILE), schema: paragraphTopicsSchema }),
  searchWords: defineCollection({ loader: yamlFile(SEARCH_WORDS_FILE), schema: searchWordSchema }),
  keyFigures: defineCollection({ loader: yamlFile('content/key-figures.yaml'), schema: keyFigureSchema }),
  outsideSources: defineCollection({ loader: outsideSourcesFile(OUTSIDE_SOURCES_FILE), schema: outsideSourceSchema }),
  laterEvents: defineCollection({ loader: yamlFile('content/since-2018.yaml'), schema: laterEventSchema }),
  helpServices: defineCollection({ loader: yamlFile('content/help-services.yaml'), schema: helpServiceSchema }),
  pageText: defineCollection({ loader: yamlFile('content/page-text.yaml'), schema: pageTextSchema }),
  contentWords: defineCollection({ loader: contentWords(), schema: z.object({ path: z.string(), text: z.string() }) }),
};
