// Geometry of the links between events: arcs that leave the time axis and come back to it (an
// arc diagram), with their labels placed where no arc and no other text is. Arcs are placed
// shortest first, each one step higher than the shorter arcs it overlaps; then their labels,
// against every arc; an arc whose label finds no free spot goes a step higher, as long as its
// path crosses no label, until it runs out of room (then it is drawn without its label).
import {METRICS} from './geometry.js';
import {estimateTextWidth} from './text-width.js';
import {tenth as round} from './round.js';

export interface ArcInput {
  /** Positions of the two ends along the time axis (screen px). */
  from: number;
  to: number;
  label: string;
}

export interface Arc {
  /** SVG path data. */
  d: string;
  /** Where the label goes (its centre), or undefined when no spot was free. */
  labelX?: number;
  labelY?: number;
}

/** A box in screen px that labels keep clear of. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface ArcOptions {
  /** The axis line: y for horizontal layouts, x for vertical ones. */
  base: number;
  /** +1 bulges down (horizontal) or right; -1 up or left. */
  side: 1 | -1;
  /** How far from the axis arcs and labels may reach (px): an arc's apex is at three quarters of its height. */
  reach: number;
  /** Lowest arc in px. */
  minHeight?: number;
  /** Height between two levels of arcs. */
  step?: number;
  vertical: boolean;
  fontSize?: number;
  /** False when there is no room for labels along the arcs (vertical layouts). */
  labels?: boolean;
  /** Texts already drawn that labels must not cover (tick labels). */
  obstacles?: readonly Box[];
  /** The stretch along the axis that labels must stay within (the drawing's width). */
  bounds?: readonly [number, number];
}

export interface ArcLayout {
  arcs: Arc[];
  /** How far from the axis the arcs and their labels reach (px). */
  extent: number;
}

const SAMPLES = 24;

/**
 * An arc as a polyline of SAMPLES + 1 points, and a box around them, which no label far from it
 * needs to test segment by segment. The points' positions along the axis (`along`) do not depend
 * on the arc's height and are shared by the paths an arc takes as it climbs; their offsets from
 * the axis are worked out only for the segments a label's box spans along the axis (a label is a
 * few segments wide), rather than for every point at every height tried.
 */
interface Path {
  along: readonly number[];
  base: number;
  bulge: number;
  vertical: boolean;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Arcs for `inputs`, in the same order. */
export function arcPaths(inputs: readonly ArcInput[], options: ArcOptions): ArcLayout {
  const {
    base,
    side,
    reach,
    minHeight = 16,
    step = 14,
    vertical,
    fontSize = METRICS.smallTextSize,
    labels = true,
    obstacles = [],
    bounds = [-Infinity, Infinity],
  } = options;
  const maxHeight = Math.max(minHeight, reach / 0.75);
  const n = inputs.length;
  const order = inputs
    .map((_, i) => i)
    .sort((a, b) => Math.abs(inputs[a].to - inputs[a].from) - Math.abs(inputs[b].to - inputs[b].from) || a - b);
  // First every arc, one level above the shorter arcs it overlaps along the axis…
  const lows = new Float64Array(n);
  const highs = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    lows[i] = Math.min(inputs[i].from, inputs[i].to);
    highs[i] = Math.max(inputs[i].from, inputs[i].to);
  }
  const heights = new Float64Array(n);
  const levels = new Float64Array(n);
  const paths: Path[] = new Array(n);
  for (let rank = 0; rank < n; rank++) {
    const i = order[rank];
    let level = 0;
    for (let before = 0; before < rank; before++) {
      const j = order[before];
      if (lows[j] < highs[i] && lows[i] < highs[j]) level = Math.max(level, levels[j] + 1);
    }
    levels[i] = level;
    heights[i] = Math.min(maxHeight, minHeight + level * step);
    paths[i] = arcPath(alongOf(inputs[i].from, inputs[i].to), inputs[i].from, inputs[i].to, base, side * heights[i], vertical);
  }
  // …then the labels, shortest arc first, each where no arc and no other text is. An arc whose
  // label finds no spot rises a step at a time, as long as its path then crosses no label.
  const boxes: Box[] = [];
  const spots: (Box | undefined)[] = new Array(n);
  if (labels && !vertical) {
    const half = fontSize * 0.75;
    for (const i of order) {
      const {from, to, label} = inputs[i];
      if (!label) continue;
      const width = estimateTextWidth(label, fontSize) + 8;
      // Where a label may sit along the axis does not depend on the arc's height: found once, and
      // an arc with no such place (a long arc whose label would leave the drawing) tries no height.
      const xs = spotsAlong(from, to, width, bounds);
      if (xs.length === 0) continue;
      const near = blockedFrom(boxes, from, to, base, side);
      for (let height = heights[i]; height <= maxHeight; height += step) {
        // From here on every taller arc crosses a label over its whole span (see blockedFrom).
        if (height !== heights[i] && height * 0.75 - 1 >= near) break;
        // No row clear of the tick labels and within reach at this height: nothing to test.
        if (!rowsOpen(base, side, height, half, reach)) continue;
        const path = height === heights[i] ? paths[i] : arcPath(paths[i].along, from, to, base, side * height, vertical);
        if (height !== heights[i] && crossesAny(path, boxes)) continue;
        // Clear of every other arc, and of this one at this height.
        const box = labelSpot(base, side, height, xs, width, half, paths, i, path, boxes, obstacles, reach);
        if (!box) continue;
        heights[i] = height;
        paths[i] = path;
        spots[i] = box;
        boxes.push(box);
        break;
      }
    }
  }
  let extent = 0;
  const arcs = inputs.map(({from, to}, i) => {
    const bulge = base + side * heights[i];
    const d = vertical
      ? `M${round(base)},${round(from)}C${round(bulge)},${round(from)} ${round(bulge)},${round(to)} ${round(base)},${round(to)}`
      : `M${round(from)},${round(base)}C${round(from)},${round(bulge)} ${round(to)},${round(bulge)} ${round(to)},${round(base)}`;
    const arc: Arc = {d};
    extent = Math.max(extent, heights[i] * 0.75 + 2);
    const box = spots[i];
    if (box) {
      arc.labelX = round((box.x0 + box.x1) / 2);
      arc.labelY = round((box.y0 + box.y1) / 2 + fontSize * 0.3);
      extent = Math.max(extent, Math.abs((side > 0 ? box.y1 : box.y0) - base));
    }
    return arc;
  });
  return {arcs, extent: Math.ceil(extent)};
}

/**
 * How far from the axis the nearest label over the whole span of an arc from `from` to `to` starts
 * (by 1 px or more on both ends, reaching 1 px or more from the axis on the arc's side; labels are
 * 1.5 em tall), or Infinity. The points of the arc's polyline all lie in its span, and run from the axis to its apex
 * (three quarters of its height): once the apex is 1 px or more past that label's near edge the
 * polyline passes through the label, at that height and at every greater one, so an arc climbing
 * for a spot for its own label can stop there (each of those heights would be skipped).
 */
function blockedFrom(boxes: readonly Box[], from: number, to: number, base: number, side: number): number {
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  let nearest = Infinity;
  for (const box of boxes) {
    if (box.x0 > lo - 1 || box.x1 < hi + 1) continue;
    const near = side > 0 ? box.y0 - base : base - box.y1;
    const far = side > 0 ? box.y1 - base : base - box.y0;
    if (far >= 1 && near < nearest) nearest = near;
  }
  return nearest;
}

/**
 * Positions along the axis of the points of an arc's cubic Bézier (both control points at the
 * bulge): at t, from + (to − from)(3t² − 2t³).
 */
function alongOf(from: number, to: number): number[] {
  const along: number[] = [];
  for (let s = 0; s <= SAMPLES; s++) {
    const t = s / SAMPLES;
    along.push(from + (to - from) * (3 * t * t - 2 * t * t * t));
  }
  return along;
}

/** The offset of an arc's point `s` from the axis: 3t(1 − t) of the bulge (see alongOf). */
function acrossAt(base: number, bulge: number, s: number): number {
  const t = s / SAMPLES;
  return base + bulge * 3 * t * (1 - t);
}

/**
 * An arc's path. Its box is the one around its points, widened by far more than their rounding
 * could move them: a label clear of the wider box is clear of the points, and a label that meets
 * it only there is found clear of every segment (crosses()), as it was when the box was the
 * points' own.
 */
function arcPath(along: readonly number[], from: number, to: number, base: number, bulge: number, vertical: boolean): Path {
  const slack = 1e-9 * (1 + Math.abs(from) + Math.abs(to) + Math.abs(base) + Math.abs(bulge));
  // An arc with an end not finite has points that are not numbers, which meet nothing: an empty box.
  if (!Number.isFinite(slack)) return {along, base, bulge, vertical, x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity};
  const along0 = Math.min(from, to) - slack;
  const along1 = Math.max(from, to) + slack;
  const across0 = Math.min(base, base + bulge * 0.75) - slack;
  const across1 = Math.max(base, base + bulge * 0.75) + slack;
  return vertical
    ? {along, base, bulge, vertical, x0: across0, y0: along0, x1: across1, y1: along1}
    : {along, base, bulge, vertical, x0: along0, y0: across0, x1: along1, y1: across1};
}

/**
 * The centres along the axis a horizontal arc's label may take, in the order they are tried:
 * centred; then clear of either end (a few px of it left over its span); then shifted by half a
 * label or a label (an arc a few px wide has no room of its own between the arcs that leave the
 * same event). Only those whose label stays within `bounds` and still overlaps the arc's span,
 * so that it reads as the arc's.
 */
function spotsAlong(from: number, to: number, width: number, bounds: readonly [number, number]): number[] {
  const middle = (from + to) / 2;
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  const xs: number[] = [];
  for (const x of [middle, lo + 4 - width / 2, hi - 4 + width / 2, ...[0.5, -0.5, 1, -1].map((f) => middle + f * (width + 6))]) {
    if (x - width / 2 > hi || x + width / 2 < lo) continue;
    if (x - width / 2 < bounds[0] || x + width / 2 > bounds[1]) continue;
    xs.push(x);
  }
  return xs;
}

/** The rows a label may take at an arc's `height`: beyond the apex, then further out, then just inside it. */
function rowAt(row: number, base: number, side: number, height: number, half: number): number {
  const apex = base + side * height * 0.75;
  return row === 0 ? apex + side * (half + 2) : row === 1 ? apex + side * (3 * half + 4) : apex - side * (half + 2);
}

/** May a label take a row centred at `y`: not over the tick labels' row, and within reach of the axis? */
function rowOpen(y: number, base: number, side: number, half: number, reach: number): boolean {
  return Math.abs((side > 0 ? y - half : y + half) - base) >= 20 && Math.abs((side > 0 ? y + half : y - half) - base) <= reach;
}

/** May a label take any of the three rows at this height (rowAt)? A height with none is not tried. */
function rowsOpen(base: number, side: number, height: number, half: number, reach: number): boolean {
  for (let row = 0; row < 3; row++) if (rowOpen(rowAt(row, base, side, height, half), base, side, half, reach)) return true;
  return false;
}

/** A free spot for a horizontal arc's label, nearest its apex first: each open row in turn, at each of `xs` (spotsAlong). */
function labelSpot(
  base: number,
  side: number,
  height: number,
  xs: readonly number[],
  width: number,
  half: number,
  paths: readonly Path[],
  own: number,
  path: Path,
  boxes: readonly Box[],
  obstacles: readonly Box[],
  reach: number,
): Box | undefined {
  for (let row = 0; row < 3; row++) {
    const y = rowAt(row, base, side, height, half);
    if (!rowOpen(y, base, side, half, reach)) continue;
    const y0 = y - half;
    const y1 = y + half;
    for (const x of xs) {
      const x0 = x - width / 2;
      const x1 = x + width / 2;
      if (overlapsAny(boxes, x0, y0, x1, y1) || overlapsAny(obstacles, x0, y0, x1, y1)) continue;
      if (crosses(path, x0, y0, x1, y1)) continue;
      let crossed = false;
      for (let j = 0; j < paths.length && !crossed; j++) crossed = j !== own && crosses(paths[j], x0, y0, x1, y1);
      if (!crossed) return {x0, x1, y0, y1};
    }
  }
  return undefined;
}

function overlapsAny(boxes: readonly Box[], x0: number, y0: number, x1: number, y1: number): boolean {
  for (const b of boxes) if (x0 < b.x1 && b.x0 < x1 && y0 < b.y1 && b.y0 < y1) return true;
  return false;
}

function crossesAny(path: Path, boxes: readonly Box[]): boolean {
  for (const box of boxes) if (crosses(path, box.x0, box.y0, box.x1, box.y1)) return true;
  return false;
}

/**
 * Does the polyline pass through the box? Checks each segment against it, unless the box around
 * its points is clearly apart (by more than rounding could bridge: the segments' answer is no too),
 * and so each segment: both its ends clearly to one side of the box (along the axis first, which
 * needs no offsets worked out).
 */
function crosses(path: Path, x0: number, y0: number, x1: number, y1: number): boolean {
  const apart = 1e-6;
  const left = x0 - apart;
  const right = x1 + apart;
  const top = y0 - apart;
  const bottom = y1 + apart;
  if (path.x1 < left || path.x0 > right || path.y1 < top || path.y0 > bottom) return false;
  const {along, base, bulge, vertical} = path;
  const low = vertical ? top : left;
  const high = vertical ? bottom : right;
  const near = vertical ? left : top;
  const far = vertical ? right : bottom;
  // The offset of the last point worked out, kept for the next segment, which starts there.
  let last = -1;
  let offset = 0;
  for (let s = 0; s < SAMPLES; s++) {
    const a0 = along[s];
    const a1 = along[s + 1];
    if ((a0 < low && a1 < low) || (a0 > high && a1 > high)) continue;
    const c0 = last === s ? offset : acrossAt(base, bulge, s);
    const c1 = acrossAt(base, bulge, s + 1);
    last = s + 1;
    offset = c1;
    if ((c0 < near && c1 < near) || (c0 > far && c1 > far)) continue;
    if (vertical ? segmentMeetsBox(c0, a0, c1, a1, x0, y0, x1, y1) : segmentMeetsBox(a0, c0, a1, c1, x0, y0, x1, y1)) return true;
  }
  return false;
}

/** Liang–Barsky: does the segment (ax, ay)–(bx, by) meet the box? */
function segmentMeetsBox(ax: number, ay: number, bx: number, by: number, x0: number, y0: number, x1: number, y1: number): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = bx - ax;
  const dy = by - ay;
  // The four edges in turn (left, right, top, bottom), without an array of them per segment.
  for (let edge = 0; edge < 4; edge++) {
    const p = edge === 0 ? -dx : edge === 1 ? dx : edge === 2 ? -dy : dy;
    const q = edge === 0 ? ax - x0 : edge === 1 ? x1 - ax : edge === 2 ? ay - y0 : y1 - ay;
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}
