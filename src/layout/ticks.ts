// Axis ticks for the visible part of each scale segment, with their unit (years → months →
// days → hours) so the caller can format them in the reader's language. Overlapping
// tick labels are dropped, never drawn on top of each other.
import {utcDay, utcHour, utcMonth, utcYear, utcTicks} from 'd3-time';
import {estimateTextWidth} from './text-width.js';
import type {TimeScale} from './time-scale.js';
import {DAY, HOUR} from '../model/units.js';

export type TickUnit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute';

export interface Tick {
  time: number;
  /** Position along the time axis in screen pixels (zoom applied). */
  at: number;
  unit: TickUnit;
  /** True when the label should name the coarser unit too ("Feb 2026" rather than "Feb"). */
  withParent: boolean;
  label: string;
  /** A label naming a short segment as a whole (its year), drawn without a tick mark. */
  context?: boolean;
}

/** Formats a tick; the layout stays free of any locale. */
export type TickFormatter = (time: number, unit: TickUnit, withParent: boolean) => string;

export interface TickOptions {
  /** Screen pixels between ticks, at least (default 96). */
  spacing?: number;
  fontSize?: number;
  /** Gap between neighbouring labels in pixels (default 8). */
  labelGap?: number;
  /** True when labels run along the axis (horizontal); vertical axes only need line height. */
  alongAxis?: boolean;
}


/** Ticks over the screen range [0, length] for a scale viewed at zoom k, offset `shift`. */
export function axisTicks(
  scale: TimeScale,
  k: number,
  shift: number,
  length: number,
  format: TickFormatter,
  options: TickOptions = {},
): Tick[] {
  const {spacing = 96, fontSize = 11, labelGap = 8, alongAxis = true} = options;
  const ticks: Tick[] = [];
  // Labels that would overlap the previous one are dropped as the ticks are made, not in a
  // later pass, so that withParent follows the ticks actually drawn: deciding it first left
  // "28 Dec 2025 | 11 | 18" when "4 Jan 2026" was dropped, and January was never named.
  let lastEnd = -Infinity;
  const keep = (tick: Tick): boolean => {
    const half = alongAxis ? estimateTextWidth(tick.label, fontSize) / 2 : fontSize * 0.75;
    if (tick.at - half < lastEnd + labelGap) return false;
    ticks.push(tick);
    lastEnd = tick.at + half;
    return true;
  };
  for (const segment of scale.segments) {
    const from = Math.max(0, segment.p0 * k + shift);
    const to = Math.min(length, segment.p1 * k + shift);
    if (to - from < 24) continue;
    const t0 = scale.toTime((from - shift) / k);
    const t1 = scale.toTime((to - shift) / k);
    // A segment too short for ticks of its own (a lone date behind a break) is named by its year.
    if (to - from < spacing * 1.6 && t1 - t0 < 2 * 365 * DAY) {
      const middle = (t0 + t1) / 2;
      keep({time: middle, at: (from + to) / 2, unit: 'year', withParent: false, label: format(middle, 'year', false), context: true});
      continue;
    }
    const count = Math.max(1, Math.floor((to - from) / spacing));
    const times = utcTicks(new Date(t0), new Date(t1), count).map(Number);
    const unit = unitOf(times, (t1 - t0) / count);
    let previous: number | undefined; // the last tick drawn in this segment
    for (const time of times) {
      const withParent = unit !== 'year' && (previous === undefined || parentOf(unit, previous) !== parentOf(unit, time));
      if (keep({time, at: scale.toPx(time) * k + shift, unit, withParent, label: format(time, unit, withParent)})) previous = time;
    }
  }
  return ticks;
}

function unitOf(times: number[], target: number): TickUnit {
  const step = times.length > 1 ? times[1] - times[0] : target;
  if (step >= 360 * DAY) return 'year';
  if (step >= 28 * DAY) return 'month';
  if (step >= 7 * DAY) return 'week';
  if (step >= DAY) return 'day';
  if (step >= HOUR) return 'hour';
  return 'minute';
}

/** The start of the coarser unit a tick belongs to: a tick shows it when it differs from the previous tick's. */
function parentOf(unit: TickUnit, time: number): number {
  const date = new Date(time);
  if (unit === 'month') return +utcYear.floor(date);
  if (unit === 'week' || unit === 'day') return +utcMonth.floor(date);
  if (unit === 'hour') return +utcDay.floor(date);
  return +utcHour.floor(date);
}
