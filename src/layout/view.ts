// What is on screen at one zoom and pan: the visible events with their marks, bars and
// labels, the clusters, ticks, axis breaks, link arcs, the story-date marker and era bands,
// all in screen coordinates (mirrored for right-to-left). Plain data for the element to draw.
import {arcPaths, type Box} from './link-paths.js';
import {labelShape, METRICS, titleFont, type Geometry} from './geometry.js';
import {boxHeight, markExtent, type Pack} from './pack.js';
import {estimateTextWidth, truncateToWidth} from './text-width.js';
import {axisTicks, sequenceTicks, type Tick, type TickFormatter} from './ticks.js';
import {drawnShiftAt} from './zoom-axis.js';

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
  /** The title's lines (a story's wrap to three; an archive's is one line cut with "…"). */
  titleLines: string[];
  /** The story's own event: a larger mark and a larger, bolder title. */
  emphasis: boolean;
  /** Distance between title lines. */
  lineHeight: number;
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
  /** The words for a stretch of time a vertical story's break skips ("13 years later"). */
  formatGap?: (start: number, end: number) => string;
}

/** A break's note: the time it skips, written in the label column of a vertical story. */
export interface ViewNote {
  x: number;
  y: number;
  text: string;
}

export interface ViewLayout {
  width: number;
  height: number;
  /** The events drawn, in time order. */
  events: ViewEvent[];
  clusters: ViewCluster[];
  ticks: ViewTick[];
  breaks: {x: number; y: number}[];
  notes: ViewNote[];
  links: ViewLink[];
  /** How far below the axis (horizontal) the links and their labels reach, in px. */
  linkExtent: number;
  now?: {x1: number; y1: number; x2: number; y2: number};
  eras: {x: number; y: number; width: number; height: number; title: string}[];
  track: {x1: number; y1: number; x2: number; y2: number};
  /**
   * How far the pan moved the drawing (screen px, along time's axis; 0 across it): the marks'
   * coordinates less this are where they are at this zoom level unpanned, so that a drawing can
   * place them in a group translated by it, and a pan rewrites one transform.
   */
  pan: {x: number; y: number};
}

/** Lays out the visible window of `pack` (computed at the same zoom factor). */
export function viewLayout(geometry: Geometry, pack: Pack, options: ViewOptions): ViewLayout {
  const {k, viewLength, formatTick, margin = 200} = options;
  const vertical = geometry.config.orientation === 'vertical';
  const rtl = geometry.config.rtl;
  const {width, height, track} = geometry;
  // d3-zoom works in screen space; right-to-left horizontal drawings mirror it (see docs/languages.md).
  const shift = drawnShiftAt(k, options.shift, {vertical, rtl: Boolean(rtl), width});
  const mirror = (x: number) => (rtl ? width - x : x);
  const point = (along: number, across: number) => (vertical ? {x: mirror(across), y: along} : {x: mirror(along), y: across});
  const lo = -shift - margin;
  const hi = -shift + viewLength + margin;

  const events: ViewEvent[] = [];
  const axisAt = new Map<number, number>();
  const shown = new Set(visible(pack, lo, hi));
  for (const i of options.include ?? []) if (pack.lane[i] >= 0) shown.add(i);
  // In time order (events are sorted by time, so by index), whatever order the packing gave: the
  // drawing's options are read in this order by screen readers.
  for (const i of Int32Array.from(shown).sort()) {
    const view = vertical ? verticalEvent(geometry, pack, i, shift) : horizontalEvent(geometry, pack, i, shift, viewLength);
    const shape = labelShape(geometry, i, pack.shape[i]);
    const shownWidth = view.shownWidth ?? shape.width;
    const mark = point(view.along, view.across);
    const axis = point(view.axisAlong, track);
    const label = point(view.labelAlong, view.labelAcross);
    const event = geometry.events[i];
    const font = titleFont(geometry, i);
    const wrapped = shape.lines;
    // At the window's edge each line is cut to what is left of the label's room.
    const titleLines = wrapped
      ? shownWidth >= shape.width
        ? wrapped
        : wrapped.map((line) => truncateToWidth(line, shownWidth, font.size, true))
      : [cutOnce(geometry, 0, i, event.title, shownWidth, font.size, true)];
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
      subtitleY: label.y + METRICS.subtitleOffset + (titleLines.length - 1) * font.line,
      // In the label's own direction: right-to-left labels are drawn with direction="rtl".
      anchor: view.flipped ? 'end' : 'start',
      titleLines,
      emphasis: i === geometry.config.anchor,
      lineHeight: font.line,
      subtitle: cutOnce(geometry, 1, i, options.subtitleOf?.(i) ?? event.subtitle, shownWidth, METRICS.subtitleSize),
      labelWidth: shape.width,
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

  // Badges sit in their own row when the story has one, else on the axis line.
  const clusterRow = vertical ? track : track - geometry.clusterRow / 2;
  const clusters: ViewCluster[] = [];
  for (const cluster of pack.clusters) {
    const along = cluster.at + shift;
    if (along < -margin || along > viewLength + margin) continue;
    const at = point(along, clusterRow);
    clusters.push({
      key: cluster.key,
      x: at.x,
      y: at.y,
      count: cluster.count,
      start: cluster.start,
      end: cluster.end,
      members: cluster.members,
    });
  }

  const tickList = geometry.sequence
    ? sequenceTicks(
        geometry.sequence.groups.map((i) => ({time: geometry.startTime[i], at: geometry.startPx[i] * k + shift})),
        formatTick,
        viewLength,
      )
    : axisTicks(geometry.scale, k, shift, viewLength, formatTick, {
        alongAxis: !vertical,
        spacing: vertical ? 72 : 96,
        wholeDays: options.wholeDays,
      });
  const ticks = tickList.map((tick) => ({
    ...tick,
    ...point(tick.at, vertical ? track - 8 : track + 17),
    ...(tick.nudge && rtl ? {nudge: -tick.nudge} : {}),
  }));

  const breaks = geometry.scale.breaks
    .map((gap) => ((gap.p0 + gap.p1) / 2) * k + shift)
    .filter((along) => along >= -20 && along <= viewLength + 20)
    .map((along) => point(along, track));
  const notes: ViewNote[] = [];
  if (geometry.sequence && options.formatGap) {
    for (const note of geometry.sequence.notes) {
      // The note sits where the skipped time would be, level with the break mark on the axis.
      const along = note.at * k + shift;
      if (along < -margin || along > viewLength + margin) continue;
      notes.push({...point(along + 4, geometry.labelStart), text: options.formatGap(note.start, note.end)});
    }
  }

  return {
    width,
    height,
    events,
    clusters,
    ticks,
    breaks,
    notes,
    ...links(geometry, pack, options.links ?? [], axisAt, shift, mirror, ticks),
    now: options.now === undefined ? undefined : nowLine(geometry, options.now, k, shift, point),
    eras: (options.eras ?? []).map((era) => {
      const a = point(geometry.scale(era.start) * k + shift, 0);
      const b = point(geometry.scale(era.end) * k + shift, vertical ? width : track);
      return {x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(b.x - a.x), height: Math.abs(b.y - a.y), title: era.title};
    }),
    track: lineOf(point(0, track), point(viewLength, track)),
    pan: vertical ? {x: 0, y: shift} : {x: rtl ? -shift : shift, y: 0},
  };
}

function lineOf(a: {x: number; y: number}, b: {x: number; y: number}) {
  return {x1: a.x, y1: a.y, x2: b.x, y2: b.y};
}

/**
 * An archive's titles and date lines cut to their label's width, by drawing, kind (0 title, 1 date)
 * and event: every zoom and pan step draws mostly the same events at the same widths, and cutting
 * a long title searches for its longest prefix that fits.
 */
const cuts = new WeakMap<Geometry, [Map<number, Cut>, Map<number, Cut>]>();
interface Cut {
  text: string;
  width: number;
  size: number;
  cut: string;
}

/** truncateToWidth(text, width, size, bold), remembered for event `index`'s line of `kind` (a kind's lines are all bold or none). */
function cutOnce(geometry: Geometry, kind: 0 | 1, index: number, text: string, width: number, size: number, bold = false): string {
  let memo = cuts.get(geometry);
  if (!memo) cuts.set(geometry, (memo = [new Map(), new Map()]));
  const was = memo[kind].get(index);
  if (was && was.text === text && was.width === width && was.size === size) return was.cut;
  const cut = truncateToWidth(text, width, size, bold);
  memo[kind].set(index, {text, width, size, cut});
  return cut;
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
  const event = geometry.events[i];
  const font = titleFont(geometry, i);
  // The box stands on the top of the cluster row (or the axis), `elevation` px up.
  const boxTop = geometry.track - geometry.clusterRow - pack.elevation[i] - boxHeight(geometry, i, pack.shape[i]);
  const textTop = boxTop + (event.point ? 0 : METRICS.barRoom);
  const baseline = textTop + font.size;
  const markY = baseline - Math.round(font.size * 0.35);
  const width = labelShape(geometry, i, pack.shape[i]).width;
  const flipped = pack.flipped[i] === 1;
  let start = pack.labelAt[i] + shift;
  // A bar that starts off screen keeps its label in view: the label slides right along the bar,
  // within the stretch the packing reserved for this event, so it meets no other label.
  if (!event.point && !flipped && start < 4) start = Math.max(start, Math.min(4, pack.spanEnd[i] + shift - width));
  const placement: Placement = {
    along: from,
    across: markY,
    axisAlong: from,
    labelAlong: flipped ? start + width : start,
    labelAcross: baseline,
    flipped,
  };
  // Cut at the window's edge with an ellipsis rather than by the edge.
  const room = flipped ? start + width : viewLength - start;
  if (room < width && room >= MIN_SHOWN_WIDTH && (flipped ? start < 0 : start >= 0)) placement.shownWidth = room - 4;
  if (event.point) placement.stem = [from, markY + 6, from, geometry.track];
  // A bar runs just above its label, so the label's text never sits on it.
  else placement.bar = {from, to, across: boxTop, thickness: METRICS.barHeight};
  return placement;
}

function verticalEvent(geometry: Geometry, pack: Pack, i: number, shift: number): Placement {
  const [from, to] = markExtent(geometry, i, pack.k).map((v) => v + shift);
  const event = geometry.events[i];
  const font = titleFont(geometry, i);
  const top = pack.labelAt[i] + shift;
  const track = geometry.track;
  const barX = track + 6 + Math.max(0, pack.barLane[i]) * 8;
  const baseline = top + font.size + 1;
  const placement: Placement = {
    along: from,
    across: event.point ? track : barX,
    axisAlong: from,
    labelAlong: baseline,
    labelAcross: geometry.labelStart,
    flipped: false,
    stem: [from, event.point ? track + 6 : barX + 6, baseline - Math.round(font.size * 0.35), geometry.labelStart - 4],
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
  ticks: readonly ViewTick[],
): {links: ViewLink[]; linkExtent: number} {
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
  const seen = new Set<string>();
  inputs.forEach((link, index) => {
    if (!axisAt.has(link.from) && !axisAt.has(link.to)) return;
    const from = at(link.from);
    const to = at(link.to);
    if (from === undefined || to === undefined || from === to) return;
    // The same two ends with the same words draw one arc: more would only thicken the line.
    const key = `${Math.min(from, to)}|${Math.max(from, to)}|${link.label}`;
    if (seen.has(key)) return;
    seen.add(key);
    chosen.push({index, from, to, label: link.label});
  });
  const {arcs, extent} = arcPaths(chosen, {
    ...linkFrame(geometry, geometry.height - geometry.track - 8),
    obstacles: tickBoxes(ticks, vertical),
    bounds: [2, geometry.width - 2],
  });
  return {links: arcs.map((arc, j) => ({index: chosen[j].index, ...arc})), linkExtent: extent};
}

/** Where arcs leave the axis and how far they may reach, for a drawing with `room` px below its axis (horizontal). */
export function linkFrame(geometry: Geometry, room: number) {
  const vertical = geometry.config.orientation === 'vertical';
  return {
    base: vertical ? (geometry.config.rtl ? geometry.width - geometry.track + 4 : geometry.track - 4) : geometry.track + 3,
    side: (vertical ? (geometry.config.rtl ? 1 : -1) : 1) as 1 | -1,
    vertical,
    labels: !vertical,
    reach: vertical ? (geometry.track - 10) * 0.75 : Math.max(METRICS.tickRow, room - 4),
    minHeight: vertical ? 12 : METRICS.tickRow + 8,
  };
}

/** The boxes of the tick labels, which link labels keep clear of. */
export function tickBoxes(ticks: readonly ViewTick[], vertical: boolean): Box[] {
  return ticks.map((tick) => {
    const width = estimateTextWidth(tick.label, METRICS.smallTextSize);
    const x = tick.x + (tick.nudge ?? 0);
    const x0 = vertical ? x - width : x - width / 2;
    return {x0, x1: x0 + width, y0: tick.y - (vertical ? 7 : 11), y1: tick.y + (vertical ? 7 : 4)};
  });
}

function nowLine(
  geometry: Geometry,
  now: number,
  k: number,
  shift: number,
  point: (along: number, across: number) => {x: number; y: number},
) {
  const along = geometry.scale(now) * k + shift;
  // Off the drawn axis (a story date before the first event or after the last, or panned away):
  // no marker half in the drawing's edge; the legend still names the date.
  const first = geometry.scale.segments[0]?.p0 ?? 0;
  const last = geometry.scale.segments[geometry.scale.segments.length - 1]?.p1 ?? geometry.axisLength;
  const base = (along - shift) / k;
  if (base < first - 1 || base > last + 1) return undefined;
  const vertical = geometry.config.orientation === 'vertical';
  const a = point(along, vertical ? geometry.track - 10 : 4);
  // Vertical: the line stops short of the labels so it never strikes through their text.
  const b = point(along, vertical ? geometry.labelStart - 6 : geometry.track);
  return {x1: a.x, y1: a.y, x2: b.x, y2: b.y};
}
