/**
 * The numbers in a text, for the number check: dates ("7 November 2017", "March 2018"),
 * percentages ("71%"), numbers in digits ("2,607", "44") and numbers in words ("nine", "a third").
 * Phone numbers of help services (0800 1111, 116 123) are left out, and nothing else is.
 */

/** The months' names, in order: the one list the site's date rules use. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const MONTHS = MONTH_NAMES.join('|');
const DATE = new RegExp(`\\b(?:\\d{1,2} (?:${MONTHS})(?: \\d{4})?|(?:${MONTHS}) \\d{4})\\b`, 'g');
const PERCENT = /\b\d+(?:\.\d+)?%/g;
const DIGITS = /(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\w]|[.,]\d)|(?<![\w.,])\d+(?:\.\d+)?(?![\w%]|[.,]\d)/g;
/** UK phone numbers: 0800 1111, 0808 800 5000, 116 123. */
const PHONE = /\b0\d{3} ?\d{3,4}(?: ?\d{3,4})?\b|\b116 ?\d{3}\b/g;

export const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, thousand: 1000,
};
const FRACTIONS = ['half', 'third', 'thirds', 'quarter', 'quarters'];
const WORDS = new RegExp(`\\b(?:(?:a|one|two|three) (?:${FRACTIONS.join('|')})|${Object.keys(NUMBER_WORDS).join('|')}|half)\\b`, 'gi');

const normalise = (text: string) => text.replace(/\s+/g, ' ').replace(/[‘’]/g, "'");
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The numbers a text states, each as written, in order (phone numbers left out). */
export function numbersIn(text: string): string[] {
  let rest = normalise(text).replace(PHONE, ' ');
  const found: string[] = [];
  for (const pattern of [DATE, PERCENT, DIGITS, WORDS]) {
    rest = rest.replace(pattern, (match) => {
      found.push(match);
      return ' ';
    });
  }
  return found;
}

/** The ways the report may write a number the site writes: "9" or "nine", "a third" or "one third". */
function forms(number: string): string[] {
  const lower = number.toLowerCase();
  const fraction = /^(?:a|one) (third|quarter|half)$/.exec(lower);
  if (fraction) return [`a ${fraction[1]}`, `one ${fraction[1]}`];
  if (lower in NUMBER_WORDS) return [lower, String(NUMBER_WORDS[lower])];
  const digits = /^\d+$/.test(number) ? Number(number) : undefined;
  const word = Object.entries(NUMBER_WORDS).find(([, n]) => n === digits)?.[0];
  const percent = /^(\d+(?:\.\d+)?)%$/.exec(number);
  return [number, ...(word ? [word] : []), ...(percent ? [`${percent[1]} per cent`] : [])];
}

/** Whether a number occurs in a text as a whole token: "4" is not found inside "44" or "2016". */
export function occursIn(number: string, text: string): boolean {
  const haystack = normalise(text);
  return forms(number).some((form) => new RegExp(`(?<![\\w,.])${escape(form)}(?![\\w]|[,.]\\d)`, 'i').test(haystack));
}
