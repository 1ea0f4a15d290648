// The layout of every story of the corpus (test/corpus) at 1280, 920 and 390 px, in Node, with
// the layout's own text widths: the targets the browser test (test/elements/layout-corpus.test.ts)
// measures on real text, checked here on the layout's reserved boxes, and a snapshot of each
// drawing (__snapshots__/corpus/*.svg) so that review shows what a change does to real stories.
import {describe, expect, it} from 'vitest';
import {TimelineView} from '../../../src/elements/event-timeline/timeline-view.js';
import {parseTimeline} from '../../../src/model/parse-timeline.js';
import {CORPUS} from '../../corpus/index.js';
import {labelBox, overlappingPairs, type Box} from './helpers.js';
import {snapshotSvg} from './snapshot-svg.js';

const WIDTHS = [1280, 920, 390];

/** Points along an arc's path (M x,y C x,y x,y x,y), sampled on its cubic Bézier. */
function arcPoints(d: string): [number, number][] {
  const [x0, y0, x1, y1, x2, y2, x3, y3] = d.match(/-?[\d.]+/g)!.map(Number);
  return Array.from({length: 49}, (_, s) => {
    const t = s / 48;
    const u = 1 - t;
    return [
      u ** 3 * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t ** 3 * x3,
      u ** 3 * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t ** 3 * y3,
    ];
  });
}

const inside = ([x, y]: [number, number], box: Omit<Box, 'id'>) => x > box.x0 && x < box.x1 && y > box.y0 && y < box.y1;

describe.each(CORPUS.map((story) => [story.slug, story] as const))('%s', (slug, story) => {
  const {timeline} = parseTimeline(story.doc);
  describe.each(WIDTHS)('at %i px', (width) => {
    const model = new TimelineView(timeline!, {
      lang: story.lang,
      orientation: width < 600 ? 'vertical' : 'horizontal',
      width,
      breaks: true,
      rtl: story.lang === 'ar',
    });
    const view = model.layout({k: 1, x: 0, y: 0}, []);
    const boxes = view.events.map((event) => labelBox(event, event.labelWidth, model.settings.rtl));

    it('shows every event of a story of up to 30 events at 900 px and wider, none in a cluster', () => {
      if (width < 900 || timeline!.events.length > 30) return;
      expect(view.clusters).toEqual([]);
      expect(view.events).toHaveLength(timeline!.events.length);
    });

    it("keeps every title whole, the anchor's always", () => {
      for (const event of view.events) {
        const whole = event.titleLines.join('').replace(/\s+/g, '') === timeline!.events[event.index].title.replace(/\s+/g, '');
        if (width >= 900 || event.id === timeline!.anchor) expect(whole, event.id).toBe(true);
      }
    });

    it('lets no two labels overlap, and keeps them inside the drawing', () => {
      expect(overlappingPairs(boxes).map(([a, b]) => `${a.id} × ${b.id}`)).toEqual([]);
      for (const box of boxes) {
        expect(box.x0, box.id).toBeGreaterThanOrEqual(-0.5);
        expect(box.x1, box.id).toBeLessThanOrEqual(width + 0.5);
      }
    });

    it("draws no arc through an event label or another link's label", () => {
      const linkBoxes = view.links.flatMap((link) =>
        link.labelX === undefined
          ? []
          : [{link: link.index, box: {x0: link.labelX - 20, x1: link.labelX + 20, y0: link.labelY! - 8, y1: link.labelY! + 2}}],
      );
      for (const link of view.links) {
        const points = arcPoints(link.d);
        for (const box of boxes)
          expect(
            points.some((p) => inside(p, box)),
            `link ${link.index} × ${box.id}`,
          ).toBe(false);
        for (const other of linkBoxes)
          if (other.link !== link.index)
            expect(
              points.some((p) => inside(p, other.box)),
              `link ${link.index} × label of ${other.link}`,
            ).toBe(false);
      }
    });

    it("keeps a phone's labels beside their marks, within 120 px of axis per event", () => {
      if (width >= 600) return;
      for (const event of view.events) {
        const box = labelBox(event, event.labelWidth, model.settings.rtl);
        // A point's mark, or a bar's whole extent (an open-ended bar reaches the top).
        const [from, to] = event.bar ? [event.bar.y, event.bar.y + event.bar.height] : [event.y, event.y];
        const off = Math.max(0, box.y0 - to, from - box.y1);
        expect(off, event.id).toBeLessThanOrEqual(40);
      }
      expect(view.height / timeline!.events.length).toBeLessThanOrEqual(120);
    });

    it('draws as it did (snapshot)', async () => {
      const svg = snapshotSvg(view, (event) => labelBox(event, event.labelWidth, model.settings.rtl));
      await expect(svg).toMatchFileSnapshot(`__snapshots__/corpus/${slug}-${width}.svg`);
    });
  });
});
