/**
 * The content layer on disk: the only code that reads content/. Each kind of file has one parse
 * function here (MDX through mdx-parts.ts, YAML through parseYaml), used both by the Astro loaders
 * (content-loaders.ts), which give pages, open data and the review sheet their collections, and by
 * the readers below, for code that runs outside Astro's collections: astro.config.mjs (the site's
 * address, wanted before any collection exists) and the tests, which check content they change.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { readMdxParts } from './mdx-parts.ts';
import { sections } from './report-structure.ts';
import {
  glossaryEntrySchema, outsideSourceSchema, paragraphTopicsSchema, searchWordSchema, topicSchema,
  type GlossaryTerm, type MdxParts, type OutsideSource, type ParagraphTopics, type ReportParagraph, type SearchWord, type Topic,
} from './content-schemas.ts';
import { GLOSSARY_FILE, OUTSIDE_SOURCES_FILE, PARAGRAPH_TOPICS_FILE, reportSectionFile, SEARCH_WORDS_FILE, TOPICS_FILE } from './content-paths.ts';

/** A content file's text; `path` is project-relative ("content/topics.yaml"), as messages name it. */
export function readContentText(root: string, path: string): string {
  return readFileSync(join(root, path), 'utf8');
}

/** YAML text as data; a syntax error names the file. */
export function parseYaml(text: string, path: string): unknown {
  try {
    return parse(text);
  } catch (error) {
    throw new Error(`${path} is not valid YAML: ${(error as Error).message}`);
  }
}

/** An MDX file's parts (mdx-parts.ts), the snippets it imports read from beside it. */
export function parseMdx(text: string, path: string, root: string): MdxParts {
  return readMdxParts(text, (imported) => readContentText(root, join(dirname(path), imported)));
}

/** The report's numbered paragraphs of one section, each with its section's slug. */
export function sectionParagraphs(parts: Pick<MdxParts, 'paragraphs'>, section: string): ReportParagraph[] {
  return parts.paragraphs.map((p) => ({ ...p, section }));
}

/* The YAML files whose entries need more than the file writes: an id, or their place in the file. */

/** A list's entries, each with its place in the file (`order`): a collection comes back sorted by id, and the file's order is the one readers meet. */
function inFileOrder(data: unknown): unknown {
  return Array.isArray(data) ? data.map((entry, order) => ({ ...entry, order })) : data;
}

/** content/search-words.yaml: each entry with its word as its id, in the file's order. */
function searchWordEntries(data: unknown): unknown {
  return inFileOrder(Array.isArray(data) ? data.map((entry) => ({ id: entry?.word, ...entry })) : data);
}

/** content/paragraph-topics.yaml maps paragraph numbers to topic ids: one entry per paragraph. */
function paragraphTopicEntries(data: unknown): ParagraphTopics[] {
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${PARAGRAPH_TOPICS_FILE} must map each paragraph number to a list of topic ids, e.g. "18: [early-help]".`);
  }
  return Object.entries(data).map(([key, topics]) => ({ id: key, paragraph: Number(key), topics: Array.isArray(topics) ? topics : [] }));
}

/** The YAML files whose entries need more than the file writes, and what adds it. */
const ENTRIES_OF: Record<string, (data: unknown) => unknown> = {
  [TOPICS_FILE]: inFileOrder,
  [SEARCH_WORDS_FILE]: searchWordEntries,
  [PARAGRAPH_TOPICS_FILE]: paragraphTopicEntries,
};

/** A YAML content file's entries as its collection holds them (and its schema checks them). */
export function yamlEntries(text: string, path: string): unknown {
  const data = parseYaml(text, path);
  return ENTRIES_OF[path]?.(data) ?? data;
}

/* Readers for code outside Astro's collections: the same parsing and schemas as the loaders. */

function checked<T>(schema: z.ZodType<T>, data: unknown, path: string, hint: string): T {
  const result = schema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  entry ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    throw new Error(`${path} does not match its schema (${hint}):\n${problems.join('\n')}`);
  }
  return result.data;
}

function readYaml(root: string, path: string): unknown {
  return yamlEntries(readContentText(root, path), path);
}

/** Every numbered paragraph, 1 to 111, in report order. */
export function readReportParagraphs(root: string): ReportParagraph[] {
  return sections.flatMap((s) => {
    const path = reportSectionFile(s.slug);
    return sectionParagraphs(parseMdx(readContentText(root, path), path, root), s.slug);
  });
}

export function readTopics(root: string): Topic[] {
  return checked(topicSchema.array(), readYaml(root, TOPICS_FILE), TOPICS_FILE, 'each topic needs an id, name, description and sources');
}

export function readParagraphTopics(root: string): ParagraphTopics[] {
  return checked(paragraphTopicsSchema.array(), readYaml(root, PARAGRAPH_TOPICS_FILE), PARAGRAPH_TOPICS_FILE, 'paragraph number: [topic ids]');
}

export function readSearchWords(root: string): SearchWord[] {
  return checked(searchWordSchema.array(), readYaml(root, SEARCH_WORDS_FILE), SEARCH_WORDS_FILE, 'see the comment at the top of the file');
}

export function readGlossary(root: string): GlossaryTerm[] {
  return checked(glossaryEntrySchema.array(), readYaml(root, GLOSSARY_FILE), GLOSSARY_FILE, 'id, term, definition, sources');
}

export function readOutsideSources(root: string): OutsideSource[] {
  return checked(outsideSourceSchema.array(), readYaml(root, OUTSIDE_SOURCES_FILE), OUTSIDE_SOURCES_FILE, 'publisher, title, url, published, says, seen');
}

/** A content file as text, for checks that read the words of every file (the glossary's). */
export interface ContentFile {
  /** Project-relative path, named in error messages. */
  path: string;
  text: string;
}

/**
 * The content's words: every MDX, Markdown and YAML file under content/ (not the PDF's source text,
 * a .txt) except content/outside-sources.yaml, which quotes other publishers' words as seen.
 */
export function readContentFiles(root: string): ContentFile[] {
  return contentFilesIn(root, 'content')
    .filter((path) => /\.(mdx|md|ya?ml)$/.test(path) && path !== OUTSIDE_SOURCES_FILE)
    .map((path) => ({ path, text: readContentText(root, path) }));
}

/** Every file under a folder of content/ ("content/recommendations"), as sorted project-relative paths. */
export function contentFilesIn(root: string, folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' }).map((name) => `${folder}/${name.replaceAll('\\', '/')}`).sort();
}
