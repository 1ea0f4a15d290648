// The fixed frame of a drawing, computed when the data, the size or the direction change:
// each label's lines and box, the time scale (with its axis breaks), and where every event
// sits along the axis at zoom 1. Zooming and panning never change it; they only change which
// part of it is seen. Two regimes, by the size of the story:
//   - stories (up to DETAILED_MAX events): titles wrap to three lines, the horizontal layout
//     stacks label boxes as high as it needs (packBoxes), and the vertical one gives each event
//     its own room in time order, with the time between written in (sequence.ts);
//   - archives (more events): one-line labels in lanes, counted in clusters when they do not fit.
import {findSpanBreaks} from './axis-breaks.js';
import {sequencePositions, type Sequence} from './sequence.js';
import {balancedWrap, estimateTextWidthUpTo} from './text-width.js';
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
  /** Length of the time axis for vertical archives; default from the number of events. */
  height?: number;
  /** Cut long empty stretches of time out of the axis (default true). */
  breaks?: boolean;
  /** Right-to-left: time runs from right to left (horizontal), labels sit left of the axis (vertical). */
  rtl?: boolean;
  /**
   * Most rows of labels (40 px each) in the horizontal layout. Default: as many as a story
   * needs up to 20 (800 px), 6 for archives.
   */
  maxLanes?: number;
  /** Does the drawing hold links (which need room below the axis)? */
  links?: boolean;
  /** Does the drawing label a story-date marker (which needs a row above the top lane)? */
  nowLabel?: boolean;
  /** Index of the event the story is about: a larger mark and a larger, bolder title. */
  anchor?: number;
  /** Stories: events whose label ends in a thumbnail (`media-thumbnails`), by index; room is kept for it in the label's box. */
  thumbnails?: readonly boolean[];
}

/**
 * Sizes in px that the layout measures with and the styles draw with: the one source of both
 * (event-timeline.styles.ts writes them into CSS custom properties, which the styles read).
 */
export const METRICS = {
  titleSize: 13,
  anchorTitleSize: 15,
  /** The date line under a title. */
  subtitleSize: 11,
  /** The drawing's small print: tick labels, the story-date label, link labels, cluster badges. */
  smallTextSize: 11,
  /** The detail card: its widest, and the least room it leaves beside it in a narrow drawing. */
  cardWidth: 360,
  cardMargin: 16,
  /** Between title lines; the anchor's lines are further apart. */
  lineHeight: 16,
  anchorLineHeight: 19,
  /** From the last title line's baseline to the date line's. */
  subtitleOffset: 15,
  /** Height of a one-line label with its date line, and the row height of archives' lanes. */
  laneHeight: 40,
  clusterRow: 30,
  tickRow: 26,
  /** Room above the top lane for the story-date marker's label. */
  nowRow: 16,
  pointLabelOffset: 12,
  barLabelOffset: 6,
  labelGap: 12,
  /** Widest a story's label may be (titles wrap to `maxTitleLines` lines within it). */
  maxLabelWidth: 320,
  /** Widest an archive's one-line label may be. */
  archiveLabelWidth: 300,
  maxTitleLines: 3,
  verticalTrack: 84,
  barHeight: 6,
  /** Room a bar takes above its label (the bar and a gap). */
  barRoom: 8,
} as const;

/** Room a thumbnail takes at the end of a label (`media-thumbnails`): its side, 32 px, and a gap. */
export const THUMBNAIL_ROOM = 38;

/** Stories up to this many events get the detailed layout; larger ones are archives. */
export const DETAILED_MAX = 300;

export interface Geometry {
  config: Required<Omit<GeometryConfig, 'height' | 'anchor' | 'thumbnails'>> &
    Pick<GeometryConfig, 'height' | 'thumbnails'> & {anchor: number};
  events: readonly LayoutEvent[];
  /** Stories get wrapped titles, boxes stacked as high as needed, and (vertical) sequential spacing. */
  detailed: boolean;
  /** Label widths in px (the wider of title and date lines), capped. */
  labelWidths: Float64Array;
  /** Label heights in px: title lines and the date line. */
  labelHeights: Float64Array;
  /** Lines of each title. */
  titleLines: Uint8Array;
  /** The title's lines when set at layout time (stories); archives cut theirs to one line when drawn. */
  titleText: (string[] | undefined)[];
  /**
   * A story's horizontal labels may also take a narrower, taller shape (three lines), which the
   * packing chooses where labels crowd: its lines, width and height; undefined where there is none.
   */
  narrow: ({lines: string[]; width: number; height: number} | undefined)[];
  scale: TimeScale;
  /**
   * Each event's start and end on the time axis at zoom 1 (`scale(t)`; a point's end is its
   * start; in a sequence, each event's own slot): every zoom level only multiplies them.
   */
  startPx: Float64Array;
  endPx: Float64Array;
  /** Each event's start and end time (ms), as compact arrays for clustering. */
  startTime: Float64Array;
  endTime: Float64Array;
  /** The events' drawing hints as bits (POINT, OPEN_START, OPEN_END, FUZZY_END). */
  marks: Uint8Array;
  /** Pixels along the time axis at zoom 1. */
  axisLength: number;
  /** Cross-axis position of the axis line: y (horizontal) or x (vertical), before mirroring. */
  track: number;
  /** Horizontal: height of the label area above the axis; its cap while packing. */
  labelArea: number;
  /** Horizontal: a row between labels and axis for cluster badges (0 when nothing clusters). */
  clusterRow: number;
  /** Horizontal: room below the tick labels for link arcs and their labels. */
  arcArea: number;
  /** Lanes of archives (one-line rows), or rows of 40 px a story's labels may take. */
  lanes: number;
  width: number;
  height: number;
  /** Where vertical labels start (x, before mirroring) and how wide they may be. */
  labelStart: number;
  labelMax: number;
  /** Vertical stories: the sequence (gaps written in), else undefined. */
  sequence?: Sequence;
}

/** Bits of Geometry.marks. */
export const MARK = {POINT: 1, OPEN_START: 2, OPEN_END: 4, FUZZY_END: 8} as const;

/** The most rows of labels a horizontal layout may have, whatever `maxLanes` asks for. */
export const MAX_LANES = 50;

/** Rows a story's labels may take by default (800 px), and an archive's. */
const STORY_LANES = 20;
const ARCHIVE_LANES = 6;

// The two title fonts, made once: createGeometry asks for one per event (100,000 in an archive).
const TITLE_FONT: Readonly<{size: number; line: number}> = Object.freeze({size: METRICS.titleSize, line: METRICS.lineHeight});
const ANCHOR_TITLE_FONT: Readonly<{size: number; line: number}> = Object.freeze({
  size: METRICS.anchorTitleSize,
  line: METRICS.anchorLineHeight,
});

/** Title size and line height of event `index`. */
export function titleFont(geometry: Pick<Geometry, 'config'>, index: number): Readonly<{size: number; line: number}> {
  return index === geometry.config.anchor ? ANCHOR_TITLE_FONT : TITLE_FONT;
}

/** Builds the frame; `events` sorted by start. */
export function createGeometry(events: readonly LayoutEvent[], config: GeometryConfig): Geometry {
  const detailed = events.length <= DETAILED_MAX;
  const full = {
    breaks: true,
    rtl: false,
    links: false,
    nowLabel: false,
    ...config,
    anchor: config.anchor ?? -1,
    maxLanes: lanesFor(config.maxLanes, detailed),
  };
  const vertical = full.orientation === 'vertical';
  const width = Math.max(160, full.width);
  const n = events.length;

  // Labels: a story's titles wrap to up to three lines within the room there is.
  const track = vertical ? Math.min(METRICS.verticalTrack, Math.round(width * 0.2)) : 0;
  const labelStart = track + 8 + 3 * 8 + 6;
  const labelMax = vertical
    ? Math.max(80, width - labelStart - 8)
    : Math.min(METRICS.maxLabelWidth, Math.max(140, Math.round(width * 0.4)));
  const labelWidths = new Float64Array(n);
  const labelHeights = new Float64Array(n);
  const titleLines = new Uint8Array(n).fill(1);
  const titleText: (string[] | undefined)[] = new Array(n);
  const narrow: Geometry['narrow'] = new Array(n);
  const geometryStub = {config: full};
  for (let i = 0; i < n; i++) {
    const event = events[i];
    const font = titleFont(geometryStub, i);
    // A story's thumbnail takes the end of its label's box; the text wraps in what is left.
    const reserve = detailed && full.thumbnails?.[i] ? THUMBNAIL_ROOM : 0;
    const room = labelMax - reserve;
    const subtitle = event.subtitleWidth ?? estimateTextWidthUpTo(event.subtitle, METRICS.subtitleSize, false, room);
    let title: number;
    if (detailed) {
      // A phone's narrow column takes a line more; the story's own title is never cut.
      const lines = (vertical ? METRICS.maxTitleLines + 1 : METRICS.maxTitleLines) + (i === full.anchor ? 3 : 0);
      const wrapped = balancedWrap(event.title, room, font.size, true, lines);
      titleText[i] = wrapped.lines;
      titleLines[i] = wrapped.lines.length;
      title = wrapped.width;
    } else {
      // Archives' titles are cut to one line, so they are measured only as far as it goes.
      title = estimateTextWidthUpTo(event.title, font.size, true, METRICS.archiveLabelWidth);
    }
    labelWidths[i] =
      Math.ceil(Math.min(detailed ? room : Math.min(labelMax, METRICS.archiveLabelWidth), Math.max(title, subtitle))) + reserve;
    labelHeights[i] = labelHeight(titleLines[i], font.line);
    if (detailed && !vertical && titleLines[i] < METRICS.maxTitleLines) {
      // The same title in three lines, as narrow as its date line allows.
      const full = estimateTextWidthUpTo(event.title, font.size, true, Infinity);
      const target = Math.max(subtitle, 120, Math.ceil((full / METRICS.maxTitleLines) * 1.15));
      const wrapped = balancedWrap(event.title, target, font.size, true, METRICS.maxTitleLines);
      const width = Math.ceil(Math.max(wrapped.width, subtitle));
      const whole = () => wrapped.lines.join('').replace(/\s+/g, '') === event.title.replace(/\s+/g, '');
      if (wrapped.lines.length > titleLines[i] && width < (labelWidths[i] - reserve) * 0.8 && whole()) {
        narrow[i] = {lines: wrapped.lines, width: width + reserve, height: labelHeight(wrapped.lines.length, font.line)};
      }
    }
  }

  const startTime = new Float64Array(n);
  const endTime = new Float64Array(n);
  const marks = new Uint8Array(n);
  let min = n ? events[0].start : 0;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const event = events[i];
    startTime[i] = event.start;
    endTime[i] = event.end;
    if (event.end > max) max = event.end;
    marks[i] =
      (event.point ? MARK.POINT : 0) |
      (event.openStart ? MARK.OPEN_START : 0) |
      (event.openEnd ? MARK.OPEN_END : 0) |
      (event.fuzzyEnd ? MARK.FUZZY_END : 0);
  }
  if (!Number.isFinite(max)) max = min;
  if (!Number.isFinite(min)) min = 0;

  const startPx = new Float64Array(n);
  const endPx = new Float64Array(n);
  let scale: TimeScale;
  let axisLength: number;
  let sequence: Sequence | undefined;
  if (vertical && detailed) {
    sequence = sequencePositions(events, labelHeights, {breaks: full.breaks});
    scale = sequence.scale;
    axisLength = sequence.length;
    startPx.set(sequence.startPx);
  } else {
    axisLength = vertical ? (full.height ?? Math.max(420, Math.min(2400, n * 56 + 120))) : width;
    const maxBreaks = vertical ? 4 : Math.min(6, Math.floor(width / 150));
    const gaps = full.breaks ? findSpanBreaks(events, detailed ? {maxBreaks} : {threshold: 0.5, contrast: Infinity, maxBreaks: 3}) : [];
    // A story's stretches between breaks get room half by duration, half by their events.
    const counts = new Array(gaps.length + 1).fill(0);
    for (let i = 0, g = 0; i < n; i++) {
      while (g < gaps.length && events[i].start >= gaps[g].end) g++;
      counts[g]++;
    }
    scale = createTimeScale(min, max, gaps, 8, axisLength - 8, {
      minSegment: vertical ? 72 : detailed ? 56 : 120,
      counts,
      countShare: detailed ? 0.5 : 0,
    });
    for (let i = 0; i < n; i++) startPx[i] = scale(events[i].start);
  }
  for (let i = 0; i < n; i++) endPx[i] = events[i].point ? startPx[i] : Math.max(startPx[i], scale(events[i].end));

  const geometry: Geometry = {
    config: full,
    events,
    detailed,
    labelWidths,
    labelHeights,
    titleLines,
    titleText,
    narrow,
    scale,
    startPx,
    endPx,
    startTime,
    endTime,
    marks,
    axisLength,
    track,
    labelArea: full.maxLanes * METRICS.laneHeight,
    clusterRow: detailed ? 0 : METRICS.clusterRow,
    arcArea: 0,
    lanes: vertical ? 1 : full.maxLanes,
    width,
    height: axisLength,
    labelStart,
    labelMax,
    sequence,
  };
  if (!vertical) fitHeight(geometry, geometry.labelArea);
  return geometry;
}

/** A label's lines, width and height in the shape a packing chose for it (0: the first, 1: narrow). */
export function labelShape(geometry: Geometry, index: number, shape = 0): {lines?: string[]; width: number; height: number} {
  const alternative = shape ? geometry.narrow[index] : undefined;
  return alternative ?? {lines: geometry.titleText[index], width: geometry.labelWidths[index], height: geometry.labelHeights[index]};
}

/** Height of a label box: its title lines and the date line below them. */
export function labelHeight(lines: number, lineHeight: number = METRICS.lineHeight): number {
  return lines * lineHeight + 18;
}

function lanesFor(maxLanes: number | undefined, detailed: boolean): number {
  // From the `max-lanes` attribute: NaN, fractions or huge numbers would break packing.
  if (maxLanes === undefined || !Number.isFinite(maxLanes)) return detailed ? STORY_LANES : ARCHIVE_LANES;
  return Math.min(MAX_LANES, Math.max(1, Math.floor(maxLanes)));
}

/**
 * Sets the horizontal drawing's height from what a packing at zoom 1 used: `used` px of labels,
 * whether any event went into a cluster, and the room the link arcs need below the axis.
 */
export function fitHeight(geometry: Geometry, used: number, clustered = !geometry.detailed, arcArea = geometry.arcArea): void {
  if (geometry.config.orientation === 'vertical') return;
  // Never lower than the tallest label, so that any event can be given a place (a focused one must).
  // (Once per event, three times in a story's first frame: one array read per event, no call.)
  let tallest: number = METRICS.laneHeight;
  const {labelHeights} = geometry;
  const {barRoom} = METRICS;
  for (let i = 0, n = geometry.events.length; i < n; i++) {
    const height = labelHeights[i] + barRoom;
    if (height > tallest) tallest = height;
  }
  geometry.labelArea = Math.max(
    Math.min(tallest, geometry.config.maxLanes * METRICS.laneHeight),
    Math.min(geometry.config.maxLanes * METRICS.laneHeight, Math.ceil(used)),
  );
  geometry.lanes = Math.max(1, Math.round(geometry.labelArea / METRICS.laneHeight));
  geometry.clusterRow = clustered ? METRICS.clusterRow : 0;
  geometry.arcArea = geometry.config.links ? arcArea : 0;
  const top = 8 + (geometry.config.nowLabel ? METRICS.nowRow : 0);
  geometry.track = top + geometry.labelArea + geometry.clusterRow;
  geometry.height = geometry.track + METRICS.tickRow + geometry.arcArea + 8;
}
