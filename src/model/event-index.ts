// A parsed timeline's events found by id: the map the parser builds anyway is kept for what
// draws the timeline, rather than built again (two maps of 10,000 events cost about 17 ms of a
// first frame), and an event's index is found by its place in the sorted events.
import type {Timeline, TimelineEvent} from './types.js';

/** The order of a timeline's events: by start, then end, then id. */
export function byTime(a: Pick<TimelineEvent, 'start' | 'end' | 'id'>, b: Pick<TimelineEvent, 'start' | 'end' | 'id'>): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Each parsed timeline's events by id: the parser's own map (parse-timeline.ts sets it), which holds exactly its events. */
export const parsedById = new WeakMap<Timeline, ReadonlyMap<string, TimelineEvent>>();

/** The events of `timeline` by id: the parser's map, or (for a timeline made otherwise) one made now and kept. */
export function eventsById(timeline: Timeline): ReadonlyMap<string, TimelineEvent> {
  let byId = parsedById.get(timeline);
  if (!byId) {
    const map = new Map<string, TimelineEvent>();
    for (const event of timeline.events) map.set(event.id, event);
    parsedById.set(timeline, (byId = map));
  }
  return byId;
}

/**
 * The index in `timeline.events` of the event with `id`, or -1. Events are sorted by start, then
 * end, then id (types.ts), so it is found by bisection; a timeline not in that order (made by
 * hand) is searched through.
 */
export function indexOfEvent(timeline: Timeline, id: string): number {
  const event = eventsById(timeline).get(id);
  if (!event) return -1;
  const {events} = timeline;
  let low = 0;
  let high = events.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (byTime(events[mid]!, event) < 0) low = mid + 1;
    else high = mid;
  }
  return events[low] === event ? low : events.indexOf(event);
}
