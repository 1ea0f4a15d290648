// Places every event's label at one zoom level, and counts in clusters the events that found
// no room. A story's labels stack as high as they need (pack-boxes.ts) or, vertical, sit beside
// their marks in sequence; an archive's go into lanes (horizontal, O(n · lanes)) or dodge along
// the axis (vertical). Depends on the zoom factor only, not on panning, so the element
// computes it once per zoom level and panning never makes labels jump.
import {clusterRuns, type Cluster} from './clusters.js';
import {dodgeLabels} from './dodge.js';
import {labelShape, MARK, METRICS, type Geometry} from './geometry.js';
import {packBoxes, type BoxItem, type BoxPacking} from './pack-boxes.js';
import {packLaneArrays} from './pack-lanes.js';
import {MARK_DROP} from './sequence.js';

export interface Pack {
  k: number;
  /** Lane (horizontal archives) or column (vertical) of each event, 0 for a story's; -1 when it is in a cluster. */
  lane: Int32Array;
  /** Horizontal: height of each label box's bottom above the axis's label area (px). */
  elevation: Float64Array;
  /** Which shape each label took (labelShape): 1 for a story's narrow three-line label. */
  shape: Uint8Array;
  /** Start of the label along the time axis, zoomed (before panning and mirroring). */
  labelAt: Float64Array;
  /** Horizontal labels that would run off the end are drawn before their mark instead. */
  flipped: Uint8Array;
  /** Extent each placed event occupies along the time axis, zoomed. */
  spanStart: Float64Array;
  spanEnd: Float64Array;
  /** Placed events ordered by spanStart, and the running maximum of their spanEnd. */
  order: Int32Array;
  maxEnd: Float64Array;
  /** Vertical layouts: the bar lane of each interval next to the axis. */
  barLane: Int32Array;
  clusters: Cluster[];
  /** Cluster of each clustered event (index into `clusters`), else -1. */
  clusterOf: Int32Array;
  lanesUsed: number;
  /** Horizontal: the height the labels take (px). */
  used: number;
}

/** Positions along the time axis at zoom k: [start, end] of each event's mark or bar. */
export function markExtent(geometry: Geometry, index: number, k: number): [number, number] {
  extentAt(geometry, index, k);
  return [extent[0], extent[1]];
}

// markExtent without an array per call: packAt asks it for every event at every zoom level.
const extent = new Float64Array(2);
const FUZZ = 24;

function extentAt(geometry: Geometry, index: number, k: number): void {
  const marks = geometry.marks[index];
  const point = (marks & MARK.POINT) !== 0;
  let from = geometry.startPx[index] * k;
  let to = point ? from : Math.max(from, geometry.endPx[index] * k);
  if (marks & MARK.OPEN_END) to = Math.max(to, geometry.axisLength * k);
  if (marks & MARK.OPEN_START) from = Math.min(from, 0);
  if (!point && marks & MARK.FUZZY_END && to - from < FUZZ) to = from + FUZZ;
  extent[0] = from;
  extent[1] = to;
}

export function packAt(geometry: Geometry, k: number, reserved: ReadonlySet<number> = new Set()): Pack {
  if (geometry.config.orientation === 'vertical')
    return geometry.sequence ? packSequence(geometry, k) : packVertical(geometry, k, reserved);
  return geometry.detailed ? packStory(geometry, k, reserved) : packHorizontal(geometry, k, reserved);
}

/** Height a box takes: its label and, for a bar, the bar above it. */
export function boxHeight(geometry: Geometry, index: number, shape = 0): number {
  return labelShape(geometry, index, shape).height + (geometry.marks[index] & MARK.POINT ? 0 : METRICS.barRoom);
}

function packStory(geometry: Geometry, k: number, reserved: ReadonlySet<number>): Pack {
  const n = geometry.events.length;
  const items: BoxItem[] = new Array(n);
  // Plain loops rather than closures, spreads and filters: a fresh page runs this before V8 optimises it.
  const long = new Uint8Array(n);
  let longCount = 0;
  for (let i = 0; i < n; i++) {
    extentAt(geometry, i, k);
    const point = (geometry.marks[i] & MARK.POINT) !== 0;
    const offset = point ? METRICS.pointLabelOffset + (i === geometry.config.anchor ? 8 : 0) : METRICS.barLabelOffset;
    const width = geometry.labelWidths[i];
    const alternative = geometry.narrow[i];
    const shapes = [{width, height: boxHeight(geometry, i)}];
    if (alternative) shapes.push({width: alternative.width, height: boxHeight(geometry, i, 1)});
    items[i] = {from: extent[0], to: extent[1], point, shapes, offset};
    if (!point && extent[1] - extent[0] > width) {
      long[i] = 1;
      longCount++;
    }
  }
  // Left to right, each in the lowest place free (first fit by start takes the fewest rows when
  // labels are alike). Bars much longer than their labels go last, on top, shortest first:
  // below the points, they would stand across those points' stems.
  let order = new Int32Array(n);
  const bars = new Array<number>(longCount);
  for (let i = 0, j = 0, b = 0; i < n; i++) {
    if (long[i]) bars[b++] = i;
    else order[j++] = i;
  }
  bars.sort((a, b) => items[a].to - items[a].from - (items[b].to - items[b].from) || a - b);
  order.set(bars, n - longCount);
  const area = geometry.labelArea;
  const hi = geometry.axisLength * k - 4;
  let packed = packBoxes(items, order, 4, hi, area);
  // The reserved that are events, in order: the anchor, a focused event.
  const kept: number[] = [];
  for (const i of reserved) if (i >= 0 && i < n) kept.push(i);
  kept.sort((a, b) => a - b);
  const keeps = (p: BoxPacking) => kept.every((i) => !Number.isNaN(p.elevation[i]));
  // Where room runs out, the events left over try again ahead of the others, twice at most (a
  // label that fits only in one gap gets it), behind the reserved: the anchor, a focused event.
  for (let tries = 0; tries < 2; tries++) {
    const ahead = new Uint8Array(n);
    const next = new Int32Array(n);
    let j = 0;
    for (const i of kept) {
      next[j++] = i;
      ahead[i] = 1;
    }
    const missedFrom = j;
    for (let q = 0; q < n; q++) {
      const i = order[q];
      if (Number.isNaN(packed.elevation[i]) && !reserved.has(i)) {
        next[j++] = i;
        ahead[i] = 1;
      }
    }
    if (j === missedFrom && keeps(packed)) break;
    for (let q = 0; q < n; q++) if (!ahead[order[q]]) next[j++] = order[q];
    order = next;
    const again = packBoxes(items, order, 4, hi, area);
    // The reserved must be placed; after that, the more events placed the better. A retry not
    // taken leaves the same events over, so the next would be the same order and the same packing.
    if (keeps(again) && (!keeps(packed) || placedCount(again) >= placedCount(packed))) packed = again;
    else break;
  }
  const lane = new Int32Array(n);
  for (let i = 0; i < n; i++) lane[i] = Number.isNaN(packed.elevation[i]) ? -1 : 0;
  const pack = finish(
    geometry,
    k,
    lane,
    packed.labelAt,
    packed.flipped,
    packed.spanStart,
    packed.spanEnd,
    new Int32Array(n).fill(-1),
    packed.elevation,
  );
  pack.used = packed.used;
  pack.shape = packed.shape;
  return pack;
}

function placedCount(packing: BoxPacking): number {
  let count = 0;
  for (let i = 0; i < packing.elevation.length; i++) if (!Number.isNaN(packing.elevation[i])) count++;
  return count;
}

/** A vertical story: every label beside its mark, as the sequence spaced them. */
function packSequence(geometry: Geometry, k: number): Pack {
  const n = geometry.events.length;
  const labelAt = new Float64Array(n);
  const spanStart = new Float64Array(n);
  const spanEnd = new Float64Array(n);
  const barStarts: number[] = [];
  const barEnds: number[] = [];
  const barIndex: number[] = [];
  for (let i = 0; i < n; i++) {
    extentAt(geometry, i, k);
    // Beside the event's own slot (an open start would put the bar's start at the top).
    labelAt[i] = geometry.startPx[i] * k - MARK_DROP;
    spanStart[i] = Math.min(extent[0], labelAt[i]);
    spanEnd[i] = Math.max(extent[1], labelAt[i] + geometry.labelHeights[i]);
    if (!(geometry.marks[i] & MARK.POINT)) {
      barStarts.push(extent[0]);
      barEnds.push(extent[1]);
      barIndex.push(i);
    }
  }
  return finish(geometry, k, new Int32Array(n), labelAt, new Uint8Array(n), spanStart, spanEnd, barLanes(n, barStarts, barEnds, barIndex));
}

/** The bar lane of each interval beside a vertical axis (three lanes; the last is shared when full). */
function barLanes(n: number, starts: number[], ends: number[], index: number[]): Int32Array {
  const barLane = new Int32Array(n).fill(-1);
  packLaneArrays(starts, ends, 3, 2).forEach((lane, j) => (barLane[index[j]] = lane < 0 ? 2 : lane));
  return barLane;
}

function packHorizontal(geometry: Geometry, k: number, reserved: ReadonlySet<number>): Pack {
  const {events, labelWidths, marks} = geometry;
  const n = events.length;
  const end = geometry.axisLength * k;
  const labelAt = new Float64Array(n);
  const flipped = new Uint8Array(n);
  const spanStart = new Float64Array(n);
  const spanEnd = new Float64Array(n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    extentAt(geometry, i, k);
    const from = extent[0];
    const to = extent[1];
    const point = (marks[i] & MARK.POINT) !== 0;
    const width = labelWidths[i];
    let start = from + (point ? METRICS.pointLabelOffset : METRICS.barLabelOffset);
    let first = point ? from - 7 : from;
    if (start + width > end && from - METRICS.pointLabelOffset - width >= 0) {
      flipped[i] = 1;
      start = from - METRICS.pointLabelOffset - width;
      first = start;
    }
    labelAt[i] = start;
    spanStart[i] = first;
    spanEnd[i] = Math.max(to + (point ? 7 : 0), start + width);
    if (i > 0 && first < spanStart[i - 1]) sorted = false;
  }
  let lane: Int32Array;
  if (sorted) {
    lane = packLaneArrays(spanStart, spanEnd, geometry.lanes, METRICS.labelGap, reserved);
  } else {
    // Flipped labels, and points (whose span starts 7 px before their mark), break the order
    // the data came in: order by span start, ties in data order, as a stable sort would.
    const byStart = orderBySpanStart(spanStart, marks, flipped);
    lane = packLaneArrays(spanStart, spanEnd, geometry.lanes, METRICS.labelGap, reserved, byStart);
  }
  const elevation = new Float64Array(n);
  for (let i = 0; i < n; i++) elevation[i] = lane[i] * METRICS.laneHeight;
  return finish(geometry, k, lane, labelAt, flipped, spanStart, spanEnd, new Int32Array(n).fill(-1), elevation);
}

/**
 * Indexes ordered by spanStart, ties by index, in about linear time. Among unflipped points,
 * spans start 7 px before a mark; among unflipped bars, at the mark: each group is already in
 * order (marks are in time order). Whatever breaks its group's order (flipped labels, open
 * starts clamped to 0) is sorted apart, and the three lists are merged. A comparator sort of
 * 100,000 nearly sorted spans took half the packing.
 */
function orderBySpanStart(spanStart: Float64Array, marks: Uint8Array, flipped: Uint8Array): Int32Array {
  const n = spanStart.length;
  const points = new Int32Array(n);
  const bars = new Int32Array(n);
  const rest: number[] = [];
  let p = 0;
  let b = 0;
  for (let i = 0; i < n; i++) {
    if (flipped[i]) rest.push(i);
    else if (marks[i] & MARK.POINT) {
      if (p > 0 && spanStart[i] < spanStart[points[p - 1]]) rest.push(i);
      else points[p++] = i;
    } else if (b > 0 && spanStart[i] < spanStart[bars[b - 1]]) rest.push(i);
    else bars[b++] = i;
  }
  rest.sort((x, y) => spanStart[x] - spanStart[y] || x - y);
  const order = new Int32Array(n);
  const before = (x: number, y: number) => spanStart[x] < spanStart[y] || (spanStart[x] === spanStart[y] && x < y);
  for (let j = 0, pi = 0, bi = 0, ri = 0; j < n; j++) {
    let pick = -1;
    let from = 0;
    if (pi < p) {
      pick = points[pi];
      from = 1;
    }
    if (bi < b && (pick < 0 || before(bars[bi], pick))) {
      pick = bars[bi];
      from = 2;
    }
    if (ri < rest.length && (pick < 0 || before(rest[ri], pick))) {
      pick = rest[ri];
      from = 3;
    }
    order[j] = pick;
    if (from === 1) pi++;
    else if (from === 2) bi++;
    else ri++;
  }
  return order;
}

function packVertical(geometry: Geometry, k: number, reserved: ReadonlySet<number>): Pack {
  const {events, labelHeights} = geometry;
  const n = events.length;
  const half = METRICS.laneHeight / 2;
  const items = new Array(n);
  const barStarts: number[] = [];
  const barEnds: number[] = [];
  const barIndex: number[] = [];
  const from = new Float64Array(n);
  const to = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    extentAt(geometry, i, k);
    from[i] = extent[0];
    to[i] = extent[1];
    items[i] = {at: from[i] - (events[i].point ? half : 6), size: labelHeights[i]};
    if (!events[i].point) {
      barStarts.push(from[i]);
      barEnds.push(to[i]);
      barIndex.push(i);
    }
  }
  // Labels may slide a little way down from their event, never far enough to mislead.
  const {columns, positions} = dodgeLabels(items, geometry.lanes, 4, METRICS.laneHeight * 6, reserved);
  const spanStart = new Float64Array(n);
  const spanEnd = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const top = Number.isNaN(positions[i]) ? from[i] : positions[i];
    spanStart[i] = Math.min(from[i], top);
    spanEnd[i] = Math.max(to[i], top + labelHeights[i]);
  }
  return finish(geometry, k, columns, positions, new Uint8Array(n), spanStart, spanEnd, barLanes(n, barStarts, barEnds, barIndex));
}

function finish(
  geometry: Geometry,
  k: number,
  lane: Int32Array,
  labelAt: Float64Array,
  flipped: Uint8Array,
  spanStart: Float64Array,
  spanEnd: Float64Array,
  barLane: Int32Array,
  elevation: Float64Array = new Float64Array(lane.length),
): Pack {
  const n = lane.length;
  const {startPx, startTime, endTime} = geometry;
  const placed: number[] = [];
  // Events that found no room (most of the events of a big story), by index.
  let overflowCount = 0;
  for (let i = 0; i < n; i++) if (lane[i] < 0) overflowCount++;
  let overflow = new Int32Array(overflowCount);
  let lanesUsed = 0;
  let placedSorted = true;
  let overflowSorted = true;
  for (let i = 0, j = 0; i < n; i++) {
    if (lane[i] >= 0) {
      if (placed.length && spanStart[i] < spanStart[placed[placed.length - 1]]) placedSorted = false;
      placed.push(i);
      if (lane[i] + 1 > lanesUsed) lanesUsed = lane[i] + 1;
    } else {
      if (j > 0 && startPx[i] < startPx[overflow[j - 1]]) overflowSorted = false;
      overflow[j++] = i;
    }
  }
  if (!placedSorted) placed.sort((a, b) => spanStart[a] - spanStart[b]);
  const order = Int32Array.from(placed);
  const maxEnd = new Float64Array(order.length);
  let running = -Infinity;
  for (let j = 0; j < order.length; j++) maxEnd[j] = running = Math.max(running, spanEnd[order[j]]);
  // Clusters are made along the axis, by the position of each event's start. Events come in time
  // order, and the scale keeps it, so the overflow nearly always is in order of position already.
  if (!overflowSorted) overflow = Int32Array.from(Array.from(overflow).sort((a, b) => startPx[a] - startPx[b] || a - b));
  const vertical = geometry.config.orientation === 'vertical';
  const clusters = clusterRuns(
    {
      length: overflowCount,
      at: (j) => startPx[overflow[j]] * k,
      index: (j) => overflow[j],
      start: (j) => startTime[overflow[j]],
      end: (j) => endTime[overflow[j]],
    },
    vertical ? 36 : 56,
    vertical ? 26 : 44,
  );
  const clusterOf = new Int32Array(n).fill(-1);
  for (let c = 0; c < clusters.length; c++) {
    const members = clusters[c].members;
    for (let m = 0; m < members.length; m++) clusterOf[members[m]] = c;
  }
  return {
    k,
    lane,
    elevation,
    shape: new Uint8Array(n),
    labelAt,
    flipped,
    spanStart,
    spanEnd,
    order,
    maxEnd,
    barLane,
    clusters,
    clusterOf,
    lanesUsed,
    used: lanesUsed * METRICS.laneHeight,
  };
}
