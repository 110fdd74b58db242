/**
 * The content layer on disk: the only code that reads content/. The YAML reader here is the one
 * Astro's file loader uses (content-loaders.ts); readCollections reads every collection the same
 * way for code outside a build (tests, scripts), so both hand the content model
 * (content-model.ts) the same entries; astro.config.mjs reads content/site.yaml through it,
 * wanted before any collection exists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import type { ParagraphTopics } from './content-schemas.ts';
import { OUTSIDE_SOURCES_FILE, PARAGRAPH_TOPICS_FILE, SEARCH_WORDS_FILE, TOPICS_FILE } from './content-paths.ts';
import { MDX_COLLECTIONS, YAML_COLLECTIONS } from './content-collections.ts';
import { checkedContentModel, type ContentCollections, type ContentModel } from './content-model.ts';

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

/* The collections read from disk, for code outside Astro (tests, scripts), as Astro's loaders read them. */

const FRONTMATTER = /^---\n([\s\S]*?\n)---/;

/** An MDX file's frontmatter (its YAML, as data) and body, split as Astro's MDX entries split them. */
export function splitMdx(text: string, path: string): { data: unknown; body: string } {
  const frontmatter = FRONTMATTER.exec(text);
  return {
    data: frontmatter ? parseYaml(frontmatter[1], path) ?? {} : {},
    body: (frontmatter ? text.slice(frontmatter[0].length) : text).trim(),
  };
}

function checked<T>(schema: z.ZodType<T>, data: unknown, path: string): T {
  const result = schema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    throw new Error(`${path} does not match its schema:\n${problems.join('\n')}`);
  }
  return result.data;
}

/** A folder's MDX files as the glob loader stores them: the id the file's name, the frontmatter checked, the body as written. */
function mdxEntries(root: string, collection: keyof typeof MDX_COLLECTIONS) {
  const { folder, schema } = MDX_COLLECTIONS[collection];
  return contentFilesIn(root, folder).filter((path) => path.endsWith('.mdx')).map((filePath) => {
    const { data, body } = splitMdx(readContentText(root, filePath), filePath);
    return { id: basename(filePath, '.mdx'), collection, data: checked(schema as z.ZodType, data, filePath), body, filePath };
  });
}

/** A YAML file's entries as the file loader stores them: a list by each entry's id, a map by its keys. */
function yamlFileEntries(root: string, collection: keyof typeof YAML_COLLECTIONS) {
  const { file, schema } = YAML_COLLECTIONS[collection];
  const data = yamlEntries(readContentText(root, file), file);
  const entries = Array.isArray(data)
    ? data.map((entry) => [String(entry.id), entry] as const)
    : Object.entries(data as Record<string, unknown>);
  return entries.map(([id, entry]) => ({ id, collection, data: checked(schema as z.ZodType, entry, `${file}, entry ${id}`), filePath: file }));
}

/**
 * Every collection of the content under `root`, entry for entry as Astro's loaders give them
 * (src/content.config.ts), for the content model (content-model.ts) outside a build. A file
 * that breaks its schema throws, naming it, as it stops a build.
 */
export function readCollections(root: string): ContentCollections {
  const mdx = Object.fromEntries(Object.keys(MDX_COLLECTIONS).map((name) => [name, mdxEntries(root, name as keyof typeof MDX_COLLECTIONS)]));
  const yaml = Object.fromEntries(Object.keys(YAML_COLLECTIONS).map((name) => [name, yamlFileEntries(root, name as keyof typeof YAML_COLLECTIONS)]));
  const files = readContentFiles(root).map((data) => ({ id: data.path, collection: 'contentFiles', data }));
  return { ...mdx, ...yaml, contentFiles: files } as unknown as ContentCollections;
}

/** The content model of the content under `root`, outside a build (not a release); throws, listing every problem, as the build does. */
export function readContentModel(root: string): ContentModel {
  return checkedContentModel(readCollections(root), { release: false, buildDate: new Date().toISOString().slice(0, 10) });
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
