/** Escaping text for the two places the site builds strings for other parsers: regular expressions and HTML. */

/** A literal string as a regular expression that matches exactly it. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Text made safe inside HTML, in element content and in a double-quoted attribute alike. */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
