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
  const clusters: Cluster[] = [];
  let current: Cluster | undefined;
  for (const item of items) {
    if (current && item.at <= current.from + radius) {
      current.to = item.at;
      current.count++;
      current.members.push(item.index);
      current.start = Math.min(current.start, item.start);
      current.end = Math.max(current.end, item.end);
      continue;
    }
    current = {key: item.index, at: item.at, from: item.at, to: item.at, start: item.start, end: item.end, count: 1, members: [item.index]};
    clusters.push(current);
  }
  let lastAt = -Infinity;
  for (const cluster of clusters) {
    cluster.at = Math.max((cluster.from + cluster.to) / 2, lastAt + badgeSize);
    lastAt = cluster.at;
  }
  return clusters;
}
