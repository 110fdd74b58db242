/**
 * Every content collection, read by Astro's own loaders: glob for the MDX folders, file for the
 * YAML files (with the content layer's YAML reader), and one small loader for the text of every
 * content file. Where each reads and its schema: src/lib/content/content-collections.ts. The
 * collections hold only what the files say; the content model (src/lib/content/content-model.ts)
 * reads the MDX bodies and checks every rule, once per build.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentFileSchema, MDX_COLLECTIONS, YAML_COLLECTIONS } from './lib/content/content-collections.ts';
import { contentFiles, yamlFile } from './lib/content/content-loaders.ts';

const { report, youngPeople, recommendations } = MDX_COLLECTIONS;
const { reportInfo, glossary, topics, paragraphTopics, searchWords, keyFigures, outsideSources, laterEvents, laterFindings, helpServices, pageText } = YAML_COLLECTIONS;
const mdxFolder = (folder: string) => glob({ pattern: '*.mdx', base: `./${folder}` });

// Each written out, so that each collection's entries have its own schema's type.
export const collections = {
  report: defineCollection({ loader: mdxFolder(report.folder), schema: report.schema }),
  youngPeople: defineCollection({ loader: mdxFolder(youngPeople.folder), schema: youngPeople.schema }),
  recommendations: defineCollection({ loader: mdxFolder(recommendations.folder), schema: recommendations.schema }),
  reportInfo: defineCollection({ loader: yamlFile(reportInfo.file), schema: reportInfo.schema }),
  glossary: defineCollection({ loader: yamlFile(glossary.file), schema: glossary.schema }),
  topics: defineCollection({ loader: yamlFile(topics.file), schema: topics.schema }),
  paragraphTopics: defineCollection({ loader: yamlFile(paragraphTopics.file), schema: paragraphTopics.schema }),
  searchWords: defineCollection({ loader: yamlFile(searchWords.file), schema: searchWords.schema }),
  keyFigures: defineCollection({ loader: yamlFile(keyFigures.file), schema: keyFigures.schema }),
  outsideSources: defineCollection({ loader: yamlFile(outsideSources.file), schema: outsideSources.schema }),
  laterEvents: defineCollection({ loader: yamlFile(laterEvents.file), schema: laterEvents.schema }),
  laterFindings: defineCollection({ loader: yamlFile(laterFindings.file), schema: laterFindings.schema }),
  helpServices: defineCollection({ loader: yamlFile(helpServices.file), schema: helpServices.schema }),
  pageText: defineCollection({ loader: yamlFile(pageText.file), schema: pageText.schema }),
  contentFiles: defineCollection({ loader: contentFiles(), schema: contentFileSchema }),
};
