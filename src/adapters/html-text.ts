// Reduces an HTML fragment (TimelineJS text) to plain text without a DOM: tags go, the text
// between them stays, character references are decoded once. It never returns markup, only text
// that the elements render as text.
import {decodeEntities} from './html-entities.js';
import {BLOCK, lines} from './plain-text.js';

// A tag's attributes, up to its ">": a quoted value may hold ">" as text. What never ends runs to the
// end of the input, as a browser drops it too. The three parts start with different characters and
// the whole always matches, so a match never backtracks: linear on any input. Each part takes a whole
// run, so that a long tag is a few steps, not one per character (which would overflow the regexp stack).
const ATTRIBUTES = `(?:[^>"']+|"[^"]*(?:"|$)|'[^']*(?:'|$))*>?`;

// In turn: a comment; an element whose content is no text a reader sees (or is code), dropped up to
// its end tag ("</scripts" does not end a script); any other tag, its name captured; a doctype, "<?…>"
// or "</…>" that is no tag; and text (a "<" that starts none of these is text, as in "a < b"). Text
// comes in runs of at most 1,024 characters without "&", or one character reference (or a lone "&"),
// so that reading can stop soon after the limit, and no run ends inside a reference. Also read by
// embed-code.ts (with a regexp of its own made from it, for its own lastIndex).
export const TOKEN = new RegExp(
  '<!--[^]*?(?:-->|$)' +
    `|<(script|style|template|svg|math|iframe|noscript)(?![\\w-])${ATTRIBUTES}[^]*?(?:</\\1(?![^\\s/>])[^>]*>?|$)` +
    `|<\\/?([a-z][\\w-]*)${ATTRIBUTES}` +
    '|<[!?/][^>]*>?' +
    '|([^<&]{1,1024}|&(?:#\\d+|#[xX][\\da-fA-F]+|[A-Za-z][A-Za-z\\d]*)?;?|<)',
  'gi',
);

/**
 * Plain text of an HTML fragment: one line per paragraph, spaces collapsed, no markup. Reading
 * stops once the text is longer than `limit` (the caller cuts it and says so), so that a headline of
 * megabytes costs what its first `limit` characters do.
 */
export function htmlToText(html: string, limit = Infinity): string {
  // Cut first, which bounds the matcher's stack on a tag of a million attributes. Source line breaks
  // are layout, so they become spaces; "\n" then marks where a block starts or ends.
  const source = html.slice(0, 1e6);
  let text = '';
  // Spaces collapse, so the text's length is measured laid out, each time the raw text doubles: linear.
  let measureAt = limit;
  TOKEN.lastIndex = 0;
  for (let match; (match = TOKEN.exec(source));) {
    const [, , tag, words] = match;
    text += words ? decodeEntities(words).replaceAll('\n', ' ') : BLOCK.test(tag ?? '') ? '\n' : '';
    if (text.length > measureAt) {
      if (lines(text).length > limit) break;
      measureAt = text.length * 2;
    }
  }
  return lines(text);
}
