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
// or "</…>" that is no tag; and text (a "<" that starts none of these is text, as in "a < b").
const TOKEN = new RegExp(
  '<!--[^]*?(?:-->|$)' +
    `|<(script|style|template|svg|math|iframe|noscript)(?![\\w-])${ATTRIBUTES}[^]*?(?:</\\1(?![^\\s/>])[^>]*>?|$)` +
    `|<\\/?([a-z][\\w-]*)${ATTRIBUTES}` +
    '|<[!?/][^>]*>?' +
    '|([^<]+|<)',
  'gi',
);

/** Plain text of an HTML fragment: one line per paragraph, spaces collapsed, no markup. */
export function htmlToText(html: string): string {
  // Cut first, which bounds the matcher's stack on a tag of a million attributes; parseTimeline keeps
  // 10,000 characters of a text anyway. Source line breaks are layout, so they become spaces; "\n"
  // then marks where a block starts or ends.
  const text = html.slice(0, 1e6).replace(TOKEN, (_, _dropped, tag?: string, words?: string) =>
    words ? decodeEntities(words).replaceAll('\n', ' ') : BLOCK.test(tag ?? '') ? '\n' : '',
  );
  return lines(text);
}
