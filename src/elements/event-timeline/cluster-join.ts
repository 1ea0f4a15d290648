// The cluster badges: one <g role=option> per cluster ("+12", opening it zooms in), keyed by the
// cluster's key, after the options in the listbox (option-layer.ts). A zoom step that keeps a
// cluster keeps its badge and rewrites only what changed (its place, its count and name). The
// server writes the same elements as markup (server-options.ts); names are attributes, never markup.
import {Join, set, setText, SVG} from './keyed-layer.js';

/** A cluster as drawn: its key (as text), where its badge is, what it says and its accessible name. */
export interface DrawnCluster {
  id: string;
  transform: string;
  /** "+12" */
  label: string;
  width: number;
  name: string;
}

/** A new badge is a copy of this one, made once per document: copying is quicker than building. */
const blanks = new WeakMap<Document, SVGGElement>();

export class ClusterJoin extends Join<DrawnCluster, void, SVGGElement> {
  protected override readonly key = 'data-cluster';

  protected create(document: Document): SVGGElement {
    let blank = blanks.get(document);
    if (!blank) {
      blank = document.createElementNS(SVG, 'g');
      for (const [name, value] of [
        ['part', 'cluster'],
        ['class', 'cluster'],
        ['role', 'option'],
        ['aria-selected', 'false'],
        ['tabindex', '-1'],
      ])
        blank.setAttribute(name, value);
      const rect = document.createElementNS(SVG, 'rect');
      rect.setAttribute('y', '-12');
      rect.setAttribute('height', '24');
      rect.setAttribute('rx', '12');
      const text = document.createElementNS(SVG, 'text');
      for (const [name, value] of [
        ['x', '0'],
        ['y', '4'],
        ['text-anchor', 'middle'],
        ['aria-hidden', 'true'],
      ])
        text.setAttribute(name, value);
      blank.append(rect, text);
      blanks.set(document, blank);
    }
    return blank.cloneNode(true) as SVGGElement;
  }

  protected write(node: SVGGElement, cluster: DrawnCluster): void {
    set(node, 'aria-label', cluster.name);
    set(node, 'transform', cluster.transform);
    const [rect, text] = node.children;
    set(rect, 'x', String(-cluster.width / 2));
    set(rect, 'width', String(cluster.width));
    setText(text, cluster.label);
  }
}
