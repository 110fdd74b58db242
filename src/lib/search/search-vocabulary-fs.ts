/**
 * The search vocabulary read from content at build time (Node only, hence -fs): the glossary's
 * abbreviations both ways (content/glossary.yaml), the everyday words (content/search-words.yaml,
 * checked against its schema here). The search page embeds them; the words for spelling
 * suggestions are written with the search index (search-index-fs.ts) from its own records.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { GLOSSARY_FILE } from '../content/glossary-terms.ts';
import { escapeRegExp } from '../site/text-escape.ts';
import { searchWordsSchema, type GlossaryTerm, type SearchWord } from '../content/content-schemas.ts';
import { readAllParagraphs } from '../content/paragraph-text-fs.ts';
import { matchWords, type SearchVocabulary, type Synonym } from './search-vocabulary.ts';

export const SEARCH_WORDS_FILE = 'content/search-words.yaml';

export function readSearchWords(root: string = process.cwd()): SearchWord[] {
  const checked = searchWordsSchema.safeParse(parse(readFileSync(join(root, SEARCH_WORDS_FILE), 'utf8')));
  if (!checked.success) {
    const problems = checked.error.issues.map((issue) => `  entry ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`${SEARCH_WORDS_FILE} does not match its schema (see the comment at the top of the file):\n${problems.join('\n')}`);
  }
  return checked.data;
}

/** The report's words: the text of its numbered paragraphs. */
function reportText(root: string): string {
  return readAllParagraphs(root).map((p) => p.text).join(' ');
}

/** Whether a word or phrase occurs in the text as whole words, allowing a plural ending and hyphens for spaces. */
export function occursIn(text: string, phrase: string): boolean {
  const words = matchWords(phrase).map((w) => escapeRegExp(w).replace(/'/g, "['’]"));
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s\\-‐]+')}(?:s|es)?(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

function readGlossary(root: string): GlossaryTerm[] {
  return parse(readFileSync(join(root, GLOSSARY_FILE), 'utf8')) as GlossaryTerm[];
}

/**
 * Abbreviations from the glossary, both ways: an abbreviation (term with an `expansion`, or an
 * `abbreviation` staff use for a term) searches the words the report writes, and those words
 * search the abbreviation. An alternative the report never uses would find nothing, so is left out.
 */
function abbreviationSynonyms(glossary: readonly GlossaryTerm[], text: string): Synonym[] {
  const pairs = glossary.flatMap((entry) => {
    const long = entry.expansion ?? (entry.abbreviation && entry.term);
    const short = entry.expansion ? entry.term : entry.abbreviation;
    if (!long || !short) return [];
    const longForms = [long, ...(entry.expansion ? [] : entry.forms ?? [])];
    return [
      { words: matchWords(short).join(' '), label: short, means: longForms.filter((form) => occursIn(text, form)) },
      ...longForms.map((form) => ({ words: matchWords(form).join(' '), label: form, means: occursIn(text, short) ? [short] : [] })),
    ];
  });
  return pairs.filter((p) => p.means.length > 0).map((p) => ({ ...p, kind: 'abbreviation', typedAbsent: !occursIn(text, p.label) }));
}

/** The vocabulary the search page embeds. Fails, naming the file, on an everyday word whose meaning the report never uses. */
export function readSearchVocabulary(root: string = process.cwd()): SearchVocabulary {
  const text = reportText(root);
  const everyday: Synonym[] = readSearchWords(root).map(({ word, means }) => {
    const absent = means.filter((m) => !occursIn(text, m));
    if (absent.length) {
      throw new Error(`${SEARCH_WORDS_FILE}: "${word}" means ${absent.map((m) => `"${m}"`).join(', ')}, which the report's numbered paragraphs never use. Give the report's own word, or remove it.`);
    }
    return { words: matchWords(word).join(' '), label: word, means, kind: 'everyday', typedAbsent: !occursIn(text, word) };
  });
  return { synonyms: [...abbreviationSynonyms(readGlossary(root), text), ...everyday] };
}
