import {describe, expect, it} from 'vitest';
import {findBreaks} from '../../../src/layout/axis-breaks.js';
import {estimateTextWidth} from '../../../src/layout/text-width.js';
import {axisTicks, type Tick, type TickFormatter, type TickUnit} from '../../../src/layout/ticks.js';
import {createTimeScale, type TimeScale} from '../../../src/layout/time-scale.js';
import {DAY, formatTick, mulberry32, seedStory} from './helpers.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Labels the way an English locale does: "Feb" / "Feb 2026", "3" / "3 Feb", "14:00" / "3 Feb, 14:00". */
const english: TickFormatter = (time, unit, withParent) => {
  const date = new Date(time);
  const month = MONTHS[date.getUTCMonth()];
  const hm = date.toISOString().slice(11, 16);
  switch (unit) {
    case 'year':
      return String(date.getUTCFullYear());
    case 'month':
      return withParent ? `${month} ${date.getUTCFullYear()}` : month;
    case 'week':
    case 'day':
      return withParent ? `${date.getUTCDate()} ${month} ${date.getUTCFullYear()}` : String(date.getUTCDate());
    default:
      return withParent ? `${date.getUTCDate()} ${month}, ${hm}` : hm;
  }
};

/** One segment over 2025, with no padding, drawn over 1000 px. */
const year2025 = () => createTimeScale(Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1), [], 0, 1000, {padding: 0});

/** Zoom k about the middle of a 1000 px window, as a d3-zoom transform would. */
const centred = (k: number) => 500 - 500 * k;

const RANK: Record<TickUnit, number> = {year: 0, month: 1, week: 2, day: 3, hour: 4, minute: 5};

function seedScale(): TimeScale {
  const {events} = seedStory();
  const gaps = findBreaks(events.map((event) => [event.start, event.end] as const));
  return createTimeScale(events[0].start, Math.max(...events.map((e) => e.end)), gaps, 8, 992);
}

/** Which segment a tick lies in, by its time (to the millisecond: segment ends may fall between two). */
const segmentOf = (scale: TimeScale, tick: Tick) => scale.segments.findIndex((s) => s.t0 - 1 <= tick.time && tick.time <= s.t1 + 1);

/** The coarser unit a tick's label names when withParent is set. */
function parent(unit: TickUnit, time: number): string {
  const iso = new Date(time).toISOString();
  if (unit === 'month') return iso.slice(0, 4);
  if (unit === 'week' || unit === 'day') return iso.slice(0, 7);
  if (unit === 'hour') return iso.slice(0, 10);
  return iso.slice(0, 13);
}

/** Window settings that exercise every unit on the seed story's two-segment scale. */
const seedViews = [1, 1.5, 2, 3, 5, 8, 20, 60].flatMap((k) => [0, -250, -1000].map((pan) => ({k, shift: pan * (k - 1)})));

describe('axisTicks', () => {
  it('switches from years to months to days to hours as the zoom grows', () => {
    const scale = year2025();
    const units = [0.2, 0.25, 1, 2, 16, 30, 60, 200, 500].map((k) => {
      const ticks = axisTicks(scale, k, centred(k), 1000, formatTick);
      expect(ticks.length, `k=${k}`).toBeGreaterThan(1);
      expect(new Set(ticks.map((tick) => tick.unit)).size).toBe(1); // one unit per segment
      return ticks[0].unit;
    });
    expect(units).toEqual(['year', 'year', 'month', 'month', 'day', 'day', 'hour', 'hour', 'hour']);
  });

  it('never goes back to a coarser unit as the zoom grows', () => {
    const scale = year2025();
    let previous = 0;
    for (let k = 0.2; k < 20_000; k *= 1.25) {
      const ticks = axisTicks(scale, k, centred(k), 1000, formatTick);
      const rank = RANK[ticks[0].unit];
      expect(rank, `k=${k}`).toBeGreaterThanOrEqual(previous);
      previous = rank;
    }
    expect(previous).toBe(RANK.minute);
  });

  it('names the parent unit on the first tick of each segment, and wherever the year or month changes', () => {
    const scale = seedScale();
    let checked = 0;
    for (const {k, shift} of seedViews) {
      const ticks = axisTicks(scale, k, shift, 1000, english);
      ticks.forEach((tick, j) => {
        const before = ticks[j - 1];
        expect(segmentOf(scale, tick)).toBeGreaterThanOrEqual(0);
        const sameSegment = before !== undefined && segmentOf(scale, before) === segmentOf(scale, tick);
        const expected = tick.unit !== 'year' && (!sameSegment || parent(tick.unit, before.time) !== parent(tick.unit, tick.time));
        expect(tick.withParent, `k=${k} shift=${shift}: ${ticks.map((t) => t.label).join(' | ')}`).toBe(expected);
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('names a segment too short for ticks of its own by its year, once, in its middle', () => {
    const scale = year2025(); // at k = 0.1 the whole of 2025 is 100 px wide
    const ticks = axisTicks(scale, 0.1, 450, 1000, formatTick);
    expect(ticks).toHaveLength(1);
    expect(ticks[0]).toMatchObject({unit: 'year', withParent: false, label: '2025', context: true, at: 500});
    // The seed story's one-day stretch of 2001, behind its break, is named "2001".
    const seed = seedScale();
    const first = axisTicks(seed, 1, 0, 1000, formatTick).filter((tick) => segmentOf(seed, tick) === 0);
    expect(first.map((tick) => [tick.label, tick.context])).toEqual([['2001', true]]);
  });

  it('passes withParent on to the formatter, and uses what it returns as the label', () => {
    const calls: [number, TickUnit, boolean][] = [];
    const ticks = axisTicks(year2025(), 1, 0, 1000, (time, unit, withParent) => {
      calls.push([time, unit, withParent]);
      return `${time}/${unit}/${withParent}`;
    });
    expect(ticks.length).toBeGreaterThan(1);
    for (const tick of ticks) {
      expect(tick.label).toBe(`${tick.time}/${tick.unit}/${tick.withParent}`);
      expect(calls).toContainEqual([tick.time, tick.unit, tick.withParent]);
    }
  });

  it('never lets two tick labels overlap along the axis', () => {
    const random = mulberry32(11);
    const scales = [year2025(), seedScale()];
    for (let trial = 0; trial < 300; trial++) {
      const scale = scales[trial % 2];
      const k = 0.2 + random() ** 2 * 400;
      const shift = -random() * 1000 * k + 200;
      const format = random() < 0.5 ? english : formatTick;
      const ticks = axisTicks(scale, k, shift, 1000, format, {fontSize: 11, labelGap: 8});
      for (let j = 1; j < ticks.length; j++) {
        const left = ticks[j - 1].at + estimateTextWidth(ticks[j - 1].label, 11) / 2;
        const right = ticks[j].at - estimateTextWidth(ticks[j].label, 11) / 2;
        expect(right - left, `k=${k} shift=${shift}: ${ticks[j - 1].label} | ${ticks[j].label}`).toBeGreaterThanOrEqual(8);
      }
    }
  });

  it('keeps ticks of a vertical axis at least a line apart', () => {
    const ticks = axisTicks(year2025(), 4, centred(4), 1000, english, {alongAxis: false, spacing: 20});
    expect(ticks.length).toBeGreaterThan(5);
    for (let j = 1; j < ticks.length; j++) expect(ticks[j].at - ticks[j - 1].at).toBeGreaterThanOrEqual(11 * 1.5 + 8);
  });

  it('places each tick at its time on screen, inside the window, in order', () => {
    const scale = seedScale();
    for (const {k, shift} of seedViews) {
      const ticks = axisTicks(scale, k, shift, 1000, english);
      ticks.forEach((tick, j) => {
        expect(tick.at).toBeCloseTo(scale(tick.time) * k + shift, 6);
        expect(tick.at).toBeGreaterThanOrEqual(-1e-6);
        expect(tick.at).toBeLessThanOrEqual(1000 + 1e-6);
        if (j > 0) expect(tick.at).toBeGreaterThan(ticks[j - 1].at);
      });
    }
  });

  it('draws no ticks in a segment narrower than 24 px on screen', () => {
    // Three stretches of a month, ten years apart, each drawn 60 px wide: [0, 60], [70, 130], [140, 200].
    const a = Date.UTC(2000, 0, 1);
    const b = Date.UTC(2010, 0, 1);
    const c = Date.UTC(2020, 0, 1);
    const extents = [
      [a, a + 30 * DAY],
      [b, b + 30 * DAY],
      [c, c + 30 * DAY],
    ] as const;
    const scale = createTimeScale(a, c + 30 * DAY, findBreaks(extents, {threshold: 0.1, standOut: 0}), 0, 200, {
      minSegment: 0,
      breakWidth: 10,
    });
    expect(scale.segments.map((s) => [s.p0, s.p1])).toEqual([
      [0, 60],
      [70, 130],
      [140, 200],
    ]);
    // Tiny labels, so that no tick is dropped for overlapping.
    const options = {spacing: 10, labelGap: 0, fontSize: 1};
    const segmentsWithTicks = (k: number, shift: number) =>
      new Set(axisTicks(scale, k, shift, 200, formatTick, options).map((tick) => segmentOf(scale, tick)));
    expect(segmentsWithTicks(1, 0)).toEqual(new Set([0, 1, 2]));
    // Panned 40 px: the last segment shows 20 px ([180, 200]) and gets no ticks; 24 px do.
    expect(segmentsWithTicks(1, 40)).toEqual(new Set([0, 1]));
    expect(segmentsWithTicks(1, 36)).toEqual(new Set([0, 1, 2]));
    // Zoomed out to k = 0.35 every segment is 21 px wide: no ticks at all; at 0.4 (24 px) all have some.
    expect(segmentsWithTicks(0.35, 0)).toEqual(new Set());
    expect(segmentsWithTicks(0.4, 0)).toEqual(new Set([0, 1, 2]));
  });
});

describe('ticks for stories of whole days', () => {
  // Three days over 1000 px: fine enough for hour ticks.
  const threeDays = () => createTimeScale(Date.UTC(2026, 1, 2), Date.UTC(2026, 1, 5), [], 0, 1000, {padding: 0});

  it('ticks hours when some date is known to the minute, and only whole days when none is', () => {
    const hours = axisTicks(threeDays(), 1, 0, 1000, english);
    expect(hours.some((tick) => tick.unit === 'hour')).toBe(true);
    const days = axisTicks(threeDays(), 1, 0, 1000, english, {wholeDays: true});
    expect(days.length).toBeGreaterThan(1);
    for (const tick of days) {
      expect(tick.unit).toBe('day');
      expect(tick.time % DAY).toBe(0);
    }
  });

  it('stays with whole days however far in a reader zooms, and names the day when less than one is on screen', () => {
    for (const k of [1, 3, 4, 6, 32, 500]) {
      const ticks = axisTicks(threeDays(), k, centred(k), 1000, english, {wholeDays: true});
      expect(ticks.length, `k=${k}`).toBeGreaterThan(0);
      for (const tick of ticks) {
        expect(tick.time % DAY, `k=${k}`).toBe(0);
        expect(tick.unit).toBe('day');
      }
    }
    // At k = 500 the window holds about 9 minutes of 3 February: one label, naming that day.
    const deep = axisTicks(threeDays(), 500, centred(500), 1000, english, {wholeDays: true});
    expect(deep).toHaveLength(1);
    expect(deep[0]).toMatchObject({context: true, time: Date.UTC(2026, 1, 3)});
  });
});

describe('tick labels at the edges', () => {
  it('moves a label the edge of the drawing would cut inwards, off its tick, rather than cut it', () => {
    let nudged = 0;
    for (const k of [1, 1.7, 3, 10]) {
      for (const shift of [0, -123, -417]) {
        const ticks = axisTicks(year2025(), k, shift * k, 1000, english);
        for (const tick of ticks) {
          const half = estimateTextWidth(tick.label, 11) / 2;
          const centre = tick.at + (tick.nudge ?? 0);
          expect(centre - half, `k=${k} shift=${shift} ${tick.label}`).toBeGreaterThanOrEqual(0);
          expect(centre + half, `k=${k} shift=${shift} ${tick.label}`).toBeLessThanOrEqual(1000);
          if (tick.nudge) nudged++;
        }
      }
    }
    // The first tick of 2025 sits at the very left edge at zoom 1: it is kept, moved inwards.
    expect(nudged).toBeGreaterThan(0);
    const first = axisTicks(year2025(), 1, 0, 1000, english)[0];
    expect(first.at).toBe(0);
    expect(first.nudge).toBeGreaterThan(0);
  });
});

describe('the year on day and hour ticks', () => {
  it('asks for the year on the first day tick of each stretch of the axis and where the year changes', () => {
    // 16–20 July 2001, a break, then 28 December 2025 – 3 January 2026: days on both sides.
    const scale = createTimeScale(
      Date.UTC(2001, 6, 16),
      Date.UTC(2026, 0, 3),
      [{start: Date.UTC(2001, 6, 20), end: Date.UTC(2025, 11, 28)}],
      0,
      1000,
      {padding: 0},
    );
    const asked: string[] = [];
    const recording: TickFormatter = (time, unit, withParent, withYear) => {
      if (withYear) asked.push(new Date(time).toISOString().slice(0, 10));
      return english(time, unit, withParent);
    };
    const ticks = axisTicks(scale, 1, 0, 1000, recording, {wholeDays: true});
    expect(ticks.every((tick) => tick.unit === 'day')).toBe(true);
    expect(asked[0]).toMatch(/^2001-07-1/);
    expect(asked.some((day) => day.startsWith('2025-12'))).toBe(true);
    expect(asked.some((day) => day.startsWith('2026-01'))).toBe(true);
  });
});
