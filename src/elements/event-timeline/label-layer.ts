// The drawn event labels: one <text> per event, keyed by id, written straight into the layer's
// <g> by a directive. Lit's `repeat` would wrap every label in two comment markers of its own and
// a list of lines in more; a label is only text, so a small keyed join (the shape of d3's
// selection.join) keeps it at one element, its lines' text nodes and a <tspan> per further line.
// Text goes in as text nodes, never as markup.
import {noChange} from 'lit';
import {Directive, directive, PartType, type ElementPart, type PartInfo} from 'lit/directive.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** One event's label, in the coordinates of its own transform (title's first baseline at 0). */
export interface DrawnLabel {
  /** The event's id (the key). */
  id: string;
  x: number;
  y: number;
  /** Title lines; the first is the <text>'s own text, each further one a <tspan>. */
  lines: readonly string[];
  lineHeight: number;
  /** The date line, a <tspan class="subtitle">, this far below the first title line's baseline. */
  subtitle: string;
  subtitleY: number;
  /** The title's anchor and direction (the data's), and the date's (the element's). */
  anchor: 'start' | 'end';
  direction: 'ltr' | 'rtl';
  subtitleAnchor: 'start' | 'end';
  subtitleDirection: 'ltr' | 'rtl';
  /** The element's language, for the date line it writes itself. */
  subtitleLang: string;
  /** Extra classes: `emphasis` (the story's own event), `cancelled` (title struck through). */
  className: string;
}

interface Written {
  node: SVGTextElement;
  /** What the node's children say, to skip rewriting unchanged text (panning moves labels only). */
  content: string;
  transform: string;
  className: string;
}

class LabelLayer extends Directive {
  private written = new Map<string, Written>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('labelLayer() goes on the layer element: <g ${labelLayer(labels)}>');
  }

  render(_labels: readonly DrawnLabel[]): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [labels]: [readonly DrawnLabel[]]): typeof noChange {
    const layer = part.element;
    const next = new Map<string, Written>();
    let cursor = layer.firstChild;
    for (const label of labels) {
      const written = this.written.get(label.id) ?? create(layer.ownerDocument, label.id);
      this.written.delete(label.id);
      write(written, label);
      next.set(label.id, written);
      if (written.node === cursor) cursor = cursor.nextSibling;
      else layer.insertBefore(written.node, cursor);
    }
    for (const gone of this.written.values()) gone.node.remove();
    this.written = next;
    return noChange;
  }
}

function create(doc: Document, id: string): Written {
  const node = doc.createElementNS(SVG_NS, 'text');
  node.setAttribute('data-label-for', id);
  node.setAttribute('part', 'event-label');
  return {node, content: '', transform: '', className: ''};
}

const r = (value: number) => Math.round(value * 10) / 10;

function write(written: Written, label: DrawnLabel): void {
  const {node} = written;
  const transform = `translate(${r(label.x)},${r(label.y)})`;
  if (transform !== written.transform) node.setAttribute('transform', (written.transform = transform));
  const className = `label halo${label.className}`;
  if (className !== written.className) node.setAttribute('class', (written.className = className));
  const content = [label.lines.join('\n'), label.lineHeight, label.subtitle, label.subtitleY, label.anchor, label.direction, label.subtitleAnchor, label.subtitleDirection, label.subtitleLang, label.className].join('\u0000');
  if (content === written.content) return;
  written.content = content;
  node.setAttribute('text-anchor', label.anchor);
  node.setAttribute('direction', label.direction);
  const doc = node.ownerDocument;
  const children: Node[] = [];
  const cancelled = label.className.includes('cancelled');
  label.lines.forEach((line, i) => {
    // The first line is the text's own (no element); a struck-through title needs it in a tspan, as
    // text-decoration would otherwise reach the date line too.
    if (i === 0 && !cancelled) children.push(doc.createTextNode(line));
    else children.push(tspan(doc, line, 'line', i ? label.lineHeight : 0));
  });
  const date = tspan(doc, label.subtitle, 'subtitle', label.subtitleY - (label.lines.length - 1) * label.lineHeight);
  date.setAttribute('text-anchor', label.subtitleAnchor);
  date.setAttribute('direction', label.subtitleDirection);
  date.setAttribute('lang', label.subtitleLang);
  children.push(date);
  node.replaceChildren(...children);
}

function tspan(doc: Document, text: string, className: string, dy: number): SVGTSpanElement {
  const node = doc.createElementNS(SVG_NS, 'tspan');
  node.setAttribute('class', className);
  node.setAttribute('x', '0');
  if (dy) node.setAttribute('dy', String(r(dy)));
  node.textContent = text;
  return node;
}

/** `<g ${labelLayer(labels)}>`: keeps the layer's children one <text> per label, in order. */
export const labelLayer = directive(LabelLayer);
