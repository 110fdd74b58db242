/**
 * Every content collection: which content file it reads, with which loader (src/lib/content/content-loaders.ts,
 * the content layer's parsers), and which schema checks its entries (src/lib/content/content-schemas.ts,
 * the one home of the schemas and of the types derived from them).
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import {
  glossaryEntrySchema, helpServiceSchema, laterEventSchema, laterFindingSchema, outsideSourceSchema, keyFigureSchema, pageTextSchema, paragraphTopicsSchema,
  recommendationSchema, reportInfoSchema, reportSectionSchema, searchWordSchema, topicSchema, withMdxParts, youngPeopleSchema,
} from './lib/content/content-schemas.ts';
import { contentWords, mdxFiles, outsideSourcesFile, yamlFile } from './lib/content/content-loaders.ts';
import {
  GLOSSARY_FILE, HELP_SERVICES_FILE, KEY_FIGURES_FILE, LATER_EVENTS_FILE, LATER_FINDINGS_FILE, OUTSIDE_SOURCES_FILE, PAGE_TEXT_FILE, PARAGRAPH_TOPICS_FILE,
  RECOMMENDATIONS_DIR, REPORT_DIR, REPORT_INFO_FILE, SEARCH_WORDS_FILE, TOPICS_FILE, YOUNG_PEOPLE_DIR,
} from './lib/content/content-paths.ts';

export const collections = {
  report: defineCollection({ loader: mdxFiles(REPORT_DIR), schema: withMdxParts(reportSectionSchema) }),
  reportInfo: defineCollection({ loader: yamlFile(REPORT_INFO_FILE), schema: reportInfoSchema }),
  glossary: defineCollection({ loader: yamlFile(GLOSSARY_FILE), schema: glossaryEntrySchema }),
  youngPeople: defineCollection({ loader: mdxFiles(YOUNG_PEOPLE_DIR), schema: withMdxParts(youngPeopleSchema) }),
  recommendations: defineCollection({ loader: mdxFiles(RECOMMENDATIONS_DIR), schema: withMdxParts(recommendationSchema) }),
  topics: defineCollection({ loader: yamlFile(TOPICS_FILE), schema: topicSchema }),
  paragraphTopics: defineCollection({ loader: yamlFile(PARAGRAPH_TOPICS_FILE), schema: paragraphTopicsSchema }),
  searchWords: defineCollection({ loader: yamlFile(SEARCH_WORDS_FILE), schema: searchWordSchema }),
  keyFigures: defineCollection({ loader: yamlFile(KEY_FIGURES_FILE), schema: keyFigureSchema }),
  outsideSources: defineCollection({ loader: outsideSourcesFile(OUTSIDE_SOURCES_FILE), schema: outsideSourceSchema }),
  laterEvents: defineCollection({ loader: yamlFile(LATER_EVENTS_FILE), schema: laterEventSchema }),
  laterFindings: defineCollection({ loader: yamlFile(LATER_FINDINGS_FILE), schema: laterFindingSchema }),
  helpServices: defineCollection({ loader: yamlFile(HELP_SERVICES_FILE), schema: helpServiceSchema }),
  pageText: defineCollection({ loader: yamlFile(PAGE_TEXT_FILE), schema: pageTextSchema }),
  contentWords: defineCollection({ loader: contentWords(), schema: z.object({ path: z.string(), text: z.string() }) }),
};
