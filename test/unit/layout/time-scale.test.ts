import {describe, expect, it} from 'vitest';
import {findBreaks, type TimeGap} from '../../../src/layout/axis-breaks.js';
import {createTimeScale, type TimeScale} from '../../../src/layout/time-scale.js';
import {DAY, mulberry32, seedStory} from './helpers.js';

const YEAR = 365 * DAY;
const width = (segment: {p0: number; p1: number}) => segment.p1 - segment.p0;
const rate = (segment: {t0: number; t1: number; p0: number; p1: number}) => (segment.t1 - segment.t0) / (segment.p1 - segment.p0);

/** Three busy stretches of 100, 1 and 300 days, five years apart. */
function threeStretches() {
  const a = Date.UTC(2000, 0, 1);
  const b = a + 100 * DAY + 5 * YEAR;
  const c = b + DAY + 5 * YEAR;
  const extents = [
    [a, a + 100 * DAY],
    [b, b + DAY],
    [c, c + 300 * DAY],
  ] as const;
  const gaps = findBreaks(extents, {threshold: 0.1, standOut: 0});
  return {extents, gaps, min: a, max: c + 300 * DAY};
}

function seedScale() {
  const {events} = seedStory();
  const gaps = findBreaks(events.map((event) => [event.start, event.end] as const));
  return {events, gaps, scale: createTimeScale(events[0].start, Math.max(...events.map((e) => e.end)), gaps, 8, 992)};
}

/** Checks that the scale is monotonic and that invert undoes it, for `times` in any order. */
function expectMonotonicAndInvertible(scale: TimeScale, times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const px = sorted.map((t) => scale(t));
  for (let i = 0; i < sorted.length; i++) {
    expect(Number.isFinite(px[i])).toBe(true);
    expect(Math.abs(scale.invert(px[i]) - sorted[i]), `t=${new Date(sorted[i]).toISOString()}`).toBeLessThanOrEqual(2);
    if (i > 0) {
      expect(px[i]).toBeGreaterThanOrEqual(px[i - 1]);
      if (sorted[i] - sorted[i - 1] >= 1000) expect(px[i]).toBeGreaterThan(px[i - 1]);
    }
  }
}

describe('createTimeScale', () => {
  it('is monotonic and invertible across segments, breaks and beyond both ends (seed story)', () => {
    const {scale, events, gaps} = seedScale();
    expect(scale.segments).toHaveLength(2);
    const random = mulberry32(7);
    const min = events[0].start;
    const max = events.at(-1)!.end;
    const times = [
      ...events.flatMap((event) => [event.start, event.end]),
      ...gaps.flatMap((gap) => [gap.start, gap.end, (gap.start + gap.end) / 2]),
      ...scale.segments.flatMap((segment) => [segment.t0, segment.t1]),
      min - 30 * YEAR,
      min - DAY,
      max + DAY,
      max + 30 * YEAR,
      ...Array.from({length: 500}, () => Math.round(min - 2 * YEAR + random() * (max - min + 4 * YEAR))),
    ];
    expectMonotonicAndInvertible(scale, times);
  });

  it('maps pixels back and forth across the whole axis and past its ends', () => {
    const {min, max, gaps} = threeStretches();
    const scale = createTimeScale(min, max, gaps, 0, 1000);
    for (let p = -500; p <= 1500; p += 0.5) {
      const t = scale.invert(p);
      expect(Number.isFinite(t)).toBe(true);
      expect(scale(t)).toBeCloseTo(p, 3);
    }
  });

  it('stays monotonic and invertible for random data with random breaks', () => {
    const random = mulberry32(2024);
    for (let trial = 0; trial < 100; trial++) {
      const extents = Array.from({length: 2 + Math.floor(random() * 20)}, () => {
        const start = Date.UTC(1990, 0, 1) + Math.floor(random() ** 4 * 40 * YEAR);
        return [start, start + (random() < 0.5 ? 0 : Math.floor(random() * 60 * DAY))] as const;
      }).sort((a, b) => a[0] - b[0]);
      const gaps = findBreaks(extents, {threshold: 0.2 + random() * 0.5, standOut: 0});
      const min = extents[0][0];
      const max = Math.max(...extents.map((extent) => extent[1]));
      const length = 160 + Math.floor(random() * 2000);
      const scale = createTimeScale(min, max, gaps, 8, length - 8, {minSegment: random() < 0.5 ? 72 : 120});
      // Segments and breaks alternate in time and in pixels.
      scale.segments.forEach((segment, i) => {
        expect(segment.t1).toBeGreaterThan(segment.t0);
        expect(segment.p1).toBeGreaterThan(segment.p0);
        if (i > 0) expect(segment.t0).toBeGreaterThanOrEqual(scale.segments[i - 1].t1);
      });
      // Every extent's ends land inside its own segment.
      for (const [start, end] of extents) {
        const segment = scale.segments.find((s) => s.t0 <= start && start <= s.t1)!;
        expect(segment).toBeDefined();
        expect(end).toBeLessThanOrEqual(segment.t1);
      }
      expectMonotonicAndInvertible(scale, [
        ...extents.flat(),
        min - YEAR,
        max + YEAR,
        ...Array.from({length: 50}, () => Math.round(min + random() * (max - min))),
      ]);
    }
  });

  it('shares the pixels in proportion to the segments’ durations, with a floor of minSegment', () => {
    const {min, max, gaps} = threeStretches();
    expect(gaps).toHaveLength(2);
    const scale = createTimeScale(min, max, gaps, 0, 1000, {minSegment: 120, breakWidth: 28});
    const widths = scale.segments.map(width);
    // 1000 px less two breaks of 28 leaves 944; the one-day stretch gets the floor of 120,
    // the 100-day and 300-day stretches share the other 824 px as 1 : 3.
    expect(widths[1]).toBeCloseTo(120, 9);
    expect(widths[0]).toBeCloseTo(206, 9);
    expect(widths[2]).toBeCloseTo(618, 9);
    expect(widths.reduce((sum, w) => sum + w, 0)).toBeCloseTo(944, 9);
    // Without the floor the one-day stretch would get about 2 px.
    const tiny = createTimeScale(min, max, gaps, 0, 1000, {minSegment: 0}).segments.map(width);
    expect(tiny[1]).toBeLessThan(3);
    expect(tiny[2] / tiny[0]).toBeCloseTo(3, 6);
  });

  it('lowers the floor when the segments cannot all have minSegment', () => {
    const {min, max, gaps} = threeStretches();
    const scale = createTimeScale(min, max, gaps, 0, 300, {minSegment: 120, breakWidth: 28});
    const widths = scale.segments.map(width);
    for (const w of widths) expect(w).toBeCloseTo((300 - 56) / 3, 9);
    expect(scale.segments.at(-1)!.p1).toBeCloseTo(300, 9);
  });

  it('gives a zero-duration segment minSegment px, centred on its moment, at the rate of the busy segment', () => {
    const moment = Date.UTC(2001, 6, 16, 12);
    const busy = Date.UTC(2026, 0, 1);
    const extents = [
      [moment, moment],
      [busy, busy + 180 * DAY],
    ] as const;
    const gaps = findBreaks(extents);
    expect(gaps).toEqual([{start: moment, end: busy}]);
    const scale = createTimeScale(moment, busy + 180 * DAY, gaps, 8, 992, {minSegment: 120});
    const [point, rest] = scale.segments;
    expect(width(point)).toBeCloseTo(120, 9);
    expect(point.t0).toBeLessThan(moment);
    expect(point.t1).toBeGreaterThan(moment);
    expect(scale(moment)).toBeCloseTo((point.p0 + point.p1) / 2, 6);
    // Its span is neither zero nor years: a stretch drawn at the same time per pixel as the rest.
    expect(rate(point) / rate(rest)).toBeCloseTo(1, 9);
    expect(point.t1 - point.t0).toBeGreaterThan(DAY);
    expect(point.t1 - point.t0).toBeLessThan(180 * DAY);
  });

  it('gives a timeline of a single moment the whole axis at one day per 8 px', () => {
    const moment = Date.UTC(2026, 1, 3);
    const scale = createTimeScale(moment, moment, [], 0, 800);
    expect(scale.segments).toHaveLength(1);
    const [segment] = scale.segments;
    expect(width(segment)).toBe(800);
    expect(segment.t1 - segment.t0).toBeCloseTo(100 * DAY, 0);
    expect(scale(moment)).toBeCloseTo(400, 6);
  });

  it('keeps `padding` px empty at each end of each segment', () => {
    const {min, max, gaps, extents} = threeStretches();
    const scale = createTimeScale(min, max, gaps, 0, 1000, {padding: 24});
    scale.segments.forEach((segment, i) => {
      expect(scale(extents[i][0]) - segment.p0).toBeCloseTo(24, 6);
      expect(segment.p1 - scale(extents[i][1])).toBeCloseTo(24, 6);
    });
  });

  it('puts a break of breakWidth px between each pair of segments, over the middle of its gap', () => {
    const {min, max, gaps} = threeStretches();
    for (const breakWidth of [28, 40]) {
      const scale = createTimeScale(min, max, gaps, 10, 990, {breakWidth});
      expect(scale.segments[0].p0).toBe(10);
      expect(scale.segments.at(-1)!.p1).toBeCloseTo(990, 9);
      expect(scale.breaks).toHaveLength(gaps.length);
      scale.breaks.forEach((gap, i) => {
        const [before, after] = [scale.segments[i], scale.segments[i + 1]];
        expect(gap.p0).toBe(before.p1);
        expect(gap.p1).toBe(after.p0);
        expect(gap.p1 - gap.p0).toBeCloseTo(breakWidth, 9);
        expect(gap.t0).toBe(before.t1);
        expect(gap.t1).toBe(after.t0);
        const cut: TimeGap = gaps[i];
        expect(gap.t0).toBeGreaterThanOrEqual(cut.start);
        expect(gap.t1).toBeLessThanOrEqual(cut.end);
        const middle = scale((cut.start + cut.end) / 2);
        expect(middle).toBeGreaterThan(gap.p0);
        expect(middle).toBeLessThan(gap.p1);
      });
    }
  });

  it('has no breaks without gaps', () => {
    const scale = createTimeScale(0, 100 * DAY, [], 0, 500);
    expect(scale.breaks).toEqual([]);
    expect(scale.segments).toHaveLength(1);
  });
});
