// The link arcs and their labels as a template, for the server renderer alone: there the links'
// directive (link-layer.ts) cannot write into the DOM, so the same elements are written as
// markup. When the element hydrates, the directive writes its own and these go (shared/hydration.ts).
import {svg} from 'lit';
import type {DrawnLinkPart} from './link-layer.js';
import {styleMap} from '../shared/style-map.js';

export function serverLinks(parts: readonly DrawnLinkPart[]) {
  return parts.map((part) =>
    'd' in part
      ? svg`<path part="link" class=${part.className} d=${part.d} data-from=${part.from} data-to=${part.to} data-kind=${part.kind} style=${styleMap({'--_c': part.color})}></path>`
      : svg`<text part="link-label" class="link-label halo" x=${part.x} y=${part.y} data-from=${part.from} data-to=${part.to}>${part.label}</text>`,
  );
}
