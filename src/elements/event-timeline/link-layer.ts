// The link arcs, written straight into the links' <g> by a directive (keyed-layer.ts): per link, a
// <path> and, when the arc has room for one, its label's <text> right after it (a label belongs to
// the arc drawn just before it). Keyed by the link, so that a zoom step rewrites only what moved:
// an arc's path, its label's place. The server writes the same elements as markup
// (server-links.ts). Labels are text, never markup; colours go through the CSSOM.
import {directive} from 'lit/directive.js';
import {Join, JoinLayer, set, setStyle, setText, SVG} from './keyed-layer.js';

/** An arc as drawn, or its label: keyed by the link's index, and `-label` after it for the label. */
export type DrawnLinkPart =
  | {id: string; d: string; className: string; from: string; to: string; kind: string; color?: string}
  | {id: string; x: number; y: number; from: string; to: string; label: string};

class LinkJoin extends Join<DrawnLinkPart, void, SVGPathElement | SVGTextElement> {
  protected create(document: Document, part: DrawnLinkPart): SVGPathElement | SVGTextElement {
    const arc = 'd' in part;
    const node = document.createElementNS(SVG, arc ? 'path' : 'text');
    node.setAttribute('part', arc ? 'link' : 'link-label');
    if (!arc) node.setAttribute('class', 'link-label halo');
    return node;
  }

  protected write(node: SVGPathElement | SVGTextElement, part: DrawnLinkPart): void {
    if ('d' in part) {
      set(node, 'class', part.className);
      set(node, 'd', part.d);
      set(node, 'data-from', part.from);
      set(node, 'data-to', part.to);
      set(node, 'data-kind', part.kind);
      setStyle(node, '--_c', part.color);
    } else {
      set(node, 'x', String(part.x));
      set(node, 'y', String(part.y));
      set(node, 'data-from', part.from);
      set(node, 'data-to', part.to);
      setText(node, part.label);
    }
  }
}

class LinkLayer extends JoinLayer<[parts: readonly DrawnLinkPart[]]> {
  private readonly links = new LinkJoin();
  protected readonly joins = [this.links];

  protected draw(layer: Element, [parts]: [readonly DrawnLinkPart[]]): void {
    this.links.join(layer, layer.firstChild, parts);
  }
}

/** `<g class="links" ${linkLayer(parts)}>`: keeps the layer's first children the arcs and their labels, in order. */
export const linkLayer = directive(LinkLayer);
