// The drawn events' options: one <g role=option> per event, keyed by id, written straight into the
// listbox by a directive (keyed-layer.ts) rather than by Lit's `repeat`, whose two comment markers
// an item would cost two nodes an event; after them, the cluster badges (cluster-join.ts). An
// option holds its pointer target (whose stroke is the ring of a live update; the focus ring is
// the option's outline), its stem and its mark, a
// rectangle for points (a circle: rx is half its side) and bars alike, and, for the story's own
// event, a ring before the mark. What goes in is worked out before (chart-marks.ts); names are
// attributes, never markup. The server writes the same elements as markup (server-options.ts).
import {directive} from 'lit/directive.js';
import type {DrawnEvent} from './chart-marks.js';
import {ClusterJoin, type DrawnCluster} from './cluster-join.js';
import {Join, JoinLayer, place, set, setStyle, SVG} from './keyed-layer.js';

/** A new option is a copy of this one, made once per document: copying is quicker than building. */
const blanks = new WeakMap<Document, SVGGElement>();

const shape = (option: Element, name: string, className?: string) => {
  const node = option.ownerDocument.createElementNS(SVG, name);
  if (className) node.setAttribute('class', className);
  return node;
};

class OptionJoin extends Join<DrawnEvent, void, SVGGElement> {
  protected override readonly key = 'data-event-id';

  protected create(document: Document): SVGGElement {
    let blank = blanks.get(document);
    if (!blank) {
      blank = document.createElementNS(SVG, 'g');
      blank.setAttribute('role', 'option');
      const hit = shape(blank, 'rect', 'hit');
      hit.setAttribute('rx', '4');
      blank.append(hit, shape(blank, 'line', 'stem'), shape(blank, 'rect'));
      blanks.set(document, blank);
    }
    return blank.cloneNode(true) as SVGGElement;
  }

  protected write(node: SVGGElement, event: DrawnEvent): void {
    set(node, 'part', event.parts);
    set(node, 'class', event.classes);
    set(node, 'id', event.optionId);
    set(node, 'aria-setsize', String(event.setSize));
    set(node, 'aria-posinset', String(event.position));
    set(node, 'tabindex', String(event.tabIndex));
    set(node, 'aria-selected', String(event.selected));
    set(node, 'aria-label', event.name);
    setStyle(node, '--_c', event.color);
    const [hit, stem] = node.children;
    const mark = node.lastElementChild!;
    let ring: Element | undefined = node.children[3] && node.children[2];
    if (!event.ring) ring?.remove();
    else ring ??= node.insertBefore(shape(node, 'rect', 'anchor-ring'), mark);
    place(hit, event.hit);
    place(stem, event.stem);
    if (event.ring) place(ring!, event.ring);
    place(mark, event.mark);
  }
}

class OptionLayer extends JoinLayer<[events: readonly DrawnEvent[], clusters: readonly DrawnCluster[]]> {
  private readonly options = new OptionJoin();
  private readonly clusters = new ClusterJoin();
  protected readonly joins = [this.options, this.clusters];

  protected draw(layer: Element, [events, clusters]: [readonly DrawnEvent[], readonly DrawnCluster[]]): void {
    this.clusters.join(layer, this.options.join(layer, layer.firstChild, events), clusters);
  }
}

/**
 * `<g role="listbox" ${optionLayer(events, clusters)}>`: keeps the listbox's first children one
 * option per event, then one badge per cluster, in order.
 */
export const optionLayer = directive(OptionLayer);
