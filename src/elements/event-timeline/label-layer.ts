// The drawn event labels: one <text> per event, keyed by id, written straight into the layer's
// <g> by a directive. Lit's `repeat` would wrap every label in two comment markers of its own and
// a list of lines in more; a label is only text, so a small keyed join (the shape of d3's
// selection.join, keyed-layer.ts) keeps it at one element, its lines' text nodes and a <tspan>
// per further line. Text goes in as text nodes, never as markup.
import {directive} from 'lit/directive.js';
import type {DrawnLabel} from './chart-marks.js';
import {Join, JoinLayer, set, SVG} from './keyed-layer.js';

/** The element's direction and language, which the date lines (the element's own words) are written in. */
export interface DateLines {
  dir: 'ltr' | 'rtl';
  lang: string;
}

type LabelNode = SVGTextElement & {drawn?: string};

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

class LabelJoin extends Join<DrawnLabel, DateLines, LabelNode> {
  protected override readonly key = 'data-label-for';

  protected create(document: Document): LabelNode {
    const node = document.createElementNS(SVG, 'text');
    node.setAttribute('part', 'event-label');
    return node;
  }

  protected write(node: LabelNode, label: DrawnLabel, dates: DateLines): void {
    set(node, 'transform', label.transform);
    set(node, 'class', `label halo ${label.className}`.trim());
    set(node, 'text-anchor', label.anchor);
    set(node, 'direction', label.direction);
    writeText(node, label, dates);
  }
}

class LabelLayer extends JoinLayer<[labels: readonly DrawnLabel[], dates: DateLines]> {
  private readonly labels = new LabelJoin();
  protected readonly joins = [this.labels];

  protected draw(layer: Element, [labels, dates]: [readonly DrawnLabel[], DateLines]): void {
    this.labels.join(layer, layer.firstChild, labels, dates);
  }
}

/** `<g ${labelLayer(labels, dates)}>`: keeps the layer's children one <text> per label, in order. */
export const labelLayer = directive(LabelLayer);
