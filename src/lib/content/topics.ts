/**
 * The findings' topics from their collections: the controlled list in reading order
 * (content/topics.yaml) and each findings paragraph's topics (content/paragraph-topics.yaml),
 * checked by content-rules.ts, so an untagged paragraph or an unknown topic id fails the build.
 */
import { getCollection } from 'astro:content';
import { loadOnce } from './load-once.ts';
import { paragraphTopicsProblems } from './content-rules.ts';
import type { Topic } from './content-schemas.ts';

/** The topics in the order content/topics.yaml lists them. */
export async function loadTopicList(): Promise<Topic[]> {
  return (await getCollection('topics')).map(({ data }) => data).sort((a, b) => a.order - b.order);
}

/** Every findings paragraph's topic ids, in the order the tagging gives them. */
export const loadParagraphTopics = loadOnce(async (): Promise<ReadonlyMap<number, readonly string[]>> => {
  const tagging = (await getCollection('paragraphTopics')).map(({ data }) => data);
  const problems = paragraphTopicsProblems(tagging, (await loadTopicList()).map((t) => t.id));
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return new Map(tagging.map((t) => [t.paragraph, t.topics]));
});
