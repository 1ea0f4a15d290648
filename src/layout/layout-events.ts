// Turns model events into what the layout needs: times, point or bar, fuzzy and open ends.
// The two label lines are given by the caller, already in the reader's language.
import {isFinePrecision, isFuzzyEnd} from '../model/edtf.js';
import type {TimelineEvent} from '../model/types.js';
import type {LayoutEvent} from './geometry.js';

/**
 * A single date known to the day or better is a point; anything else spans its time as a bar.
 * `subtitleWidth`, when given, is stored in the object as it is made: set afterwards, it would
 * give each of 100,000 objects a new shape and a separate property store.
 */
export function toLayoutEvent(event: TimelineEvent, title: string, subtitle: string, subtitleWidth?: number): LayoutEvent {
  const {start, end, interval} = event.date;
  const point = !interval && typeof start === 'object' && isFinePrecision(start.precision);
  return {
    id: event.id,
    start: event.start,
    end: event.end,
    point,
    fuzzyStart: isFuzzyEnd(start),
    fuzzyEnd: isFuzzyEnd(end),
    openStart: start === 'open',
    openEnd: end === 'open',
    title,
    subtitle,
    subtitleWidth,
  };
}
