// Reads the address that a piece of embed code points to, as text: the `src` of an <iframe>, or the
// last link of a <blockquote> (a post's embed code, as X, Bluesky, Instagram or Mastodon give it,
// ends with a link to the post). Pure: no DOM, nothing of the code is parsed into a document, run or
// inserted anywhere — only one attribute's value is taken, its character references decoded once,
// and it is kept only when it is an absolute http: or https: URL. One pass over htmlToText's tokens;
// code longer than MAX_EMBED_CODE is not read at all.
import {safeHttpUrl} from '../model/safe-url.js';
import {decodeEntities} from './html-entities.js';
import {TOKEN} from './html-text.js';

/** Embed code longer than this (a real one is a few kilobytes) is not read. */
export const MAX_EMBED_CODE = 20_000;

export interface EmbedCode {
  /** The element that the address was looked for in. */
  tag: 'iframe' | 'blockquote';
  /** The address, when it is an absolute http(s) URL. */
  url?: string;
  /** Whether the element had an address that was refused (not http(s)), rather than none. */
  refused?: boolean;
}

const SPACE = /[\t\n\f\r ]/;
const NAME_END = /[\t\n\f\r />=]/;
const VALUE_END = /[\t\n\f\r >]/;

/**
 * The attributes of a start tag whose name ends at `from` (lower-case names; the first of two with
 * one name wins, as in HTML), and where the tag ends; undefined when the tag never ends.
 */
function startTag(code: string, from: number): {attributes: Map<string, string>; end: number} | undefined {
  const attributes = new Map<string, string>();
  let i = from;
  while (i < code.length) {
    const char = code[i]!;
    if (char === '>') return {attributes, end: i + 1};
    if (char === '/' || SPACE.test(char)) {
      i++;
      continue;
    }
    let j = i;
    while (j < code.length && !NAME_END.test(code[j]!)) j++;
    const name = code.slice(i, j).toLowerCase();
    i = j;
    while (i < code.length && SPACE.test(code[i]!)) i++;
    let value = '';
    if (code[i] === '=') {
      i++;
      while (i < code.length && SPACE.test(code[i]!)) i++;
      const quote = code[i];
      if (quote === '"' || quote === "'") {
        const close = code.indexOf(quote, i + 1);
        if (close < 0) return undefined;
        value = code.slice(i + 1, close);
        i = close + 1;
      } else {
        j = i;
        while (j < code.length && !VALUE_END.test(code[j]!)) j++;
        value = code.slice(i, j);
        i = j;
      }
    }
    if (name && !attributes.has(name)) attributes.set(name, value);
  }
  return undefined;
}

/** An attribute's value as an address: references decoded once, kept only when http(s). */
const address = (value: string | undefined) => (value === undefined ? undefined : safeHttpUrl(decodeEntities(value)));

/**
 * What `code` embeds: the first <iframe>'s `src`, or the `href` of the last link in the first
 * <blockquote> (else its `cite`). Undefined when the code is longer than MAX_EMBED_CODE or holds
 * neither element; `url` is undefined when the element has no http(s) address.
 */
export function readEmbedCode(code: string): EmbedCode | undefined {
  if (code.length > MAX_EMBED_CODE) return undefined;
  let depth = 0;
  let met = false;
  let cite: string | undefined;
  let last: string | undefined;
  // The tokens htmlToText reads (comments, elements whose content is no markup, tags, text): a
  // "<blockquote>" inside a script or a comment is no blockquote here either.
  const tokens = new RegExp(TOKEN.source, TOKEN.flags);
  for (let match; (match = tokens.exec(code));) {
    const [whole, raw, other] = match;
    const name = (raw ?? other)?.toLowerCase();
    if (!name) continue;
    if (whole[1] === '/') {
      if (name === 'blockquote' && depth > 0 && --depth === 0) break;
      continue;
    }
    const tag = startTag(whole, 1 + name.length);
    if (!tag) break;
    if (name === 'iframe' && depth === 0) {
      const url = address(tag.attributes.get('src'));
      return {tag: 'iframe', url, refused: !url};
    } else if (name === 'blockquote') {
      if (depth++ === 0) [met, cite] = [true, tag.attributes.get('cite')];
    } else if (name === 'a' && depth > 0 && tag.attributes.has('href')) {
      last = tag.attributes.get('href');
    }
  }
  if (!met) return undefined;
  const written = last ?? cite;
  const url = address(written);
  return {tag: 'blockquote', url, refused: written !== undefined && !url};
}
