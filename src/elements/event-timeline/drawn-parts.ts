// What the cluster badges, the axis's track and ticks and the link arcs need, worked out before
// drawing, as chart-marks.ts does for the events: plain records from the view layout, no DOM and
// no Lit, drawn by the layers' joins (cluster-join.ts, axis-layer.ts, link-layer.ts) in the
// browser and as markup by the server (server-options.ts, server-axis.ts, server-links.ts).
import type {ViewCluster, ViewLayout} from '../../layout/view.js';
import type {TimelineLink} from '../../model/types.js';
import type {DrawnLine, DrawnTick} from './axis-layer.js';
import type {Pan} from './chart-marks.js';
import type {DrawnCluster} from './cluster-join.js';
import type {DrawnLinkPart} from './link-layer.js';
import {tenth as r} from '../../layout/round.js';

// Each in a group translated by the view's pan: its coordinates less it (see chart-marks.ts).
export function drawnClusters(clusters: readonly ViewCluster[], nameOf: (cluster: ViewCluster) => string, pan: Pan): DrawnCluster[] {
  return clusters.map((cluster) => {
    const label = `+${cluster.count}`;
    return {
      id: String(cluster.key),
      transform: `translate(${r(cluster.x - pan.x)},${r(cluster.y - pan.y)})`,
      label,
      width: Math.max(28, label.length * 8 + 12),
      name: nameOf(cluster),
    };
  });
}

export function drawnTrack({track, pan}: ViewLayout): DrawnLine {
  return {x1: r(track.x1 - pan.x), y1: r(track.y1 - pan.y), x2: r(track.x2 - pan.x), y2: r(track.y2 - pan.y)};
}

/** Keyed by what they say and placed by a transform: panning moves ticks without rewriting their text. */
export function drawnTicks({ticks, track, pan}: ViewLayout, vertical: boolean, rtl: boolean): DrawnTick[] {
  const anchor = vertical ? (rtl ? 'start' : 'end') : 'middle';
  // Two ticks may say the same at the same time (the day named as context in two segments of a
  // broken axis): the second and later get their count, so a join keeps one element for each.
  const seen = new Map<string, number>();
  return ticks.map((tick) => {
    const key = `${tick.time}|${tick.label}`;
    const repeats = seen.get(key) ?? 0;
    seen.set(key, repeats + 1);
    const [x, y] = [r(tick.x), r(tick.y)];
    const line = tick.context
      ? undefined
      : vertical
        ? {x1: r(track.x1 - 4 - x), x2: r(track.x1 + 4 - x), y1: 0, y2: 0}
        : {x1: 0, x2: 0, y1: r(track.y1 - y), y2: r(track.y1 + 5 - y)};
    return {
      id: repeats ? `${key}#${repeats}` : key,
      transform: `translate(${r(tick.x - pan.x)},${r(tick.y - pan.y)})`,
      line,
      x: r(tick.nudge ?? 0),
      y: vertical ? 4 : 0,
      anchor,
      label: tick.label,
    };
  });
}

export interface LinkWords {
  links: readonly TimelineLink[];
  linkLabel: (index: number) => string;
  linkColor: (link: TimelineLink) => string | undefined;
  activeId?: string;
}

/** Each arc, then its label when it has one: a label belongs to the arc drawn just before it. */
export function drawnLinks(view: ViewLayout, {links, linkLabel, linkColor, activeId}: LinkWords): DrawnLinkPart[] {
  const parts: DrawnLinkPart[] = [];
  for (const link of view.links) {
    const {from, to, kind} = links[link.index];
    const active = from === activeId || to === activeId;
    const id = String(link.index);
    const color = linkColor(links[link.index]);
    parts.push({id, d: link.d, className: `link ${active ? 'active' : ''}`, from, to, kind, color});
    if (link.labelX !== undefined) parts.push({id: `${id}-label`, x: link.labelX, y: link.labelY!, from, to, label: linkLabel(link.index)});
  }
  return parts;
}
