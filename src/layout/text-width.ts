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
  return 0.62;
}

// The layout measures every title of a story (100,000 of them in the benchmark), so the
// regular expressions above run once per distinct UTF-16 unit and their answer is kept:
// 0 means not yet known. Characters outside the BMP (surrogate pairs) are rare and asked each time.
const EMS = [0, 1, 0.33, 0.9, 0.7, 0.66, 0.62];
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
  const factor = bold ? 1.13 : 1;
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

// Where a line may break: after a run of spaces or a dash, and before or after any CJK
// character (Chinese and Japanese are written without spaces). Punctuation that may not start
// a line stays with the character before it.
const TOKEN =
  /[\u2E80-\u9FFF\uAC00-\uD7A3\uF900-\uFAFF\uFF00-\uFF60\u{20000}-\u{3FFFD}][、。，．：；！？）」』】〉》\uFF09\uFF0C\uFF1A\uFF1B\uFF01\uFF1F]*\s*|[^\s\u2E80-\u9FFF\uAC00-\uD7A3\uF900-\uFAFF\uFF00-\uFF60\u{20000}-\u{3FFFD}]*?(?:[-\u2010-\u2014/]+|\s+|(?=[\u2E80-\u9FFF\uAC00-\uD7A3\uF900-\uFAFF\uFF00-\uFF60\u{20000}-\u{3FFFD}])|$)/gu;

/** The pieces of `text` between which a line may break, in order; joined they give `text` back. */
export function breakPieces(text: string): string[] {
  return (text.match(TOKEN) ?? []).filter((piece) => piece !== '');
}

/**
 * Breaks `text` into at most `maxLines` lines that fit `maxWidth`, at the places breakPieces
 * allows (a piece wider than a line is cut); when the text needs more lines, the last is cut
 * with "…".
 */
export function wrapToWidth(text: string, maxWidth: number, fontSize: number, bold = false, maxLines = 2): string[] {
  return wrapMeasured(measured(text), maxWidth, fontSize, bold, maxLines);
}

// Wrapping a title tries many widths (balancedWrap), and each try measures many candidate
// lines. A title's characters are looked up once: their widths in em and their break pieces
// are kept with it, and a line's width is summed from its characters' widths as it grows,
// piece by piece. The sums run in the same order as estimateTextWidth's, from the line's first
// character, so every width (and so every line break) is the same to the last bit.
interface Measured {
  text: string;
  /** Width in em of the character starting at each UTF-16 unit (0 for the second unit of a pair). */
  ems: Float64Array;
  /** Is the unit white space (as trim() sees it)? */
  space: Uint8Array;
  /** Where each break piece starts, and the text's length last; undefined until asked. */
  pieces?: Int32Array;
}

/** The last text measured: geometry.ts wraps each title twice (wide and narrow), one after the other. */
let last: Measured | undefined;

function measured(text: string): Measured {
  if (last?.text === text) return last;
  const length = text.length;
  const ems = new Float64Array(length);
  const space = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        ems[i] = charEms(text.slice(i, i + 2));
        i++;
        continue;
      }
    }
    let kind = unitClass[code];
    if (kind === 0) kind = unitClass[code] = EMS.indexOf(charEms(String.fromCharCode(code)));
    ems[i] = EMS[kind];
    let blank = unitSpace[code];
    if (blank === 0) blank = unitSpace[code] = SPACE.test(text[i]) ? 2 : 1;
    space[i] = blank - 1;
  }
  return (last = {text, ems, space});
}

// White space as trim() sees it, asked once per distinct UTF-16 unit: 0 not yet known, 1 no, 2 yes.
const SPACE = /\s/;
const unitSpace = new Uint8Array(0x10000);

/** Where the break pieces of a measured text start (and its length last), or undefined when they do not make up the text. */
function piecesOf(m: Measured): Int32Array | undefined {
  if (m.pieces) return m.pieces;
  const pieces = breakPieces(m.text);
  const starts = new Int32Array(pieces.length + 1);
  let at = 0;
  for (let p = 0; p < pieces.length; p++) {
    if (!m.text.startsWith(pieces[p], at)) return undefined;
    starts[p] = at;
    at += pieces[p].length;
  }
  if (at !== m.text.length) return undefined;
  starts[pieces.length] = at;
  return (m.pieces = starts);
}

/** Does [a, b) cut a surrogate pair? Then its width is that of the slice, measured on its own. */
function cutsPair(text: string, a: number, b: number): boolean {
  const low = (i: number) =>
    i > 0 && i < text.length && (text.charCodeAt(i) & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800;
  return low(a) || low(b);
}

/** estimateTextWidth(text.slice(a, b)), from the measured widths. */
function rangeWidth(m: Measured, a: number, b: number, fontSize: number, bold: boolean): number {
  if (cutsPair(m.text, a, b)) return estimateTextWidth(m.text.slice(a, b), fontSize, bold);
  const factor = bold ? 1.13 : 1;
  let ems = 0;
  for (let i = a; i < b; i++) ems += m.ems[i];
  return Math.ceil(ems * fontSize * factor);
}

/** truncateToWidth(text.slice(a, b)): the slice itself when it fits. */
function truncateRange(m: Measured, a: number, b: number, maxWidth: number, fontSize: number, bold: boolean): string {
  const part = m.text.slice(a, b);
  return rangeWidth(m, a, b, fontSize, bold) <= maxWidth ? part : truncateToWidth(part, maxWidth, fontSize, bold);
}

/** wrapToWidth on a measured text. */
function wrapMeasured(m: Measured, maxWidth: number, fontSize: number, bold: boolean, maxLines: number): string[] {
  const {text} = m;
  if (maxLines <= 1 || rangeWidth(m, 0, text.length, fontSize, bold) <= maxWidth)
    return [truncateToWidth(text.trim(), maxWidth, fontSize, bold)];
  const lines = wrapRanges(m, maxWidth, fontSize, bold, maxLines);
  if (!lines) return referenceWrap(text, maxWidth, fontSize, bold, maxLines);
  return lines.starts.map((start, l) => truncateRange(m, start, lines.ends[l], maxWidth, fontSize, bold));
}

/**
 * The lines wrapToWidth gives a text wider than `maxWidth` (in more than one line), as
 * [start, end) ranges of the text before any is cut to fit; undefined when the text's break
 * pieces do not make it up.
 */
function wrapRanges(
  m: Measured,
  maxWidth: number,
  fontSize: number,
  bold: boolean,
  maxLines: number,
): {starts: number[]; ends: number[]} | undefined {
  const {text, ems, space} = m;
  const length = text.length;
  const pieces = piecesOf(m);
  if (!pieces) return undefined;
  const factor = bold ? 1.13 : 1;
  // The end of [a, b) without the white space at its end.
  const trimEnd = (a: number, b: number) => {
    while (b > a && space[b - 1]) b--;
    return b;
  };
  // Lines as [start, end) ranges; the last runs to the end of the text when the count is reached.
  const starts: number[] = [];
  const ends: number[] = [];
  // The line being filled: [lineStart, lineEnd), whether it holds more than white space, and
  // the sum of its widths in em up to `summed` (from lineStart, in order).
  let lineStart = 0;
  let lineEnd = 0;
  let text_ = false;
  let sum = 0;
  let summed = 0;
  const count = pieces.length - 1;
  for (let i = 0; i < count; i++) {
    const pieceStart = pieces[i];
    const pieceEnd = pieces[i + 1];
    let fits = !text_;
    if (!fits) {
      const end = trimEnd(lineStart, pieceEnd);
      let width: number;
      if (cutsPair(text, lineStart, end)) width = estimateTextWidth(text.slice(lineStart, end), fontSize, bold);
      else {
        for (; summed < end; summed++) sum += ems[summed];
        width = Math.ceil(sum * fontSize * factor);
      }
      fits = width <= maxWidth;
    }
    if (fits) {
      if (lineEnd === lineStart) lineStart = pieceStart;
      lineEnd = pieceEnd;
      if (!text_) for (let c = pieceStart; c < pieceEnd && !text_; c++) text_ = space[c] === 0;
      continue;
    }
    starts.push(lineStart);
    ends.push(trimEnd(lineStart, lineEnd));
    // A new line starts at this piece (or, with the count reached, takes the rest).
    lineStart = pieceStart;
    sum = 0;
    summed = pieceStart;
    text_ = false;
    if (starts.length === maxLines - 1) {
      lineEnd = length;
      break;
    }
    lineEnd = pieceEnd;
    for (let c = pieceStart; c < pieceEnd && !text_; c++) text_ = space[c] === 0;
  }
  // The last line, trimmed at both ends.
  let first = lineStart;
  while (first < lineEnd && space[first]) first++;
  starts.push(first);
  ends.push(trimEnd(first, lineEnd));
  return {starts, ends};
}

/** wrapToWidth as first written, on strings: for a text whose break pieces do not make it up (never seen). */
function referenceWrap(text: string, maxWidth: number, fontSize: number, bold: boolean, maxLines: number): string[] {
  const pieces = breakPieces(text);
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < pieces.length; i++) {
    const candidate = line + pieces[i];
    if (!line.trim() || estimateTextWidth(candidate.trimEnd(), fontSize, bold) <= maxWidth) {
      line = candidate;
      continue;
    }
    lines.push(line.trimEnd());
    if (lines.length === maxLines - 1) {
      line = pieces.slice(i).join('');
      break;
    }
    line = pieces[i];
  }
  lines.push(line.trim());
  return lines.map((part) => truncateToWidth(part, maxWidth, fontSize, bold));
}

/** `wrapToWidth(…).length` when the text is wrapped to as many lines as it needs. */
export function wrappedLineCount(text: string, maxWidth: number, fontSize: number, bold = false, maxLines = 2): number {
  if (estimateTextWidthUpTo(text, fontSize, bold, maxWidth) <= maxWidth) return 1;
  return wrapToWidth(text, maxWidth, fontSize, bold, maxLines).length;
}

/** A title set in lines: the lines and the width of the widest. */
export interface WrappedText {
  lines: string[];
  width: number;
}

/**
 * Sets `text` in as few lines as fit `maxWidth` (at most `maxLines`, the last cut with "…" only
 * when even that many do not hold it), then narrows the lines as far as that count allows, so
 * that a two-line title takes two even lines rather than a full one and a short one: narrow
 * labels leave room along the time axis for their neighbours.
 */
export function balancedWrap(text: string, maxWidth: number, fontSize: number, bold: boolean, maxLines: number): WrappedText {
  const full = estimateTextWidthUpTo(text, fontSize, bold, maxWidth);
  if (full <= maxWidth || maxLines <= 1) {
    const line = truncateToWidth(text.trim(), maxWidth, fontSize, bold);
    return {lines: [line], width: Math.min(full, maxWidth)};
  }
  // Whole: every character is there (no word too long for the width, no line over the count).
  let bare: string | undefined;
  const whole = (lines: string[]) => lines.join('').replace(/\s+/g, '') === (bare ??= text.replace(/\s+/g, ''));
  const m = measured(text);
  const fits = (width: number) => {
    let lines: string[];
    const ranges = rangeWidth(m, 0, text.length, fontSize, bold) <= width ? undefined : wrapRanges(m, width, fontSize, bold, maxLines + 1);
    if (ranges) {
      // Too many lines; or lines that each fit as they are, so none is cut and every character is there.
      if (ranges.starts.length > maxLines) return undefined;
      if (ranges.starts.every((start, l) => rangeWidth(m, start, ranges.ends[l], fontSize, bold) <= width))
        return ranges.starts.map((start, l) => text.slice(start, ranges.ends[l]));
      lines = ranges.starts.map((start, l) => truncateRange(m, start, ranges.ends[l], width, fontSize, bold));
    } else lines = wrapMeasured(m, width, fontSize, bold, maxLines + 1);
    return lines.length <= maxLines && whole(lines) ? lines : undefined;
  };
  let best = wrapMeasured(m, maxWidth, fontSize, bold, maxLines);
  const count = best.length;
  let low = Math.ceil(estimateTextWidth(text, fontSize, bold) / count);
  let high = maxWidth;
  // The narrowest width (to 4 px) at which the text still takes no more lines than at maxWidth.
  while (high - low > 4) {
    const middle = Math.floor((low + high) / 2);
    const lines = fits(middle);
    if (lines && lines.length <= count) {
      best = lines;
      high = middle;
    } else low = middle;
  }
  return {lines: best, width: Math.max(...best.map((line) => estimateTextWidth(line, fontSize, bold)))};
}
