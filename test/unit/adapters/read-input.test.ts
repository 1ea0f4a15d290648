// parseInput: the one way in for JSON text and values of either format.
import {afterEach, describe, expect, it, vi} from 'vitest';
import {parseInput} from '../../../src/adapters/read-input.js';

const doc = JSON.stringify({events: [{id: 'a', date: '2026-02-03', title: 'A'}]});
const timelineJs = JSON.stringify({events: [{start_date: {year: 2026, month: 2, day: 3}, text: {headline: 'A'}}]});

describe('parseInput', () => {
  afterEach(() => vi.restoreAllMocks());

  it('never parses text over the size limit, whatever the format asked for', () => {
    const parse = vi.spyOn(JSON, 'parse');
    for (const format of ['auto', 'timelinejs', 'event-timeline'] as const) {
      for (const text of [doc, timelineJs]) {
        const result = parseInput(text, format, {limits: {maxBytes: text.length - 1}});
        expect(result.timeline).toBeUndefined();
        expect(result.issues.map((issue) => issue.message)).toEqual([`is ${text.length} characters long; the limit is ${text.length - 1}`]);
      }
    }
    expect(parse).not.toHaveBeenCalled();
  });

  it('reads text within the limit in either format', () => {
    expect(parseInput(doc, 'auto', {limits: {maxBytes: doc.length}}).timeline?.events.map((event) => event.title)).toEqual(['A']);
    const converted = parseInput(timelineJs, 'auto', {limits: {maxBytes: timelineJs.length}});
    expect(converted.format).toBe('timelinejs');
    expect(converted.timeline?.events.map((event) => event.title)).toEqual(['A']);
  });
});
