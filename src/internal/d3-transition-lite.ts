// Stands in for d3-transition inside the drop-in bundle (see vite.lib.config.ts). d3-zoom
// needs only `interrupt` from it, and only to stop transitions that this library never
// starts: it animates zooms itself (zoom-surface.ts). The real d3-transition would bring
// d3-color and most of d3-interpolate, 9 KB gzipped of a 45 KB budget, for nothing.
import {selection} from 'd3-selection';

/** No d3 transition ever runs on our elements, so there is nothing to interrupt. */
export function interrupt(): void {}

// d3-zoom calls selection.interrupt() before applying a transform.
const proto = selection.prototype as unknown as {interrupt?: () => unknown};
proto.interrupt ??= function (this: unknown) {
  return this;
};
