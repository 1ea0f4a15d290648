// Text width without a DOM: a conservative per-character estimate, so layout stays pure,
// deterministic and identical in Node and every browser. It errs wide, never narrow,
// because an underestimate would let labels overlap.

const NARROW = /[\s.,:;'!|iIjlft()[\]{}·\u2009]/;
const WIDE = /[MWmw@%—\u2014]/;
// CJK, Hangul, kana and full-width forms take a full em. The `u` flag and the last range
// cover ideographs outside the BMP (CJK Extension B and later, e.g. 𠮷 in Japanese names):
// without them such a character was two surrogates, matched nothing, and counted 0.6 em.
const FULL = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/** Width in em of one character (a code point, as `for…of` yields it). */
function charEms(char: string): number {
  if (FULL.test(char)) return 1;
  if (NARROW.test(char)) return 0.33;
  if (WIDE.test(char)) return 0.9;
  if (char >= 'A' && char <= 'Z') return 0.7;
  const code = char.charCodeAt(0);
  if (code > 0x3ff && code < 0x530) return 0.66; // Cyrillic, Armenian
  return 0.6;
}

// The layout measures every title of a story (100,000 of them in the benchmark), so the
// regular expressions above run once per distinct UTF-16 unit and their answer is kept:
// 0 means not yet known. Characters outside the BMP (surrogate pairs) are rare and asked each time.
const EMS = [0, 1, 0.33, 0.9, 0.7, 0.66, 0.6];
const unitClass = new Uint8Array(0x10000);

/** Width in px of `text` set in a proportional sans-serif at `fontSize` px. */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  return estimateTextWidthUpTo(text, fontSize, bold, Infinity);
}

/**
 * estimateTextWidth when only widths up to `limit` matter: the same number when it is at most
 * `limit`, else some number above `limit` (it stops counting there). Long titles are capped at
 * the label width, so the layout need not measure all of them.
 */
export function estimateTextWidthUpTo(text: string, fontSize: number, bold: boolean, limit: number): number {
  // Multiplied in this order everywhere: a float product depends on it, and widths must not.
  const factor = bold ? 1.07 : 1;
  let ems = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    if (ems * fontSize * factor > limit) break;
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        ems += charEms(text.slice(i, i + 2));
        i++;
        continue;
      }
    }
    let kind = unitClass[code];
    if (kind === 0) kind = unitClass[code] = EMS.indexOf(charEms(String.fromCharCode(code)));
    ems += EMS[kind];
  }
  return Math.ceil(ems * fontSize * factor);
}

/** The longest prefix of `text` (plus "…") whose estimated width fits `maxWidth`. */
export function truncateToWidth(text: string, maxWidth: number, fontSize: number, bold = false): string {
  if (estimateTextWidth(text, fontSize, bold) <= maxWidth) return text;
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (estimateTextWidth(chars.slice(0, mid).join('') + '…', fontSize, bold) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return low === 0 ? '…' : chars.slice(0, low).join('').trimEnd() + '…';
}

/** Breaks `text` into at most `maxLines` lines that fit `maxWidth`, at spaces where it can; the last line is cut with "…". */
export function wrapToWidth(text: string, maxWidth: number, fontSize: number, bold = false, maxLines = 2): string[] {
  if (estimateTextWidth(text, fontSize, bold) <= maxWidth || maxLines <= 1) return [truncateToWidth(text, maxWidth, fontSize, bold)];
  const words = text.split(/(?<=\s)/);
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const candidate = line + words[i];
    if (!line || estimateTextWidth(candidate.trimEnd(), fontSize, bold) <= maxWidth) {
      line = candidate;
      continue;
    }
    lines.push(line.trimEnd());
    if (lines.length === maxLines - 1) {
      line = words.slice(i).join('');
      break;
    }
    line = words[i];
  }
  lines.push(truncateToWidth(line.trim(), maxWidth, fontSize, bold));
  return lines.map((part) => truncateToWidth(part, maxWidth, fontSize, bold));
}

/**
 * `wrapToWidth(…).length` without building the lines: the vertical layout needs only the count,
 * for every title. Two lines exactly when the text does not fit, has a space between two words
 * and still does not fit without trailing spaces (the wrap loop then always breaks once).
 */
export function wrappedLineCount(text: string, maxWidth: number, fontSize: number, bold = false, maxLines = 2): number {
  if (maxLines !== 2) return wrapToWidth(text, maxWidth, fontSize, bold, maxLines).length;
  if (estimateTextWidthUpTo(text, fontSize, bold, maxWidth) <= maxWidth) return 1;
  return /\s[^]/.test(text) && estimateTextWidthUpTo(text.trimEnd(), fontSize, bold, maxWidth) > maxWidth ? 2 : 1;
}
