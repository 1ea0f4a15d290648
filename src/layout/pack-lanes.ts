// First-fit lane packing of spans along the time axis, O(n · lanes): each span goes to the
// lowest lane it fits in; spans that fit nowhere overflow (and are later counted in clusters).
// Reserved spans (the anchor, the focused event) are placed first and always get a lane.

export interface Span {
  start: number;
  end: number;
}

/**
 * `spans` sorted by start. Returns each span's lane, or -1 when it overflowed.
 * `reserved` spans (by index) are placed before all others and never overflow.
 */
export function packLanes(spans: readonly Span[], laneCount: number, gap: number, reserved: ReadonlySet<number> = new Set()): Int32Array {
  const starts = new Float64Array(spans.length);
  const ends = new Float64Array(spans.length);
  spans.forEach((span, i) => {
    starts[i] = span.start;
    ends[i] = span.end;
  });
  return packLaneArrays(starts, ends, laneCount, gap, reserved);
}

/**
 * packLanes over parallel arrays of starts and ends, with no object per span. The spans are
 * taken in the order `order` gives (indexes sorted by start; default: as they are, already
 * sorted); `reserved` and the lanes returned are by index.
 */
export function packLaneArrays(
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  laneCount: number,
  gap: number,
  reserved: ReadonlySet<number> = new Set(),
  order?: ArrayLike<number>,
): Int32Array {
  const n = starts.length;
  const lanes = new Int32Array(n).fill(-1);
  const lanesCount = Math.max(1, laneCount);
  // Reserved spans first (in the order they are taken), each in the lowest lane where it does
  // not meet another reserved span.
  const position = (index: number) => {
    if (!order) return index;
    for (let j = 0; j < n; j++) if (order[j] === index) return j;
    return -1;
  };
  const blocked: Span[][] = Array.from({length: lanesCount}, () => []);
  const first = [...reserved]
    .filter((i) => i >= 0 && i < n)
    .map((i) => [position(i), i])
    .sort((a, b) => a[0] - b[0]);
  for (const [, index] of first) {
    const span = {start: starts[index], end: ends[index]};
    let lane = blocked.findIndex((list) => list.every((other) => other.end + gap <= span.start || span.end + gap <= other.start));
    if (lane < 0) lane = lanesCount - 1;
    blocked[lane].push(span);
    lanes[index] = lane;
  }
  for (const list of blocked) list.sort((a, b) => a.start - b.start);
  const anyBlocked = blocked.some((list) => list.length > 0);

  const lastEnd = new Float64Array(lanesCount).fill(-Infinity);
  const next = new Int32Array(lanesCount); // index of the first reserved span in each lane not yet passed
  // The lowest end of any lane's last span (reserved spans not yet passed not counted): a span
  // starting before it + gap meets every lane, and overflows without a look at each (in a big
  // archive most spans overflow). Ends only grow, so it is a safe bound until a lane changes.
  let lowest = -Infinity;
  for (let j = 0; j < n; j++) {
    const i = order ? order[j] : j;
    if (lanes[i] >= 0) continue;
    const start = starts[i];
    if (lowest + gap > start) continue;
    const end = ends[i];
    for (let lane = 0; lane < lanesCount; lane++) {
      if (anyBlocked) {
        const list = blocked[lane];
        while (next[lane] < list.length && list[next[lane]].start <= start) {
          lastEnd[lane] = Math.max(lastEnd[lane], list[next[lane]].end);
          next[lane]++;
        }
        if (lastEnd[lane] + gap > start) continue;
        if (next[lane] < list.length && end + gap > list[next[lane]].start) continue;
      } else if (lastEnd[lane] + gap > start) continue;
      lanes[i] = lane;
      lastEnd[lane] = end;
      break;
    }
    lowest = lastEnd[0];
    for (let lane = 1; lane < lanesCount; lane++) if (lastEnd[lane] < lowest) lowest = lastEnd[lane];
  }
  return lanes;
}
