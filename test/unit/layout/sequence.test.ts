// The vertical story: each event its own room, in time order, labels beside their marks, the
// time between written in where a long empty stretch is cut.
import {describe, expect, it} from 'vitest';
import {MARK_DROP, sequencePositions} from '../../../src/layout/sequence.js';
import {DAY} from './helpers.js';

const YEAR = 365.25 * DAY;
const at = (...days: number[]) => days.map((d) => ({start: d * DAY, end: d * DAY + DAY - 1}));

describe('sequencePositions', () => {
  it('gives every event room for its label, in time order, whatever the time between', () => {
    const events = at(0, 1, 2, 3650, 3651);
    const heights = [34, 50, 34, 66, 34];
    const {startPx, length} = sequencePositions(events, heights, {breaks: false});
    for (let i = 1; i < events.length; i++) expect(startPx[i] - startPx[i - 1]).toBeGreaterThanOrEqual(heights[i - 1]);
    expect(length).toBeGreaterThan(startPx[4] + heights[4] - MARK_DROP);
    // At most 120 px per event.
    expect(length / events.length).toBeLessThanOrEqual(120);
  });

  it('gives a longer time between two events a little more room', () => {
    const {startPx} = sequencePositions(at(0, 1, 31), [34, 34, 34], {breaks: false});
    expect(startPx[2] - startPx[1]).toBeGreaterThan(startPx[1] - startPx[0]);
  });

  it('cuts a long empty stretch as a break, with a note that says what it skips', () => {
    const events = at(0, 7, 14, 21, 20 * 365);
    const sequence = sequencePositions(events, [34, 34, 34, 34, 34], {breaks: true});
    expect(sequence.notes).toHaveLength(1);
    const [note] = sequence.notes;
    expect(note.end).toBe(20 * 365 * DAY);
    expect(note.at).toBeGreaterThan(sequence.startPx[3]);
    expect(note.at).toBeLessThan(sequence.startPx[4]);
    expect(sequence.scale.breaks).toHaveLength(1);
    expect(sequencePositions(events, [34, 34, 34, 34, 34], {breaks: false}).notes).toEqual([]);
  });

  it('stacks events at one instant under each other, and names each run once', () => {
    const events = [...at(0, 0, 0), ...at(5)];
    const sequence = sequencePositions(events, [34, 34, 34, 34], {breaks: false});
    expect(sequence.groups).toEqual([0, 3]);
    expect(sequence.startPx[1] - sequence.startPx[0]).toBeGreaterThanOrEqual(34);
    expect(sequence.startPx[2] - sequence.startPx[1]).toBeGreaterThanOrEqual(34);
  });

  it('maps time to the axis monotonically, the ends of bars included', () => {
    const events = [{start: 0, end: 2 * YEAR}, ...at(10, 400, 9000)];
    const {scale} = sequencePositions(events, [34, 34, 34, 34], {breaks: true});
    let last = -Infinity;
    for (let t = 0; t <= 9001 * DAY; t += 50 * DAY) {
      const p = scale(t);
      expect(p).toBeGreaterThanOrEqual(last);
      last = p;
    }
  });
});
