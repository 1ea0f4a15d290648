// The story packer: label boxes stacked above the axis as low as they fit, never overlapping,
// on the side of their mark with room, in a narrower shape where labels crowd.
import {describe, expect, it} from 'vitest';
import {packBoxes, type BoxItem} from '../../../src/layout/pack-boxes.js';
import {mulberry32} from './helpers.js';
import {referencePackBoxes} from './pack-boxes-reference.js';

const point = (from: number, width = 200, height = 34, narrow?: {width: number; height: number}): BoxItem => ({
  from,
  to: from,
  point: true,
  shapes: narrow ? [{width, height}, narrow] : [{width, height}],
  offset: 12,
});
const order = (n: number) => Array.from({length: n}, (_, i) => i);

/** Boxes as placed: [x0, x1] along the axis, [y0, y1] above it. */
function boxes(items: readonly BoxItem[], packing: ReturnType<typeof packBoxes>) {
  return items.flatMap((item, i) =>
    Number.isNaN(packing.elevation[i])
      ? []
      : [
          {
            i,
            x0: packing.spanStart[i],
            x1: packing.spanEnd[i],
            y0: packing.elevation[i],
            y1: packing.elevation[i] + item.shapes[packing.shape[i]].height,
          },
        ],
  );
}

describe('packBoxes', () => {
  it('puts labels that do not meet side by side on the axis', () => {
    const items = [point(0), point(300), point(600)];
    const packing = packBoxes(items, order(3), 0, 1000, 400);
    expect([...packing.elevation]).toEqual([0, 0, 0]);
    expect(packing.used).toBe(34);
  });

  it('stacks labels that would meet, each as low as it fits', () => {
    const items = [point(0), point(50), point(100)];
    const packing = packBoxes(items, order(3), 0, 1000, 400);
    const placed = boxes(items, packing);
    for (const a of placed)
      for (const b of placed) if (a !== b) expect(a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0).toBe(true);
    expect(packing.used).toBeGreaterThan(34);
  });

  it('runs a label before its mark when after it would leave the drawing', () => {
    const packing = packBoxes([point(950)], [0], 0, 1000, 400);
    expect(packing.flipped[0]).toBe(1);
    expect(packing.labelAt[0] + 200).toBeLessThanOrEqual(950);
  });

  it('takes the narrow shape of a label where the wide one would stand over the marks still to come', () => {
    const narrow = {width: 110, height: 66};
    const items = [point(0, 300, 34, narrow), point(130), point(260), point(700, 300, 34, narrow)];
    const packing = packBoxes(items, order(4), 0, 1200, 400);
    expect(packing.shape[0]).toBe(1); // three marks under the wide one: narrow
    expect(packing.shape[3]).toBe(0); // nothing under it: wide
  });

  it('leaves out, as NaN, what finds no room under the height given, and keeps to that height', () => {
    const items = Array.from({length: 10}, (_, i) => point(i * 5));
    const packing = packBoxes(items, order(10), 0, 1000, 120);
    expect([...packing.elevation].filter(Number.isNaN).length).toBeGreaterThan(0);
    expect(packing.used).toBeLessThanOrEqual(120);
  });

  it('never overlaps two boxes, for random stories, and places each bar along its own span', () => {
    const random = mulberry32(11);
    for (let trial = 0; trial < 50; trial++) {
      const n = 2 + Math.floor(random() * 40);
      const items: BoxItem[] = Array.from({length: n}, () => {
        const from = Math.floor(random() * 900);
        const bar = random() < 0.3;
        const to = bar ? from + Math.floor(random() * 400) : from;
        const width = 60 + Math.floor(random() * 260);
        const height = 34 + 16 * Math.floor(random() * 3);
        return {
          from,
          to,
          point: !bar,
          shapes:
            random() < 0.5
              ? [{width, height}]
              : [
                  {width, height},
                  {width: width * 0.6, height: height + 16},
                ],
          offset: bar ? 6 : 12,
        };
      });
      items.sort((a, b) => a.from - b.from);
      const packing = packBoxes(items, order(n), 4, 996, 600);
      const placed = boxes(items, packing);
      for (const a of placed) {
        for (const b of placed) {
          if (a.i >= b.i) continue;
          expect(a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0, `trial ${trial}: ${a.i} × ${b.i}`).toBe(true);
        }
        const item = items[a.i];
        if (!item.point) expect(a.x0).toBeLessThanOrEqual(item.from + 1e-9);
        expect(a.y1).toBeLessThanOrEqual(600);
      }
    }
  });

  it('places every box exactly where the straightforward packer (every box against every other) does', () => {
    // Crowded and sparse stories, points and bars, one or two shapes, at fractional positions,
    // in time order and shuffled (as the retries reorder them), low and high ceilings.
    const random = mulberry32(29);
    let compared = 0;
    let missed = 0;
    for (let trial = 0; trial < 120; trial++) {
      const n = 1 + Math.floor(random() * (trial % 3 === 0 ? 300 : 60));
      const axis = 300 + random() * 3000;
      // Whole px in some trials: marks that fall exactly on a box's edge.
      const at = (x: number) => (trial % 5 === 0 ? Math.round(x / 4) * 4 : x);
      const items: BoxItem[] = Array.from({length: n}, () => {
        const from = at(random() * axis);
        const bar = random() < 0.3;
        const to = bar ? from + at(random() * (random() < 0.2 ? axis : 200)) : from;
        const width = at(40 + random() * 280);
        const height = 34 + 16 * Math.floor(random() * 3);
        const shapes =
          random() < 0.5
            ? [{width, height}]
            : [
                {width, height},
                {width: width * 0.6, height: height + 16},
              ];
        return {from, to, point: !bar, shapes, offset: bar ? 6 : 12 + (random() < 0.05 ? 8 : 0)};
      });
      items.sort((a, b) => a.from - b.from);
      const sequence = order(n);
      if (trial % 2) sequence.sort(() => random() - 0.5);
      const maxHeight = trial % 4 === 1 ? 120 : 800;
      const expected = referencePackBoxes(items, sequence, 4, axis - 4, maxHeight);
      const actual = packBoxes(items, sequence, 4, axis - 4, maxHeight);
      expect(actual, `trial ${trial}`).toEqual(expected);
      compared += n;
      missed += expected.elevation.filter(Number.isNaN).length;
    }
    // The comparison covered crowded stretches, where boxes are left out, not only easy ones.
    expect(compared).toBeGreaterThan(5000);
    expect(missed).toBeGreaterThan(100);
  });
});
