// Geometry of the links between events: arcs that leave the time axis and come back to it
// (an arc diagram), higher for longer links, with label spots that do not collide.
import {estimateTextWidth} from './text-width.js';

export interface ArcInput {
  /** Positions of the two ends along the time axis (screen px). */
  from: number;
  to: number;
  label: string;
}

export interface Arc {
  /** SVG path data. */
  d: string;
  /** Where the label goes, or undefined when no spot was free. */
  labelX?: number;
  labelY?: number;
}

export interface ArcOptions {
  /** The axis line: y for horizontal layouts, x for vertical ones. */
  base: number;
  /** +1 bulges down (horizontal) or right; -1 up or left. */
  side: 1 | -1;
  /** Tallest arc in px. */
  maxHeight: number;
  /** Lowest arc in px. */
  minHeight?: number;
  vertical: boolean;
  fontSize?: number;
  /** False when there is no room for labels along the arcs (narrow vertical layouts). */
  labels?: boolean;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Arcs for `inputs`, in the same order. Labels are placed shortest arc first; one that would overlap another is left out. */
export function arcPaths(inputs: readonly ArcInput[], options: ArcOptions): Arc[] {
  const {base, side, maxHeight, minHeight = 16, vertical, fontSize = 11, labels = true} = options;
  const boxes: {x0: number; x1: number; y0: number; y1: number}[] = [];
  const order = inputs.map((_, i) => i).sort((a, b) => Math.abs(inputs[a].to - inputs[a].from) - Math.abs(inputs[b].to - inputs[b].from));
  const arcs: Arc[] = new Array(inputs.length);
  for (const i of order) {
    const {from, to, label} = inputs[i];
    const height = Math.min(maxHeight, minHeight + Math.abs(to - from) * 0.25);
    const bulge = base + side * height;
    // A cubic Bézier with both control points at the bulge: its apex sits at 3/4 of the height.
    const d = vertical
      ? `M${round(base)},${round(from)}C${round(bulge)},${round(from)} ${round(bulge)},${round(to)} ${round(base)},${round(to)}`
      : `M${round(from)},${round(base)}C${round(from)},${round(bulge)} ${round(to)},${round(bulge)} ${round(to)},${round(base)}`;
    const arc: Arc = {d};
    arcs[i] = arc;
    if (!labels || vertical || !label) continue;
    const width = estimateTextWidth(label, fontSize) + 6;
    const x = (from + to) / 2;
    for (let y = base + side * (height * 0.75 + fontSize * 0.5); Math.abs(y - base) <= maxHeight + fontSize * 2; y += side * (fontSize + 3)) {
      const box = {x0: x - width / 2, x1: x + width / 2, y0: y - fontSize * 0.6, y1: y + fontSize * 0.6};
      if (boxes.some((b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1)) continue;
      boxes.push(box);
      arc.labelX = round(x);
      arc.labelY = round(y);
      break;
    }
  }
  return arcs;
}
