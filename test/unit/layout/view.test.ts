// Integration: data → geometry → pack at a zoom level → the visible window, for the seed story
// and seeded synthetic stories of 50, 500 and 5,000 events, in both orientations, at several
// zoom levels and pan offsets. The key guarantee: no two visible labels overlap.
import {describe, expect, it} from 'vitest';
import {createGeometry, labelShape, METRICS, type Geometry, type GeometryConfig, type LayoutEvent} from '../../../src/layout/geometry.js';
import {packAt, type Pack} from '../../../src/layout/pack.js';
import {estimateTextWidth} from '../../../src/layout/text-width.js';
import {viewLayout, type ViewLayout, type ViewLinkInput} from '../../../src/layout/view.js';
import {fitPacked, formatTick, labelBox, nonFinite, overlappingPairs, seedStory, syntheticStory, DAY} from './helpers.js';

interface Story {
  name: string;
  events: LayoutEvent[];
  anchor: number;
  links: ViewLinkInput[];
}

/** The event with the most others starting on the same day: the hardest one to keep placed. */
function busiestEvent(events: readonly LayoutEvent[]): number {
  const perDay = new Map<number, number>();
  for (const event of events) {
    const day = Math.floor(event.start / DAY);
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
  }
  let best = 0;
  events.forEach((event, i) => {
    if (perDay.get(Math.floor(event.start / DAY))! > perDay.get(Math.floor(events[best].start / DAY))!) best = i;
  });
  return best;
}

function synthetic(n: number, seed: number): Story {
  const events = syntheticStory(n, seed);
  const anchor = busiestEvent(events);
  // A handful of links from the anchor, some to events that will end up in clusters.
  const links = Array.from({length: Math.min(12, n - 1)}, (_, j) => ({from: anchor, to: (anchor + 1 + j * 7) % n, label: 'context'}));
  return {name: `${n} synthetic events`, events, anchor, links};
}

const seed = seedStory();
const STORIES: Story[] = [
  {name: 'the seed story', events: seed.events, anchor: seed.anchor, links: seed.links},
  synthetic(50, 50),
  synthetic(500, 500),
  synthetic(5000, 5000),
];

interface Layout {
  name: string;
  config: GeometryConfig;
  /** Visible length along the time axis: the element's width, or a phone's height for vertical. */
  viewLength: (geometry: Geometry) => number;
}

const LAYOUTS: Layout[] = [
  {name: 'horizontal 1000 px', config: {orientation: 'horizontal', width: 1000, links: true}, viewLength: (g) => g.width},
  {name: 'horizontal 600 px', config: {orientation: 'horizontal', width: 600, links: true}, viewLength: (g) => g.width},
  {
    name: 'horizontal 1000 px right-to-left',
    config: {orientation: 'horizontal', width: 1000, links: true, rtl: true},
    viewLength: (g) => g.width,
  },
  {name: 'vertical 375 px', config: {orientation: 'vertical', width: 375, links: true}, viewLength: () => 640},
  {name: 'vertical 375 px right-to-left', config: {orientation: 'vertical', width: 375, links: true, rtl: true}, viewLength: () => 640},
];

const ZOOMS = [1, 2, 8];

/** The element's flow: frame, pack at zoom 1 to fit the height, then packs per zoom level. */
function buildFrame(story: Story, config: GeometryConfig) {
  const reserved = new Set([story.anchor]);
  const geometry = createGeometry(story.events, config);
  const first = packAt(geometry, 1, reserved);
  fitPacked(geometry, first);
  // The element keeps the packing it fitted the height to for zoom 1, as here.
  const packs = new Map(ZOOMS.map((k) => [k, k === 1 ? first : packAt(geometry, k, reserved)]));
  return {geometry, packs, reserved};
}

const frames = new Map<string, ReturnType<typeof buildFrame>>();
/** buildFrame, shared between the tests that look at the same story and configuration. */
function frame(story: Story, config: GeometryConfig) {
  const key = `${story.name} ${JSON.stringify(config)}`;
  if (!frames.has(key)) frames.set(key, buildFrame(story, config));
  return frames.get(key)!;
}

/** Pan offsets (d3-zoom's x or y): the start, a little either way, the middle, the far end. */
function pans(geometry: Geometry, k: number, viewLength: number): number[] {
  const overhang = Math.max(0, geometry.axisLength * k - viewLength);
  return [...new Set([0, 90, -137, -Math.round(overhang / 2), -Math.round(overhang)])];
}

function view(geometry: Geometry, pack: Pack, shift: number, viewLength: number, links: readonly ViewLinkInput[] = []): ViewLayout {
  return viewLayout(geometry, pack, {k: pack.k, shift, viewLength, formatTick, links, now: Date.UTC(2026, 1, 3)});
}

describe.each(STORIES)('$name', (story) => {
  const n = story.events.length;

  describe.each(LAYOUTS)('$name', (layout) => {
    const {geometry, packs} = frame(story, layout.config);
    const vertical = layout.config.orientation === 'vertical';
    const viewLength = layout.viewLength(geometry);
    const cases = ZOOMS.flatMap((k) => pans(geometry, k, viewLength).map((shift) => ({k, shift})));
    // Every test below looks at the same views: one per zoom level and pan offset.
    const views = cases.map(({k, shift}) => ({k, shift, result: view(geometry, packs.get(k)!, shift, viewLength, story.links)}));

    it('never lets two visible labels overlap, at any zoom level or pan offset', () => {
      for (const {k, shift, result} of views) {
        const boxes = result.events.map((event) => labelBox(event, event.labelWidth, geometry.config.rtl));
        const pairs = overlappingPairs(boxes).map(
          ([a, b]) => `k=${k} shift=${shift}: ${a.id} ${JSON.stringify(a)} × ${b.id} ${JSON.stringify(b)}`,
        );
        expect(pairs.slice(0, 3)).toEqual([]);
      }
    });

    it('fits every line of every label within the label width the layout reserved for it', () => {
      for (const {k, result} of views) {
        for (const event of result.events) {
          const shape = labelShape(geometry, event.index, packs.get(k)!.shape[event.index]);
          const width = shape.width;
          expect(event.labelWidth).toBe(width);
          expect(width).toBeLessThanOrEqual(geometry.detailed ? geometry.labelMax : METRICS.archiveLabelWidth);
          // A story's titles wrap (to the lines the packing made room for); an archive's take one line.
          expect(event.titleLines).toHaveLength(shape.lines?.length ?? 1);
          const size = event.emphasis ? METRICS.anchorTitleSize : METRICS.titleSize;
          for (const line of event.titleLines) expect(estimateTextWidth(line, size, true)).toBeLessThanOrEqual(width);
          expect(estimateTextWidth(event.subtitle, METRICS.subtitleSize)).toBeLessThanOrEqual(width);
          if (vertical) {
            const box = labelBox(event, width, geometry.config.rtl);
            expect(box.x0).toBeGreaterThanOrEqual(0);
            expect(box.x1).toBeLessThanOrEqual(geometry.width);
          }
        }
      }
    });

    it("never draws a bar across a label, its own or another event's", () => {
      if (vertical) return;
      for (const {k, shift, result} of views) {
        const labels = result.events.map((event) => labelBox(event, event.labelWidth, geometry.config.rtl));
        const bars = result.events.flatMap(({id, bar}) =>
          bar ? [{id, x0: bar.x, x1: bar.x + bar.width, y0: bar.y, y1: bar.y + bar.height}] : [],
        );
        const crossing = bars.flatMap((bar) =>
          labels
            .filter((label) => bar.x0 < label.x1 && label.x0 < bar.x1 && bar.y0 < label.y1 && label.y0 < bar.y1)
            .map((label) => `k=${k} shift=${shift}: bar ${bar.id} × label ${label.id}`),
        );
        expect(crossing.slice(0, 3)).toEqual([]);
      }
    });

    it('keeps a label whose mark end is well inside the window whole inside it, cut with an ellipsis at the edge', () => {
      if (vertical) return;
      for (const {k, shift, result} of views) {
        for (const event of result.events) {
          if (event.labelX < 48 || event.labelX > viewLength - 48) continue;
          const rightwards = (event.anchor === 'start') !== geometry.config.rtl;
          for (const [line, size, bold] of [
            [event.titleLines[0], METRICS.titleSize, true],
            [event.subtitle, METRICS.subtitleSize, false],
          ] as const) {
            const width = estimateTextWidth(line, size, bold);
            const [x0, x1] = rightwards ? [event.labelX, event.labelX + width] : [event.labelX - width, event.labelX];
            expect(x0, `k=${k} shift=${shift} ${event.id} "${line}"`).toBeGreaterThanOrEqual(-1);
            expect(x1, `k=${k} shift=${shift} ${event.id} "${line}"`).toBeLessThanOrEqual(viewLength + 1);
          }
        }
      }
    });

    it('lists the drawn events in time order', () => {
      for (const {k, shift, result} of views) {
        const indexes = result.events.map((event) => event.index);
        expect(indexes, `k=${k} shift=${shift}`).toEqual([...indexes].sort((a, b) => a - b));
      }
    });

    it('gives every coordinate a finite value', () => {
      for (const {k, shift, result} of views) {
        expect(nonFinite(result), `k=${k} shift=${shift}`).toEqual([]);
      }
    });

    it('always places the anchor, and draws it whenever its extent is in the window', () => {
      for (const {k, shift, result} of views) {
        const pack = packs.get(k)!;
        expect(pack.lane[story.anchor], `k=${k}`).toBeGreaterThanOrEqual(0);
        expect(pack.clusterOf[story.anchor]).toBe(-1);
        const internalShift = !vertical && geometry.config.rtl ? geometry.width * (1 - k) - shift : shift;
        const inWindow = pack.spanEnd[story.anchor] + internalShift >= 0 && pack.spanStart[story.anchor] + internalShift <= viewLength;
        if (inWindow)
          expect(
            result.events.map((event) => event.index),
            `k=${k} shift=${shift}`,
          ).toContain(story.anchor);
      }
    });

    it('draws every placed event whose extent meets the window, and no event twice', () => {
      for (const {k, shift, result} of views) {
        const pack = packs.get(k)!;
        const drawn = result.events.map((event) => event.index);
        expect(new Set(drawn).size).toBe(drawn.length);
        const internalShift = !vertical && geometry.config.rtl ? geometry.width * (1 - k) - shift : shift;
        const expected: number[] = [];
        for (let i = 0; i < n; i++) {
          if (pack.lane[i] >= 0 && pack.spanEnd[i] + internalShift >= 0 && pack.spanStart[i] + internalShift <= viewLength)
            expected.push(i);
        }
        const drawnSet = new Set(drawn);
        expect(
          expected.filter((i) => !drawnSet.has(i)),
          `k=${k} shift=${shift}`,
        ).toEqual([]);
        for (const i of drawn) expect(pack.lane[i]).toBeGreaterThanOrEqual(0);
      }
    });

    it('either places each event or counts it in exactly one cluster', () => {
      for (const k of ZOOMS) {
        const pack = packs.get(k)!;
        const placed = pack.lane.filter((lane) => lane >= 0).length;
        const clustered = pack.clusters.reduce((sum, cluster) => sum + cluster.count, 0);
        expect(placed + clustered, `k=${k}`).toBe(n);
        const seen = new Int32Array(n);
        const problems: string[] = [];
        pack.clusters.forEach((cluster, c) => {
          if (cluster.members.length !== cluster.count) problems.push(`cluster ${c} counts ${cluster.count} of ${cluster.members.length}`);
          for (const i of cluster.members) {
            seen[i]++;
            if (pack.lane[i] !== -1 || pack.clusterOf[i] !== c) problems.push(`event ${i} is placed and in cluster ${c}`);
          }
        });
        for (let i = 0; i < n; i++) if (seen[i] !== (pack.lane[i] >= 0 ? 0 : 1)) problems.push(`event ${i} in ${seen[i]} clusters`);
        expect(problems, `k=${k}`).toEqual([]);
      }
    });

    it('keeps cluster badges at least a badge apart along the axis', () => {
      const badge = vertical ? 26 : 44;
      for (const {k, shift, result} of views) {
        const along = result.clusters.map((cluster) => (vertical ? cluster.y : cluster.x)).sort((a, b) => a - b);
        for (let j = 1; j < along.length; j++)
          expect(along[j] - along[j - 1], `k=${k} shift=${shift}`).toBeGreaterThanOrEqual(badge - 1e-6);
        const across = new Set(result.clusters.map((cluster) => (vertical ? cluster.x : cluster.y)));
        expect(across.size).toBeLessThanOrEqual(1); // one row (or column) of badges
      }
    });

    it('gives the same output for the same input', () => {
      const again = buildFrame(story, layout.config);
      for (const {k, shift, result} of views.filter((_, j) => j % 2 === 0)) {
        expect(view(again.geometry, again.packs.get(k)!, shift, viewLength, story.links)).toEqual(result);
      }
    });

    if (!vertical) {
      it('keeps marks, bars, stems, labels and badges within the drawing height', () => {
        for (const {result} of views) {
          const ys = result.events.flatMap((event) => [
            event.y,
            event.titleY - METRICS.titleSize,
            event.subtitleY,
            ...(event.bar ? [event.bar.y, event.bar.y + event.bar.height] : []),
            ...(event.stem ? [event.stem.y1, event.stem.y2] : []),
          ]);
          ys.push(...result.clusters.map((cluster) => cluster.y));
          for (const y of ys) {
            expect(y).toBeGreaterThanOrEqual(0);
            expect(y).toBeLessThanOrEqual(result.height);
          }
        }
      });
    }
  });

  describe.each([
    {orientation: 'horizontal', width: 1000},
    {orientation: 'horizontal', width: 600},
    {orientation: 'vertical', width: 375},
  ] as const)('$orientation $width px right-to-left', ({orientation, width}) => {
    const ltr = frame(story, {orientation, width, links: true});
    const rtl = frame(story, {orientation, width, links: true, rtl: true});
    const viewLength = orientation === 'vertical' ? 640 : width;
    const mirrored = (x: number) => width - x;

    it('is the mirror image of left-to-right at zoom 1 (x → width − x)', () => {
      const a = view(ltr.geometry, ltr.packs.get(1)!, 0, viewLength);
      const b = view(rtl.geometry, rtl.packs.get(1)!, 0, viewLength);
      expect(b.events.map((event) => event.id)).toEqual(a.events.map((event) => event.id));
      a.events.forEach((event, j) => {
        const other = b.events[j];
        expect(other.x).toBeCloseTo(mirrored(event.x), 6);
        expect(other.y).toBeCloseTo(event.y, 6);
        expect(other.labelX).toBeCloseTo(mirrored(event.labelX), 6);
        expect(other.titleY).toBeCloseTo(event.titleY, 6);
        // Anchors are in the label's own direction, which flips with it: the same value mirrors the box.
        expect(other.anchor).toBe(event.anchor);
        expect(other.axisX).toBeCloseTo(mirrored(event.axisX), 6);
        if (event.bar) {
          expect(other.bar!.x).toBeCloseTo(mirrored(event.bar.x + event.bar.width), 6);
          expect(other.bar!.width).toBeCloseTo(event.bar.width, 6);
        }
      });
      expect(b.clusters.map((cluster) => cluster.x)).toEqual(a.clusters.map((cluster) => mirrored(cluster.x)));
      expect(b.ticks.map((tick) => [tick.label, tick.x])).toEqual(a.ticks.map((tick) => [tick.label, mirrored(tick.x)]));
      expect(b.breaks).toEqual(a.breaks.map((point) => ({x: mirrored(point.x), y: point.y})));
    });

    it('stays the mirror image at every zoom level, when panned to the same place', () => {
      for (const k of ZOOMS) {
        for (const shift of pans(ltr.geometry, k, viewLength)) {
          // d3-zoom pans in screen space: a right-to-left drawing shows the same stretch of time
          // at x' = width·(1 − k) − x (horizontal); vertical ones pan along y, unmirrored.
          const rtlShift = orientation === 'vertical' ? shift : width * (1 - k) - shift;
          const a = view(ltr.geometry, ltr.packs.get(k)!, shift, viewLength);
          const b = view(rtl.geometry, rtl.packs.get(k)!, rtlShift, viewLength);
          const where = `k=${k} shift=${shift}`;
          expect(
            b.events.map((event) => [event.id, event.x, event.labelX, event.titleY]),
            where,
          ).toEqual(
            a.events.map((event) => [
              event.id,
              expect.closeTo(mirrored(event.x), 6),
              expect.closeTo(mirrored(event.labelX), 6),
              event.titleY,
            ]),
          );
          expect(
            b.ticks.map((tick) => tick.x),
            where,
          ).toEqual(a.ticks.map((tick) => expect.closeTo(mirrored(tick.x), 6)));
        }
      }
    });
  });
});

describe('the seed story at 1000 px', () => {
  const story = seedStory();
  const geometry = createGeometry(story.events, {orientation: 'horizontal', width: 1000, links: true});
  const reserved = new Set([story.anchor]);
  fitPacked(geometry, packAt(geometry, 1, reserved));
  const result = view(geometry, packAt(geometry, 1, reserved), 0, 1000, story.links);
  const x = (id: string) => result.events.find((event) => event.id === id)!.x;

  it('places the 2001 treaty and every 2026 event, with no clusters', () => {
    expect(result.events.map((event) => event.id).sort()).toEqual(story.events.map((event) => event.id).sort());
    expect(result.clusters).toEqual([]);
  });

  it('separates 2001 from 2026 by exactly one axis break', () => {
    expect(result.breaks).toHaveLength(1);
    const at = result.breaks[0].x;
    expect(x('treaty')).toBeLessThan(at);
    for (const id of ['visit', 'abu-dhabi', 'call', 'new-start', 'spring-festival', 'treaty-25']) expect(x(id)).toBeGreaterThan(at);
  });

  it('keeps the 2026 events in time order along the axis', () => {
    expect(x('call')).toBeLessThan(x('new-start'));
    expect(x('new-start')).toBeLessThan(x('spring-festival'));
    expect(x('spring-festival')).toBeLessThan(x('treaty-25'));
  });

  it('places the anchor, a selected and a focused event side by side, without overlapping labels', () => {
    // The element reserves up to three events: the anchor, the selected one and the focused one.
    const three = new Set([story.anchor, story.index('new-start'), story.index('abu-dhabi')]);
    for (const k of ZOOMS) {
      const pack = packAt(geometry, k, three);
      for (const i of three) expect(pack.lane[i]).toBeGreaterThanOrEqual(0);
      const shown = view(geometry, pack, 0, 1000);
      expect(overlappingPairs(shown.events.map((event) => labelBox(event, event.labelWidth, geometry.config.rtl)))).toEqual([]);
    }
  });

  it('keeps the label of a bar that starts off screen in view, along its bar', () => {
    // Zoomed into February 2026: the visit ("first half of 2026") starts a month off screen.
    const k = 12;
    const pack = packAt(geometry, k, reserved);
    const feb1 = geometry.scale(Date.UTC(2026, 1, 1)) * k;
    const shown = view(geometry, pack, -feb1, 1000, story.links);
    const visit = shown.events.find((event) => event.id === 'visit')!;
    expect(visit.bar!.x).toBeLessThan(0);
    expect(visit.labelX).toBeGreaterThanOrEqual(0);
    expect(visit.labelX).toBeLessThan(visit.bar!.x + visit.bar!.width);
    expect(overlappingPairs(shown.events.map((event) => labelBox(event, event.labelWidth, false)))).toEqual([]);
  });

  it('draws a link for each of the story links between drawn events', () => {
    expect(result.links).toHaveLength(story.links.length);
  });

  it('keeps a row above the top lane for the story-date label when asked to', () => {
    const withNow = createGeometry(story.events, {orientation: 'horizontal', width: 1000, links: true, nowLabel: true});
    const pack = packAt(withNow, 1, reserved);
    fitPacked(withNow, pack);
    const shown = viewLayout(withNow, pack, {k: 1, shift: 0, viewLength: 1000, formatTick, now: story.events[story.anchor].start});
    // The label's baseline sits 8 px below the top of the marker line; 11 px text.
    const nowBaseline = shown.now!.y1 + 8;
    const highest = Math.min(...shown.events.map((event) => Math.min(labelBox(event, 0).y0, event.bar?.y ?? Infinity)));
    expect(highest).toBeGreaterThan(nowBaseline + 2);
    expect(withNow.height - geometry.height).toBe(METRICS.nowRow);
  });
});

describe('work grows linearly, and a view only looks at what it shows', () => {
  const events = syntheticStory(100_000, 100_000);
  const horizontal = createGeometry(events, {orientation: 'horizontal', width: 1000});

  /** Runs `work` with the geometry's scale counting its calls. */
  function countingToPx(geometry: Geometry, work: () => void): number {
    const scale = geometry.scale;
    let calls = 0;
    geometry.scale = Object.assign((t: number) => (calls++, scale(t)), scale);
    try {
      work();
    } finally {
      geometry.scale = scale;
    }
    return calls;
  }

  it('packs 100,000 events horizontally and vertically, touching each a bounded number of times', () => {
    for (const geometry of [horizontal, createGeometry(events, {orientation: 'vertical', width: 375})]) {
      let pack: Pack | undefined;
      const calls = countingToPx(geometry, () => (pack = packAt(geometry, 2, new Set([50_000]))));
      expect(pack!.lane[50_000]).toBeGreaterThanOrEqual(0);
      expect(pack!.lane.filter((lane) => lane >= 0).length + pack!.clusters.reduce((sum, c) => sum + c.count, 0)).toBe(events.length);
      // markExtent asks the scale at most twice per event, and clustering once per overflowed event.
      expect(calls).toBeLessThanOrEqual(3 * events.length);
    }
  }, 20_000);

  it('lays out a zoomed-in window of 100,000 events by asking the scale about the visible ones only', () => {
    fitPacked(horizontal, packAt(horizontal, 1));
    const pack = packAt(horizontal, 64);
    let result: ViewLayout | undefined;
    const calls = countingToPx(horizontal, () => (result = view(horizontal, pack, -horizontal.axisLength * 32, 1000)));
    expect(result!.events.length).toBeGreaterThan(0);
    // Two scale look-ups per drawn event plus a few dozen for ticks and the "now" line, not 100,000.
    expect(calls).toBeLessThan(2 * result!.events.length + 200);
  }, 20_000);
});
