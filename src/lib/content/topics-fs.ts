/**
 * The findings' topics as data: the controlled list (content/topics.yaml) and each findings
 * paragraph's topics (content/paragraph-topics.yaml). The search indexer and tests call it
 * directly; the build calls it too, so a paragraph without a topic or an unknown topic id fails
 * the build with a message naming the file and the fix.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { findingsParagraphNumbers } from './report-structure.ts';
import { topicSchema, type Topic } from './content-schemas.ts';

export const TOPICS_FILE = 'content/topics.yaml';
export const PARAGRAPH_TOPICS_FILE = 'content/paragraph-topics.yaml';

function readYaml(root: string, file: string): unknown {
  return parse(readFileSync(join(root, file), 'utf8'));
}

/** The topics in their listed order, checked against the same schema as the `topics` collection. */
export function readTopics(root: string = process.cwd()): Topic[] {
  const checked = topicSchema.array().safeParse(readYaml(root, TOPICS_FILE));
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(`${TOPICS_FILE}: ${issue.path.join('.') || 'the file'} ${issue.message}. Each topic needs an id, name, description and sources.`);
  }
  return checked.data;
}

const cache = new Map<string, ReadonlyMap<number, readonly string[]>>();

/**
 * Every findings paragraph's topic ids, checked: each of paragraphs 18 to 111 has at least one
 * topic, no other paragraph is listed, and every id is in content/topics.yaml.
 */
export function readParagraphTopics(root: string = process.cwd()): ReadonlyMap<number, readonly string[]> {
  const cached = cache.get(root);
  if (cached) return cached;
  const known = new Set(readTopics(root).map((t) => t.id));
  const data = readYaml(root, PARAGRAPH_TOPICS_FILE);
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${PARAGRAPH_TOPICS_FILE} must map each paragraph number to a list of topic ids, e.g. "18: [early-help]".`);
  }
  const topics = new Map<number, readonly string[]>();
  for (const [key, ids] of Object.entries(data)) {
    const n = Number(key);
    if (!findingsParagraphNumbers.includes(n)) {
      throw new Error(`${PARAGRAPH_TOPICS_FILE} lists paragraph ${key}, but only the findings, paragraphs ${findingsParagraphNumbers[0]} to ${findingsParagraphNumbers.at(-1)}, have topics. Remove it.`);
    }
    if (!Array.isArray(ids) || ids.length === 0) {
      throw new Error(`${PARAGRAPH_TOPICS_FILE} gives paragraph ${n} no topics. Give it a list of one or more topic ids from ${TOPICS_FILE}.`);
    }
    for (const id of ids) {
      if (!known.has(id)) {
        throw new Error(`${PARAGRAPH_TOPICS_FILE} tags paragraph ${n} with the unknown topic "${id}". Use one of the ids in ${TOPICS_FILE}: ${[...known].join(', ')}.`);
      }
    }
    topics.set(n, ids);
  }
  const untagged = findingsParagraphNumbers.filter((n) => !topics.has(n));
  if (untagged.length > 0) {
    throw new Error(`${PARAGRAPH_TOPICS_FILE} gives no topics to paragraph${untagged.length > 1 ? 's' : ''} ${untagged.join(', ')}. Every findings paragraph needs at least one topic.`);
  }
  cache.set(root, topics);
  return topics;
}

/** The topic ids of findings paragraph n (18 to 111), in the order the tagging gives them; [] for paragraphs 1 to 17. */
export function topicIdsOfParagraph(n: number, root: string = process.cwd()): readonly string[] {
  return readParagraphTopics(root).get(n) ?? [];
}

/** The paragraphs of one topic, in report order. */
export function paragraphsOfTopic(id: string, root: string = process.cwd()): number[] {
  return findingsParagraphNumbers.filter((n) => topicIdsOfParagraph(n, root).includes(id));
}
