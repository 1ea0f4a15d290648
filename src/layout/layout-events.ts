// Turns model events into what the layout needs: times, point or bar, fuzzy and open ends.
// The two label lines are given by the caller, already in the reader's language.
import type {EdtfPoint, TimelineEvent} from '../model/types.js';
import type {LayoutEvent} from './geometry.js';

const FINE = new Set(['day', 'minute', 'second']);

function fuzzy(end: EdtfPoint | string): boolean {
  return typeof end !== 'object' || end.approximate || end.uncertain || !FINE.has(end.precision);
}

/** A single date known to the day or better is a point; anything else spans its time as a bar. */
export function toLayoutEvent(event: TimelineEvent, title: string, subtitle: string): LayoutEvent {
  const {start, end, interval} = event.date;
  const point = !interval && typeof start === 'object' && FINE.has(start.precision);
  return {
    id: event.id,
    start: event.start,
    end: event.end,
    point,
    fuzzyStart: fuzzy(start),
    fuzzyEnd: fuzzy(end),
    openStart: start === 'open',
    openEnd: end === 'open',
    title,
    subtitle,
  };
}
