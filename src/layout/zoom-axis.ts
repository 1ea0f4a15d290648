// Where a time is shown on screen: the time scale gives its pixel in the drawing, a right-to-left
// horizontal drawing mirrors it, and the zoom transform (d3-zoom's, on the screen) scales and
// shifts it along time's axis. Written once here; the element, its view model and the layout use it.
import type {TimeScale} from './time-scale.js';

/** A zoom transform's numbers (d3-zoom's ZoomTransform has them): a point p is shown at p · k + (x, y). */
export interface ZoomNumbers {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

/** How the drawing lies: time along x (mirrored right to left) or along y. */
export interface AxisFrame {
  vertical: boolean;
  rtl: boolean;
  /** The drawing's width, which a mirrored drawing is mirrored in. */
  width: number;
}

/** A scale from time to the screen along time's axis, as d3's scales are: called, and inverted. */
export interface ScreenScale {
  (t: number): number;
  invert(at: number): number;
}

/** The transform's shift along time's axis, on screen. */
export function shiftOf(transform: ZoomNumbers, frame: AxisFrame): number {
  return frame.vertical ? transform.y : transform.x;
}

/**
 * The same shift in the unmirrored drawing, where the layout works before it mirrors: for a
 * mirrored drawing, screen = width − (p · k + drawn), and screen = (width − p) · k + x.
 */
export function drawnShift(transform: ZoomNumbers, frame: AxisFrame): number {
  return drawnShiftAt(transform.k, shiftOf(transform, frame), frame);
}

/** `drawnShift` from the zoom factor and the shift along time's axis. */
export function drawnShiftAt(k: number, shift: number, frame: AxisFrame): number {
  return !frame.vertical && frame.rtl ? frame.width * (1 - k) - shift : shift;
}

/** Time → screen position along time's axis under `transform`; `invert` goes back. */
export function screenScale(scale: TimeScale, transform: ZoomNumbers, frame: AxisFrame): ScreenScale {
  const {k} = transform;
  const drawn = drawnShift(transform, frame);
  const mirror = !frame.vertical && frame.rtl ? (p: number) => frame.width - p : (p: number) => p;
  const toScreen = (t: number) => mirror(scale(t) * k + drawn);
  return Object.assign(toScreen, {invert: (at: number) => scale.invert((mirror(at) - drawn) / k)});
}

/** The drawn size, the deepest zoom, and the axis time runs along (the other stays unmoved). */
export interface ZoomFrame {
  width: number;
  height: number;
  maxK: number;
  axis: 'x' | 'y';
}

/** A transform moved along time's axis only. */
export function alongAxis(axis: 'x' | 'y', k: number, shift: number): ZoomNumbers {
  return axis === 'y' ? {k, x: 0, y: shift} : {k, x: shift, y: 0};
}

/** Keeps the drawing covering the surface: no zooming out past 1, no panning past the edges, no moving across time. */
export function keepInside(transform: ZoomNumbers, {width, height, maxK, axis}: ZoomFrame): ZoomNumbers {
  const k = Math.max(1, Math.min(Math.max(1, maxK), transform.k));
  const clamp = (value: number, length: number) => Math.max(length * (1 - k), Math.min(0, value));
  return {k, x: axis === 'x' ? clamp(transform.x, width) : 0, y: axis === 'y' ? clamp(transform.y, height) : 0};
}

/**
 * The transform that shows the screen stretch [a, b] (at zoom 1) over `share` of the view,
 * centred. A stretch as long as the one shown under `current` (but for rounding) only pans:
 * keeping k exactly keeps that zoom level's packing of the labels.
 */
export function transformShowing([a, b]: [number, number], share: number, current: ZoomNumbers, frame: ZoomFrame): ZoomNumbers {
  const [p0, p1] = a < b ? [a, b] : [b, a];
  const length = frame.axis === 'y' ? frame.height : frame.width;
  let k = Math.min(frame.maxK, Math.max(1, (length * share) / Math.max(1, p1 - p0)));
  if (Math.abs(k - current.k) <= current.k * 1e-9) k = current.k;
  return alongAxis(frame.axis, k, length / 2 - ((p0 + p1) / 2) * k);
}

/**
 * The transform that brings a point shown at `at` (on screen, along time's axis) back into view,
 * a third of the way in, with `room` px kept free after it for its label; undefined when it is
 * in view already.
 */
export function transformRevealing(at: number, room: number, current: ZoomNumbers, frame: ZoomFrame): ZoomNumbers | undefined {
  const length = frame.axis === 'y' ? frame.height : frame.width;
  if (at >= 24 && at <= length - 24 - room) return undefined;
  const shift = (frame.axis === 'y' ? current.y : current.x) + length / 3 - at;
  return alongAxis(frame.axis, current.k, shift);
}
