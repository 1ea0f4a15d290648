// Groups events that found no room into counted clusters ("+12"), one badge per stretch of
// the axis, with badges pushed apart so that they never overlap either.

export interface ClusterInput {
  /** Position of the event along the time axis (px). */
  at: number;
  /** Index of the event in the timeline. */
  index: number;
  start: number;
  end: number;
}

export interface Cluster {
  /** Stable key: the first member's index. */
  key: number;
  /** Where the badge is drawn along the time axis (px). */
  at: number;
  /** Positions of the first and last members along the axis. */
  from: number;
  to: number;
  /** Time covered by the members (ms). */
  start: number;
  end: number;
  count: number;
  /** Indexes of the members, in time order. */
  members: number[];
}

/** `items` sorted by `at`. A cluster takes every item within `radius` px of its first one. */
export function clusterItems(items: readonly ClusterInput[], radius: number, badgeSize: number): Cluster[] {
  return clusterRuns(
    {
      length: items.length,
      at: (j) => items[j].at,
      index: (j) => items[j].index,
      start: (j) => items[j].start,
      end: (j) => items[j].end,
    },
    radius,
    badgeSize,
  );
}

/** Items to cluster, by position j in order of `at`: packing reads them from its own arrays, with no object per item. */
export interface ClusterSource {
  readonly length: number;
  at(j: number): number;
  index(j: number): number;
  start(j: number): number;
  end(j: number): number;
}

/** clusterItems over a ClusterSource (sorted by `at`). */
export function clusterRuns(items: ClusterSource, radius: number, badgeSize: number): Cluster[] {
  const clusters: Cluster[] = [];
  let current: Cluster | undefined;
  for (let j = 0; j < items.length; j++) {
    const position = items.at(j);
    const index = items.index(j);
    if (current && position <= current.from + radius) {
      current.to = position;
      current.count++;
      current.members.push(index);
      current.start = Math.min(current.start, items.start(j));
      current.end = Math.max(current.end, items.end(j));
      continue;
    }
    current = {
      key: index,
      at: position,
      from: position,
      to: position,
      start: items.start(j),
      end: items.end(j),
      count: 1,
      members: [index],
    };
    clusters.push(current);
  }
  let lastAt = -Infinity;
  for (const cluster of clusters) {
    cluster.at = Math.max((cluster.from + cluster.to) / 2, lastAt + badgeSize);
    lastAt = cluster.at;
  }
  return clusters;
}
