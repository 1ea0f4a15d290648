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
  const lanes = new Int32Array(spans.length).fill(-1);
  const lanesCount = Math.max(1, laneCount);
  // Reserved spans first, each in the lowest lane where it does not meet another reserved span.
  const blocked: Span[][] = Array.from({length: lanesCount}, () => []);
  for (const index of [...reserved].filter((i) => i >= 0 && i < spans.length).sort((a, b) => a - b)) {
    const span = spans[index];
    let lane = blocked.findIndex((list) => list.every((other) => other.end + gap <= span.start || span.end + gap <= other.start));
    if (lane < 0) lane = lanesCount - 1;
    blocked[lane].push(span);
    lanes[index] = lane;
  }
  for (const list of blocked) list.sort((a, b) => a.start - b.start);

  const lastEnd = new Float64Array(lanesCount).fill(-Infinity);
  const next = new Int32Array(lanesCount); // index of the first reserved span in each lane not yet passed
  for (let i = 0; i < spans.length; i++) {
    if (lanes[i] >= 0) continue;
    const span = spans[i];
    for (let lane = 0; lane < lanesCount; lane++) {
      const list = blocked[lane];
      while (next[lane] < list.length && list[next[lane]].start <= span.start) {
        lastEnd[lane] = Math.max(lastEnd[lane], list[next[lane]].end);
        next[lane]++;
      }
      if (lastEnd[lane] + gap > span.start) continue;
      if (next[lane] < list.length && span.end + gap > list[next[lane]].start) continue;
      lanes[i] = lane;
      lastEnd[lane] = span.end;
      break;
    }
  }
  return lanes;
}
