// One-dimensional label dodging for the vertical layout: labels keep to their event's
// position along time but slide down (never up past the previous label) to avoid overlap,
// in whichever column needs the least shift. Labels that would slide too far overflow.

export interface DodgeItem {
  /** Preferred top edge along the time axis. */
  at: number;
  /** Extent of the label along the time axis. */
  size: number;
}

export interface Dodged {
  /** Column of each item, or -1 when it overflowed. */
  columns: Int32Array;
  /** Placed top edge of each item (NaN when it overflowed). */
  positions: Float64Array;
}

/** `items` sorted by `at`. Reserved items never overflow, however far they must slide. */
export function dodgeLabels(
  items: readonly DodgeItem[],
  columnCount: number,
  gap: number,
  maxShift: number,
  reserved: ReadonlySet<number> = new Set(),
): Dodged {
  const columns = new Int32Array(items.length).fill(-1);
  const positions = new Float64Array(items.length).fill(NaN);
  const bottoms = new Float64Array(Math.max(1, columnCount)).fill(-Infinity);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    let best = -1;
    let bestTop = Infinity;
    for (let column = 0; column < bottoms.length; column++) {
      const top = Math.max(item.at, bottoms[column] + gap);
      if (top < bestTop) {
        bestTop = top;
        best = column;
      }
    }
    if (bestTop - item.at > maxShift && !reserved.has(i)) continue;
    columns[i] = best;
    positions[i] = bestTop;
    bottoms[best] = bestTop + item.size;
  }
  return {columns, positions};
}
