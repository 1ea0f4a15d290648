// The drawn events' options and the cluster badges as a template, for the server renderer alone:
// there the listbox's directive (option-layer.ts) cannot write into the DOM, so the same elements
// are written as markup. When the element hydrates, the directive adopts them (shared/hydration.ts).
// No white space between the tags: the browser's own options have none either.
import {svg} from 'lit';
import type {DrawnEvent} from './chart-marks.js';
import type {DrawnCluster} from './cluster-join.js';
import {styleMap} from '../shared/style-map.js';

export function serverOptions(events: readonly DrawnEvent[]) {
  return events.map((event) => {
    const {hit, stem, mark, ring} = event;
    const ringMark = ring
      ? svg`<rect class="anchor-ring" x=${ring.x} y=${ring.y} width=${ring.width} height=${ring.height} rx=${ring.rx}></rect>`
      : '';
    return svg`<g part=${event.parts} class=${event.classes} role="option" id=${event.optionId} data-event-id=${event.id} aria-setsize=${event.setSize} aria-posinset=${event.position} tabindex=${event.tabIndex} aria-selected=${event.selected ? 'true' : 'false'} aria-label=${event.name} style=${styleMap({'--_c': event.color})}><rect class="hit" x=${hit.x} y=${hit.y} width=${hit.width} height=${hit.height} rx="4"></rect><line class="stem" x1=${stem.x1} y1=${stem.y1} x2=${stem.x2} y2=${stem.y2}></line>${ringMark}<rect class=${mark.className} x=${mark.x} y=${mark.y} width=${mark.width} height=${mark.height} rx=${mark.rx}></rect></g>`;
  });
}

export function serverClusters(clusters: readonly DrawnCluster[]) {
  return clusters.map(
    (cluster) =>
      svg`<g part="cluster" class="cluster" role="option" aria-selected="false" tabindex="-1" data-cluster=${cluster.id} aria-label=${cluster.name} transform=${cluster.transform}><rect y="-12" height="24" rx="12" x=${-cluster.width / 2} width=${cluster.width}></rect><text x="0" y="4" text-anchor="middle" aria-hidden="true">${cluster.label}</text></g>`,
  );
}
