// The axis's track and ticks as a template, for the server renderer alone: there the axis's
// directive (axis-layer.ts) cannot write into the DOM, so the same elements are written as
// markup. When the element hydrates, the directive writes its own and these go (shared/hydration.ts).
import {svg} from 'lit';
import type {DrawnLine, DrawnTick} from './axis-layer.js';

export function serverAxis(track: DrawnLine, ticks: readonly DrawnTick[]) {
  return [
    svg`<line class="track" x1=${track.x1} x2=${track.x2} y1=${track.y1} y2=${track.y2}></line>`,
    ...ticks.map((tick) => {
      const line = tick.line && svg`<line x1=${tick.line.x1} x2=${tick.line.x2} y1=${tick.line.y1} y2=${tick.line.y2}></line>`;
      return svg`<g class="tick" transform=${tick.transform}>${line ?? ''}<text class="halo" x=${tick.x} y=${tick.y} text-anchor=${tick.anchor}>${tick.label}</text></g>`;
    }),
  ];
}
