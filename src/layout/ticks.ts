// Axis ticks for the visible part of each scale segment, with their unit (years → months →
// days → hours) so the caller can format them in the reader's language. Overlapping
// tick labels are dropped, never drawn on top of each other.
import {deepTime} from '../i18n/deep-hook.js';
import {utcDay, utcHour, utcMonth, utcYear, utcTicks} from 'd3-time';
import {estimateTextWidth} from './text-width.js';
import type {TimeScale} from './time-scale.js';
import {DAY, HOUR, isDeep, isFar} from '../model/units.js';

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
  /** How far the label is moved along the axis off its tick so that the drawing's edge does not cut it (px). */
  nudge?: number;
}

/**
 * Formats a tick; the layout stays free of any locale. `withYear` asks for the year as well, on
 * the first day or hour tick of a stretch of the axis, which no month tick names ("Jul 16, 2001").
 */
export type TickFormatter = (time: number, unit: TickUnit, withParent: boolean, withYear?: boolean) => string;

export interface TickOptions {
  /** Screen pixels between ticks, at least (default 96). */
  spacing?: number;
  fontSize?: number;
  /** Gap between neighbouring labels in pixels (default 8). */
  labelGap?: number;
  /** True when labels run along the axis (horizontal); vertical axes only need line height. */
  alongAxis?: boolean;
  /**
   * No ticks finer than a day: for stories with no date known to the hour or minute, which
   * must never get ticks at "12:00 AM" that suggest a time (default false).
   */
  wholeDays?: boolean;
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
  const {spacing = 96, fontSize = 11, labelGap = 8, alongAxis = true, wholeDays = false} = options;
  const ticks: Tick[] = [];
  // Labels that would overlap the previous one are dropped as the ticks are made, not in a
  // later pass, so that withParent follows the ticks actually drawn: deciding it first left
  // "28 Dec 2025 | 11 | 18" when "4 Jan 2026" was dropped, and January was never named.
  let lastEnd = -Infinity;
  const keep = (tick: Tick): boolean => {
    const half = alongAxis ? estimateTextWidth(tick.label, fontSize) / 2 : fontSize * 0.75;
    // A label the edge of the drawing would cut ("b 3" for "Feb 3") moves inwards, off its tick.
    const nudge = alongAxis ? Math.max(0, half - tick.at) - Math.max(0, tick.at + half - length) : 0;
    const centre = tick.at + nudge;
    if (centre - half < lastEnd + labelGap) return false;
    ticks.push(nudge ? {...tick, nudge} : tick);
    lastEnd = centre + half;
    return true;
  };
  for (const segment of scale.segments) {
    const from = Math.max(0, segment.p0 * k + shift);
    const to = Math.min(length, segment.p1 * k + shift);
    if (to - from < 24) continue;
    const t0 = scale.invert((from - shift) / k);
    const t1 = scale.invert((to - shift) / k);
    // A segment too short for ticks of its own (a lone date behind a break) is named by its year.
    if (to - from < spacing * 1.6 && t1 - t0 < 2 * 365 * DAY) {
      const middle = (t0 + t1) / 2;
      keep({time: middle, at: (from + to) / 2, unit: 'year', withParent: false, label: format(middle, 'year', false), context: true});
      continue;
    }
    const count = Math.max(1, Math.floor((to - from) / spacing));
    // Beyond Date's range the ticks fall on round numbers of years (deep-time.ts), all of them far
    // enough to be written in years ago (a tick at year 0 on such an axis would read "1 BC").
    const deep = isDeep(t0) || isDeep(t1);
    let times = deep ? (deepTime?.ticks(t0, t1, count) ?? []).filter(isFar) : utcTicks(new Date(t0), new Date(t1), count).map(Number);
    let unit = deep ? 'year' : unitOf(times, (t1 - t0) / count);
    if (wholeDays && (unit === 'hour' || unit === 'minute')) {
      const days = utcDay.range(new Date(t0), new Date(t1 + 1)).map(Number);
      if (days.length === 0) {
        // Less than a day on screen, with no midnight in it: name the day, as a short segment names its year.
        const middle = (t0 + t1) / 2;
        keep({
          time: +utcDay.floor(new Date(middle)),
          at: (from + to) / 2,
          unit: 'day',
          withParent: true,
          label: format(middle, 'day', true, true),
          context: true,
        });
        continue;
      }
      const every = Math.max(1, Math.ceil(days.length / count));
      times = days.filter((_, i) => i % every === 0);
      unit = 'day';
    }
    let previous: number | undefined; // the last tick drawn in this segment
    for (const time of times) {
      const withParent = unit !== 'year' && (previous === undefined || parentOf(unit, previous) !== parentOf(unit, time));
      const withYear =
        unit !== 'year' &&
        unit !== 'month' &&
        (previous === undefined || new Date(previous).getUTCFullYear() !== new Date(time).getUTCFullYear());
      if (keep({time, at: scale(time) * k + shift, unit, withParent, label: format(time, unit, withParent, withYear)})) previous = time;
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

/**
 * The axis of a vertical story (sequence.ts), where time does not run at one rate: a label where
 * each run of events starts a new year, or month, or day (whichever the story's span calls
 * for), level with that event. `groups`: the first event of each instant, in time order.
 */
export function sequenceTicks(groups: readonly {time: number; at: number}[], format: TickFormatter, length: number): Tick[] {
  // Deep time has no calendar years to mark: each label says its date, each break the time between.
  if (!groups.length || isDeep(groups[0].time)) return [];
  const span = groups[groups.length - 1].time - groups[0].time;
  const unit: TickUnit = span >= 2 * 365 * DAY ? 'year' : span >= 60 * DAY ? 'month' : 'day';
  const bucket = (time: number) => {
    const date = new Date(time);
    return unit === 'year'
      ? date.getUTCFullYear()
      : unit === 'month'
        ? date.getUTCFullYear() * 12 + date.getUTCMonth()
        : Math.floor(time / DAY);
  };
  const ticks: Tick[] = [];
  let last: number | undefined;
  let lastAt = -Infinity;
  for (const {time, at} of groups) {
    const key = bucket(time);
    if (key === last) continue;
    last = key;
    if (at < -40 || at > length + 40 || at - lastAt < 16) continue;
    ticks.push({time, at, unit, withParent: unit !== 'year', label: format(time, unit, unit !== 'year')});
    lastAt = at;
  }
  return ticks;
}
