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
// regular expressions above run once per distinct UTF-16 unit and their answer is kept, in em, in
// a table indexed by the unit: 0 means not yet known (every width is above 0). Characters outside
// the BMP (surrogate pairs) are rare and asked each time.
const unitEms = new Float64Array(0x10000);

/** The width in em of the UTF-16 unit `code` (not half of a pair), learnt on first sight. */
function learnUnit(code: number): number {
  return (unitEms[code] = charEms(String.fromCharCode(code)));
}

/** How much wider bold text is set than regular, in every width this file gives. */
const widthFactor = (bold: boolean) => (bold ? 1.13 : 1);

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
  if (text === lastText && fontSize === lastSize && bold === lastBold) return lastWidth;
  // Multiplied in this order everywhere: a float product depends on it, and widths must not.
  const factor = widthFactor(bold);
  let ems = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    if (ems * fontSize * factor > limit) return Math.ceil(ems * fontSize * factor);
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        ems += charEms(text.slice(i, i + 2));
        i++;
        continue;
      }
    }
    const known = unitEms[code];
    ems += known !== 0 ? known : learnUnit(code);
  }
  return remember(text, fontSize, bold, Math.ceil(ems * fontSize * factor));
}

// The last text measured whole, and its width: a story's title is measured at its label's width,
// then whole for its narrow shape, then at that shape's width.
let lastText: string | undefined;
let lastSize = 0;
let lastBold = false;
let lastWidth = 0;

function remember(text: string, fontSize: number, bold: boolean, width: number): number {
  lastText = text;
  lastSize = fontSize;
  lastBold = bold;
  return (lastWidth = width);
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
  return wrap(text, maxWidth, fontSize, bold, maxLines)!;
}

// White space as trim() sees it, asked once per distinct UTF-16 unit: 0 not yet known, 1 no, 2 yes.
const unitSpace = new Uint8Array(0x10000);

/**
 * wrapToWidth, given the text's break pieces (and its width); `strict`: undefined instead when the
 * text takes more than `maxLines - 1` lines before its last. A line's width is summed as it grows,
 * piece by piece, in estimateTextWidth's order from its first character, so that every candidate
 * line's width (and so every break) is the one measuring it from scratch gives, to the last bit.
 */
function wrap(
  text: string,
  maxWidth: number,
  fontSize: number,
  bold: boolean,
  maxLines: number,
  strict = false,
  pieces = breakPieces(text),
  width = estimateTextWidth(text, fontSize, bold),
): string[] | undefined {
  if (maxLines <= 1 || width <= maxWidth) return [truncateToWidth(text.trim(), maxWidth, fontSize, bold)];
  const factor = widthFactor(bold);
  const lines: string[] = [];
  let line = '';
  // The line's sum in em, the sum up to its last character that is not white space (what
  // trimEnd() keeps), and whether it has one; then the same for the line with the next piece.
  let all = 0;
  let kept = 0;
  let inked = false;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    // A new line starts from nothing; a line of only white space takes the piece whatever its width.
    let sum: number = all;
    let upTo: number = kept;
    let ink: boolean = inked;
    for (let j = 0; j < piece.length; j++) {
      const code = piece.charCodeAt(j);
      const next = piece.charCodeAt(j + 1);
      if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        sum += charEms(piece.slice(j, j + 2));
        j++;
      } else {
        const known = unitEms[code];
        sum += known !== 0 ? known : learnUnit(code);
        if (isBlank(code)) continue;
      }
      upTo = sum;
      ink = true;
    }
    if (!inked || Math.ceil(upTo * fontSize * factor) <= maxWidth) {
      line += piece;
      all = sum;
      kept = upTo;
      inked = ink;
      continue;
    }
    lines.push(line.trimEnd());
    if (lines.length === maxLines - 1) {
      if (strict) return undefined;
      line = pieces.slice(i).join('');
      break;
    }
    // The piece starts the next line.
    line = '';
    all = kept = 0;
    inked = false;
    i--;
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
 * A text measured once for wrapping at many widths: where each of its `count` break pieces ends
 * (in UTF-16 units), each unit's width in em (a surrogate pair's on its first unit, 0 on its
 * second) and whether it is ink (not white space), and the width of the whole. The arrays are the
 * shared scratch arrays below, longer than the text and valid until the next text is measured.
 */
interface Measured {
  text: string;
  fontSize: number;
  bold: boolean;
  pieces: string[];
  count: number;
  ends: Int32Array;
  ems: Float64Array;
  ink: Uint8Array;
  width: number;
  /** For a line starting at the text's start: its sum, and its sum up to its last ink (0: none yet), at each piece's end. */
  firstAll: Float64Array;
  firstKept: Float64Array;
}

// The last text measured: a story's title is wrapped twice in a row (its label and its narrow shape).
let lastMeasured: Measured | undefined;

/** Whether UTF-16 unit `code` (of the BMP) is white space as `\s` and trim() see it. */
function isBlank(code: number): boolean {
  let blank = unitSpace[code];
  if (blank === 0) blank = unitSpace[code] = /\s/.test(String.fromCharCode(code)) ? 2 : 1;
  return blank === 2;
}

// The arrays of the last text measured, reused by the next (only the last is ever read): a story's
// first frame measures a hundred titles, and three arrays made for each were garbage by the next.
// They grow to twice the longest text measured and stay (at most about 0.6 MB for a text of the
// parser's longest, 10,000 units); entries past a text's length are left from earlier texts.
let room = 0;
let scratch: Pick<Measured, 'ends' | 'ems' | 'ink' | 'firstAll' | 'firstKept'> | undefined;

function grow(length: number): void {
  room = Math.max(64, 2 * length);
  scratch = {
    ends: new Int32Array(room),
    ems: new Float64Array(room),
    ink: new Uint8Array(room),
    firstAll: new Float64Array(room),
    firstKept: new Float64Array(room),
  };
}

function measure(text: string, fontSize: number, bold: boolean): Measured {
  const last = lastMeasured;
  if (last && last.text === text && last.fontSize === fontSize && last.bold === bold) return last;
  const length = text.length;
  // Per unit, and where each piece ends (a text has at most as many pieces as units).
  if (!scratch || length > room) grow(length);
  const {ends, ems, ink, firstAll, firstKept} = scratch!;
  const pieces = breakPieces(text);
  const count = pieces.length;
  let end = 0;
  pieces.forEach((piece, i) => (ends[i] = end += piece.length));
  // A first line's sums at the end of each piece, as countLines makes them: they start from the
  // text's start whatever the width.
  let kept = 0;
  let piece = 0;
  // Each unit's width and ink, with wrap()'s tests; summed in estimateTextWidth's order (a pair's
  // second unit adds 0, which leaves the sum as it was).
  let sum = 0;
  for (let unit = 0; unit < length; unit++) {
    const code = text.charCodeAt(unit);
    const next = text.charCodeAt(unit + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      sum += ems[unit] = charEms(text.slice(unit, unit + 2));
      ems[unit + 1] = 0;
      ink[unit] = ink[unit + 1] = 1;
      unit++;
    } else {
      const known = unitEms[code];
      sum += ems[unit] = known !== 0 ? known : learnUnit(code);
      ink[unit] = isBlank(code) ? 0 : 1;
    }
    if (ink[unit]) kept = sum;
    // Pieces hold whole pairs, and none is empty: at most one ends here.
    if (unit + 1 === ends[piece]) {
      firstAll[piece] = sum;
      firstKept[piece++] = kept;
    }
  }
  const width = remember(text, fontSize, bold, Math.ceil(sum * fontSize * widthFactor(bold)));
  return (lastMeasured = {text, fontSize, bold, pieces, count, ends, ems, ink, width, firstAll, firstKept});
}

/** countLines: more lines than asked for; and an answer only the strings can give. */
const TOO_MANY = Infinity;
const UNSURE = NaN;
// Where countLines found each line to start (an index into the pieces), and each line's width in px.
const lineStarts: number[] = [];
const lineWidths: number[] = [];
// The narrowest width at which a line countLines ended would have taken its next piece: below it,
// every line it counted breaks where it did.
let lineReach = Infinity;

/**
 * The lines wrap() takes at `maxWidth` (strict, up to `maxLines`), counted without making them:
 * the same sums in the same order, so the same breaks (kept in lineStarts and lineWidths). When a
 * line would be cut with "…" (a piece wider than a line) or the last line starts with white space
 * (trimmed when drawn), whether the text is whole is left to the strings (UNSURE).
 */
function countLines(measured: Measured, maxWidth: number, maxLines: number): number {
  const {count, ends, ems, ink, fontSize, bold, width, firstAll, firstKept} = measured;
  if (width <= maxWidth) return UNSURE;
  const factor = widthFactor(bold);
  lineStarts.length = lineWidths.length = 0;
  lineStarts.push(0);
  lineReach = Infinity;
  let all = 0;
  let kept = 0;
  let inked = false;
  for (let i = 0; i < count; i++) {
    let sum = all;
    let upTo = kept;
    let inks: boolean = inked;
    if (lineWidths.length === 0) {
      sum = firstAll[i];
      upTo = firstKept[i];
      // Every character is wider than 0: a sum up to ink is above 0.
      inks = upTo > 0;
    } else {
      for (let unit = ends[i - 1]; unit < ends[i]; unit++) {
        sum += ems[unit];
        if (ink[unit]) {
          upTo = sum;
          inks = true;
        }
      }
    }
    if (!inked || Math.ceil(upTo * fontSize * factor) <= maxWidth) {
      all = sum;
      kept = upTo;
      inked = inks;
      continue;
    }
    // The line ends before this piece; trimmed at its end, it is as wide as its sum up to its last ink.
    const lineWidth = Math.ceil(kept * fontSize * factor);
    if (lineWidth > maxWidth) return UNSURE;
    lineReach = Math.min(lineReach, Math.ceil(upTo * fontSize * factor));
    lineWidths.push(lineWidth);
    if (lineWidths.length === maxLines) return TOO_MANY;
    lineStarts.push(i);
    all = kept = 0;
    inked = false;
    i--;
  }
  const first = lineStarts[lineStarts.length - 1];
  const lineWidth = Math.ceil(kept * fontSize * factor);
  if (!inked || !ink[first > 0 ? ends[first - 1] : 0] || lineWidth > maxWidth) return UNSURE;
  lineWidths.push(lineWidth);
  return lineWidths.length;
}

/**
 * Sets `text` in as few lines as fit `maxWidth` (at most `maxLines`, the last cut with "…" only
 * when even that many do not hold it), then narrows the lines as far as that count allows, so
 * that a two-line title takes two even lines rather than a full one and a short one: narrow
 * labels leave room along the time axis for their neighbours. The narrowing tries widths by
 * counting lines (countLines), and sets the text in lines once, at the width it chose.
 */
export function balancedWrap(text: string, maxWidth: number, fontSize: number, bold: boolean, maxLines: number): WrappedText {
  // The narrow shape of a title follows its label: the text is measured already.
  const last = lastMeasured;
  const known = last && last.text === text && last.fontSize === fontSize && last.bold === bold ? last : undefined;
  const full = known ? known.width : estimateTextWidthUpTo(text, fontSize, bold, maxWidth);
  if (full <= maxWidth || maxLines <= 1) {
    // A text that fits whole fits trimmed (fewer characters, each wider than a rounding error).
    const line = full <= maxWidth ? text.trim() : truncateToWidth(text.trim(), maxWidth, fontSize, bold);
    return {lines: [line], width: Math.min(full, maxWidth)};
  }
  const measured = known ?? measure(text, fontSize, bold);
  const textWidth = measured.width;
  // Whole: every character is there (no word too long for the width, no line over the count).
  const {pieces} = measured;
  const bare = () => text.replace(/\s+/g, '');
  const whole = (lines: string[]) => lines.join('').replace(/\s+/g, '') === bare();
  const fits = (width: number) => {
    const lines = wrap(text, width, fontSize, bold, maxLines + 1, true, pieces, textWidth);
    return lines && lines.length <= maxLines && whole(lines) ? lines : undefined;
  };
  // The lines at maxWidth, counted (their strings made only where counting cannot tell). `counted`:
  // the narrowest width whose lines were counted and fit; `widest`: its widest line, from which up
  // to `counted` every width breaks the text as `counted` does (no line wider, none able to take
  // its next piece), so those widths fit without counting again; `current`: lineStarts holds its lines.
  // `reach`: below it every width breaks the text as one counted with too many lines did, so those
  // widths fail without counting again.
  let best: string[] | undefined;
  let count = countLines(measured, maxWidth, maxLines);
  let counted: number | undefined;
  let widest = Infinity;
  let reach = -Infinity;
  let current = false;
  if (count <= maxLines) {
    counted = maxWidth;
    current = true;
    widest = Math.max(...lineWidths);
  } else {
    best = wrap(text, maxWidth, fontSize, bold, maxLines, false, pieces, textWidth)!;
    count = best.length;
  }
  let low = Math.ceil(textWidth / count);
  let high = maxWidth;
  // The narrowest width (to 4 px) at which the text still takes no more lines than at maxWidth,
  // tried by counting lines (by their strings only where counting cannot tell).
  while (high - low > 4) {
    const middle = Math.floor((low + high) / 2);
    if (counted !== undefined && middle >= widest) {
      counted = high = middle;
      continue;
    }
    if (middle < reach) {
      low = middle;
      current = false;
      continue;
    }
    // Counted only until the lines are more than `count` (no more lines can make them fewer).
    const lines = countLines(measured, middle, count);
    const strings = Number.isNaN(lines) ? fits(middle) : undefined;
    if (strings ? strings.length <= count : lines <= count) {
      if (strings) best = strings;
      counted = strings ? undefined : middle;
      widest = strings ? Infinity : Math.max(...lineWidths);
      current = !strings;
      high = middle;
    } else {
      // Counted to more lines than wanted (not by strings): the same breaks up to the next piece a line could take.
      if (lines === TOO_MANY) reach = Math.max(reach, lineReach);
      low = middle;
      current = false;
    }
  }
  if (counted === undefined) return {lines: best!, width: Math.max(...best!.map((line) => estimateTextWidth(line, fontSize, bold)))};
  // The lines counted at the width chosen, as wrap() sets them: none is cut, the last starts with ink.
  if (!current) countLines(measured, counted, maxLines);
  const lines = lineStarts.map((start, i) => {
    const line = pieces.slice(start, lineStarts[i + 1]).join('');
    return i < lineStarts.length - 1 ? line.trimEnd() : line.trim();
  });
  return {lines, width: Math.max(...lineWidths)};
}
