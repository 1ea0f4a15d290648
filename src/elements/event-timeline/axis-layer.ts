// The axis's track and its ticks, written straight into the axis's <g> by a directive
// (keyed-layer.ts): the track line first, then one <g class=tick> per tick, keyed by what it says
// and placed by a transform, so that panning moves ticks without rewriting their text or building
// them again. The axis breaks and gap notes follow, from Lit's template (render-chart.ts). The
// server writes the same elements as markup (server-axis.ts). Labels are text, never markup.
import {directive} from 'lit/directive.js';
import {Join, JoinLayer, place, set, setText, SVG} from './keyed-layer.js';

export interface DrawnLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A tick as drawn: its key (time and label), where it is, its mark (none for a context label) and its label. */
export interface DrawnTick {
  id: string;
  transform: string;
  line?: DrawnLine;
  x: number;
  y: number;
  anchor: string;
  label: string;
}

class TrackJoin extends Join<DrawnLine & {id: string}, void, SVGLineElement> {
  protected create(document: Document): SVGLineElement {
    const node = document.createElementNS(SVG, 'line');
    node.setAttribute('class', 'track');
    return node;
  }

  protected write(node: SVGLineElement, {x1, y1, x2, y2}: DrawnLine): void {
    place(node, {x1, y1, x2, y2});
  }
}

class TickJoin extends Join<DrawnTick, void, SVGGElement> {
  protected create(document: Document): SVGGElement {
    const node = document.createElementNS(SVG, 'g');
    node.setAttribute('class', 'tick');
    const text = document.createElementNS(SVG, 'text');
    text.setAttribute('class', 'halo');
    node.append(text);
    return node;
  }

  protected write(node: SVGGElement, tick: DrawnTick): void {
    set(node, 'transform', tick.transform);
    const text = node.lastElementChild!;
    let line = text.previousElementSibling;
    if (!tick.line) line?.remove();
    else {
      line ??= node.insertBefore(node.ownerDocument.createElementNS(SVG, 'line'), text);
      place(line, tick.line);
    }
    set(text, 'x', String(tick.x));
    set(text, 'y', String(tick.y));
    set(text, 'text-anchor', tick.anchor);
    setText(text, tick.label);
  }
}

class AxisLayer extends JoinLayer<[track: DrawnLine, ticks: readonly DrawnTick[]]> {
  private readonly track = new TrackJoin();
  private readonly ticks = new TickJoin();
  protected readonly joins = [this.track, this.ticks];

  protected draw(layer: Element, [track, ticks]: [DrawnLine, readonly DrawnTick[]]): void {
    this.ticks.join(layer, this.track.join(layer, layer.firstChild, [{id: 'track', ...track}]), ticks);
  }
}

/** `<g class="axis" ${axisLayer(track, ticks)}>`: keeps the axis's first children its track, then its ticks, in order. */
export const axisLayer = directive(AxisLayer);
