// Reduces an HTML fragment (TimelineJS text) to plain text without a DOM: tags go, the text
// between them stays, character references are decoded once. It never returns markup, only text
// that the elements will render as text. One pass over the input, indexOf and character tests only:
// no regular expression that could backtrack on hostile input.
import {decodeEntities} from './html-entities.js';
import {BLOCK_ELEMENTS, PlainText} from './plain-text.js';

/** What the reduction removed that a caller may want to report. */
export interface HtmlFindings {
  /** `<a>` start tags: their text is kept, their URL is not. */
  links: number;
}

// Elements whose content is not text a reader sees (or is code): dropped whole, up to their end tag.
const DROPPED_WITH_CONTENT = new Set([
  'script', 'style', 'template', 'iframe', 'noscript', 'noembed', 'noframes', 'object', 'xmp', 'textarea', 'title',
  'svg', 'math', 'head',
]);

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isTagSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;

// Lower-cases A–Z only, so that indexes stay aligned with the original (toLowerCase may change length).
const asciiLower = (text: string) => text.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) | 0x20));

/** Plain text of an HTML fragment: one line per paragraph, spaces collapsed, no markup. */
export function htmlToText(html: string, findings?: HtmlFindings): string {
  const out = new PlainText();
  const lower = asciiLower(html);
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out.text(decodeEntities(html.slice(i)));
      break;
    }
    if (lt > i) out.text(decodeEntities(html.slice(i, lt)));
    const c = html.charCodeAt(lt + 1);
    if (c === 33 /* ! */) {
      // A comment, or a doctype / CDATA section, which a fragment never needs.
      const close = html.startsWith('<!--', lt) ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt + 2);
      i = close < 0 ? n : close + (html.startsWith('<!--', lt) ? 3 : 1);
    } else if (c === 63 /* ? */) {
      const close = html.indexOf('>', lt + 2);
      i = close < 0 ? n : close + 1;
    } else if (c === 47 /* / */ || isLetter(c)) {
      const tag = readTag(html, lower, lt);
      if (!tag.closing && tag.name === 'a' && findings) findings.links++;
      if (BLOCK_ELEMENTS.has(tag.name)) out.block();
      i = tag.end;
      if (!tag.closing && DROPPED_WITH_CONTENT.has(tag.name)) i = skipPast(lower, tag.name, i);
    } else {
      // "<" not starting a tag is text, as in "a < b".
      out.text('<');
      i = lt + 1;
    }
  }
  return out.toString();
}

interface Tag {
  name: string;
  closing: boolean;
  /** Index after the tag's `>` (the input's length when the tag never closes: a browser drops it too). */
  end: number;
}

/** Reads the tag at `lt`: its lower-case name, and where it ends, skipping quoted attribute values. */
function readTag(html: string, lower: string, lt: number): Tag {
  let i = lt + 1;
  const closing = html.charCodeAt(i) === 47;
  if (closing) i++;
  const nameStart = i;
  while (i < html.length && !isTagSpace(html.charCodeAt(i)) && html[i] !== '/' && html[i] !== '>') i++;
  const name = lower.slice(nameStart, i);
  while (i < html.length) {
    const ch = html[i];
    if (ch === '>') return {name, closing, end: i + 1};
    if (ch === '=') {
      // A quote right after "=" (spaces allowed) opens a value in which ">" is text.
      i++;
      while (i < html.length && isTagSpace(html.charCodeAt(i))) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        if (close < 0) return {name, closing, end: html.length};
        i = close + 1;
      }
      continue;
    }
    i++;
  }
  return {name, closing, end: html.length};
}

/** Index after the end tag `</name>` that closes a dropped element; the input's end if there is none. */
function skipPast(lower: string, name: string, from: number): number {
  let at = from;
  for (;;) {
    const close = lower.indexOf(`</${name}`, at);
    if (close < 0) return lower.length;
    const after = close + 2 + name.length;
    const c = lower.charCodeAt(after);
    // "</scripts" is not "</script"; the end tag's name must stop here.
    if (after >= lower.length || c === 62 || c === 47 || isTagSpace(c)) {
      const gt = lower.indexOf('>', after);
      return gt < 0 ? lower.length : gt + 1;
    }
    at = after;
  }
}
