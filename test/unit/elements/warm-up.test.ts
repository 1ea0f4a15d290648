// The first frame's warm-up (warm-up.ts): its sample reaches the code a first frame runs, and it
// leaves no trace: a story laid out after it is laid out exactly as in a process that never ran it
// (each side with fresh modules, so that neither inherits the other's caches).
import {afterEach, describe, expect, it, vi} from 'vitest';
import {generateStory} from '../../../bench/generate.js';
import {sampleStory, warmUpSteps} from '../../../src/elements/event-timeline/warm-up.js';
import {parseTimeline} from '../../../src/model/parse-timeline.js';
import {TimelineView} from '../../../src/elements/event-timeline/timeline-view.js';
import {CORPUS} from '../../corpus/index.js';

const settings = (lang: string, width: number, rtl = false) => ({
  lang,
  orientation: width < 600 ? ('vertical' as const) : ('horizontal' as const),
  width,
  breaks: true,
  rtl,
});

describe('the sample story', () => {
  const {timeline, issues} = parseTimeline(sampleStory());

  it('is read without a problem', () => {
    expect(issues).toEqual([]);
    expect(timeline!.events).toHaveLength(24);
  });

  it('holds the kinds of dates, links and titles a story has', () => {
    const dates = timeline!.events.map((event) => event.date);
    expect(new Set(dates.map((date) => (typeof date.start === 'object' ? date.start.precision : date.start)))).toEqual(
      new Set(['day', 'month', 'half', 'year', 'minute']),
    );
    expect(dates.some((date) => date.interval)).toBe(true);
    expect(dates.some((date) => date.end === 'open')).toBe(true);
    expect(dates.some((date) => typeof date.start === 'object' && (date.start.uncertain || date.start.approximate))).toBe(true);
    expect(new Set(timeline!.links.map((link) => link.kind)).size).toBeGreaterThanOrEqual(6);
    expect(timeline!.anchor).toBe('e0');
  });

  it('is laid out with wrapped titles, labelled arcs, a break, and clusters when rows are few', () => {
    const wide = new TimelineView(timeline!, settings('en', 960)).layout({k: 1, x: 0, y: 0}, []);
    expect(wide.events.some((event) => event.titleLines.length > 1)).toBe(true);
    expect(wide.links.some((link) => link.labelX !== undefined)).toBe(true);
    expect(wide.breaks.length).toBeGreaterThan(0);
    expect(wide.ticks.length).toBeGreaterThan(0);
    const few = new TimelineView(timeline!, {...settings('en', 960), maxLanes: 2}).layout({k: 1, x: 0, y: 0}, []);
    expect(few.clusters.length).toBeGreaterThan(0);
    const narrow = new TimelineView(timeline!, settings('en', 400));
    expect(narrow.vertical).toBe(true);
  });
});

/** What a first frame derives from a story, with modules fresh from `warm` (the warm-up run first, or not). */
async function firstFrame(doc: unknown, lang: string, width: number, warm: boolean) {
  vi.resetModules();
  const {warmUpSteps: steps} = await import('../../../src/elements/event-timeline/warm-up.js');
  const {parseTimeline: parse} = await import('../../../src/model/parse-timeline.js');
  const {TimelineView: View} = await import('../../../src/elements/event-timeline/timeline-view.js');
  if (warm) for (const step of steps(lang)) step();
  const {timeline} = parse(structuredClone(doc));
  const model = new View(timeline!, settings(lang, width, lang === 'ar'));
  const view = model.layout({k: 1, x: 0, y: 0}, []);
  const zoomed = model.layout({k: 4, x: -width, y: 0}, []);
  return {
    view,
    zoomed,
    height: model.geometry.height,
    names: timeline!.events.map((event) => model.nameOf(event)),
    texts: timeline!.events.map((event) => model.textsOf(event)),
    description: model.description(),
    links: [...model.drawnLinkLabels],
  };
}

describe('the warm-up', () => {
  afterEach(() => vi.resetModules());

  it('runs every step in each language without throwing', () => {
    for (const lang of ['en', 'ru', 'ar', 'zh']) for (const step of warmUpSteps(lang)) step();
  });

  const stories = [
    ...CORPUS.slice(0, 4).map((story) => [story.slug, story.doc, story.lang] as const),
    ['suez-ar', CORPUS.find((story) => story.slug === 'suez-ar')!.doc, 'ar'] as const,
    ['100 generated events', generateStory(100, 3).doc, 'en'] as const,
  ];
  it.each(stories)('leaves no trace: %s is laid out, named and dated as without it', async (_, doc, lang) => {
    for (const width of [1280, 390]) {
      const without = await firstFrame(doc, lang, width, false);
      const after = await firstFrame(doc, lang, width, true);
      expect(after).toEqual(without);
    }
  });
});
