// The drawn event labels: one <text> per event, keyed by id, written straight into the layer's
// <g> by a directive. Lit's `repeat` would wrap every label in two comment markers of its own and
// a list of lines in more; a label is only text, so a small keyed join (the shape of d3's
// selection.join) keeps it at one element, its lines' text nodes and a <tspan> per further line.
// Text goes in as text nodes, never as markup.
import {noChange} from 'lit';
import {Directive, directive, type ElementPart} from 'lit/directive.js';
import type {DrawnLabel} from './chart-marks.js';

/** The element's direction and language, which the date lines (the element's own words) are written in. */
export interface DateLines {
  dir: 'ltr' | 'rtl';
  lang: string;
}

type LabelNode = SVGTextElement & {drawn?: string};

const SVG = 'http://www.w3.org/2000/svg';

/** Sets an attribute only when it changes: panning rewrites transforms, nothing else. */
function set(node: Element, name: string, value: string): void {
  if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}

function tspan(label: LabelNode, text: string, className: string, dy: number): SVGTSpanElement {
  const node = label.ownerDocument.createElementNS(SVG, 'tspan');
  node.setAttribute('class', className);
  node.setAttribute('x', '0');
  if (dy) node.setAttribute('dy', String(Math.round(dy * 10) / 10));
  node.textContent = text;
  return node;
}

/** Writes a label's lines and date when they changed (a new zoom level, language or story). */
function writeText(node: LabelNode, label: DrawnLabel, {dir, lang}: DateLines): void {
  const {lines, lineHeight} = label;
  const drawn = JSON.stringify([lines, lineHeight, label.subtitle, label.subtitleY, label.subtitleAnchor, dir, lang, label.className]);
  if (node.drawn === drawn) return;
  node.drawn = drawn;
  // The first line is the text's own; a struck-through title's goes in a tspan, or the line would reach the date too.
  const struck = label.className.includes('cancelled');
  const date = tspan(node, label.subtitle, 'subtitle', label.subtitleY - (lines.length - 1) * lineHeight);
  date.setAttribute('text-anchor', label.subtitleAnchor);
  date.setAttribute('direction', dir);
  date.setAttribute('lang', lang);
  node.replaceChildren(...lines.map((line, i) => (i || struck ? tspan(node, line, 'line', i && lineHeight) : line)), date);
}

class LabelLayer extends Directive {
  private nodes = new Map<string, LabelNode>();

  render(_labels: readonly DrawnLabel[], _dates: DateLines): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [labels, dates]: [readonly DrawnLabel[], DateLines]): typeof noChange {
    const layer = part.element;
    const nodes = new Map<string, LabelNode>();
    let next = layer.firstChild;
    for (const label of labels) {
      let node = this.nodes.get(label.id);
      if (node) this.nodes.delete(label.id);
      else {
        node = layer.ownerDocument.createElementNS(SVG, 'text');
        node.setAttribute('data-label-for', label.id);
        node.setAttribute('part', 'event-label');
      }
      nodes.set(label.id, node);
      set(node, 'transform', label.transform);
      set(node, 'class', `label halo ${label.className}`.trim());
      set(node, 'text-anchor', label.anchor);
      set(node, 'direction', label.direction);
      writeText(node, label, dates);
      if (node === next) next = node.nextSibling;
      else layer.insertBefore(node, next);
    }
    for (const gone of this.nodes.values()) gone.remove();
    this.nodes = nodes;
    return noChange;
  }
}

/** `<g ${labelLayer(labels, dates)}>`: keeps the layer's children one <text> per label, in order. */
export const labelLayer = directive(LabelLayer);
