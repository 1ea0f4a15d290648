// The drawn events' options: one <g role="option"> per event, keyed by id, holding its pointer
// target, stem, the anchor's ring and its mark, written straight into the layer's <g> by a
// directive from the records of chart-marks.ts. Lit's `repeat` would put two comment markers
// round every option; this keyed join (the shape of d3's selection.join, like label-layer.ts)
// puts none, and keeps each option's element while it stays drawn, so focus stays on it.
import {noChange} from 'lit';
import {Directive, directive, type ElementPart} from 'lit/directive.js';
import type {Box, DrawnEvent} from './chart-marks.js';

const SVG = 'http://www.w3.org/2000/svg';

type OptionNode = SVGGElement & {shapes?: [SVGRectElement, SVGLineElement, SVGRectElement, SVGRectElement]};

/** Sets an attribute only when it changes. */
function set(node: Element, name: string, value: string | number): void {
  const text = String(value);
  if (node.getAttribute(name) !== text) node.setAttribute(name, text);
}

function box(node: Element, {x, y, width, height}: Box, rx: number): void {
  set(node, 'x', x);
  set(node, 'y', y);
  set(node, 'width', width);
  set(node, 'height', height);
  set(node, 'rx', rx);
}

function create(doc: Document, event: DrawnEvent): OptionNode {
  const node = doc.createElementNS(SVG, 'g') as OptionNode;
  node.setAttribute('role', 'option');
  node.setAttribute('data-event-id', event.id);
  const shape = <T extends Element>(name: string, className: string) => {
    const element = doc.createElementNS(SVG, name) as unknown as T;
    element.setAttribute('class', className);
    return element;
  };
  node.shapes = [shape('rect', 'hit'), shape('line', 'stem'), shape('rect', 'anchor-ring'), shape('rect', '')];
  return node;
}

function write(node: OptionNode, event: DrawnEvent): void {
  set(node, 'part', event.parts);
  set(node, 'class', event.classes);
  set(node, 'id', event.optionId);
  set(node, 'aria-setsize', event.setSize);
  set(node, 'aria-posinset', event.position);
  set(node, 'tabindex', event.tabIndex);
  set(node, 'aria-selected', event.selected ? 'true' : 'false');
  set(node, 'aria-label', event.name);
  // Through the CSSOM, never a style attribute: strict CSPs block those.
  if (node.style.getPropertyValue('--_c') !== event.color) node.style.setProperty('--_c', event.color);
  const [hit, stem, ring, mark] = node.shapes!;
  box(hit, event.hit, 4);
  set(stem, 'x1', event.stem.x1);
  set(stem, 'y1', event.stem.y1);
  set(stem, 'x2', event.stem.x2);
  set(stem, 'y2', event.stem.y2);
  if (event.ring) box(ring, event.ring, event.ring.rx);
  box(mark, event.mark, event.mark.rx);
  set(mark, 'class', event.mark.className);
  const children = event.ring ? [hit, stem, ring, mark] : [hit, stem, mark];
  if (node.childNodes.length !== children.length || children.some((child, i) => node.childNodes[i] !== child)) node.replaceChildren(...children);
}

class OptionLayer extends Directive {
  private nodes = new Map<string, OptionNode>();

  render(_events: readonly DrawnEvent[]): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [events]: [readonly DrawnEvent[]]): typeof noChange {
    const layer = part.element;
    // Stale options go first, so that no option that stays is moved (a moved element loses focus).
    const wanted = new Set(events.map((event) => event.id));
    for (const [id, node] of this.nodes) if (!wanted.has(id)) node.remove();
    const nodes = new Map<string, OptionNode>();
    // The layer's other children (Lit's clusters, with their markers) come after the options.
    let next = layer.firstChild;
    for (const event of events) {
      const node = this.nodes.get(event.id) ?? create(layer.ownerDocument, event);
      nodes.set(event.id, node);
      write(node, event);
      if (node === next) next = node.nextSibling;
      else layer.insertBefore(node, next);
    }
    this.nodes = nodes;
    return noChange;
  }
}

/** `<g ${optionLayer(events)}>`: keeps the layer's children one option per drawn event, in order. */
export const optionLayer = directive(OptionLayer);
