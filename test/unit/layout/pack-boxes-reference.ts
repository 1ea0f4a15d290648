// The story packer as first written (every placed box asked about every candidate, O(n²·c)),
// kept as the reference the fast packer (src/layout/pack-boxes.ts) must agree with exactly.
// Not a test file itself (vitest only collects *.test.ts).
import type {BoxItem, BoxPacking} from '../../../src/layout/pack-boxes.js';

const GAP_X = 12;
const GAP_Y = 6;
/** What a stem through a label costs, in px of height: a box climbs a little to avoid one (stems pass behind labels' halos). */
const STEM_COST = 16;
/** A label before its mark reads a little less naturally than one after it. */
const FLIP_COST = 8;
/** Each shape after the first: a narrow label is taken only where it saves height. */
const SHAPE_COST = 12;
/** Each mark yet to come that a box stands over: a crowded stretch makes its labels narrow. */
const COVER_COST = 10;

/** `order`: the indexes of `items` in the order to place them; `[lo, hi]` the stretch labels must stay in. */
export function referencePackBoxes(
  items: readonly BoxItem[],
  order: ArrayLike<number>,
  lo: number,
  hi: number,
  maxHeight: number,
): BoxPacking {
  const n = items.length;
  const elevation = new Float64Array(n).fill(NaN);
  const labelAt = new Float64Array(n);
  const flipped = new Uint8Array(n);
  const shape = new Uint8Array(n);
  const spanStart = new Float64Array(n);
  const spanEnd = new Float64Array(n);
  const heightOf = (p: number) => items[p].shapes[shape[p]].height;
  const placed: number[] = [];
  let used = 0;
  for (let j = 0; j < order.length; j++) {
    const i = order[j];
    const item = items[i];
    let best: (Option & {y: number; cost: number; shape: number}) | undefined;
    item.shapes.forEach(({width, height}, form) => {
      for (const option of options(item, width, lo, hi)) {
        const {x0, x1} = option;
        const near = placed.filter((p) => spanStart[p] < x1 + GAP_X && x0 < spanEnd[p] + GAP_X);
        const heights = [0, ...near.map((p) => elevation[p] + heightOf(p) + GAP_Y)].sort((a, b) => a - b);
        // Each mark still to be placed under this box will have to climb over it (or run its stem through it).
        let covered = 0;
        for (let later = j + 1; later < order.length; later++) {
          const at = items[order[later]].from;
          if (at > x0 && at < x1) covered++;
        }
        const base = (option.flip ? FLIP_COST : 0) + form * SHAPE_COST + covered * COVER_COST;
        for (const y of heights) {
          if (y + height > maxHeight) break;
          if (best && y + base >= best.cost) break;
          const top = y + height;
          if (near.some((p) => elevation[p] < top + GAP_Y && y < elevation[p] + heightOf(p) + GAP_Y)) continue;
          let cost = y + base;
          for (const p of placed) {
            // This point's stem, from its mark down to the axis, through a box below it…
            if (item.point && spanStart[p] < item.from && item.from < spanEnd[p] && elevation[p] < y) cost += STEM_COST;
            // …or another point's stem through this box.
            const other = items[p];
            if (other.point && x0 < other.from && other.from < x1 && elevation[p] > y) cost += STEM_COST;
          }
          if (!best || cost < best.cost) best = {y, cost, shape: form, ...option};
        }
      }
    });
    if (!best) continue;
    elevation[i] = best.y;
    labelAt[i] = best.start;
    flipped[i] = best.flip ? 1 : 0;
    shape[i] = best.shape;
    spanStart[i] = best.x0;
    spanEnd[i] = best.x1;
    used = Math.max(used, best.y + heightOf(i));
    placed.push(i);
  }
  return {elevation, labelAt, flipped, shape, spanStart, spanEnd, used};
}

interface Option {
  /** Where the label's text starts. */
  start: number;
  x0: number;
  x1: number;
  flip: boolean;
}

/** Where a label of `width` may go: after its mark, or before it when it would run past `hi`. */
function options(item: BoxItem, width: number, lo: number, hi: number): Option[] {
  const {from, to, offset} = item;
  if (!item.point) {
    // A bar's label starts at the bar and slides back inside the drawing when it would run out.
    const start = Math.max(lo, Math.min(from + offset, hi - width));
    return [{start, x0: Math.min(from, start), x1: Math.max(to, start + width), flip: false}];
  }
  const after = {start: from + offset, x0: from - 8, x1: from + offset + width, flip: false};
  const before = {start: from - offset - width, x0: from - offset - width, x1: from + 8, flip: true};
  const list = [after, before].filter((option) => option.x1 - (option.flip ? 8 : 0) <= hi && option.x0 + (option.flip ? 0 : 8) >= lo);
  if (list.length) return list;
  // Room on neither side (a label wider than the drawing's half): the one with more room, cut when drawn.
  return [hi - from > from - lo ? after : before];
}
