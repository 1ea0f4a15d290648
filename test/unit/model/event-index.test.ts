import {describe, expect, it} from 'vitest';
import {eventsById, indexOfEvent} from '../../../src/model/event-index.js';
import {parseTimeline} from '../../../src/model/index.js';
import type {Timeline} from '../../../src/model/types.js';

const doc = {
  events: [
    {id: 'c', date: '2026-02-01', title: 'C'},
    {id: 'a', date: '2026-01-01', title: 'A'},
    {id: 'b', date: '2026-01-01', title: 'B'},
    {id: 'd', date: '2026-01-01/2026-03', title: 'D'},
    {id: 'e', date: '2026-01-01', title: 'E'},
  ],
};

describe('event index', () => {
  it("finds every parsed event by id and at its index, from the parser's map", () => {
    const timeline = parseTimeline(doc).timeline!;
    const byId = eventsById(timeline);
    expect([...byId.keys()].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    timeline.events.forEach((event, i) => {
      expect(byId.get(event.id)).toBe(event);
      expect(indexOfEvent(timeline, event.id)).toBe(i);
    });
    expect(indexOfEvent(timeline, 'nope')).toBe(-1);
  });

  it('maps a timeline made by hand, and finds events in one not in order', () => {
    const parsed = parseTimeline(doc).timeline!;
    const shuffled: Timeline = {...parsed, events: [...parsed.events].reverse()};
    shuffled.events.forEach((event, i) => expect(indexOfEvent(shuffled, event.id)).toBe(i));
    expect(eventsById(shuffled).get('c')).toBe(parsed.events.find((event) => event.id === 'c'));
  });
});
