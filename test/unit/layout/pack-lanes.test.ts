import {describe, expect, it} from 'vitest';
import {packLanes, type Span} from '../../../src/layout/pack-lanes.js';
import {mulberry32} from './helpers.js';

const spans = (...pairs: [number, number][]): Span[] => pairs.map(([start, end]) => ({start, end}));
const meet = (a: Span, b: Span, gap: number) => !(a.end + gap <= b.start || b.end + gap <= a.start);

function randomSpans(random: () => number, n: number): Span[] {
  return Array.from({length: n}, () => {
    const start = Math.floor(random() * 2000);
    return {start, end: start + Math.floor(random() ** 2 * 300)};
  }).sort((a, b) => a.start - b.start);
}

describe('packLanes', () => {
  it('puts spans that do not meet in the first lane', () => {
    expect([...packLanes(spans([0, 10], [22, 30], [42, 50]), 3, 12)]).toEqual([0, 0, 0]);
  });

  it('puts each span in the lowest lane it fits in (first fit)', () => {
    // B meets A, C meets A and B, D fits lane 0 again once A is over, E meets D but not B.
    const lanes = packLanes(spans([0, 100], [50, 150], [60, 70], [112, 200], [170, 180]), 4, 12);
    expect([...lanes]).toEqual([0, 1, 2, 0, 1]);
  });

  it('keeps `gap` px between neighbours in a lane, and no more', () => {
    expect([...packLanes(spans([0, 10], [22, 30]), 2, 12)]).toEqual([0, 0]); // 10 + 12 = 22: fits
    expect([...packLanes(spans([0, 10], [21.5, 30]), 2, 12)]).toEqual([0, 1]); // half a pixel short
    expect([...packLanes(spans([0, 10], [10, 30]), 2, 0)]).toEqual([0, 0]);
  });

  it('marks spans that fit in no lane with -1', () => {
    const lanes = packLanes(spans([0, 100], [10, 100], [20, 100], [30, 40], [200, 210]), 3, 12);
    expect([...lanes]).toEqual([0, 1, 2, -1, 0]);
  });

  it('treats a lane count below one as one lane', () => {
    expect([...packLanes(spans([0, 10], [5, 15], [40, 50]), 0, 12)]).toEqual([0, -1, 0]);
  });

  it('places reserved spans even when every lane is full, and keeps other spans clear of them', () => {
    // Two spans fill both lanes from 0 to 1000; the reserved span at 500 still gets lane 0,
    // the first span moves to lane 1 and the second has nowhere to go.
    const lanes = packLanes(spans([0, 1000], [10, 1000], [500, 520]), 2, 12, new Set([2]));
    expect([...lanes]).toEqual([1, -1, 0]);
  });

  it('reserves a lane ahead: a span that would run into a later reserved span goes elsewhere', () => {
    const lanes = packLanes(spans([0, 50], [40, 60], [100, 200]), 2, 12, new Set([2]));
    // [0, 50] ends 50 px before the reserved [100, 200] starts: both fit lane 0; [40, 60] meets [0, 50].
    expect([...lanes]).toEqual([0, 1, 0]);
    const crowded = packLanes(spans([0, 95], [40, 60], [100, 200]), 2, 12, new Set([2]));
    // [0, 95] would come within 12 px of the reserved span: lane 1; [40, 60] ends 40 px before it: lane 0.
    expect([...crowded]).toEqual([1, 0, 0]);
  });

  it('places every reserved span, even more than there are lanes', () => {
    const lanes = packLanes(spans([0, 100], [10, 100], [20, 100]), 2, 12, new Set([0, 1, 2]));
    expect([...lanes].every((lane) => lane >= 0 && lane < 2)).toBe(true);
  });

  it('ignores reserved indexes that are not spans', () => {
    expect([...packLanes(spans([0, 10]), 1, 12, new Set([-1, 5]))]).toEqual([0]);
  });

  it('is exactly first fit, for random spans with and without reserved ones', () => {
    const random = mulberry32(99);
    for (let trial = 0; trial < 200; trial++) {
      const list = randomSpans(random, 1 + Math.floor(random() * 80));
      const laneCount = 1 + Math.floor(random() * 6);
      const gap = Math.floor(random() * 16);
      const reserved = new Set(list.flatMap((_, i) => (random() < 0.05 ? [i] : [])));
      const lanes = packLanes(list, laneCount, gap, reserved);
      const reservedClash = [...reserved].some((i) => [...reserved].some((j) => i < j && meet(list[i], list[j], gap)));
      const problems: string[] = [];
      for (let i = 0; i < list.length; i++) {
        const lane = lanes[i];
        if (lane < (reserved.has(i) ? 0 : -1) || lane >= laneCount) problems.push(`span ${i} in lane ${lane}`);
        if (reserved.has(i)) continue;
        // Placed spans never meet another span of their lane.
        if (lane >= 0) {
          for (let j = 0; j < list.length; j++)
            if (j !== i && lanes[j] === lane && meet(list[i], list[j], gap)) problems.push(`${i} meets ${j}`);
        }
        // Every lower lane (every lane, if it overflowed) was taken by a span placed before it or reserved.
        const below = lane >= 0 ? lane : laneCount;
        for (let l = 0; l < below; l++) {
          if (!list.some((other, j) => lanes[j] === l && (j < i || reserved.has(j)) && meet(list[i], other, gap)))
            problems.push(`${i} fits lane ${l}`);
        }
      }
      if (!reservedClash) {
        for (const i of reserved)
          for (const j of reserved)
            if (i < j && lanes[i] === lanes[j] && meet(list[i], list[j], gap)) problems.push(`reserved ${i} meets ${j}`);
      }
      expect(problems, `trial ${trial}`).toEqual([]);
    }
  });

  it('reads each span a bounded number of times per lane (linear work)', () => {
    const random = mulberry32(1);
    const n = 20_000;
    const laneCount = 6;
    let reads = 0;
    const list: Span[] = randomSpans(random, n).map(({start, end}) => ({
      get start() {
        reads++;
        return start;
      },
      get end() {
        reads++;
        return end;
      },
    }));
    const lanes = packLanes(list, laneCount, 12, new Set([n / 2]));
    expect(lanes[n / 2]).toBeGreaterThanOrEqual(0);
    expect(reads).toBeLessThanOrEqual(n * (3 * laneCount + 2));
  });
});
