// Places every event's label at one zoom level: lanes (horizontal) or dodged labels
// (vertical), and counted clusters for the events that found no room. Depends on the zoom
// factor only, not on panning, so the element computes it once per zoom level and panning
// never makes labels jump between lanes. O(n · lanes) after the data's own sort.
import {clusterItems, type Cluster} from './clusters.js';
import {dodgeLabels} from './dodge.js';
import {METRICS, verticalLabelSize, type Geometry} from './geometry.js';
import {packLanes, type Span} from './pack-lanes.js';

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
  const event = geometry.events[index];
  const {scale, axisLength} = geometry;
  const fuzz = 24;
  let from = scale.toPx(event.start) * k;
  let to = event.point ? from : Math.max(from, scale.toPx(event.end) * k);
  if (event.openEnd) to = Math.max(to, axisLength * k);
  if (event.openStart) from = Math.min(from, 0);
  if (!event.point && event.fuzzyEnd && to - from < fuzz) to = from + fuzz;
  return [from, to];
}

export function packAt(geometry: Geometry, k: number, reserved: ReadonlySet<number> = new Set()): Pack {
  return geometry.config.orientation === 'vertical' ? packVertical(geometry, k, reserved) : packHorizontal(geometry, k, reserved);
}

function packHorizontal(geometry: Geometry, k: number, reserved: ReadonlySet<number>): Pack {
  const n = geometry.events.length;
  const end = geometry.axisLength * k;
  const labelAt = new Float64Array(n);
  const flipped = new Uint8Array(n);
  const spans: Span[] = new Array(n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    const [from, to] = markExtent(geometry, i, k);
    const point = geometry.events[i].point;
    const width = geometry.labelWidths[i];
    let start = from + (point ? METRICS.pointLabelOffset : METRICS.barLabelOffset);
    let spanStart = point ? from - 7 : from;
    if (start + width > end && from - METRICS.pointLabelOffset - width >= 0) {
      flipped[i] = 1;
      start = from - METRICS.pointLabelOffset - width;
      spanStart = start;
    }
    labelAt[i] = start;
    spans[i] = {start: spanStart, end: Math.max(to + (point ? 7 : 0), start + width)};
    if (i > 0 && spans[i].start < spans[i - 1].start) sorted = false;
  }
  // Flipped labels start before their mark, which may break the order the data came in.
  const byStart = sorted ? undefined : Array.from(spans.keys()).sort((a, b) => spans[a].start - spans[b].start);
  const orderedSpans = byStart ? byStart.map((i) => spans[i]) : spans;
  const orderedReserved = byStart ? new Set(byStart.flatMap((i, position) => (reserved.has(i) ? [position] : []))) : reserved;
  const packed = packLanes(orderedSpans, geometry.lanes, METRICS.labelGap, orderedReserved);
  const lane = new Int32Array(n);
  packed.forEach((value, position) => (lane[byStart ? byStart[position] : position] = value));
  return finish(geometry, k, lane, labelAt, flipped, spans, new Int32Array(n).fill(-1));
}

function packVertical(geometry: Geometry, k: number, reserved: ReadonlySet<number>): Pack {
  const n = geometry.events.length;
  const half = METRICS.verticalLabelHeight / 2;
  const items = new Array(n);
  const bars: Span[] = [];
  const barIndex: number[] = [];
  const extents: [number, number][] = new Array(n);
  for (let i = 0; i < n; i++) {
    extents[i] = markExtent(geometry, i, k);
    items[i] = {at: extents[i][0] - (geometry.events[i].point ? half : 6), size: verticalLabelSize(geometry, i)};
    if (!geometry.events[i].point) {
      bars.push({start: extents[i][0], end: extents[i][1]});
      barIndex.push(i);
    }
  }
  // Labels may slide a little way down from their event, never far enough to mislead.
  const {columns, positions} = dodgeLabels(items, geometry.lanes, 4, METRICS.verticalLabelHeight * 6, reserved);
  const barLane = new Int32Array(n).fill(-1);
  const lanes = packLanes(bars, METRICS.verticalBarLanes, 2);
  lanes.forEach((lane, j) => (barLane[barIndex[j]] = lane < 0 ? METRICS.verticalBarLanes - 1 : lane));
  const spans: Span[] = extents.map(([from, to], i) => {
    const top = Number.isNaN(positions[i]) ? from : positions[i];
    return {start: Math.min(from, top), end: Math.max(to, top + verticalLabelSize(geometry, i))};
  });
  return finish(geometry, k, columns, positions, new Uint8Array(n), spans, barLane);
}

function finish(
  geometry: Geometry,
  k: number,
  lane: Int32Array,
  labelAt: Float64Array,
  flipped: Uint8Array,
  spans: Span[],
  barLane: Int32Array,
): Pack {
  const n = lane.length;
  const spanStart = new Float64Array(n);
  const spanEnd = new Float64Array(n);
  const placed: number[] = [];
  const overflow: {at: number; index: number; start: number; end: number}[] = [];
  let lanesUsed = 0;
  for (let i = 0; i < n; i++) {
    spanStart[i] = spans[i].start;
    spanEnd[i] = spans[i].end;
    if (lane[i] >= 0) {
      placed.push(i);
      if (lane[i] + 1 > lanesUsed) lanesUsed = lane[i] + 1;
    } else {
      const event = geometry.events[i];
      overflow.push({at: geometry.scale.toPx(event.start) * k, index: i, start: event.start, end: event.end});
    }
  }
  placed.sort((a, b) => spanStart[a] - spanStart[b]);
  const order = Int32Array.from(placed);
  const maxEnd = new Float64Array(order.length);
  let running = -Infinity;
  order.forEach((i, j) => (maxEnd[j] = running = Math.max(running, spanEnd[i])));
  overflow.sort((a, b) => a.at - b.at);
  const vertical = geometry.config.orientation === 'vertical';
  const clusters = clusterItems(overflow, vertical ? 36 : 56, vertical ? 26 : 44);
  const clusterOf = new Int32Array(n).fill(-1);
  clusters.forEach((cluster, c) => cluster.members.forEach((i) => (clusterOf[i] = c)));
  return {k, lane, labelAt, flipped, spanStart, spanEnd, order, maxEnd, barLane, clusters, clusterOf, lanesUsed};
}
