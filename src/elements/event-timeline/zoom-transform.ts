// The zoom transform's shape, as d3-zoom's: a drawn point p is shown at p · k + (x, y). Only the
// coordinate along the time axis moves; the other stays 0.

export interface ZoomState {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

export const IDENTITY: ZoomState = {k: 1, x: 0, y: 0};
