// What is on screen at one zoom and pan: the visible events with their marks, bars and
// labels, the clusters, ticks, axis breaks, link arcs, the story-date marker and era bands,
// all in screen coordinates (mirrored for right-to-left). Plain data for the element to draw.
import {arcPaths} from './link-paths.js';
import {METRICS, type Geometry} from './geometry.js';
import {markExtent, type Pack} from './pack.js';
import {truncateToWidth, wrapToWidth} from './text-width.js';
import {axisTicks, type Tick, type TickFormatter} from './ticks.js';

export interface ViewEvent {
  index: number;
  id: string;
  /** Mark centre (points) or bar start (intervals). */
  x: number;
  y: number;
  point: boolean;
  /** Bar box for intervals (and coarse dates). */
  bar?: {x: number; y: number; width: number; height: number};
  fuzzyStart: boolean;
  fuzzyEnd: boolean;
  openStart: boolean;
  openEnd: boolean;
  /** Line from the mark to the axis (horizontal) or to a label that slid away (vertical). */
  stem?: {x1: number; y1: number; x2: number; y2: number};
  /** Start of the label text lines (x), the title's and subtitle's baselines. */
  labelX: number;
  titleY: number;
  subtitleY: number;
  /** Text starts at labelX or ends there, in the label's direction (rtl in right-to-left layouts). */
  anchor: 'start' | 'end';
  /** The title: one line (horizontal) or up to two (vertical), cut with "…" to fit. */
  titleLines: string[];
  subtitle: string;
  /** Width reserved for the label (the layout's estimate): labels never overlap within it. */
  labelWidth: number;
  /** The event's position on the axis line, where links attach. */
  axisX: number;
  axisY: number;
}

export interface ViewCluster {
  key: number;
  x: number;
  y: number;
  count: number;
  start: number;
  end: number;
  members: readonly number[];
}

export interface ViewLink {
  index: number;
  d: string;
  labelX?: number;
  labelY?: number;
}

export interface ViewLinkInput {
  from: number;
  to: number;
  label: string;
}

export interface ViewTick extends Tick {
  x: number;
  y: number;
}

export interface ViewOptions {
  /** Zoom factor and pan offset along the time axis, as d3-zoom gives them (screen space). */
  k: number;
  shift: number;
  /** Length of the visible window along the time axis (the element's width or height). */
  viewLength: number;
  formatTick: TickFormatter;
  links?: readonly ViewLinkInput[];
  now?: number;
  eras?: readonly {start: number; end: number; title: string}[];
  /** Draw only what lies within this many px of the window. */
  margin?: number;
  /** Second label line of an event, when LayoutEvent.subtitle is left empty (see subtitleWidth). */
  subtitleOf?: (index: number) => string;
  /** Events drawn even when off screen (if placed): the keyboard's focus must never vanish. */
  include?: readonly number[];
  /** No axis ticks finer than a day (no date of the story is known to the minute). */
  wholeDays?: boolean;
}

export interface ViewLayout {
  width: number;
  height: number;
  /** The events drawn, in time order. */
  events: ViewEvent[];
  clusters: ViewCluster[];
  ticks: ViewTick[];
  breaks: {x: number; y: number}[];
  links: ViewLink[];
  now?: {x1: number; y1: number; x2: number; y2: number};
  eras: {x: number; y: number; width: number; height: number; title: string}[];
  track: {x1: number; y1: number; x2: number; y2: number};
}

/** Lays out the visible window of `pack` (computed at the same zoom factor). */
export function viewLayout(geometry: Geometry, pack: Pack, options: ViewOptions): ViewLayout {
  const {k, viewLength, formatTick, margin = 200} = options;
  const vertical = geometry.config.orientation === 'vertical';
  const rtl = geometry.config.rtl;
  const {width, height, track} = geometry;
  // d3-zoom works in screen space; right-to-left horizontal drawings mirror it (see README).
  const shift = !vertical && rtl ? width * (1 - k) - options.shift : options.shift;
  const mirror = (x: number) => (rtl ? width - x : x);
  const point = (along: number, across: number) => (vertical ? {x: mirror(across), y: along} : {x: mirror(along), y: across});
  const lo = -shift - margin;
  const hi = -shift + viewLength + margin;

  const events: ViewEvent[] = [];
  const axisAt = new Map<number, number>();
  const shown = new Set(visible(pack, lo, hi));
  for (const i of options.include ?? []) if (pack.lane[i] >= 0) shown.add(i);
  // In time order (events are sorted by time, so by index), whatever order the lanes gave: the
  // drawing's options are read in this order by screen readers.
  for (const i of Int32Array.from(shown).sort()) {
    const view = vertical ? verticalEvent(geometry, pack, i, shift) : horizontalEvent(geometry, pack, i, shift, viewLength);
    const shownWidth = view.shownWidth ?? geometry.labelWidths[i];
    const mark = point(view.along, view.across);
    const axis = point(view.axisAlong, vertical ? track : track);
    const label = point(view.labelAlong, view.labelAcross);
    const event = geometry.events[i];
    const result: ViewEvent = {
      index: i,
      id: event.id,
      x: mark.x,
      y: mark.y,
      point: event.point,
      fuzzyStart: event.fuzzyStart,
      fuzzyEnd: event.fuzzyEnd,
      openStart: event.openStart,
      openEnd: event.openEnd,
      labelX: label.x,
      titleY: label.y,
      subtitleY: label.y + 15 + (geometry.titleLines[i] - 1) * METRICS.lineHeight,
      // In the label's own direction: right-to-left labels are drawn with direction="rtl".
      anchor: view.flipped ? 'end' : 'start',
      titleLines: vertical
        ? wrapToWidth(event.title, geometry.labelMax, METRICS.titleSize, true, geometry.titleLines[i])
        : [truncateToWidth(event.title, shownWidth, METRICS.titleSize, true)],
      subtitle: truncateToWidth(options.subtitleOf?.(i) ?? event.subtitle, shownWidth, METRICS.subtitleSize),
      labelWidth: geometry.labelWidths[i],
      axisX: axis.x,
      axisY: axis.y,
    };
    if (view.bar) {
      const a = point(view.bar.from, view.bar.across);
      const b = point(view.bar.to, view.bar.across + view.bar.thickness);
      result.bar = {x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(b.x - a.x), height: Math.abs(b.y - a.y)};
    }
    if (view.stem) {
      const a = point(view.stem[0], view.stem[1]);
      const b = point(view.stem[2], view.stem[3]);
      result.stem = {x1: a.x, y1: a.y, x2: b.x, y2: b.y};
    }
    events.push(result);
    axisAt.set(i, vertical ? result.axisY : result.axisX);
  }

  const clusterRow = vertical ? track : track - METRICS.clusterRow / 2;
  const clusters: ViewCluster[] = [];
  for (const cluster of pack.clusters) {
    const along = cluster.at + shift;
    if (along < -margin || along > viewLength + margin) continue;
    const at = point(along, clusterRow);
    clusters.push({key: cluster.key, x: at.x, y: at.y, count: cluster.count, start: cluster.start, end: cluster.end, members: cluster.members});
  }

  const ticks = axisTicks(geometry.scale, k, shift, viewLength, formatTick, {
    alongAxis: !vertical,
    spacing: vertical ? 72 : 96,
    wholeDays: options.wholeDays,
  }).map((tick) => ({...tick, ...point(tick.at, vertical ? track - 8 : track + 17), ...(tick.nudge && rtl ? {nudge: -tick.nudge} : {})}));

  const breaks = geometry.scale.breaks
    .map((gap) => ((gap.p0 + gap.p1) / 2) * k + shift)
    .filter((along) => along >= -20 && along <= viewLength + 20)
    .map((along) => point(along, track));

  return {
    width,
    height,
    events,
    clusters,
    ticks,
    breaks,
    links: links(geometry, pack, options.links ?? [], axisAt, shift, mirror),
    now: options.now === undefined ? undefined : nowLine(geometry, options.now, k, shift, point),
    eras: (options.eras ?? []).map((era) => {
      const a = point(geometry.scale.toPx(era.start) * k + shift, vertical ? 0 : 0);
      const b = point(geometry.scale.toPx(era.end) * k + shift, vertical ? width : track);
      return {x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(b.x - a.x), height: Math.abs(b.y - a.y), title: era.title};
    }),
    track: lineOf(point(0, track), point(viewLength, track)),
  };
}

function lineOf(a: {x: number; y: number}, b: {x: number; y: number}) {
  return {x1: a.x, y1: a.y, x2: b.x, y2: b.y};
}

/** Indexes of the placed events whose extent meets [lo, hi] (zoomed, unpanned px), via binary search. */
function* visible(pack: Pack, lo: number, hi: number): Generator<number> {
  const {order, maxEnd, spanStart, spanEnd} = pack;
  let low = 0;
  let high = order.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (maxEnd[mid] < lo) low = mid + 1;
    else high = mid;
  }
  for (let j = low; j < order.length; j++) {
    const i = order[j];
    if (spanStart[i] > hi) break;
    if (spanEnd[i] >= lo) yield i;
  }
}

interface Placement {
  along: number;
  across: number;
  axisAlong: number;
  labelAlong: number;
  labelAcross: number;
  flipped: boolean;
  bar?: {from: number; to: number; across: number; thickness: number};
  stem?: [number, number, number, number];
  /** Width the label's lines may take on screen, when the window's edge leaves less than the reserved width. */
  shownWidth?: number;
}

/** Narrower than this, a label cut at the window's edge would say nothing: it is left whole (and clipped). */
const MIN_SHOWN_WIDTH = 48;

function horizontalEvent(geometry: Geometry, pack: Pack, i: number, shift: number, viewLength: number): Placement {
  const [from, to] = markExtent(geometry, i, pack.k).map((v) => v + shift);
  const rowTop = geometry.track - METRICS.clusterRow - (pack.lane[i] + 1) * METRICS.laneHeight;
  const markY = rowTop + 11;
  const event = geometry.events[i];
  const width = geometry.labelWidths[i];
  const flipped = pack.flipped[i] === 1;
  let start = pack.labelAt[i] + shift;
  // A bar that starts off screen keeps its label in view: the label slides right along the bar,
  // within the stretch of its lane the packing reserved for this event, so it meets no other label.
  if (!event.point && !flipped && start < 4) start = Math.max(start, Math.min(4, pack.spanEnd[i] + shift - width));
  const placement: Placement = {
    along: from,
    across: markY,
    axisAlong: from,
    labelAlong: flipped ? start + width : start,
    labelAcross: rowTop + 15,
    flipped,
  };
  // Cut at the window's edge with an ellipsis rather than by the edge.
  const room = flipped ? start + width : viewLength - start;
  if (room < width && room >= MIN_SHOWN_WIDTH && (flipped ? start < 0 : start >= 0)) placement.shownWidth = room - 4;
  if (event.point) placement.stem = [from, markY + 6, from, geometry.track];
  // A bar runs just above its label, so the label's text never sits on it.
  else placement.bar = {from, to, across: rowTop + 1 - METRICS.barHeight, thickness: METRICS.barHeight};
  return placement;
}

function verticalEvent(geometry: Geometry, pack: Pack, i: number, shift: number): Placement {
  const [from, to] = markExtent(geometry, i, pack.k).map((v) => v + shift);
  const event = geometry.events[i];
  const top = pack.labelAt[i] + shift;
  const track = geometry.track;
  const barX = track + 6 + Math.max(0, pack.barLane[i]) * 8;
  const placement: Placement = {
    along: from,
    across: event.point ? track : barX,
    axisAlong: from,
    labelAlong: top + 14,
    labelAcross: geometry.labelStart,
    flipped: false,
    stem: [from, event.point ? track + 6 : barX + 6, top + 10, geometry.labelStart - 4],
  };
  if (!event.point) placement.bar = {from, to, across: barX, thickness: 6};
  return placement;
}

function links(
  geometry: Geometry,
  pack: Pack,
  inputs: readonly ViewLinkInput[],
  axisAt: Map<number, number>,
  shift: number,
  mirror: (x: number) => number,
): ViewLink[] {
  const vertical = geometry.config.orientation === 'vertical';
  // An end not drawn on its own attaches to its cluster's badge; links between two clustered events are left out.
  const at = (index: number): number | undefined => {
    const placed = axisAt.get(index);
    if (placed !== undefined) return placed;
    const cluster = pack.clusterOf[index];
    if (cluster < 0) return undefined;
    const along = pack.clusters[cluster].at + shift;
    return vertical ? along : mirror(along);
  };
  const chosen: {index: number; from: number; to: number; label: string}[] = [];
  inputs.forEach((link, index) => {
    if (!axisAt.has(link.from) && !axisAt.has(link.to)) return;
    const from = at(link.from);
    const to = at(link.to);
    if (from === undefined || to === undefined || from === to) return;
    chosen.push({index, from, to, label: link.label});
  });
  // Arcs leave the axis line itself; their labels start below the tick labels.
  const base = vertical ? mirror(geometry.track - 4) : geometry.track + 3;
  const side = vertical ? (geometry.config.rtl ? 1 : -1) : 1;
  const arcs = arcPaths(chosen, {
    base,
    side,
    vertical,
    maxHeight: vertical ? geometry.track - 12 : METRICS.tickRow + METRICS.arcHeight - 24,
    minHeight: vertical ? 12 : METRICS.tickRow + 8,
  });
  return arcs.map((arc, j) => ({index: chosen[j].index, ...arc}));
}

function nowLine(
  geometry: Geometry,
  now: number,
  k: number,
  shift: number,
  point: (along: number, across: number) => {x: number; y: number},
) {
  const along = geometry.scale.toPx(now) * k + shift;
  const vertical = geometry.config.orientation === 'vertical';
  const a = point(along, vertical ? geometry.track - 10 : 4);
  // Vertical: the line stops short of the labels so it never strikes through their text.
  const b = point(along, vertical ? geometry.labelStart - 6 : geometry.track);
  return {x1: a.x, y1: a.y, x2: b.x, y2: b.y};
}
