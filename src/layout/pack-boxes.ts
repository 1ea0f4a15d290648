// Stacks a story's label boxes above the time axis: each box goes as low as it fits without
// meeting another, on the side of its mark with more room, preferring spots where no point's
// stem would run through a label. Greedy in the order given (the anchor first), so the same
// story always gives the same drawing. Each box counts the marks still to come under it by
// binary search, and weighs heights and stems against the boxes placed near it only. The placed
// boxes are kept in order of their tops, so the boxes near a candidate come in the order of the
// heights it may take, and whether a height is free is one comparison with the lowest bottom of
// the boxes above it: O(n · (p + log n + b)) for n boxes, p placed and b near each (both bounded
// by the label area's room). Stories only (up to 300 events; geometry.ts sends archives to the
// lane packer).

export interface BoxItem {
  /** The mark along the axis: a point's position, or a bar's start. */
  from: number;
  /** A bar's end (a point's is its position). */
  to: number;
  point: boolean;
  /**
   * The shapes the label may take, width and height of its box (label and, for bars, the bar
   * above it), the first preferred: a wide one, and a narrower, taller one for crowded stretches.
   */
  shapes: readonly {width: number; height: number}[];
  /** Gap between a point and its label. */
  offset: number;
}

export interface BoxPacking {
  /** Height of each box's bottom above the axis (px), or NaN when it found no room. */
  elevation: Float64Array;
  /** Where each label starts along the axis, and whether it runs before its mark. */
  labelAt: Float64Array;
  flipped: Uint8Array;
  /** Which of its shapes each label took. */
  shape: Uint8Array;
  /** Extent of each box along the axis. */
  spanStart: Float64Array;
  spanEnd: Float64Array;
  /** Highest box top. */
  used: number;
}

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
export function packBoxes(items: readonly BoxItem[], order: ArrayLike<number>, lo: number, hi: number, maxHeight: number): BoxPacking {
  const n = items.length;
  const m = order.length;
  const elevation = new Float64Array(n).fill(NaN);
  const labelAt = new Float64Array(n);
  const flipped = new Uint8Array(n);
  const shape = new Uint8Array(n);
  const spanStart = new Float64Array(n);
  const spanEnd = new Float64Array(n);
  // The placed boxes in order of their tops (each box's top and the gap above it), ties in the order placed.
  const top = new Float64Array(n);
  const byTop = new Int32Array(n);
  let count = 0;
  // The marks still to come, sorted along the axis (a mark that is no number lies between no two
  // positions and is left out); `later` of them. Each box's mark leaves the list in its turn (a move
  // of at most 300 numbers: a story's).
  const ahead = Float64Array.from(order, (i) => items[i].from)
    .filter((x) => !Number.isNaN(x))
    .sort();
  let later = ahead.length;
  // How many of the marks ahead are below `x` (`orAt`: at or below it).
  const below = (x: number, orAt: boolean) => {
    let low = 0;
    for (let high = later; low < high;) {
      const mid = (low + high) >> 1;
      if (ahead[mid] < x || (orAt && ahead[mid] === x)) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  // Scratch space, reused for every candidate: the boxes near it (in order of their tops), and the
  // lowest bottom of those from each on (the boxes a height below their tops would meet).
  const near = new Int32Array(n);
  const lowest = new Float64Array(n);
  let used = 0;
  for (let j = 0; j < m; j++) {
    const i = order[j];
    const item = items[i];
    if (!Number.isNaN(item.from)) {
      const r = below(item.from, false);
      ahead.copyWithin(r, r + 1, later--);
    }
    let best: Option | undefined;
    let bestY = 0;
    let bestCost = Infinity;
    let bestShape = 0;
    for (let form = 0; form < item.shapes.length; form++) {
      const {width, height} = item.shapes[form];
      for (const option of options(item, width, lo, hi)) {
        const {x0, x1} = option;
        // Each mark still to be placed under this box will have to climb over it (or run its stem through it).
        const covered = Math.max(0, below(x1, false) - below(x0, true));
        const base = (option.flip ? FLIP_COST : 0) + form * SHAPE_COST + covered * COVER_COST;
        // Not even on the axis would it fit, or beat the best so far: no need to look further.
        if (height > maxHeight || (best && base >= bestCost)) continue;
        // The boxes near it, and the heights it may take: on the axis, or on top of one of them.
        let k = 0;
        for (let q = 0; q < count; q++) {
          const p = byTop[q];
          if (spanStart[p] < x1 + GAP_X && x0 < spanEnd[p] + GAP_X) near[k++] = p;
        }
        let low = Infinity;
        for (let q = k - 1; q >= 0; q--) lowest[q] = low = Math.min(low, elevation[near[q]]);
        // `above`: the first box near whose top is higher than y, and so the first that y may meet.
        for (let h = -1, above = 0; h < k; h++) {
          const y = h < 0 ? 0 : top[near[h]];
          // A height taken twice gives the same answer twice.
          if (h >= 0 && y === (h > 0 ? top[near[h - 1]] : 0)) continue;
          if (y + height > maxHeight) break;
          if (best && y + base >= bestCost) break;
          while (above < k && !(top[near[above]] > y)) above++;
          // A box meets this one when it starts below this one's top (and ends above y: all from `above` on do).
          if (above < k && lowest[above] < y + height + GAP_Y) continue;
          // Only a box near this one can hold a stem through it, or stand over its mark.
          let cost = y + base;
          for (let q = 0; q < k; q++) {
            const p = near[q];
            // This point's stem, from its mark down to the axis, through a box below it…
            if (item.point && spanStart[p] < item.from && item.from < spanEnd[p] && elevation[p] < y) cost += STEM_COST;
            // …or another point's stem through this box.
            const other = items[p];
            if (other.point && x0 < other.from && other.from < x1 && elevation[p] > y) cost += STEM_COST;
          }
          if (!best || cost < bestCost) {
            best = option;
            bestY = y;
            bestCost = cost;
            bestShape = form;
          }
        }
      }
    }
    if (!best) continue;
    elevation[i] = bestY;
    labelAt[i] = best.start;
    flipped[i] = best.flip ? 1 : 0;
    shape[i] = bestShape;
    spanStart[i] = best.x0;
    spanEnd[i] = best.x1;
    const boxTop = bestY + item.shapes[bestShape].height;
    used = Math.max(used, boxTop);
    top[i] = boxTop + GAP_Y;
    let at = count++;
    for (; at > 0 && top[byTop[at - 1]] > top[i]; at--) byTop[at] = byTop[at - 1];
    byTop[at] = i;
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
