// Places every event's label at one zoom level: lanes (horizontal) or dodged labels
// (vertical), and counted clusters for the events that found no room. Depends on the zoom
// factor only, not on panning, so the element computes it once per zoom level and panning
// never makes labels jump between lanes. O(n · lanes) after the data's own sort.
import {clusterRuns, type Cluster} from './clusters.js';
import {dodgeLabels} from './dodge.js';
import {MARK, METRICS, verticalLabelSize, type Geometry} from './geometry.js';
import {packLaneArrays} from './pack-lanes.js';

export interface Pack {
  k: number;
  /** Lane (horizontal) or column (vertical) of each event; -1 when it is in a cluster. */
  lane: Int32Array;
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
  return geometry.config.orientation === 'vertical' ? packVertical(geometry, k, reserved) : packHorizontal(geometry, k, reserved);
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
  return finish(geometry, k, lane, labelAt, flipped, spanStart, spanEnd, new Int32Array(n).fill(-1));
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
  const {events} = geometry;
  const n = events.length;
  const half = METRICS.verticalLabelHeight / 2;
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
    items[i] = {at: from[i] - (events[i].point ? half : 6), size: verticalLabelSize(geometry, i)};
    if (!events[i].point) {
      barStarts.push(from[i]);
      barEnds.push(to[i]);
      barIndex.push(i);
    }
  }
  // Labels may slide a little way down from their event, never far enough to mislead.
  const {columns, positions} = dodgeLabels(items, geometry.lanes, 4, METRICS.verticalLabelHeight * 6, reserved);
  const barLane = new Int32Array(n).fill(-1);
  const lanes = packLaneArrays(barStarts, barEnds, METRICS.verticalBarLanes, 2);
  lanes.forEach((lane, j) => (barLane[barIndex[j]] = lane < 0 ? METRICS.verticalBarLanes - 1 : lane));
  const spanStart = new Float64Array(n);
  const spanEnd = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const top = Number.isNaN(positions[i]) ? from[i] : positions[i];
    spanStart[i] = Math.min(from[i], top);
    spanEnd[i] = Math.max(to[i], top + verticalLabelSize(geometry, i));
  }
  return finish(geometry, k, columns, positions, new Uint8Array(n), spanStart, spanEnd, barLane);
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
  return {k, lane, labelAt, flipped, spanStart, spanEnd, order, maxEnd, barLane, clusters, clusterOf, lanesUsed};
}
