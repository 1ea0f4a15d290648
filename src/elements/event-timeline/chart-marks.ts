// What each drawn event's template needs, worked out before drawing: its option (state, part and
// class names, colour, accessible name, pointer target, stem, mark, the anchor's ring) and its
// label (lines, date, anchors, directions). Plain data from the view layout and the element's
// state, no DOM and no Lit: render-chart.ts only turns these records into SVG, and they are
// tested in Node. Coordinates are rounded to 0.1 px, as they are written.
import type {ViewEvent, ViewLayout} from '../../layout/view.js';
import type {TimelineEvent} from '../../model/types.js';
import {tenth as r} from '../../layout/round.js';

/** What the records are made from: the events, who is selected, focused, marked, and how to name and colour them. */
export interface MarkState {
  events: readonly TimelineEvent[];
  vertical: boolean;
  rtl: boolean;
  /** Is the data's language written right to left? Undefined when the data names no language. */
  dataRtl?: boolean;
  anchor?: string;
  selected?: string;
  focusId?: string;
  highlighted: ReadonlySet<string>;
  /** Is the event new or changed in a live update (marked for a while)? */
  fresh: (id: string) => boolean;
  colorOf: (event: TimelineEvent) => string;
  nameOf: (index: number) => string;
  /** Id prefix that keeps ids unique when several timelines share a page. */
  idPrefix: string;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One event's label, in the coordinates of its own transform (the title's first baseline at 0). */
export interface DrawnLabel {
  /** The event's id (the key). */
  id: string;
  /** `translate(x,y)`: where the label is. */
  transform: string;
  /** Title lines: the first is the <text>'s own text, each further one a tspan.line. */
  lines: readonly string[];
  lineHeight: number;
  /** The date line, a tspan.subtitle, this far below the first title line's baseline. */
  subtitle: string;
  subtitleY: number;
  /** The title's anchor and direction (the data's), then the date's anchor. */
  anchor: 'start' | 'end';
  direction: 'ltr' | 'rtl';
  subtitleAnchor: 'start' | 'end';
  /** `emphasis` (the story's own event), `cancelled` (the title struck through), space-separated. */
  className: string;
}

/** An event as drawn: everything its option's template and its label need. */
export interface DrawnEvent {
  id: string;
  /** The option's element id (for aria-activedescendant and the detail card's labelling). */
  optionId: string;
  /** 1-based position among all the story's events, and their number (the listbox is virtual). */
  position: number;
  setSize: number;
  /** The `part` tokens (public) and classes (private, for the styles). */
  parts: string;
  classes: string;
  /** The category's colour (the styles lighten it in dark themes). */
  color: string;
  /** The accessible name: full title, date, relation. */
  name: string;
  selected: boolean;
  /** Roving tabindex: 0 for the one event Tab reaches. */
  tabIndex: 0 | -1;
  /** The pointer target: mark and label together, at least 24 px high. */
  hit: Box;
  /** From the mark to the axis or to its label; a point where there is none. */
  stem: {x1: number; y1: number; x2: number; y2: number};
  /** A bar, or a point drawn as a round rectangle (rx half its side). */
  mark: Box & {rx: number; className: string};
  /** The story's own event: a circle round a point, an outline round a bar. */
  ring?: Box & {rx: number};
  label: DrawnLabel;
}

/** A drawing's shift along time's axis (ViewLayout.pan): marks are written less it, in a group translated by it. */
export type Pan = ViewLayout['pan'];

/** A box's numbers rounded, its x and y (x1, y2, …) less the pan. */
const rounded = <T extends object>(box: T, pan: Pan): T => {
  const out = {} as Record<string, unknown>;
  for (const key in box) {
    const value = box[key];
    out[key] = typeof value !== 'number' ? value : r(value - (key[0] === 'x' ? pan.x : key[0] === 'y' ? pan.y : 0));
  }
  return out as T;
};
const tokens = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');

/** An event as drawn, in a group translated by `pan` (its coordinates less it). */
export function drawnEvent(state: MarkState, placed: ViewEvent, pan: Pan): DrawnEvent {
  const event = state.events[placed.index];
  const id = event.id;
  const anchor = id === state.anchor;
  const selected = id === state.selected;
  const highlighted = state.highlighted.has(id);
  const future = event.status === 'planned' || event.status === 'expected';
  const fresh = state.fresh(id);
  const fadeStart = placed.fuzzyStart || placed.openStart;
  const fadeEnd = placed.fuzzyEnd || placed.openEnd;
  const bar = placed.bar;
  const faded = bar !== undefined && (fadeStart || fadeEnd);
  const dot = anchor ? 9 : 6;
  // Fuzzy or open ends fade out through a CSS mask image along the axis (the styles' fade-*):
  // the date is honest about what it does not know.
  const mark = bar
    ? {
        x: bar.x,
        y: bar.y,
        width: Math.max(2, bar.width),
        height: Math.max(2, bar.height),
        rx: 3,
        className: tokens('bar', faded && (fadeStart && fadeEnd ? 'fade-both' : fadeStart ? 'fade-start' : 'fade-end')),
      }
    : {x: placed.x - dot, y: placed.y - dot, width: 2 * dot, height: 2 * dot, rx: dot, className: 'dot'};
  const ring = !anchor
    ? undefined
    : bar
      ? {x: mark.x - 3, y: mark.y - 3, width: mark.width + 6, height: mark.height + 6, rx: 5}
      : {x: placed.x - 13, y: placed.y - 13, width: 26, height: 26, rx: 13};
  return {
    id,
    optionId: `${state.idPrefix}-e-${id}`,
    position: placed.index + 1,
    setSize: state.events.length,
    parts: tokens('event', anchor && 'anchor', selected && 'selected', highlighted && 'highlighted', future && 'planned', fresh && 'fresh'),
    classes: tokens(
      'event',
      anchor && 'anchor',
      selected && 'selected',
      highlighted && 'highlighted',
      fresh && 'fresh',
      future && 'future',
      event.status === 'cancelled' && 'cancelled',
      (placed.fuzzyStart || placed.fuzzyEnd) && 'fuzzy',
      faded && 'faded',
      id === state.focusId && 'focused',
    ),
    color: state.colorOf(event),
    name: state.nameOf(placed.index),
    selected,
    tabIndex: id === state.focusId ? 0 : -1,
    hit: rounded(hitBox(state, placed), pan),
    stem: rounded(placed.stem ?? {x1: placed.x, y1: placed.y, x2: placed.x, y2: placed.y}, pan),
    mark: rounded(mark, pan),
    ring: ring && rounded(ring, pan),
    label: drawnLabel(state, placed, event, pan),
  };
}

/**
 * An event's label. Labels live in a layer of their own, over every mark and stem, outside the
 * option: the option's accessible name says everything (full title, date, relation), while the
 * drawn label may be cut to fit, and a cut label inside the option would not match its name
 * (WCAG 2.5.3).
 */
function drawnLabel(state: MarkState, placed: ViewEvent, event: TimelineEvent, pan: Pan): DrawnLabel {
  // The title is written in the data's direction (English titles stay left to right in an Arabic
  // page); its anchor turns round with it, so that it still runs away from the mark.
  const titleRtl = state.dataRtl ?? state.rtl;
  // The transform places the label; its text keeps fixed coordinates inside it, so that zooming
  // and panning move labels without the browser laying their text out again each frame.
  return {
    id: event.id,
    transform: `translate(${r(placed.labelX - pan.x)},${r(placed.titleY - pan.y)})`,
    lines: placed.titleLines,
    lineHeight: placed.lineHeight,
    subtitle: placed.subtitle,
    subtitleY: placed.subtitleY - placed.titleY,
    anchor: titleRtl === state.rtl ? placed.anchor : placed.anchor === 'start' ? 'end' : 'start',
    direction: titleRtl ? 'rtl' : 'ltr',
    subtitleAnchor: placed.anchor,
    className: tokens(placed.emphasis && 'emphasis', event.status === 'cancelled' && 'cancelled'),
  };
}

/** The pointer target: mark and label together, at least 24 px high (WCAG 2.2 target size). */
function hitBox(state: MarkState, placed: ViewEvent): Box {
  const labelWidth = Math.max(24, placed.labelWidth);
  const top = Math.min(placed.titleY - 15, state.vertical || !placed.bar ? Infinity : placed.bar.y - 2);
  const bottom = Math.max(placed.subtitleY + 5, top + 24);
  // The label runs rightwards from labelX when it starts there in left-to-right text or ends there in right-to-left text.
  const rightwards = (placed.anchor === 'start') !== state.rtl;
  let x0 = rightwards ? placed.labelX : placed.labelX - labelWidth;
  let x1 = rightwards ? placed.labelX + labelWidth : placed.labelX;
  if (state.vertical) {
    x0 = Math.min(x0, placed.x - 8);
    x1 = Math.max(x1, placed.x + 8);
  } else {
    x0 = Math.min(x0, placed.x - 8, placed.bar?.x ?? Infinity);
    x1 = Math.max(x1, placed.x + 8, placed.bar ? placed.bar.x + placed.bar.width : -Infinity);
  }
  return {x: x0, y: top, width: x1 - x0, height: bottom - top};
}
