/**
 * Glossary terms in text. One set of patterns finds a term (with its plural and other forms) and
 * serves two jobs: the content check (content-rules.ts, glossaryProblems: every acronym the content
 * uses is defined, every defined term is used) and linkFirstUses, which links the first use of each term on a page to its
 * glossary entry.
 */
import type { GlossaryTerm } from './content-schemas.ts';
import { escapeHtml, escapeRegExp } from '../site/text-escape.ts';
import { glossaryUrl } from '../site/site-urls.ts';

export function isAbbreviation(entry: GlossaryTerm): boolean {
  return entry.expansion !== undefined;
}

/**
 * A phrase as a pattern: whole words only, an optional plural ending, any white space between
 * words, an apostrophe as written or as the HTML entity, and a lower-case first letter that may
 * be a capital (at the start of a sentence). Abbreviations keep their exact capitals.
 */
function phrasePattern(phrase: string): string {
  const [first, rest] = [phrase[0], phrase.slice(1)];
  const start = first !== first.toUpperCase() ? `[${first}${first.toUpperCase()}]` : escapeRegExp(first);
  const body = escapeRegExp(rest).replace(/\s+/g, '\\s+').replace(/['’]/g, "(?:'|’|&#39;)");
  return `(?<![\\w-])${start}${body}(?:s|es)?(?![\\w-])`;
}

interface TermFinder {
  regex: RegExp;
  /** The entry behind a match, from the capture groups replace() or exec() hands back. */
  entryOf(groups: readonly unknown[]): GlossaryTerm;
}

/** One regular expression for all the entries' forms, longest first so "adoption panel" wins over "adoption". */
export function termFinder(entries: readonly GlossaryTerm[]): TermFinder {
  const forms = entries
    .flatMap((entry) => [entry.term, ...(entry.forms ?? [])].map((phrase) => ({ phrase, entry })))
    .sort((a, b) => b.phrase.length - a.phrase.length);
  return {
    regex: new RegExp(forms.map((f) => `(${phrasePattern(f.phrase)})`).join('|'), 'g'),
    entryOf: (groups) => forms[groups.findIndex((g) => typeof g === 'string')].entry,
  };
}

/**
 * Elements whose text is never linked: links and abbreviations already, headings, code, controls,
 * and small print (the dated notice, the same on every page, is not where a page first uses a word).
 */
const UNTOUCHED = new Set(['a', 'abbr', 'button', 'code', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'script', 'small', 'style', 'svg', 'textarea', 'title']);

function linkTo(entry: GlossaryTerm, words: string): string {
  const inner = isAbbreviation(entry) ? `<abbr title="${escapeHtml(entry.expansion!)}">${words}</abbr>` : words;
  return `<a class="glossary-link" href="${glossaryUrl(entry.id)}">${inner}</a>`;
}

export interface LinkOptions {
  /** Link everyday and specialist words too, not only abbreviations (pages for young readers). */
  words?: boolean;
}

/**
 * Rewrites a block of rendered HTML so that the first use of each glossary abbreviation (and,
 * with `words`, of each glossary term) is a link to its entry, an abbreviation inside an <abbr>.
 * Only text between tags changes, and only by adding elements around it: the text a reader or
 * a test sees stays exactly the same. Use it once per page, around everything that quotes the
 * report, so "first use" means first on the page.
 */
export function linkFirstUses(html: string, entries: readonly GlossaryTerm[], options: LinkOptions = {}): string {
  const candidates = entries.filter((entry) => options.words || isAbbreviation(entry));
  if (candidates.length === 0) return html;
  const finder = termFinder(candidates);
  const linked = new Set<string>();
  let untouchedDepth = 0;
  return html
    .split(/(<!--[\s\S]*?-->|<[^>]*>)/)
    .map((part, index) => {
      const isTag = index % 2 === 1;
      if (isTag) {
        const tag = part.match(/^<(\/?)([a-zA-Z][\w-]*)/);
        if (tag && UNTOUCHED.has(tag[2].toLowerCase()) && !part.endsWith('/>')) untouchedDepth += tag[1] ? -1 : 1;
        return part;
      }
      if (untouchedDepth > 0) return part;
      return part.replace(finder.regex, (match: string, ...groups: unknown[]) => {
        const entry = finder.entryOf(groups.slice(0, -2));
        if (linked.has(entry.id)) return match;
        linked.add(entry.id);
        return linkTo(entry, match);
      });
    })
    .join('');
}

/**
 * Two or more capitals as a word, with an optional plural "s" that is not part of the acronym:
 * "IROs" is IRO, "MAPPAs" is MAPPA. Postcodes such as "M1 2WD" hold digits and do not count.
 */
export const ACRONYM = /(?<![\w-])([A-Z]{2,})s?(?![\w-])/g;

/** MDX import lines and component tags: their capitals are code (e.g. <FootnoteRef>), not words. */
export const MDX_CODE = /^(?:import|export) .*$|<\/?[A-Z][\w.]*[^>]*>/gm;
