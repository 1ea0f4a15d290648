import {describe, expect, it} from 'vitest';
import {clusterItems, type ClusterInput} from '../../../src/layout/clusters.js';
import {mulberry32} from './helpers.js';

/** Items at the given positions; index i, time i·1000 .. i·1000 + 10. */
const at = (...positions: number[]): ClusterInput[] =>
  positions.map((position, index) => ({at: position, index, start: index * 1000, end: index * 1000 + 10}));

describe('clusterItems', () => {
  it('gives no clusters for no items', () => {
    expect(clusterItems([], 56, 44)).toEqual([]);
  });

  it('takes every item within `radius` px of a cluster’s first item, and starts a new one past it', () => {
    const clusters = clusterItems(at(0, 20, 56, 57, 100, 300), 56, 44);
    expect(clusters.map((cluster) => cluster.members)).toEqual([[0, 1, 2], [3, 4], [5]]);
    expect(clusters.map((cluster) => cluster.count)).toEqual([3, 2, 1]);
  });

  it('measures the radius from the first member, so a chain of close items does not grow one endless cluster', () => {
    const clusters = clusterItems(at(...Array.from({length: 20}, (_, i) => i * 10)), 56, 44);
    for (const cluster of clusters) expect(cluster.to - cluster.from).toBeLessThanOrEqual(56);
    expect(clusters.length).toBeGreaterThan(1);
  });

  it('keys each cluster by its first member and spans its members’ positions and times', () => {
    const items: ClusterInput[] = [
      {at: 10, index: 7, start: 500, end: 600},
      {at: 30, index: 8, start: 100, end: 900},
      {at: 40, index: 9, start: 550, end: 560},
    ];
    expect(clusterItems(items, 56, 44)).toEqual([{key: 7, at: 25, from: 10, to: 40, start: 100, end: 900, count: 3, members: [7, 8, 9]}]);
  });

  it('draws the badge in the middle of its members, unless that is closer than a badge to the previous one', () => {
    const clusters = clusterItems(at(0, 40, 60, 200), 56, 44);
    // Clusters {0, 40}, {60}, {200}: middles 20, 60 and 200; the second is pushed to 20 + 44 = 64.
    expect(clusters.map((cluster) => cluster.at)).toEqual([20, 64, 200]);
  });

  it('keeps badges at least `badgeSize` apart and in order, for random items', () => {
    const random = mulberry32(23);
    for (let trial = 0; trial < 200; trial++) {
      const positions = Array.from({length: 1 + Math.floor(random() * 200)}, () => Math.floor(random() * 2000)).sort((a, b) => a - b);
      const radius = 10 + Math.floor(random() * 60);
      const badge = 20 + Math.floor(random() * 40);
      const clusters = clusterItems(at(...positions), radius, badge);
      expect(clusters.reduce((sum, cluster) => sum + cluster.count, 0)).toBe(positions.length);
      const members = clusters.flatMap((cluster) => cluster.members);
      expect(members).toEqual(positions.map((_, i) => i)); // each item once, in order
      const problems: string[] = [];
      clusters.forEach((cluster, c) => {
        if (cluster.to - cluster.from > radius) problems.push(`cluster ${c} wider than the radius`);
        if (cluster.at < (cluster.from + cluster.to) / 2) problems.push(`badge ${c} before its middle`);
        if (c > 0 && cluster.at - clusters[c - 1].at < badge) problems.push(`badge ${c} too close`);
        if (c > 0 && cluster.from <= clusters[c - 1].from + radius) problems.push(`cluster ${c} could have joined ${c - 1}`);
      });
      expect(problems).toEqual([]);
    }
  });
});
