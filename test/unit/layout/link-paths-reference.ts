// The link arcs' layout as it was before it skipped work (arcPaths in src/layout/link-paths.ts at
// the time), kept as the reference the faster one must agree with exactly, arc for arc and label
// for label. Not a test file itself (vitest only collects *.test.ts).
import {METRICS} from '../../../src/layout/geometry.js';
import type {ArcInput, ArcLayout, ArcOptions, Arc, Box} from '../../../src/layout/link-paths.js';
import {tenth as round} from '../../../src/layout/round.js';
import {estimateTextWidth} from '../../../src/layout/text-width.js';
const SAMPLES = 24;

/** An arc as a polyline (x, y pairs) and the box around its points, which no label far from it needs to test segment by segment. */
interface Path {
  points: number[];
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Arcs for `inputs`, in the same order. */
export function referenceArcPaths(inputs: readonly ArcInput[], options: ArcOptions): ArcLayout {
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
  const order = inputs
    .map((_, i) => i)
    .sort((a, b) => Math.abs(inputs[a].to - inputs[a].from) - Math.abs(inputs[b].to - inputs[b].from) || a - b);
  // First every arc, one level above the shorter arcs it overlaps along the axis…
  const heights = new Float64Array(inputs.length);
  const levels = new Float64Array(inputs.length);
  const paths: Path[] = new Array(inputs.length);
  order.forEach((i, rank) => {
    const lo = Math.min(inputs[i].from, inputs[i].to);
    const hi = Math.max(inputs[i].from, inputs[i].to);
    let level = 0;
    for (const j of order.slice(0, rank)) {
      if (Math.min(inputs[j].from, inputs[j].to) < hi && lo < Math.max(inputs[j].from, inputs[j].to))
        level = Math.max(level, levels[j] + 1);
    }
    levels[i] = level;
    heights[i] = Math.min(maxHeight, minHeight + level * step);
    paths[i] = sample(inputs[i].from, inputs[i].to, base, side * heights[i], vertical);
  });
  // …then the labels, shortest arc first, each where no arc and no other text is. An arc whose
  // label finds no spot rises a step at a time, as long as its path then crosses no label.
  const boxes: Box[] = [];
  const spots: (Box | undefined)[] = new Array(inputs.length);
  if (labels && !vertical) {
    for (const i of order) {
      const {from, to, label} = inputs[i];
      if (!label) continue;
      const width = estimateTextWidth(label, fontSize) + 8;
      const near = blockedFrom(boxes, from, to, base, side);
      for (let height = heights[i]; height <= maxHeight; height += step) {
        // From here on every taller arc crosses a label over its whole span (see blockedFrom).
        if (height !== heights[i] && height * 0.75 - 1 >= near) break;
        const points = height === heights[i] ? paths[i] : sample(from, to, base, side * height, vertical);
        if (height !== heights[i] && boxes.some((box) => crosses(points, box))) continue;
        // Clear of every other arc, and of this one at this height.
        const box = labelSpot(from, to, base, side, height, width, fontSize, paths, i, points, boxes, obstacles, reach, bounds);
        if (!box) continue;
        heights[i] = height;
        paths[i] = points;
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
 * Points along the arc's cubic Bézier (both control points at the bulge), as x, y pairs: at t
 * the curve's offset from the axis is 3t(1 − t) of the bulge, its position along the axis
 * from + (to − from)(3t² − 2t³).
 */
function sample(from: number, to: number, base: number, bulge: number, vertical: boolean): Path {
  const points: number[] = [];
  const path = {points, x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity};
  for (let s = 0; s <= SAMPLES; s++) {
    const t = s / SAMPLES;
    const along = from + (to - from) * (3 * t * t - 2 * t * t * t);
    const across = base + bulge * 3 * t * (1 - t);
    const x = vertical ? across : along;
    const y = vertical ? along : across;
    points.push(x, y);
    if (x < path.x0) path.x0 = x;
    if (x > path.x1) path.x1 = x;
    if (y < path.y0) path.y0 = y;
    if (y > path.y1) path.y1 = y;
  }
  return path;
}

/**
 * A free spot for a horizontal arc's label, nearest its apex first: beyond the apex, then
 * further out, then just inside it, each also shifted along the axis by half a label or a
 * label (an arc a few px wide has no room of its own between the arcs that leave the same event).
 */
function labelSpot(
  from: number,
  to: number,
  base: number,
  side: number,
  height: number,
  width: number,
  fontSize: number,
  paths: readonly Path[],
  own: number,
  path: Path,
  boxes: readonly Box[],
  obstacles: readonly Box[],
  reach: number,
  bounds: readonly [number, number],
): Box | undefined {
  const half = fontSize * 0.75;
  const apex = base + side * height * 0.75;
  const middle = (from + to) / 2;
  const rows = [apex + side * (half + 2), apex + side * (3 * half + 4), apex - side * (half + 2)];
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  // Centred; then clear of either end (a few px of it left over its span); then shifted further.
  const xs = [middle, lo + 4 - width / 2, hi - 4 + width / 2, ...[0.5, -0.5, 1, -1].map((f) => middle + f * (width + 6))];
  for (const y of rows) {
    for (const x of xs) {
      // Shifted, the label still overlaps its arc's span, so that it reads as the arc's.
      if (x - width / 2 > Math.max(from, to) || x + width / 2 < Math.min(from, to)) continue;
      const box = {x0: x - width / 2, x1: x + width / 2, y0: y - half, y1: y + half};
      if (box.x0 < bounds[0] || box.x1 > bounds[1]) continue;
      if (Math.abs((side > 0 ? box.y0 : box.y1) - base) < 20) continue; // not over the tick labels' row
      if (Math.abs((side > 0 ? box.y1 : box.y0) - base) > reach) continue;
      if (boxes.some((other) => overlaps(box, other)) || obstacles.some((other) => overlaps(box, other))) continue;
      if (crosses(path, box) || paths.some((other, j) => j !== own && crosses(other, box))) continue;
      return box;
    }
  }
  return undefined;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/**
 * Does the polyline pass through the box? Checks each segment against it, unless the box around
 * its points is clearly apart (by more than rounding could bridge: the segments' answer is no too),
 * and so each segment: both its ends clearly to one side of the box.
 */
function crosses(path: Path, box: Box): boolean {
  const {x0, x1, y0, y1} = box;
  const apart = 1e-6;
  const left = x0 - apart;
  const right = x1 + apart;
  const top = y0 - apart;
  const bottom = y1 + apart;
  if (path.x1 < left || path.x0 > right || path.y1 < top || path.y0 > bottom) return false;
  const {points} = path;
  for (let i = 0; i + 3 < points.length; i += 2) {
    const ax = points[i];
    const ay = points[i + 1];
    const bx = points[i + 2];
    const by = points[i + 3];
    if ((ax < left && bx < left) || (ax > right && bx > right) || (ay < top && by < top) || (ay > bottom && by > bottom)) continue;
    if (segmentMeetsBox(ax, ay, bx, by, x0, y0, x1, y1)) return true;
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
