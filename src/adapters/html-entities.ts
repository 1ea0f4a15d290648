// Decodes HTML character references (&amp; &#8212; &#x2014; &mdash;) in text, without a DOM.
// Numeric references are decoded in full; of HTML's 2,231 names only the few news text uses are
// known. An unknown name stays as written, which is still correct text, only less pretty.

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  bull: '•',
  middot: '·',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  euro: '€',
  pound: '£',
  times: '×',
  eacute: 'é',
};

// One reference: decimal, hexadecimal or named, the ";" optional. Each part is a single run of one
// character class, so matching stays linear on any input.
const REFERENCE = /&(?:#(\d+)|#[xX]([\da-fA-F]+)|([A-Za-z][A-Za-z\d]*));?/g;

/** Text with every character reference decoded once (`&amp;lt;` gives `&lt;`, never `<`). */
export function decodeEntities(text: string): string {
  return text.replace(REFERENCE, (match, decimal?: string, hex?: string, name?: string) => {
    // A known name is decoded with or without its ";", as browsers do for most ("&amp" is common; "AT&T" stays).
    if (name) return Object.hasOwn(NAMED, name) ? NAMED[name]! : match;
    const code = parseInt(decimal ?? hex!, decimal ? 10 : 16);
    // NUL, surrogates, numbers past Unicode and the C1 controls (which old CMS text writes meaning windows-1252,
    // a guess this decoder does not make) are the replacement character.
    const replaced = !code || code > 0x10ffff || (code >= 0xd800 && code < 0xe000) || (code >= 0x80 && code < 0xa0);
    return replaced ? '\uFFFD' : String.fromCodePoint(code);
  });
}
