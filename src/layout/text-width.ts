// Text width without a DOM: a conservative per-character estimate, so layout stays pure,
// deterministic and identical in Node and every browser. It errs wide, never narrow,
// because an underestimate would let labels overlap.

const NARROW = /[\s.,:;'!|iIjlft()[\]{}·\u2009]/;
const WIDE = /[MWmw@%—\u2014]/;
// CJK, Hangul, kana and full-width forms take a full em. The `u` flag and the last range
// cover ideographs outside the BMP (CJK Extension B and later, e.g. 𠮷 in Japanese names):
// without them such a character was two surrogates, matched nothing, and counted 0.6 em.
const FULL = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/** Width in px of `text` set in a proportional sans-serif at `fontSize` px. */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const char of text) {
    if (FULL.test(char)) ems += 1;
    else if (NARROW.test(char)) ems += 0.33;
    else if (WIDE.test(char)) ems += 0.9;
    else if (char >= 'A' && char <= 'Z') ems += 0.7;
    else if (char.charCodeAt(0) > 0x3ff && char.charCodeAt(0) < 0x530) ems += 0.66; // Cyrillic, Armenian
    else ems += 0.6;
  }
  return Math.ceil(ems * fontSize * (bold ? 1.07 : 1));
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
