// Plain text laid out as a browser lays out inline text: runs of spaces collapse, and block
// boundaries (written "\n" by the readers) become single line breaks, with no empty lines.
// Shared by the HTML-string and the DOM readers.

// HTML collapses only ASCII whitespace; U+00A0 (from &nbsp;) is kept, as a browser keeps it.
const SPACES = /[ \t\n\r\f]+/g;

/** Names of elements that start and end a line of their own when text is laid out (in any case). */
export const BLOCK = /^(?:p|div|br|hr|li|[uod]l|d[dt]|h[1-6]|tr|table|pre|blockquote|figure|figcaption|section|article|header|footer)$/i;

/** One line: all whitespace collapsed (for titles and names; also text a reader adds to a line). */
export const oneLine = (text: string) => text.replace(SPACES, ' ').trim();

/** Text whose "\n" are block boundaries, one line per block; other whitespace is layout. */
export const lines = (text: string) => text.split('\n').map(oneLine).filter(Boolean).join('\n');

// Punctuation an author puts between a date, a title and a summary ("3 Feb — Call: …").
const SEPARATORS = ' \u00a0\t\n-–—:;,|·•.';

/** Text without separators left at its ends once the date or title around it is taken out; a final "." stays. */
export function trimSeparators(text: string): string {
  let start = 0;
  let end = text.length;
  // Past either end, text[i] is undefined, which includes() does not find.
  while (SEPARATORS.includes(text[start]!)) start++;
  while (end > start && SEPARATORS.includes(text[end - 1]!) && text[end - 1] !== '.') end--;
  return text.slice(start, end);
}
