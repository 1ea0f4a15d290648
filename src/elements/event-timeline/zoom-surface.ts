// Retired: the gestures are d3-zoom's now (zoom-gestures.ts, loaded with the interaction part;
// zoom-control.ts is the element's side). This name stays only for the type import of
// timeline-view.ts, which moves to zoom-transform.ts with that file's rewrite.
export type {ZoomState} from './zoom-transform.js';
