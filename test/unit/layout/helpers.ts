// Shared fixtures for the layout tests: a seeded PRNG, the seed story as LayoutEvents, seeded
// synthetic stories, and the label boxes the layout promises never to overlap.
// Not a test file itself (vitest only collects *.test.ts).
import {readFileSync} from 'node:fs';
import {parseTimeline} from '../../../src/model/parse-timeline.js';
import {fitHeight, METRICS, type Geometry, type LayoutEvent} from '../../../src/layout/geometry.js';
import type {Pack} from '../../../src/layout/pack.js';
import type {TickFormatter} from '../../../src/layout/ticks.js';
import {rng as mulberry32} from '../../../bench/generate.js';
import type {ViewEvent} from '../../../src/layout/view.js';

export const DAY = 86_400_000;

/** mulberry32, the benchmark's own seeded generator: the same stories from the same seeds. */
export {mulberry32};

export const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/** A locale-free tick formatter, as the element would pass one. */
export const formatTick: TickFormatter = (time, unit, withParent) => {
  const iso = new Date(time).toISOString();
  if (unit === 'year') return iso.slice(0, 4);
  if (unit === 'month') return withParent ? iso.slice(0, 7) : iso.slice(5, 7);
  if (unit === 'week' || unit === 'day') return withParent ? iso.slice(0, 10) : iso.slice(8, 10);
  return withParent ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : iso.slice(11, 16);
};

/** The seed story (demo/data/story-ru.json) as the layout sees it, built the way scratch.test.ts does. */
export function seedStory() {
  const {timeline, issues} = parseTimeline(readFileSync('demo/data/story-ru.json', 'utf8'));
  if (!timeline || issues.length) throw new Error(`seed story did not parse: ${JSON.stringify(issues)}`);
  const events: LayoutEvent[] = timeline.events.map((e) => ({
    id: e.id,
    start: e.start,
    end: e.end,
    point: typeof e.date.start === 'object' && e.date.start === e.date.end && ['day', 'minute', 'second'].includes(e.date.start.precision),
    fuzzyStart: false,
    fuzzyEnd: false,
    openStart: false,
    openEnd: false,
    title: e.title,
    subtitle: isoDay(e.start),
  }));
  const index = (id: string) => events.findIndex((event) => event.id === id);
  const links = timeline.links.map((link) => ({from: index(link.from), to: index(link.to), label: link.kind}));
  return {timeline, events, anchor: index(timeline.anchor ?? events[0].id), links, index};
}

const LATIN = [
  'summit',
  'treaty',
  'vote',
  'talks',
  'Minister',
  'WHO',
  'memo',
  'strike',
  'deal',
  'court',
  'ruling',
  'tariff',
  'Wall',
  'election',
  'i',
  'll',
];
const CYRILLIC = ['Договор', 'визит', 'ШОС', 'переговоры', 'Москва', 'саммит'];
const CJK = ['会谈', '条约', '北京', '峰会', '협정', 'サミット', '贸易协定'];

function randomTitle(random: () => number): string {
  const length = 5 + Math.floor(random() * 56); // 5–60 characters
  const pool = random() < 0.2 ? CJK : random() < 0.3 ? CYRILLIC : LATIN;
  let title = '';
  while ([...title].length < length) title += (title ? ' ' : '') + pool[Math.floor(random() * pool.length)];
  return [...title].slice(0, length).join('');
}

/**
 * `n` events over about four years from a seeded PRNG: day points, minute points, intervals
 * of a day to a year, month-long coarse dates, a dense clump around one week, a few fuzzy and
 * open-ended ones. Sorted by start, as createGeometry expects.
 */
export function syntheticStory(n: number, seed: number): LayoutEvent[] {
  const random = mulberry32(seed);
  const base = Date.UTC(2022, 0, 1);
  const span = 4 * 365 * DAY;
  const clump = base + Math.floor(random() * (span / DAY)) * DAY;
  const events: LayoutEvent[] = [];
  for (let i = 0; i < n; i++) {
    const kind = random();
    const day = random() < 0.25 ? clump + Math.floor(random() * 7) * DAY : base + Math.floor(random() * (span / DAY)) * DAY;
    let start: number;
    let end: number;
    let point = false;
    if (kind < 0.45) {
      start = day;
      end = day + DAY - 1;
      point = true;
    } else if (kind < 0.55) {
      start = day + Math.floor(random() * 1440) * 60_000;
      end = start + 59_999;
      point = true;
    } else if (kind < 0.9) {
      start = day;
      end = day + Math.ceil(random() ** 3 * 365) * DAY - 1;
    } else {
      const date = new Date(day);
      start = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
      end = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) - 1;
    }
    const fuzzy = !point && random() < 0.1;
    events.push({
      id: `e${i}`,
      start,
      end,
      point,
      fuzzyStart: fuzzy && random() < 0.5,
      fuzzyEnd: fuzzy,
      openStart: !point && random() < 0.02,
      openEnd: !point && random() < 0.02,
      title: randomTitle(random),
      subtitle: point ? isoDay(start) : `${isoDay(start)} – ${isoDay(end)}`,
    });
  }
  return events.sort((a, b) => a.start - b.start || a.end - b.end);
}

export interface Box {
  id: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/**
 * The box a view event's two label lines cover: from labelX for `width` px (to the right for
 * anchor 'start', to the left for 'end'), from the title's cap height to below the subtitle's
 * descenders.
 */
/** The box a label covers. `anchor` is in the label's own direction: right-to-left labels start at their right edge. */
export function labelBox(event: ViewEvent, width: number, rtl = false): Box {
  const rightwards = (event.anchor === 'start') !== rtl;
  const x0 = rightwards ? event.labelX : event.labelX - width;
  return {
    id: event.id,
    x0,
    x1: x0 + width,
    y0: event.titleY - (event.emphasis ? METRICS.anchorTitleSize : METRICS.titleSize),
    y1: event.subtitleY + Math.ceil(METRICS.subtitleSize * 0.3),
  };
}

/** fitHeight as the element calls it after packing at zoom 1: the height the labels used, and a badge row if anything clustered. */
export function fitPacked(geometry: Geometry, pack: Pack): void {
  fitHeight(geometry, pack.used, pack.clusters.length > 0 || !geometry.detailed);
}

/** Every pair of boxes that overlap (touching edges do not count), by a sweep along x. */
export function overlappingPairs(boxes: readonly Box[]): [Box, Box][] {
  const sorted = [...boxes].sort((a, b) => a.x0 - b.x0);
  const pairs: [Box, Box][] = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j].x0 < sorted[i].x1 - 1e-6; j++) {
      const a = sorted[i];
      const b = sorted[j];
      if (a.y0 < b.y1 - 1e-6 && b.y0 < a.y1 - 1e-6) pairs.push([a, b]);
    }
  }
  return pairs;
}

/** Paths of every number in `value` that is not finite. */
export function nonFinite(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => nonFinite(item, `${path}[${i}]`));
  if (ArrayBuffer.isView(value)) return nonFinite(Array.from(value as unknown as ArrayLike<number>), path);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => (item === undefined ? [] : nonFinite(item, `${path}.${key}`)));
  }
  return [];
}
