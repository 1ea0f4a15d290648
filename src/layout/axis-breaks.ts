// Finds the empty stretches of time worth cutting out of the axis, so that a 2001 treaty and a
// cluster of 2026 dates both read clearly. Computed from the data, never configured. The rule,
// as docs/layout.md states it: an empty stretch is cut when it is longer than a quarter of the time
// the axis still spans (and at least twice the spacing of the events beside it), or when it is `contrast` (4) times longer than the spacing of the events
// beside it (a dense run of weeks next to sparse years) and at least a tenth of that time, or 48
// times longer whatever its length (the hours of one night among months). Longer stretches go
// first, then the sharper contrasts; at most `maxBreaks` are cut.

/** A stretch of time [start, end] with no event in it, to be drawn as an axis break. */
export interface TimeGap {
  start: number;
  end: number;
}

export interface BreakOptions {
  /** A gap is cut when it is longer than this share of the span that remains (default 0.25). */
  threshold?: number;
  /** …or longer than `minShare` of it and `contrast` times the events' spacing beside it (defaults 0.1 and 4). */
  contrast?: number;
  minShare?: number;
  /** At most this many breaks (default 3). */
  maxBreaks?: number;
  /** A gap cut for its length must still be this many times the events' spacing beside it (default 2). */
  standOut?: number;
}

/**
 * `extents` are [start, end] pairs sorted by start. O(n log n): one pass to merge, a sort of the gaps.
 */
export function findBreaks(extents: ArrayLike<readonly [number, number]>, options: BreakOptions = {}): TimeGap[] {
  return findSpanBreaks(
    Array.from(extents, ([start, end]) => ({start, end})),
    options,
  );
}

interface Candidate extends TimeGap {
  length: number;
  /** How many times longer than the spacing of the events beside it. */
  contrast: number;
}

/** findBreaks for anything with `start` and `end` (layout events, sorted by start): no pair per event. */
export function findSpanBreaks(spans: ArrayLike<{readonly start: number; readonly end: number}>, options: BreakOptions = {}): TimeGap[] {
  const {threshold = 0.25, contrast = 4, minShare = 0.1, maxBreaks = 3, standOut = 2} = options;
  const n = spans.length;
  if (n < 2 || maxBreaks <= 0) return [];
  const first = spans[0].start;
  const candidates: Candidate[] = [];
  let coveredEnd = spans[0].end;
  for (let i = 1; i < n; i++) {
    const {start, end} = spans[i];
    if (start > coveredEnd) {
      const spacing = localSpacing(spans, i);
      // Lone events on both sides: nothing to compare with, the gap stands out as it is.
      candidates.push({
        start: coveredEnd,
        end: start,
        length: start - coveredEnd,
        contrast: spacing === Infinity ? Infinity : (start - coveredEnd) / spacing,
      });
    }
    if (end > coveredEnd) coveredEnd = end;
  }
  let span = coveredEnd - first;
  const cut: TimeGap[] = [];
  // Long gaps first, each measured against what is left once the longer ones are cut.
  candidates.sort((a, b) => b.length - a.length || a.start - b.start);
  let next = 0;
  const rest: Candidate[] = [];
  for (; next < candidates.length && cut.length < maxBreaks; next++) {
    const gap = candidates[next];
    if (gap.length <= threshold * span) break;
    // Four events a week apart: each gap is a third of their span, and none stands out.
    if (gap.contrast < standOut) {
      rest.push(gap);
      continue;
    }
    cut.push(gap);
    span -= gap.length;
  }
  // Then the gaps that part a dense run from sparse surroundings, sharpest contrast first.
  // A stretch of hours between days (or days between years) is cut however short it is: the
  // run it parts off would otherwise be drawn at one point.
  const contrasting = [...rest, ...candidates.slice(next)].filter(
    (gap) => gap.contrast >= contrast && (gap.length >= minShare * span || gap.contrast >= 12 * contrast),
  );
  contrasting.sort((a, b) => b.contrast - a.contrast || a.start - b.start);
  for (const gap of contrasting) {
    if (cut.length >= maxBreaks) break;
    cut.push(gap);
  }
  return cut.sort((a, b) => a.start - b.start).map(({start, end}) => ({start, end}));
}

/**
 * The spacing of the events beside the gap before event `i`: the median of up to three
 * start-to-start spacings on each side, the smaller side's (the denser run is the one a long
 * gap would squeeze). A side with no spacing (a lone event) does not count. A run of events
 * at one instant is walked only by the few gaps within three steps of it: linear overall.
 */
function localSpacing(spans: ArrayLike<{readonly start: number}>, i: number): number {
  const median = (spacings: number[]) => (spacings.length ? spacings.sort((a, b) => a - b)[spacings.length >> 1] : Infinity);
  // Events at one instant have no spacing between them: only the steps between instants count.
  const before: number[] = [];
  for (let j = i - 1; j >= 1 && before.length < 3; j--)
    if (spans[j].start > spans[j - 1].start) before.push(spans[j].start - spans[j - 1].start);
  const after: number[] = [];
  for (let j = i; j + 1 < spans.length && after.length < 3; j++)
    if (spans[j + 1].start > spans[j].start) after.push(spans[j + 1].start - spans[j].start);
  return Math.min(median(before), median(after));
}
