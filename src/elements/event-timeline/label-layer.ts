// A drawn event's label, as the keyed layer (keyed-layer.ts) writes it: one <text>, its first
// title line its own text, each further line and the date a <tspan> (Lit's templates would add a
// marker node for each part). Text goes in as text nodes, never as markup.
import type {DrawnLabel} from './chart-marks.js';
import {set} from './keyed-layer.js';

/** The element's direction and language, which the date lines (the element's own words) are written in. */
export interface DateLines {
  dir: 'ltr' | 'rtl';
  lang: string;
}

export type LabelNode = SVGTextElement & {drawn?: string};

const SVG = 'http://www.w3.org/2000/svg';

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

export function createLabel(doc: Document, label: DrawnLabel): LabelNode {
  const node = doc.createElementNS(SVG, 'text');
  node.setAttribute('data-label-for', label.id);
  node.setAttribute('part', 'event-label');
  return node;
}

export function writeLabel(node: LabelNode, label: DrawnLabel, dates: DateLines): void {
  set(node, 'transform', label.transform);
  set(node, 'class', `label halo ${label.className}`.trim());
  set(node, 'text-anchor', label.anchor);
  set(node, 'direction', label.direction);
  writeText(node, label, dates);
}
