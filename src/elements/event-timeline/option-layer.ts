// A drawn event's option, as the keyed layer (keyed-layer.ts) writes it from its record
// (chart-marks.ts): one <g role="option"> holding its pointer target, stem, the anchor's ring and
// its mark, a rectangle for points (a circle: rx is half its side) and bars alike. The focus ring
// is the option's outline; a live update's ring the target's stroke (the styles).
import type {Box, DrawnEvent} from './chart-marks.js';
import {set} from './keyed-layer.js';

const SVG = 'http://www.w3.org/2000/svg';

export type OptionNode = SVGGElement & {shapes?: [SVGRectElement, SVGLineElement, SVGRectElement, SVGRectElement]};

function box(node: Element, {x, y, width, height}: Box, rx: number): void {
  set(node, 'x', x);
  set(node, 'y', y);
  set(node, 'width', width);
  set(node, 'height', height);
  set(node, 'rx', rx);
}

export function createOption(doc: Document, event: DrawnEvent): OptionNode {
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

export function writeOption(node: OptionNode, event: DrawnEvent): void {
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
