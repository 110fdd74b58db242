/**
 * Reads the glossary from its content collection, in alphabetical order, and checks it against
 * the content: an acronym the content uses but the glossary lacks, or a glossary term nothing
 * uses, fails the build with a message naming the term and the file (the words of every content
 * file come from the contentWords collection).
 */
import { getCollection } from 'astro:content';
import { loadOnce } from './load-once.ts';
import { glossaryProblems } from './content-rules.ts';
import type { GlossaryTerm } from './content-schemas.ts';

export const loadGlossary = loadOnce(load);

async function load(): Promise<GlossaryTerm[]> {
  const entries = (await getCollection('glossary')).map(({ data }) => data);
  const files = (await getCollection('contentWords')).map(({ data }) => data);
  const problems = glossaryProblems(entries, files);
  if (problems.length > 0) throw new Error(`The glossary and the content disagree:\n${problems.join('\n')}`);
  return entries.sort((a, b) => a.term.localeCompare(b.term, 'en-GB', { sensitivity: 'base' }));
}
