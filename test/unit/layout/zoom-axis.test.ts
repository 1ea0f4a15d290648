// The zoom maths: where a time is shown under a zoom transform (mirrored right to left), the
// limits a transform is kept within, and the transforms that show a stretch or reveal a point.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {createTimeScale} from '../../../src/layout/time-scale.js';
import {drawnShift, keepInside, screenScale, transformRevealing, transformShowing, type ZoomFrame} from '../../../src/layout/zoom-axis.js';
import {constrain, scaleAround, ZoomTransform, zoomIdentity} from '../../../src/elements/event-timeline/zoom-transform.js';

const DAY = 86_400_000;
const start = Date.UTC(2026, 0, 1);
// 100 days over 1000 px, with no breaks and no padding: 10 px a day from x = 0.
const scale = createTimeScale(start, start + 100 * DAY, [], 0, 1000, {padding: 0});
const horizontal: ZoomFrame = {width: 1000, height: 300, maxK: 50, axis: 'x'};

describe('the time scale', () => {
  it('is called with a time and inverted, with its domain and range', () => {
    expect(scale(start + 10 * DAY)).toBeCloseTo(100, 6);
    expect(scale.invert(250)).toBeCloseTo(start + 25 * DAY, 0);
    expect(scale.domain()).toEqual([start, start + 100 * DAY]);
    expect(scale.range()).toEqual([0, 1000]);
  });
});

describe('screenScale', () => {
  const t = start + 10 * DAY; // 100 px into the drawing

  it('applies the transform as d3-zoom does (p · k + x) left to right', () => {
    const transform = new ZoomTransform(2, -300, 0);
    const at = screenScale(scale, transform, {vertical: false, rtl: false, width: 1000});
    expect(at(t)).toBeCloseTo(transform.applyX(100), 6);
    expect(at.invert(transform.applyX(100))).toBeCloseTo(t, 0);
  });

  it('mirrors a right-to-left drawing before the transform: later times lie to the left', () => {
    const transform = new ZoomTransform(2, -300, 0);
    const at = screenScale(scale, transform, {vertical: false, rtl: true, width: 1000});
    expect(at(t)).toBeCloseTo(transform.applyX(1000 - 100), 6);
    expect(at(t + DAY)).toBeLessThan(at(t));
    // The layout works unmirrored and mirrors last: the same point either way.
    expect(1000 - (100 * 2 + drawnShift(transform, {vertical: false, rtl: true, width: 1000}))).toBeCloseTo(at(t), 6);
  });

  it('moves along y in a vertical drawing, never mirrored', () => {
    const transform = new ZoomTransform(3, 0, -50);
    const at = screenScale(scale, transform, {vertical: true, rtl: true, width: 400});
    expect(at(t)).toBeCloseTo(transform.applyY(100), 6);
  });

  it('inverts what it maps, for any transform and direction', () => {
    fc.assert(
      fc.property(
        fc.double({min: 1, max: 50, noNaN: true}),
        fc.double({min: -40_000, max: 0, noNaN: true}),
        fc.boolean(),
        fc.integer({min: 0, max: 100}),
        (k, x, rtl, day) => {
          const at = screenScale(scale, {k, x, y: 0}, {vertical: false, rtl, width: 1000});
          const time = start + day * DAY;
          expect(at.invert(at(time))).toBeCloseTo(time, -1);
        },
      ),
    );
  });
});

describe('keepInside and constrain', () => {
  it('never zooms out past 1 nor in past maxK, and never pans past an edge or across time', () => {
    expect(keepInside({k: 0.5, x: 10, y: 5}, horizontal)).toEqual({k: 1, x: 0, y: 0});
    expect(keepInside({k: 80, x: 0, y: 0}, horizontal).k).toBe(50);
    expect(keepInside({k: 2, x: -5000, y: 0}, horizontal)).toEqual({k: 2, x: -1000, y: 0});
    expect(keepInside({k: 2, x: 100, y: 0}, horizontal)).toEqual({k: 2, x: 0, y: 0});
    expect(keepInside({k: 2, x: 0, y: -400}, {...horizontal, axis: 'y'})).toEqual({k: 2, x: 0, y: -300});
  });

  it('gives d3-zoom the same transform when it is inside already, and a d3 ZoomTransform when not', () => {
    const inside = new ZoomTransform(2, -500, 0);
    expect(constrain(inside, horizontal)).toBe(inside);
    const outside = constrain(new ZoomTransform(2, 200, 30), horizontal);
    expect(outside).toBeInstanceOf(ZoomTransform);
    expect([outside.k, outside.x, outside.y]).toEqual([2, 0, 0]);
  });
});

describe('scaleAround', () => {
  it('keeps the point zoomed around where it is', () => {
    const zoomed = scaleAround(zoomIdentity, 2, [400, 150], horizontal);
    expect(zoomed.k).toBe(2);
    expect(zoomed.applyX(400)).toBeCloseTo(400, 6);
    const back = scaleAround(zoomed, 0.5, [400, 150], horizontal);
    expect([back.k, back.x]).toEqual([1, 0]);
  });

  it('stops at the zoom limits', () => {
    expect(scaleAround(new ZoomTransform(40, -20_000, 0), 2, [500, 0], horizontal).k).toBe(50);
    expect(scaleAround(zoomIdentity, 0.5, [500, 0], horizontal).k).toBe(1);
  });
});

describe('transformShowing and transformRevealing', () => {
  it('shows a stretch over the share of the view asked for, centred', () => {
    const shown = transformShowing([200, 300], 0.9, zoomIdentity, horizontal);
    expect(shown.k).toBeCloseTo(9, 6);
    const t = new ZoomTransform(shown.k, shown.x, shown.y);
    expect((t.applyX(200) + t.applyX(300)) / 2).toBeCloseTo(500, 6);
    expect(t.applyX(300) - t.applyX(200)).toBeCloseTo(900, 6);
  });

  it('keeps the zoom factor exactly when the stretch is as long as the one shown, so that only a pan happens', () => {
    const current = {k: 4, x: -1000, y: 0};
    expect(transformShowing([100, 100 + 1000 / 4 + 1e-10], 1, current, horizontal).k).toBe(4);
  });

  it('pans a point off screen to a third of the way in, and leaves one in view where it is', () => {
    const current = {k: 4, x: -1000, y: 0};
    expect(transformRevealing(500, 100, current, horizontal)).toBeUndefined();
    const revealed = transformRevealing(1200, 100, current, horizontal)!;
    expect(revealed.k).toBe(4);
    expect(1200 - current.x + revealed.x).toBeCloseTo(1000 / 3, 6);
    expect(transformRevealing(10, 0, current, horizontal)!.x).toBeCloseTo(-1000 + 1000 / 3 - 10, 6);
  });
});
