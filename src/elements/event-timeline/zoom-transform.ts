// The zoom maths of the gestures part, pure (unit-tested in Node): d3-zoom's own ZoomTransform
// (a drawn point p is shown at p · k + (x, y)), kept inside the drawing and zoomed around a point.
// The first frame has no d3-zoom yet: it reads a transform by its numbers (ZoomNumbers, with the
// time mapping in src/layout/zoom-axis.ts), which d3's transforms have.
import {ZoomTransform, zoomIdentity} from 'd3-zoom';
import {keepInside, type ZoomFrame, type ZoomNumbers} from '../../layout/zoom-axis.js';

export {ZoomTransform, zoomIdentity};
export type {ZoomFrame};

/** d3-zoom's constrain: the transform kept inside the frame (`keepInside`), the same object when it is already. */
export function constrain(transform: ZoomTransform, frame: ZoomFrame): ZoomTransform {
  const kept = keepInside(transform, frame);
  return sameTransform(kept, transform) ? transform : new ZoomTransform(kept.k, kept.x, kept.y);
}

/** The transform with these numbers, kept inside the frame. */
export function transformOf({k, x, y}: ZoomNumbers, frame: ZoomFrame): ZoomTransform {
  return constrain(new ZoomTransform(k, x, y), frame);
}

/** Zooms by `factor` around the point `at` (drawing px), which stays where it is; kept inside the frame. */
export function scaleAround(transform: ZoomTransform, factor: number, [px, py]: [number, number], frame: ZoomFrame): ZoomTransform {
  const k = Math.max(1, Math.min(frame.maxK, transform.k * factor));
  const ratio = k / transform.k;
  return transformOf({k, x: px - (px - transform.x) * ratio, y: py - (py - transform.y) * ratio}, frame);
}

/** Same numbers: moving from one to the other would move nothing. */
export function sameTransform(a: ZoomNumbers, b: ZoomNumbers): boolean {
  return a.k === b.k && a.x === b.x && a.y === b.y;
}
