// What the axis's join draws for ticks, worked out without the DOM (drawn-parts.ts).
import {describe, expect, it} from 'vitest';
import {drawnTicks} from '../../../src/elements/event-timeline/drawn-parts.js';
import type {ViewLayout} from '../../../src/layout/view.js';

const DAY = Date.UTC(2026, 1, 3);
const tick = (x: number, label: string, context = false) => ({time: DAY, at: x, x, y: 40, unit: 'day', withParent: true, label, context});
const layout = (ticks: ReturnType<typeof tick>[], pan = {x: 0, y: 0}) =>
  ({ticks, track: {x1: 0, y1: 40, x2: 1000, y2: 40}, pan}) as unknown as ViewLayout;

describe('drawnTicks', () => {
  it('gives ticks that say the same at the same time keys of their own, in order', () => {
    // The day named as context in two segments of a broken axis.
    const ticks = drawnTicks(layout([tick(100, 'Feb 3', true), tick(300, 'Feb 4'), tick(600, 'Feb 3', true)]), false, false);
    const ids = ticks.map((drawn) => drawn.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toBe(`${DAY}|Feb 3`);
    expect(ids[2]).toBe(`${DAY}|Feb 3#1`);
    expect(ticks.map((drawn) => drawn.transform)).toEqual(['translate(100,40)', 'translate(300,40)', 'translate(600,40)']);
  });

  it('draws a context label without its tick line', () => {
    const [context, plain] = drawnTicks(layout([tick(100, '2026', true), tick(300, 'Feb 4')]), false, false);
    expect(context.line).toBeUndefined();
    expect(plain.line).toEqual({x1: 0, x2: 0, y1: 0, y2: 5});
  });

  it("keeps a tick's own place from one pan to the next: only its group moves", () => {
    // A tick 100.04 px along the unpanned axis, drawn at two pans of the same zoom level.
    const at = (pan: number) => drawnTicks(layout([tick(100.04 + pan, 'Feb 4')], {x: pan, y: 0}), false, false)[0].transform;
    expect(at(0.02)).toBe('translate(100,40)');
    expect(at(33.35)).toBe('translate(100,40)');
  });
});
