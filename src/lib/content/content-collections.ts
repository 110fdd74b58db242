/**
 * Every content collection, declared once: which file or folder of content/ it reads and the
 * schema its entries must match. src/content.config.ts gives each to Astro's own loaders (glob
 * for MDX folders, file for YAML files); the content layer's reader for code outside Astro
 * (content-files.ts, readCollections: tests and scripts) reads the same files the same way.
 */
import { z } from 'astro/zod';
import {
  glossaryEntrySchema, helpServiceSchema, keyFigureSchema, laterEventSchema, laterFindingSchema, outsideSourceSchema, pageTextSchema, paragraphTopicsSchema,
  recommendationSchema, reportInfoSchema, reportSectionSchema, searchWordSchema, topicSchema, youngPeopleSchema,
} from './content-schemas.ts';
import {
  GLOSSARY_FILE, HELP_SERVICES_FILE, KEY_FIGURES_FILE, LATER_EVENTS_FILE, LATER_FINDINGS_FILE, OUTSIDE_SOURCES_FILE, PAGE_TEXT_FILE, PARAGRAPH_TOPICS_FILE,
  RECOMMENDATIONS_DIR, REPORT_DIR, REPORT_INFO_FILE, SEARCH_WORDS_FILE, TOPICS_FILE, YOUNG_PEOPLE_DIR,
} from './content-paths.ts';

/** Folders of MDX files, one entry per file, its id the file's name: the schema checks the frontmatter; the body is read by the content model. */
export const MDX_COLLECTIONS = {
  report: { folder: REPORT_DIR, schema: reportSectionSchema },
  youngPeople: { folder: YOUNG_PEOPLE_DIR, schema: youngPeopleSchema },
  recommendations: { folder: RECOMMENDATIONS_DIR, schema: recommendationSchema },
} as const;

/** YAML files of entries, read by the content layer's YAML reader (content-files.ts, yamlEntries). */
export const YAML_COLLECTIONS = {
  reportInfo: { file: REPORT_INFO_FILE, schema: reportInfoSchema },
  glossary: { file: GLOSSARY_FILE, schema: glossaryEntrySchema },
  topics: { file: TOPICS_FILE, schema: topicSchema },
  paragraphTopics: { file: PARAGRAPH_TOPICS_FILE, schema: paragraphTopicsSchema },
  searchWords: { file: SEARCH_WORDS_FILE, schema: searchWordSchema },
  keyFigures: { file: KEY_FIGURES_FILE, schema: keyFigureSchema },
  outsideSources: { file: OUTSIDE_SOURCES_FILE, schema: outsideSourceSchema },
  laterEvents: { file: LATER_EVENTS_FILE, schema: laterEventSchema },
  laterFindings: { file: LATER_FINDINGS_FILE, schema: laterFindingSchema },
  helpServices: { file: HELP_SERVICES_FILE, schema: helpServiceSchema },
  pageText: { file: PAGE_TEXT_FILE, schema: pageTextSchema },
} as const;

/** The contentFiles collection: the text of every content file (content-files.ts, readContentFiles), for the glossary's check and the snippets MDX imports. */
export const contentFileSchema = z.object({ path: z.string(), text: z.string() });
