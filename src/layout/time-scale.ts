// A piecewise-linear (polylinear) time scale: the data's busy stretches get the pixels, long empty gaps
// shrink to a fixed-width axis break. Monotonic and invertible everywhere, so bars that
// cross a break and a d3-zoom transform on top of it both stay well defined.
import type {TimeGap} from './axis-breaks.js';
import {DAY} from '../model/units.js';

/** A stretch of the axis drawn at one linear rate: time [t0, t1] → pixels [p0, p1]. */
export interface ScaleSegment {
  t0: number;
  t1: number;
  p0: number;
  p1: number;
}

/** An axis break: the time [t0, t1] squeezed into the pixel band [p0, p1]. */
export type ScaleBreak = ScaleSegment;

/** A time scale in d3's shape: called with a time it gives the pixel (before any zoom); `invert` goes back. */
export interface TimeScale {
  (t: number): number;
  /** Time at pixel `p` (before any zoom). */
  invert(p: number): number;
  /** The first and last time of its pieces. */
  domain(): [number, number];
  /** The pixels of its first and last time. */
  range(): [number, number];
  readonly segments: readonly ScaleSegment[];
  readonly breaks: readonly ScaleBreak[];
}

export interface TimeScaleOptions {
  /** Pixels given to each break (default 28). */
  breakWidth?: number;
  /** Fewest pixels a segment gets, however short its time (default 120). */
  minSegment?: number;
  /** Pixels kept empty at each end of each segment, so marks never sit on an edge or a break (default 24). */
  padding?: number;
  /**
   * Events in each segment (one more than there are gaps), and the share of the axis handed out
   * by them rather than by duration (default 0): a dense run of weeks then gets room that its
   * duration alone would not give it. Each segment stays linear; only breaks change the rate.
   */
  counts?: readonly number[];
  countShare?: number;
}

/**
 * Builds the scale for data spanning [min, max] with `gaps` cut out, drawn over pixels
 * [start, end]. Segment widths follow their durations, with a floor of `minSegment`.
 */
export function createTimeScale(
  min: number,
  max: number,
  gaps: readonly TimeGap[],
  start: number,
  end: number,
  options: TimeScaleOptions = {},
): TimeScale {
  const {breakWidth = 28, minSegment = 120, padding = 24, counts, countShare = 0} = options;
  const bounds: [number, number][] = [];
  let from = min;
  for (const gap of gaps) {
    bounds.push([from, gap.start]);
    from = gap.end;
  }
  bounds.push([from, max]);

  const usable = Math.max(1, end - start - gaps.length * breakWidth);
  const durations = bounds.map(([a, b]) => b - a);
  const totalTime = durations.reduce((sum, d) => sum + d, 0);
  const totalCount = counts ? counts.reduce((sum, c) => sum + c, 0) : 0;
  const weights =
    counts && totalCount > 0 && countShare > 0
      ? durations.map(
          (d, i) =>
            (1 - countShare) * (totalTime > 0 ? d / totalTime : 1 / durations.length) + (countShare * (counts[i] ?? 0)) / totalCount,
        )
      : durations;
  const widths = shareOut(weights, usable, Math.min(minSegment, usable / bounds.length));
  const pad = (width: number) => Math.min(padding, width * 0.2);
  // Time per pixel for segments with no duration: borrow the busiest segment's rate, or one day per 8 px.
  const rates = bounds.map(([a, b], i) => (b - a) / Math.max(1, widths[i] - 2 * pad(widths[i]))).filter((r) => r > 0);
  const fallbackRate = rates.length ? Math.min(...rates) : DAY / 8;

  const segments: ScaleSegment[] = [];
  let p = start;
  bounds.forEach(([a, b], i) => {
    const width = widths[i];
    const rate = b > a ? (b - a) / Math.max(1, width - 2 * pad(width)) : fallbackRate;
    const middle = (a + b) / 2;
    // Padding never reaches past the middle of a cut gap, so pieces stay in time order.
    const low = i > 0 ? (gaps[i - 1].start + gaps[i - 1].end) / 2 : -Infinity;
    const high = i < gaps.length ? (gaps[i].start + gaps[i].end) / 2 : Infinity;
    segments.push({t0: Math.max(low, middle - (width / 2) * rate), t1: Math.min(high, middle + (width / 2) * rate), p0: p, p1: p + width});
    p += width + breakWidth;
  });
  const breaks = segments.slice(1).map((segment, i) => ({t0: segments[i].t1, t1: segment.t0, p0: segments[i].p1, p1: segment.p0}));
  // Segments and breaks alternate and tile the axis: one sorted list of linear pieces.
  return makeScale(
    segments.flatMap((segment, i) => (i < breaks.length ? [segment, breaks[i]] : [segment])),
    segments,
    breaks,
  );
}

/**
 * A scale through given points (time → pixel), linear between neighbours: the sequential
 * layout's, where each event gets its own room whatever its date. Points sorted by time, with
 * increasing pixels; `breaks` are the pieces between two points drawn as axis breaks. Its
 * `segments` are the runs between breaks (for ticks), each from its first point to its last.
 */
export function createPointScale(points: readonly {t: number; p: number}[], breakAfter: ReadonlySet<number>): TimeScale {
  const pieces: ScaleSegment[] = [];
  const segments: ScaleSegment[] = [];
  const breaks: ScaleBreak[] = [];
  let runStart = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const piece = {t0: points[i].t, t1: points[i + 1].t, p0: points[i].p, p1: points[i + 1].p};
    pieces.push(piece);
    if (breakAfter.has(i)) {
      breaks.push(piece);
      segments.push({t0: points[runStart].t, t1: points[i].t, p0: points[runStart].p, p1: points[i].p});
      runStart = i + 1;
    }
  }
  const last = points[points.length - 1] ?? {t: 0, p: 0};
  segments.push({t0: points[runStart]?.t ?? 0, t1: last.t, p0: points[runStart]?.p ?? 0, p1: last.p});
  // One point only: a day per 8 px either side of it, so that bars still get a length.
  if (!pieces.length) pieces.push({t0: last.t, t1: last.t + DAY, p0: last.p, p1: last.p + 8});
  return makeScale(pieces, segments, breaks);
}

/** Splits `total` pixels in proportion to `weights`, giving every part at least `floor`. */
function shareOut(weights: number[], total: number, floor: number): number[] {
  const widths = weights.map(() => 0);
  const fixed = new Set<number>();
  for (let round = 0; round <= weights.length; round++) {
    const free = total - fixed.size * floor;
    const weight = weights.reduce((sum, w, i) => (fixed.has(i) ? sum : sum + w), 0);
    let changed = false;
    weights.forEach((w, i) => {
      if (fixed.has(i)) return (widths[i] = floor);
      widths[i] = weight > 0 ? (free * w) / weight : free / (weights.length - fixed.size);
      if (widths[i] < floor) {
        fixed.add(i);
        changed = true;
      }
    });
    if (!changed) break;
  }
  return widths;
}

function makeScale(pieces: ScaleSegment[], segments: ScaleSegment[], breaks: ScaleBreak[]): TimeScale {
  // One sorted list of linear pieces serves both directions. Outside it, the first and last
  // pieces extend, so open-ended bars still get a position. (d3-scale's polylinear scaleUtc
  // does the same, at 6 KB gzipped more.)
  const find = (value: number, key: 't0' | 'p0') => {
    let low = 0;
    let high = pieces.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (pieces[mid][key] <= value) low = mid;
      else high = mid - 1;
    }
    return pieces[low];
  };
  const scale = (t: number) => {
    const piece = find(t, 't0');
    return piece.p0 + ((t - piece.t0) / (piece.t1 - piece.t0 || 1)) * (piece.p1 - piece.p0);
  };
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  return Object.assign(scale, {
    segments,
    breaks,
    invert(p: number) {
      const piece = find(p, 'p0');
      return piece.t0 + ((p - piece.p0) / (piece.p1 - piece.p0 || 1)) * (piece.t1 - piece.t0);
    },
    domain: (): [number, number] => [first.t0, last.t1],
    range: (): [number, number] => [first.p0, last.p1],
  });
}
