import {describe, expect, it} from 'vitest';
import {dodgeLabels, type DodgeItem} from '../../../src/layout/dodge.js';
import {mulberry32} from './helpers.js';

const items = (...pairs: [number, number][]): DodgeItem[] => pairs.map(([at, size]) => ({at, size}));

describe('dodgeLabels', () => {
  it('leaves labels that do not collide where they are', () => {
    const {columns, positions} = dodgeLabels(items([0, 30], [40, 30], [100, 30]), 1, 4, 100);
    expect([...columns]).toEqual([0, 0, 0]);
    expect([...positions]).toEqual([0, 40, 100]);
  });

  it('slides a colliding label down to just below the previous one, never up', () => {
    const {positions} = dodgeLabels(items([0, 30], [10, 30], [20, 30]), 1, 4, 100);
    expect([...positions]).toEqual([0, 34, 68]);
  });

  it('uses the column that needs the least shift', () => {
    const {columns, positions} = dodgeLabels(items([0, 30], [10, 30], [20, 30], [50, 30]), 2, 4, 100);
    expect([...columns]).toEqual([0, 1, 0, 1]);
    expect([...positions]).toEqual([0, 10, 34, 50]);
  });

  it('lets a label that would slide further than maxShift overflow (-1, NaN)', () => {
    const {columns, positions} = dodgeLabels(items([0, 30], [1, 30], [2, 30], [3, 30]), 1, 4, 40);
    // The second slides 33 px; the third and fourth would slide 66 and 65 px, past 40.
    expect([...columns]).toEqual([0, 0, -1, -1]);
    expect(positions[1]).toBe(34);
    expect(Number.isNaN(positions[2])).toBe(true);
    expect(Number.isNaN(positions[3])).toBe(true);
  });

  it('frees the room an overflowed label would have taken', () => {
    const {columns, positions} = dodgeLabels(items([0, 30], [1, 30], [40, 30]), 1, 4, 10);
    expect([...columns]).toEqual([0, -1, 0]);
    expect(positions[2]).toBe(40);
  });

  it('places reserved labels however far they must slide', () => {
    const {columns, positions} = dodgeLabels(items([0, 30], [1, 30], [2, 30], [3, 30]), 1, 4, 40, new Set([3]));
    expect([...columns]).toEqual([0, 0, -1, 0]);
    expect(positions[3]).toBe(68);
  });

  it('never overlaps within a column and respects maxShift, for random labels', () => {
    const random = mulberry32(17);
    for (let trial = 0; trial < 300; trial++) {
      const n = 1 + Math.floor(random() * 120);
      const list = Array.from({length: n}, () => ({at: Math.floor(random() * 1500), size: 20 + Math.floor(random() * 40)})).sort(
        (a, b) => a.at - b.at,
      );
      const columnCount = 1 + Math.floor(random() * 3);
      const gap = Math.floor(random() * 8);
      const maxShift = Math.floor(random() * 200);
      const reserved = new Set(list.flatMap((_, i) => (random() < 0.05 ? [i] : [])));
      const {columns, positions} = dodgeLabels(list, columnCount, gap, maxShift, reserved);
      const problems: string[] = [];
      const byColumn = new Map<number, number[]>();
      list.forEach((item, i) => {
        const column = columns[i];
        if (column < 0) {
          if (reserved.has(i)) problems.push(`reserved ${i} overflowed`);
          if (!Number.isNaN(positions[i])) problems.push(`overflowed ${i} has a position`);
          return;
        }
        if (column >= columnCount) problems.push(`${i} in column ${column}`);
        if (positions[i] < item.at) problems.push(`${i} slid up`);
        if (!reserved.has(i) && positions[i] - item.at > maxShift) problems.push(`${i} slid past maxShift`);
        byColumn.set(column, [...(byColumn.get(column) ?? []), i]);
      });
      for (const members of byColumn.values()) {
        const sorted = members.sort((a, b) => positions[a] - positions[b]);
        for (let j = 1; j < sorted.length; j++) {
          const above = sorted[j - 1];
          if (positions[sorted[j]] < positions[above] + list[above].size + gap) problems.push(`${sorted[j]} overlaps ${above}`);
        }
      }
      expect(problems, `trial ${trial}`).toEqual([]);
    }
  });

  it('still keeps a column free of overlaps when the items come out of order', () => {
    // Vertical packs pass points (centred on their time) and bars (top at their start) together.
    const {positions} = dodgeLabels(items([100, 34], [90, 34], [95, 34]), 1, 4, 1000);
    const sorted = [...positions].sort((a, b) => a - b);
    for (let j = 1; j < sorted.length; j++) expect(sorted[j] - sorted[j - 1]).toBeGreaterThanOrEqual(38);
  });
});
