// Builds plain text the way a browser lays out inline text: runs of spaces collapse, block
// boundaries become single line breaks. Shared by the HTML-string and the DOM readers.

// HTML collapses only ASCII whitespace; U+00A0 (from &nbsp;) is kept, as a browser keeps it.
const SPACE_RUN = /[ \t\n\r\f]+/g;

export class PlainText {
  private readonly lines: string[] = [];
  private line = '';

  /** Adds inline text; its own line breaks are layout in the source and count as spaces. */
  text(value: string): void {
    this.line += value.replace(SPACE_RUN, ' ');
  }

  /** Ends the current line (a paragraph, list item or `<br>`); empty lines are never kept. */
  block(): void {
    const line = this.line.replace(SPACE_RUN, ' ').trim();
    if (line) this.lines.push(line);
    this.line = '';
  }

  /** The text, one line per block. */
  toString(): string {
    this.block();
    return this.lines.join('\n');
  }
}

/** Elements that start and end a line of their own when text is laid out. */
export const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tr', 'ul',
]);

/** One line: line breaks become spaces (for titles and names). */
export function oneLine(text: string): string {
  return text.split('\n').map((line) => line.trim()).filter(Boolean).join(' ');
}

// Punctuation an author puts between a date, a title and a summary ("3 Feb — Call: …").
const SEPARATORS = new Set([' ', '\u00a0', '\t', '\n', '-', '\u2013', '\u2014', ':', ';', ',', '|', '\u00b7', '\u2022', '.']);

/** Text without separators left at its ends once the date or title around it is taken out; a final "." stays. */
export function trimSeparators(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && SEPARATORS.has(text[start]!)) start++;
  while (end > start && SEPARATORS.has(text[end - 1]!) && text[end - 1] !== '.') end--;
  return text.slice(start, end);
}
