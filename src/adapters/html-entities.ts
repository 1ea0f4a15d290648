// Decodes HTML character references (&amp; &#8212; &#x2014; &nbsp; …) in text, without a DOM.
// A small table of the names that news text uses; an unknown name stays as written, which is
// still correct text, only less pretty.

// HTML's Latin-1 names, in code point order from U+00A0 (nbsp) to U+00FF (yuml).
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 ' +
  'acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml ' +
  'Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde ' +
  'Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ' +
  'ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide ' +
  'oslash ugrave uacute ucirc uuml yacute thorn yuml';

const OTHERS: Record<string, number> = {
  amp: 0x26, lt: 0x3c, gt: 0x3e, quot: 0x22, apos: 0x27,
  OElig: 0x152, oelig: 0x153, Scaron: 0x160, scaron: 0x161, Yuml: 0x178, fnof: 0x192, circ: 0x2c6, tilde: 0x2dc,
  ensp: 0x2002, emsp: 0x2003, thinsp: 0x2009, zwnj: 0x200c, zwj: 0x200d, lrm: 0x200e, rlm: 0x200f,
  ndash: 0x2013, mdash: 0x2014, lsquo: 0x2018, rsquo: 0x2019, sbquo: 0x201a, ldquo: 0x201c, rdquo: 0x201d,
  bdquo: 0x201e, dagger: 0x2020, Dagger: 0x2021, bull: 0x2022, hellip: 0x2026, permil: 0x2030, prime: 0x2032,
  Prime: 0x2033, lsaquo: 0x2039, rsaquo: 0x203a, euro: 0x20ac, trade: 0x2122, larr: 0x2190, uarr: 0x2191,
  rarr: 0x2192, darr: 0x2193, harr: 0x2194, minus: 0x2212, infin: 0x221e, asymp: 0x2248, ne: 0x2260,
  le: 0x2264, ge: 0x2265, hearts: 0x2665,
};

const NAMED = new Map<string, number>(Object.entries(OTHERS));
LATIN1.split(' ').forEach((name, index) => NAMED.set(name, 0xa0 + index));

// Names a browser also decodes without the closing semicolon ("AT&amp T" is rare; "&amp" alone is not).
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);

// HTML reads references to 0x80–0x9F as windows-1252, which is what old CMS text means by &#151;.
const WINDOWS_1252: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x2c6, 0x89: 0x2030, 0x8a: 0x160, 0x8b: 0x2039, 0x8c: 0x152, 0x8e: 0x17d, 0x91: 0x2018,
  0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x2dc,
  0x99: 0x2122, 0x9a: 0x161, 0x9b: 0x203a, 0x9c: 0x153, 0x9e: 0x17e, 0x9f: 0x178,
};

const REPLACEMENT = '\uFFFD';
const MAX_NAME = 32;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isHex = (c: number) => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
const isAlnum = (c: number) => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

function fromCode(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return REPLACEMENT;
  return String.fromCodePoint(WINDOWS_1252[code] ?? code);
}

/** Text with every character reference decoded once (`&amp;lt;` gives `&lt;`, never `<`). */
export function decodeEntities(text: string): string {
  let at = text.indexOf('&');
  if (at < 0) return text;
  let out = text.slice(0, at);
  while (at >= 0) {
    const [value, end] = reference(text, at);
    out += value;
    const next = text.indexOf('&', end);
    out += text.slice(end, next < 0 ? text.length : next);
    at = next;
  }
  return out;
}

/** The decoded reference starting at `at` (an `&`) and the index after it; a lone `&` decodes to itself. */
function reference(text: string, at: number): [string, number] {
  let i = at + 1;
  if (text.charCodeAt(i) === 35 /* # */) {
    i++;
    const hex = (text.charCodeAt(i) | 0x20) === 120; /* x or X */
    if (hex) i++;
    const start = i;
    while (i < text.length && (hex ? isHex(text.charCodeAt(i)) : isDigit(text.charCodeAt(i)))) i++;
    if (i === start) return ['&', at + 1];
    // More than 8 digits is past U+10FFFF whatever they say; checked before parsing to keep numbers small.
    const digits = text.slice(start, i);
    const code = digits.replace(/^0+/, '').length > 8 ? Infinity : parseInt(digits, hex ? 16 : 10);
    if (text.charCodeAt(i) === 59 /* ; */) i++;
    return [fromCode(code), i];
  }
  const start = i;
  while (i < text.length && i - start <= MAX_NAME && isAlnum(text.charCodeAt(i))) i++;
  const name = text.slice(start, i);
  const code = NAMED.get(name);
  if (code !== undefined) {
    if (text.charCodeAt(i) === 59) return [String.fromCodePoint(code), i + 1];
    if (LEGACY.has(name)) return [String.fromCodePoint(code), i];
  }
  return ['&', at + 1];
}
