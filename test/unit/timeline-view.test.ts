// TimelineView (DOM-free) as the detail card and the list read it (event-links.ts): each related
// event labelled from the side of the event whose card shows it.
import {describe, expect, it} from 'vitest';
import {linksOf} from '../../src/elements/event-timeline/event-links.js';
import {TimelineView, WARM_ZOOM_MAX} from '../../src/elements/event-timeline/timeline-view.js';
import {parseTimeline} from '../../src/model/parse-timeline.js';
import {keepInside, screenScale, transformShowing} from '../../src/layout/zoom-axis.js';
import {CORPUS} from '../corpus/index.js';
import {generateStory} from '../../bench/generate.js';
import {clusterLabel} from '../../src/i18n/phrases.js';
import {registerStrings} from '../../src/i18n/strings.js';

const settings = {lang: 'en', orientation: 'horizontal' as const, width: 1000, breaks: true, rtl: false, maxLanes: 6};

function view(links: unknown[]) {
  const {timeline} = parseTimeline({
    now: '2026-02-03',
    anchor: 'call',
    events: [
      {id: 'call', date: '2026-02-03', title: 'The call'},
      {id: 'report', date: '2026-02', title: 'February report'},
      {id: 'festival', date: '2026-02-17', title: 'Festival'},
    ],
    links,
  });
  return new TimelineView(timeline!, settings);
}
const labels = (model: TimelineView, id: string) => linksOf(model, model.byId.get(id)!).map((link) => `${link.label}: ${link.other.title}`);

describe('linksOf', () => {
  it("labels a link from the anchor by where the other end lies from the story date, on the anchor's card", () => {
    const model = view([{from: 'call', to: 'festival', kind: 'precedes'}]);
    expect(labels(model, 'call')).toEqual(['in 2 weeks: Festival']);
    expect(labels(model, 'festival')).toEqual(['Follows: The call']);
  });

  it("turns the kind round on the anchor's card when the other end spans the story date (no relation to show)", () => {
    const model = view([{from: 'report', to: 'call', kind: 'mentions'}]);
    expect(labels(model, 'call')).toEqual(['Mentioned in: February report']);
    expect(labels(model, 'report')).toEqual(['Mentions: The call']);
  });

  it("keeps an author's own label on both cards", () => {
    const model = view([{from: 'call', to: 'festival', kind: 'precedes', label: 'New Year greetings'}]);
    expect(labels(model, 'call')).toEqual(['New Year greetings: Festival']);
    expect(labels(model, 'festival')).toEqual(['New Year greetings: The call']);
  });
});

describe('link labels', () => {
  it('words the labels of the drawn arcs only, as the words of every link would be', () => {
    const {timeline} = parseTimeline(generateStory(1000).doc);
    const model = new TimelineView(timeline!, settings);
    const drawn = model.layout({k: 1, x: 0, y: 0}, []).links;
    expect(drawn.length).toBeGreaterThan(0);
    const worded = Object.keys(model.drawnLinkLabels).map(Number);
    expect(worded.length).toBeLessThan(timeline!.links.length);
    for (const link of drawn) expect(worded).toContain(link.index);
    const fresh = new TimelineView(timeline!, settings);
    for (const i of worded) expect(model.drawnLinkLabels[i]).toBe(fresh.linkLabelOf(i));
  });
});

describe('expanding a cluster', () => {
  it('zooms far enough that every member of the clicked cluster is drawn, at the edge of the drawing too', () => {
    // Forty events an hour apart over five days and three rows of labels (the browser test's story):
    // the first cluster sits at the left edge, where the zoom cannot centre it.
    const at = (i: number) => `2026-03-${String(1 + Math.floor(i / 8)).padStart(2, '0')}T${String(8 + (i % 8)).padStart(2, '0')}:00Z`;
    const events = Array.from({length: 40}, (_, i) => ({id: `e${i}`, date: at(i), title: `Event number ${i}`}));
    events.push({id: 'far', date: '2027-03-01', title: 'Far away'});
    const model = new TimelineView(parseTimeline({events}).timeline!, {...settings, maxLanes: 3});
    const identity = {k: 1, x: 0, y: 0};
    const frame = {width: model.geometry.width, height: model.geometry.height, maxK: model.maxK, axis: 'x' as const};
    const atZoom1 = screenScale(model.geometry.scale, identity, {vertical: false, rtl: false, width: model.geometry.width});
    const clusters = model.layout(identity, []).clusters;
    expect(clusters.length).toBeGreaterThan(3);
    for (const cluster of clusters) {
      // What the element asks for on a click (event-timeline.ts #expandCluster: a tenth of the span on each side;
      // viewport.ts zoomTo), once the zoom has settled. (The browser test clicks one for real.)
      const pad = (cluster.end - cluster.start) * 0.1;
      const [start, end] = [cluster.start - pad, cluster.end + pad];
      const zoom = keepInside(transformShowing([atZoom1(start), atZoom1(end)], 0.9, identity, frame), frame);
      const drawn = new Set(model.layout(zoom, []).events.map((event) => event.index));
      expect(
        cluster.members.filter((index) => !drawn.has(index)),
        `cluster ${cluster.key}`,
      ).toEqual([]);
    }
  });
});

describe("the first frame's view", () => {
  // The view at zoom 1 is laid out once, to size the room below the axis for the link arcs, and
  // shown as it is in the first frame: it must be the view laid out again with the final height.
  // Asking to keep an event already drawn lays it out again, to the same result.
  const identity = {k: 1, x: 0, y: 0};
  const stories = [
    ...CORPUS.map((story) => ({name: story.slug, doc: story.doc, lang: story.lang})),
    ...[30, 100, 300].map((n) => ({name: `${n} events`, doc: generateStory(n, 3).doc, lang: 'en'})),
  ];
  for (const {name, doc, lang} of stories) {
    it(`is the view laid out again with the final height: ${name}`, () => {
      const {timeline} = parseTimeline(doc);
      expect(timeline!.links.length).toBeGreaterThan(0);
      for (const width of [320, 640, 1000, 1400]) {
        const model = new TimelineView(timeline!, {lang, orientation: 'horizontal', width, breaks: true, rtl: lang === 'ar'});
        const first = model.layout(identity, []);
        const drawn = first.events[0].id;
        expect(first.height).toBe(model.geometry.height);
        expect(first.links.length).toBeGreaterThan(0);
        expect(first).toEqual(model.layout(identity, [drawn]));
      }
    });
  }
});

describe("a cluster badge's name", () => {
  it('is the words of its count, and is worded again when the language gains strings', () => {
    const model = new TimelineView(parseTimeline(generateStory(40).doc).timeline!, {...settings, lang: 'de-CH'});
    expect(model.clusterNameOf(5)).toBe(clusterLabel(5, 'de-CH'));
    expect(model.clusterNameOf(1)).toBe(clusterLabel(1, 'de-CH'));
    // A page registering its words after the first frame: the badges say them from the next step on.
    registerStrings('de-CH', {cluster: ({text}) => `${text} weitere`});
    expect(model.clusterNameOf(5)).toBe('5 weitere');
    expect(model.clusterNameOf(5)).toBe(clusterLabel(5, 'de-CH'));
  });
});

describe("the zoom steps' warm-up", () => {
  // warmZoom runs a zoom step's layout in idle time, before the reader's first zoom: what the
  // element then draws, at any zoom, must be what it would have drawn without it.
  const zooms = [
    {k: 1, x: 0, y: 0},
    {k: 2, x: -300, y: 0},
    {k: 4, x: -1500, y: 0},
    {k: 2, x: 0, y: 0},
  ];
  for (const orientation of ['horizontal', 'vertical'] as const) {
    it(`changes no layout: 2,000 events, ${orientation}`, () => {
      const {timeline} = parseTimeline(generateStory(2000, 5).doc);
      const warmed = new TimelineView(timeline!, {...settings, orientation, maxLanes: undefined});
      const fresh = new TimelineView(timeline!, {...settings, orientation, maxLanes: undefined});
      expect(warmed.warmZoom(2)).toBe(true);
      expect(warmed.warmZoom(4)).toBe(true);
      for (const zoom of zooms) {
        const shown = orientation === 'vertical' ? {k: zoom.k, x: 0, y: zoom.x} : zoom;
        const view = warmed.layout(shown, []);
        expect(view.events.length + view.clusters.length).toBeGreaterThan(0);
        expect(view).toEqual(fresh.layout(shown, []));
      }
    });
  }

  it('leaves a story too large for it alone (its layout would be a long task)', () => {
    const {timeline} = parseTimeline(generateStory(WARM_ZOOM_MAX + 1, 5).doc);
    expect(timeline!.events.length).toBe(WARM_ZOOM_MAX + 1);
    expect(new TimelineView(timeline!, {...settings, maxLanes: undefined}).warmZoom(2)).toBe(false);
  });
});
