import {describe, expect, it} from 'vitest';
import {findBreaks} from '../../../src/layout/axis-breaks.js';
import {DAY, mulberry32, seedStory} from './helpers.js';

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const points = (times: number[]) => times.map((t) => [t, t] as const);

describe('findBreaks', () => {
  it('cuts exactly one break out of the seed story, from 2001-07-17 to 2026-01-01', () => {
    const {events} = seedStory();
    const extents = events.map((event) => [event.start, event.end] as const);
    const breaks = findBreaks(extents);
    expect(breaks).toHaveLength(1);
    // The treaty's day ends at the last millisecond of 2001-07-16; the half-year visit starts 2026-01-01.
    expect(breaks[0].start + 1).toBe(day(2001, 7, 17));
    expect(breaks[0].end).toBe(day(2026, 1, 1));
  });

  it('finds no break in evenly spread dates', () => {
    expect(findBreaks(points(Array.from({length: 100}, (_, i) => day(2020, 1, 1) + i * 7 * DAY)))).toEqual([]);
    // Even spreads of intervals, and a random but dense spread, give none either.
    expect(findBreaks(Array.from({length: 40}, (_, i) => [i * 10 * DAY, i * 10 * DAY + 3 * DAY] as const))).toEqual([]);
    const random = mulberry32(1);
    const dense = Array.from({length: 500}, () => Math.floor(random() * 1000) * DAY).sort((a, b) => a - b);
    expect(findBreaks(points(dense))).toEqual([]);
    // Four dates a week apart: each gap is a third of their span, but none stands out from the others.
    expect(findBreaks(points([0, 7, 14, 21].map((d) => d * DAY)))).toEqual([]);
  });

  it('cuts a gap only when it is longer than `threshold` of the span that remains', () => {
    // Two clusters, the gap between them is 40 % of the whole span (and 4 times their spacing: no contrast cut here).
    const extents = points([0, 10, 20, 30, 70, 80, 90, 100].map((d) => d * DAY));
    const threshold = (share: number) => findBreaks(extents, {threshold: share, contrast: Infinity});
    expect(threshold(0.5)).toEqual([]);
    expect(threshold(0.39)).toEqual([{start: 30 * DAY, end: 70 * DAY}]);
    expect(threshold(0.4)).toEqual([]); // "longer than", not "as long as"
    // The default: a quarter of the span.
    expect(findBreaks(extents)).toEqual([{start: 30 * DAY, end: 70 * DAY}]);
  });

  it('cuts a gap many times longer than the spacing of the events beside it, a dense run next to sparse ones', () => {
    // Weekly for ten weeks, then a 40-day gap (12 % of the span, under a quarter), then monthly: contrast 40/7.
    const weekly = Array.from({length: 10}, (_, i) => i * 7);
    const monthly = Array.from({length: 8}, (_, i) => 103 + i * 30);
    const extents = points([...weekly, ...monthly].map((d) => d * DAY));
    expect(findBreaks(extents)).toEqual([{start: 63 * DAY, end: 103 * DAY}]);
    // Not when the contrast asked for is higher, nor when the gap is under a tenth of the span.
    expect(findBreaks(extents, {contrast: 6})).toEqual([]);
    expect(findBreaks(extents, {minShare: 0.2})).toEqual([]);
  });

  it('cuts the hours of one night off the days around it, however short a share of the span they part', () => {
    // Events every 20 days for two years, and a night of five events 30 minutes apart three days after one of them.
    const days = Array.from({length: 36}, (_, i) => i * 20 * DAY);
    const night = Array.from({length: 5}, (_, i) => 363 * DAY + i * 30 * 60_000);
    const extents = points([...days.slice(0, 19), ...night, ...days.slice(19)].sort((a, b) => a - b));
    const breaks = findBreaks(extents, {maxBreaks: 6});
    expect(breaks).toContainEqual({start: 360 * DAY, end: 363 * DAY});
  });

  it('measures later gaps against the span left after earlier cuts', () => {
    // Gaps of 45, 5 and 40 days in a 100-day span. 40 days is not more than 40 % of 100, but
    // after the 45-day cut it is 73 % of the 55 days left; the 5-day gap is 33 % of the last 15.
    const extents = [[0, 10 * DAY], ...points([55, 60, 100].map((d) => d * DAY))] as const;
    const breaks = (threshold: number) => findBreaks(extents, {threshold, contrast: Infinity, standOut: 0});
    expect(breaks(0.4)).toEqual([
      {start: 10 * DAY, end: 55 * DAY},
      {start: 60 * DAY, end: 100 * DAY},
    ]);
    expect(breaks(0.3)).toHaveLength(3);
    expect(breaks(0.5)).toEqual([]);
  });

  it('cuts at most `maxBreaks` gaps, the longest ones, returned in time order', () => {
    // Four islands of one day with gaps of 300, 900 and 600 days.
    const extents = points([0, 1, 301, 302, 1202, 1203, 1803, 1804].map((d) => d * DAY));
    const all = findBreaks(extents, {threshold: 0.1, contrast: Infinity, standOut: 0});
    expect(all).toEqual([
      {start: 1 * DAY, end: 301 * DAY},
      {start: 302 * DAY, end: 1202 * DAY},
      {start: 1203 * DAY, end: 1803 * DAY},
    ]);
    expect(findBreaks(extents, {threshold: 0.1, contrast: Infinity, standOut: 0, maxBreaks: 2})).toEqual([all[1], all[2]]);
    expect(findBreaks(extents, {threshold: 0.1, contrast: Infinity, standOut: 0, maxBreaks: 1})).toEqual([all[1]]);
    expect(findBreaks(extents, {threshold: 0.1, maxBreaks: 0})).toEqual([]);
    expect(findBreaks(extents).length).toBeLessThanOrEqual(3); // the default
  });

  it('merges overlapping extents before it measures the gaps', () => {
    // [0, 100] covers [10, 50] and [60, 70]: the only empty stretch is 100 → 1000.
    const extents = [
      [0, 100],
      [10, 50],
      [60, 70],
      [1000, 1010],
    ] as const;
    expect(findBreaks(extents, {threshold: 0.01, standOut: 0})).toEqual([{start: 100, end: 1000}]);
    // An extent that starts inside another and ends later extends what is covered.
    const chained = [
      [0, 100],
      [50, 400],
      [300, 420],
      [1000, 1010],
    ] as const;
    expect(findBreaks(chained, {threshold: 0.01, standOut: 0})).toEqual([{start: 420, end: 1000}]);
  });

  it('never returns a break that overlaps an extent', () => {
    const random = mulberry32(42);
    for (let trial = 0; trial < 200; trial++) {
      const extents = Array.from({length: 2 + Math.floor(random() * 30)}, () => {
        const start = Math.floor(random() ** 3 * 1e6);
        return [start, start + Math.floor(random() * 5000)] as const;
      }).sort((a, b) => a[0] - b[0]);
      for (const gap of findBreaks(extents, {threshold: random() * 0.6, maxBreaks: 1 + Math.floor(random() * 4), standOut: 0})) {
        expect(gap.end).toBeGreaterThan(gap.start);
        for (const [start, end] of extents) expect(end <= gap.start || start >= gap.end).toBe(true);
      }
    }
  });

  it('gives no break for fewer than two extents', () => {
    expect(findBreaks([])).toEqual([]);
    expect(findBreaks([[0, 10 * 365 * DAY]], {threshold: 0, standOut: 0})).toEqual([]);
  });
});
