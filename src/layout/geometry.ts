// The fixed frame of a drawing, computed when the data, the size or the direction change:
// the time scale (with its axis breaks), the lanes, and where the axis and labels sit.
// Zooming and panning never change it; they only change which part of it is seen.
import {findSpanBreaks} from './axis-breaks.js';
import {estimateTextWidthUpTo, wrappedLineCount} from './text-width.js';
import {createTimeScale, type TimeScale} from './time-scale.js';

export type Orientation = 'horizontal' | 'vertical';

/** One event as the layout sees it: times, drawing hints and its two label lines. */
export interface LayoutEvent {
  id: string;
  start: number;
  end: number;
  /** Drawn as a point (a single date of day precision or finer), else as a bar. */
  point: boolean;
  /** Fuzzy ends are drawn fading out: approximate, uncertain or coarse dates. */
  fuzzyStart: boolean;
  fuzzyEnd: boolean;
  /** `..`: the interval goes on past the edge of what is drawn. */
  openStart: boolean;
  openEnd: boolean;
  title: string;
  /** Second line: the formatted date (and, in vertical layouts, the relation to the anchor). */
  subtitle: string;
  /**
   * Width the second line may take, when `subtitle` is only filled in for events on screen
   * (formatting 100,000 dates up front would cost more than the whole layout).
   */
  subtitleWidth?: number;
}

export interface GeometryConfig {
  orientation: Orientation;
  /** Width of the drawing in px. */
  width: number;
  /** Length of the time axis for vertical layouts; default from the number of events. */
  height?: number;
  /** Cut long empty stretches of time out of the axis (default true). */
  breaks?: boolean;
  /** Right-to-left: time runs from right to left (horizontal), labels sit left of the axis (vertical). */
  rtl?: boolean;
  /** Most lanes of labels in the horizontal layout (default 6). */
  maxLanes?: number;
  /** Does the drawing hold links (which need room below the axis)? */
  links?: boolean;
  /** Does the drawing label a story-date marker (which needs a row above the top lane)? */
  nowLabel?: boolean;
}

/** Sizes in px, shared by the layout and the element's styles. */
export const METRICS = {
  titleSize: 13,
  subtitleSize: 11,
  laneHeight: 40,
  clusterRow: 30,
  tickRow: 26,
  /** Room above the top lane for the story-date marker's label. */
  nowRow: 14,
  arcHeight: 84,
  pointLabelOffset: 12,
  barLabelOffset: 6,
  labelGap: 12,
  maxLabelWidth: 300,
  verticalTrack: 84,
  verticalLabelHeight: 34,
  lineHeight: 16,
  verticalTitleLines: 2,
  verticalBarLanes: 3,
  barHeight: 6,
} as const;

export interface Geometry {
  config: Required<Omit<GeometryConfig, 'height'>> & {height?: number};
  events: readonly LayoutEvent[];
  /** Label widths in px (the wider of the two lines), capped. */
  labelWidths: Float64Array;
  /** Lines of each title: vertical layouts wrap titles onto up to two lines, horizontal ones use one. */
  titleLines: Uint8Array;
  scale: TimeScale;
  /**
   * Each event's start and end on the time axis at zoom 1 (`scale.toPx`; a point's end is its
   * start): every zoom level only multiplies them, so packing and drawing never search the scale.
   */
  startPx: Float64Array;
  endPx: Float64Array;
  /** Each event's start and end time (ms), as compact arrays for clustering. */
  startTime: Float64Array;
  endTime: Float64Array;
  /**
   * The events' drawing hints as bits (POINT, OPEN_START, OPEN_END, FUZZY_END): packing reads
   * these compact arrays rather than 100,000 scattered objects at every zoom level.
   */
  marks: Uint8Array;
  /** Pixels along the time axis at zoom 1. */
  axisLength: number;
  /** Cross-axis position of the axis line: y (horizontal) or x (vertical), before mirroring. */
  track: number;
  /** Lanes (horizontal) or label columns (vertical). */
  lanes: number;
  width: number;
  height: number;
  /** Where vertical labels start (x, before mirroring) and how wide they may be. */
  labelStart: number;
  labelMax: number;
}

/** Bits of Geometry.marks. */
export const MARK = {POINT: 1, OPEN_START: 2, OPEN_END: 4, FUZZY_END: 8} as const;

/** The most lanes of labels a horizontal layout may have, whatever `maxLanes` asks for. */
export const MAX_LANES = 50;

/** Builds the frame; `events` sorted by start. */
export function createGeometry(events: readonly LayoutEvent[], config: GeometryConfig): Geometry {
  const full = {breaks: true, rtl: false, maxLanes: 6, links: false, nowLabel: false, ...config};
  // From the `max-lanes` attribute: NaN, fractions or huge numbers would break lane packing.
  full.maxLanes = Number.isFinite(full.maxLanes) ? Math.min(MAX_LANES, Math.max(1, Math.floor(full.maxLanes))) : 6;
  const vertical = full.orientation === 'vertical';
  const width = Math.max(160, full.width);
  const axisLength = vertical ? (full.height ?? Math.max(420, Math.min(2400, events.length * 56 + 120))) : width;
  const min = events.length ? events[0].start : 0;
  let max = -Infinity;
  for (const event of events) if (event.end > max) max = event.end;
  const gaps = full.breaks ? findSpanBreaks(events) : [];
  const scale = createTimeScale(min, Number.isFinite(max) ? max : min, gaps, 8, axisLength - 8, {
    minSegment: vertical ? 72 : 120,
  });

  const track = vertical ? Math.min(METRICS.verticalTrack, Math.round(width * 0.24)) : 0;
  const labelStart = track + 8 + METRICS.verticalBarLanes * 8 + 10;
  const labelMax = vertical ? Math.max(80, width - labelStart - 8) : METRICS.maxLabelWidth;
  const labelWidths = new Float64Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    // Titles longer than labelMax are cut, so they are measured only as far as labelMax.
    const title = estimateTextWidthUpTo(event.title, METRICS.titleSize, true, labelMax);
    labelWidths[i] = Math.min(labelMax, Math.max(title, event.subtitleWidth ?? estimateTextWidthUpTo(event.subtitle, METRICS.subtitleSize, false, labelMax)));
  }
  const startPx = new Float64Array(events.length);
  const endPx = new Float64Array(events.length);
  const marks = new Uint8Array(events.length);
  const startTime = new Float64Array(events.length);
  const endTime = new Float64Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    startTime[i] = event.start;
    endTime[i] = event.end;
    startPx[i] = scale.toPx(event.start);
    endPx[i] = event.point ? startPx[i] : scale.toPx(event.end);
    marks[i] = (event.point ? MARK.POINT : 0) | (event.openStart ? MARK.OPEN_START : 0) | (event.openEnd ? MARK.OPEN_END : 0) | (event.fuzzyEnd ? MARK.FUZZY_END : 0);
  }
  const titleLines = new Uint8Array(events.length).fill(1);
  if (vertical) {
    events.forEach((event, i) => {
      titleLines[i] = wrappedLineCount(event.title, labelMax, METRICS.titleSize, true, METRICS.verticalTitleLines);
    });
  }
  const geometry: Geometry = {
    config: full,
    events,
    labelWidths,
    titleLines,
    scale,
    startPx,
    endPx,
    startTime,
    endTime,
    marks,
    axisLength,
    track,
    lanes: vertical ? 1 : full.maxLanes,
    width,
    height: axisLength,
    labelStart,
    labelMax,
  };
  return geometry;
}

/** Height of an event's label in the vertical layout: its title lines and the date line. */
export function verticalLabelSize(geometry: Geometry, index: number): number {
  return METRICS.verticalLabelHeight + (geometry.titleLines[index] - 1) * METRICS.lineHeight;
}

/** Sets the horizontal drawing's height from the lanes a layout at zoom 1 used. */
export function fitHeight(geometry: Geometry, lanesUsed: number): void {
  if (geometry.config.orientation === 'vertical') return;
  geometry.lanes = Math.max(1, Math.min(geometry.config.maxLanes, lanesUsed));
  const top = 8 + (geometry.config.nowLabel ? METRICS.nowRow : 0);
  geometry.track = top + geometry.lanes * METRICS.laneHeight + METRICS.clusterRow;
  geometry.height = geometry.track + METRICS.tickRow + (geometry.config.links ? METRICS.arcHeight : 0) + 8;
}
