// Stacks a story's label boxes above the time axis: each box goes as low as it fits without
// meeting another, on the side of its mark with more room, preferring spots where no point's
// stem would run through a label. Greedy in the order given (the anchor first), so the same
// story always gives the same drawing. Each box looks only at the boxes placed near it (found
// in an index ordered along the axis) and counts the marks still to come under it in a Fenwick
// tree: O(n · (log n + b²)) for n boxes with b placed near each, which the height of the label
// area bounds. Stories only (up to 300 events; geometry.ts sends archives to the lane packer).

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
  const elevation = new Float64Array(n).fill(NaN);
  const labelAt = new Float64Array(n);
  const flipped = new Uint8Array(n);
  const shape = new Uint8Array(n);
  const spanStart = new Float64Array(n);
  const spanEnd = new Float64Array(n);
  const boxHeight = new Float64Array(n);
  const placed = new PlacedIndex(spanStart, spanEnd, n);
  const marks = new MarksAhead(items, order);
  // Scratch space, reused for every candidate: the boxes near it and the heights it may take.
  const near = new Int32Array(n);
  const heights = new Float64Array(n + 1);
  const lowest = new Float64Array(n + 2);
  let used = 0;
  for (let j = 0; j < order.length; j++) {
    const i = order[j];
    const item = items[i];
    marks.pass(j);
    let best: Option | undefined;
    let bestY = 0;
    let bestCost = Infinity;
    let bestShape = 0;
    for (let form = 0; form < item.shapes.length; form++) {
      const {width, height} = item.shapes[form];
      for (const option of options(item, width, lo, hi)) {
        const {x0, x1} = option;
        // Each mark still to be placed under this box will have to climb over it (or run its stem through it).
        const covered = marks.between(x0, x1);
        const base = (option.flip ? FLIP_COST : 0) + form * SHAPE_COST + covered * COVER_COST;
        // Not even on the axis would it fit, or beat the best so far: no need to look further.
        if (height > maxHeight || (best && base >= bestCost)) continue;
        const count = placed.near(x0, x1, GAP_X, near);
        // The heights a box may take: on the axis, or on top of a near box (its top and the gap).
        heights[0] = 0;
        for (let q = 0; q < count; q++) heights[q + 1] = elevation[near[q]] + boxHeight[near[q]] + GAP_Y;
        const sorted = heights.subarray(0, count + 1).sort();
        // A box at y clashes with a near box whose top (with the gap) is above y and whose bottom
        // is below this box's top (with the gap). The near boxes with their tops above y are those
        // from some place on in `sorted`: keep the lowest bottom from each place on.
        lowest.fill(Infinity, 0, count + 2);
        for (let q = 0; q < count; q++) {
          const p = near[q];
          const at = firstAtLeast(sorted, elevation[p] + boxHeight[p] + GAP_Y);
          if (elevation[p] < lowest[at]) lowest[at] = elevation[p];
        }
        for (let h = count; h >= 0; h--) if (lowest[h + 1] < lowest[h]) lowest[h] = lowest[h + 1];
        let above = 0;
        for (let h = 0; h <= count; h++) {
          const y = sorted[h];
          if (y + height > maxHeight) break;
          if (best && y + base >= bestCost) break;
          const top = y + height;
          // The first place whose top is above y.
          if (above <= h) above = h + 1;
          while (above <= count && sorted[above] <= y) above++;
          if (lowest[above] < top + GAP_Y) continue;
          // Only a box near this one can hold a stem through it, or stand over its mark.
          let cost = y + base;
          for (let q = 0; q < count; q++) {
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
    boxHeight[i] = item.shapes[bestShape].height;
    used = Math.max(used, bestY + boxHeight[i]);
    placed.add(i);
  }
  return {elevation, labelAt, flipped, shape, spanStart, spanEnd, used};
}

/**
 * The boxes placed so far, ordered by where they start along the axis, for finding those that
 * meet a stretch without looking at all of them: those starting before its end, back to where
 * even the longest box placed would end before its start.
 */
class PlacedIndex {
  readonly #byStart: Int32Array;
  readonly #starts: Float64Array;
  #count = 0;
  #longest = 0;
  constructor(
    readonly spanStart: Float64Array,
    readonly spanEnd: Float64Array,
    n: number,
  ) {
    this.#byStart = new Int32Array(n);
    this.#starts = new Float64Array(n);
  }

  add(i: number): void {
    const start = this.spanStart[i];
    const length = this.spanEnd[i] - start;
    // A span that is no number meets nothing (every comparison with it is false): not indexed.
    if (Number.isNaN(start) || Number.isNaN(length)) return;
    const at = this.#before(start, true);
    this.#byStart.copyWithin(at + 1, at, this.#count);
    this.#starts.copyWithin(at + 1, at, this.#count);
    this.#byStart[at] = i;
    this.#starts[at] = start;
    this.#count++;
    if (length > this.#longest) this.#longest = length;
  }

  /**
   * Writes to `out` the boxes that come within `gap` of [x0, x1] (compared exactly as asking
   * every box would: the same boxes, whatever the rounding); returns how many.
   */
  near(x0: number, x1: number, gap: number, out: Int32Array): number {
    const {spanStart, spanEnd} = this;
    // A px of slack beyond the longest box: rounding can never make the search stop too early.
    const reach = x0 - gap - this.#longest - 1;
    let count = 0;
    for (let r = this.#before(x1 + gap, false) - 1; r >= 0; r--) {
      const p = this.#byStart[r];
      if (this.#starts[r] < reach) break;
      if (spanStart[p] < x1 + gap && x0 < spanEnd[p] + gap) out[count++] = p;
    }
    return count;
  }

  /** How many indexed boxes start before `at` (`orAt`: at or before it). */
  #before(at: number, orAt: boolean): number {
    let low = 0;
    let high = this.#count;
    while (low < high) {
      const mid = (low + high) >> 1;
      const value = this.#starts[mid];
      if (value < at || (orAt && value === at)) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

/** The marks of the boxes still to be placed, counted between two positions in O(log n) (a Fenwick tree over their sorted positions). */
class MarksAhead {
  readonly #sorted: Float64Array;
  readonly #slot: Int32Array;
  readonly #tree: Int32Array;
  constructor(items: readonly BoxItem[], order: ArrayLike<number>) {
    const m = order.length;
    // Marks that are no number lie between no two positions: they are left out.
    const positions: number[] = [];
    for (let j = 0; j < m; j++) if (!Number.isNaN(items[order[j]].from)) positions.push(j);
    positions.sort((a, b) => items[order[a]].from - items[order[b]].from || a - b);
    this.#sorted = new Float64Array(positions.length);
    this.#slot = new Int32Array(m).fill(-1);
    this.#tree = new Int32Array(positions.length + 1);
    positions.forEach((j, s) => {
      this.#sorted[s] = items[order[j]].from;
      this.#slot[j] = s;
    });
    // Every slot holds one mark: each tree node counts the slots it covers.
    for (let s = 1; s <= positions.length; s++) this.#tree[s] = s & -s;
  }

  /** The box at position `j` of the order is being placed: its mark is no longer ahead. */
  pass(j: number): void {
    const slot = this.#slot[j];
    if (slot < 0) return;
    for (let s = slot + 1; s < this.#tree.length; s += s & -s) this.#tree[s]--;
  }

  /** Marks ahead strictly between `x0` and `x1`. */
  between(x0: number, x1: number): number {
    const first = this.#bound(x0, true); // first slot above x0
    const last = this.#bound(x1, false); // first slot at or above x1
    return last > first ? this.#prefix(last) - this.#prefix(first) : 0;
  }

  #prefix(count: number): number {
    let sum = 0;
    for (let s = count; s > 0; s -= s & -s) sum += this.#tree[s];
    return sum;
  }

  #bound(at: number, orAt: boolean): number {
    let low = 0;
    let high = this.#sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      const value = this.#sorted[mid];
      if (value < at || (orAt && value === at)) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

/** The first index of ascending `sorted` whose value is at least `value`. */
function firstAtLeast(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
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
