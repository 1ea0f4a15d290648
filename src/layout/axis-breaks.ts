// Finds the long empty stretches of time worth cutting out of the axis, so that a 2001 treaty
// and a cluster of 2026 dates both read clearly. Computed from the data, never configured.

/** A stretch of time [start, end] with no event in it, to be drawn as an axis break. */
export interface TimeGap {
  start: number;
  end: number;
}

export interface BreakOptions {
  /** A gap is cut when it is longer than this share of the span that remains (default 0.5). */
  threshold?: number;
  /** At most this many breaks (default 3). */
  maxBreaks?: number;
}

/**
 * `extents` are [start, end] pairs sorted by start. Repeatedly cuts the longest gap between
 * covered stretches while it exceeds `threshold` of the span left after earlier cuts.
 * O(n log n): one pass to merge, a sort of the gaps.
 */
export function findBreaks(extents: ArrayLike<readonly [number, number]>, options: BreakOptions = {}): TimeGap[] {
  return findSpanBreaks(Array.from(extents, ([start, end]) => ({start, end})), options);
}

/** findBreaks for anything with `start` and `end` (layout events, sorted by start): no pair per event. */
export function findSpanBreaks(spans: ArrayLike<{readonly start: number; readonly end: number}>, options: BreakOptions = {}): TimeGap[] {
  const {threshold = 0.5, maxBreaks = 3} = options;
  if (spans.length < 2 || maxBreaks <= 0) return [];
  const gaps: TimeGap[] = [];
  let coveredEnd = spans[0].end;
  const first = spans[0].start;
  for (let i = 1; i < spans.length; i++) {
    const {start, end} = spans[i];
    if (start > coveredEnd) gaps.push({start: coveredEnd, end: start});
    if (end > coveredEnd) coveredEnd = end;
  }
  let span = coveredEnd - first;
  gaps.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const cut: TimeGap[] = [];
  for (const gap of gaps) {
    if (cut.length >= maxBreaks) break;
    const length = gap.end - gap.start;
    if (length <= threshold * span) break;
    cut.push(gap);
    span -= length;
  }
  return cut.sort((a, b) => a.start - b.start);
}
