// A fresh page meets the first frame's code for the first time when the story's data arrives: V8
// then interprets the parser and the layout without type feedback, and that, not the work itself,
// is most of a small story's layout time (docs/performance.md). While an element waits for its
// data (a `src` being fetched, `data` not yet set), this runs that code once on a small sample
// story made here, in idle time, one step per idle callback: the parser, a view model with its
// layout (geometry, packing, arcs, ticks, breaks, short dates) and the drawn events' accessible
// names, again with two rows of labels (clusters), then for a narrow (vertical) element; last, the
// first of them drawn into a fragment never connected, so that Lit prepares the picture's templates
// (warm-templates.ts). No events, no element touched, nothing put in the document; the caches it
// fills (formatters, strings, the last text measured, Lit's templates) give the same answers to the
// real story. Once per page, for the first element's language.
import {parseTimeline} from '../../model/parse-timeline.js';
import {EVENT_STATUSES, LINK_KINDS, type Timeline} from '../../model/types.js';
import {whenIdle} from '../shared/idle.js';
import {TimelineView} from './timeline-view.js';
import {warmTemplates} from './warm-templates.js';

const WORDS = 'Leaders meet in the capital to sign a long awaited trade agreement'.split(' ');
// Days, months, ranges, an open end, uncertain and approximate dates, a half year, a time, a year; the rest a crowded fortnight.
const DATES =
  '2026-02-03 2026-02~ 2026-02-05/2026-02-12 2026-40? 2001-07-16 2026-07-16 2025-11/2026-01 2026-03-09/.. 2026-02-17T10:30 2024'.split(' ');

/** @internal The sample: the demo story's kinds of dates and links, titles that wrap, a crowded fortnight that clusters. */
export function sampleStory() {
  const events = Array.from({length: 24}, (_, i) => ({
    id: `e${i}`,
    date: DATES[i] ?? `2026-01-${10 + (i % 14)}`,
    title: WORDS.slice(i % 5, (i % 5) + 1 + ((i * 7) % 11)).join(' '),
    category: `c${i % 2}`,
    status: EVENT_STATUSES[i % 4],
    ...(i % 4 ? {} : {summary: WORDS.join(' '), place: WORDS[4], source: {name: WORDS[0]}}),
  }));
  return {
    title: WORDS[0],
    now: DATES[0],
    anchor: 'e0',
    categories: {c0: {label: WORDS[0]}, c1: {label: WORDS[1]}},
    events,
    // Every kind of link; the anniversary's ends 25 years apart.
    links: LINK_KINDS.map((kind, i) => ({from: i ? 'e0' : 'e4', to: `e${i || 5}`, kind})),
  };
}

/** One view model of the sample laid out, with the accessible names of the events drawn, as the first frame does. */
function draw(timeline: Timeline, lang: string, width: number, maxLanes?: number): TimelineView {
  const orientation = width < 600 ? 'vertical' : 'horizontal';
  const model = new TimelineView(timeline, {lang, orientation, width, breaks: true, rtl: false, maxLanes});
  for (const placed of model.layout({k: 1, x: 0, y: 0}, []).events) model.nameOf(timeline.events[placed.index]!);
  model.description();
  return model;
}

/**
 * @internal The warm-up's steps, each a callback's worth of work: the parser, three view models,
 * then, given `paint` (the browser's warmTemplates; unit tests run without a DOM), the first one drawn.
 */
export function warmUpSteps(lang: string, paint?: (model: TimelineView, lang: string) => void): (() => void)[] {
  let timeline: Timeline;
  let wide: TimelineView;
  return [
    () => (timeline = parseTimeline(sampleStory()).timeline!),
    () => (wide = draw(timeline, lang, 960)),
    () => draw(timeline, lang, 960, 2),
    () => draw(timeline, lang, 400),
    ...(paint ? [() => paint(wide, lang)] : []),
  ];
}

let steps: (() => void)[] | undefined;

/** @internal How many steps are left to run (undefined before the first idle callback that wanted one). */
export const warmUpLeft = () => steps?.length;

/**
 * Runs the first frame's code on the sample in idle time, while `wanted()` (no data yet): one step
 * per idle callback, resumed by the next element when one stops. Returns the function that cancels it.
 */
export function warmUpFirstFrame(lang: string, wanted: () => boolean): () => void {
  let cancel: () => void;
  const next = () => {
    cancel = whenIdle(() => {
      if (wanted() && (steps ??= warmUpSteps(lang, warmTemplates)).length) {
        try {
          steps.shift()!();
        } catch (error) {
          // A warm-up is worth nothing next to a page's own errors: stop, and say why once.
          steps = [];
          console.warn('event-timeline: warm-up stopped', error);
          return;
        }
        next();
      }
    }, 2000);
  };
  next();
  return () => cancel();
}
