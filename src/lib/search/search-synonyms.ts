/**
 * The synonyms the search page embeds, made at build time from the content's collections: the
 * glossary's abbreviations both ways (content/glossary.yaml) and the everyday words
 * (content/search-words.yaml), each kept only where the report's numbered paragraphs use what it
 * means. ReportSearch.astro passes the collections in; tests pass small fixtures.
 */
import type { GlossaryTerm, SearchWord } from '../content/content-schemas.ts';
import { matchWords, phraseOccursIn, type SearchVocabulary, type Synonym } from './search-vocabulary.ts';

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
      { words: matchWords(short).join(' '), label: short, means: longForms.filter((form) => phraseOccursIn(text, form)) },
      ...longForms.map((form) => ({ words: matchWords(form).join(' '), label: form, means: phraseOccursIn(text, short) ? [short] : [] })),
    ];
  });
  return pairs.filter((p) => p.means.length > 0).map((p) => ({ ...p, kind: 'abbreviation', typedAbsent: !phraseOccursIn(text, p.label) }));
}

/**
 * The vocabulary the search page embeds, from the report's numbered paragraphs. The everyday words
 * come checked: the content model refuses one whose meaning the report never uses, or not in the
 * paragraphs it names (searchWordsProblems, run once per build with every other rule).
 */
export function searchVocabulary(glossary: readonly GlossaryTerm[], searchWords: readonly SearchWord[], paragraphs: readonly { n: number; text: string }[]): SearchVocabulary {
  const reportText = paragraphs.map((p) => p.text).join(' ');
  const everyday: Synonym[] = searchWords.map(({ word, means }) =>
    ({ words: matchWords(word).join(' '), label: word, means, kind: 'everyday', typedAbsent: !phraseOccursIn(reportText, word) }));
  return { synonyms: [...abbreviationSynonyms(glossary, reportText), ...everyday] };
}
