// The layout alone, in Node: parseTimeline, then what <event-timeline> does in rebuild() and
// computeView() (toLayoutEvent for every event, createGeometry, packAt at zoom 1, fitHeight,
// viewLayout of the whole window), then one zoom step (packAt and viewLayout at zoom 8).
// Imports the built modules in dist/esm/. Run as a child process with a large heap:
//   node --expose-gc --max-old-space-size=8192 bench/layout.js 10000 100000 1000000
//   node --expose-gc bench/layout.js --cold demo/data/story-en.json   (a fresh page's first layout)
// Prints one JSON line per size.
import {generateStory} from './generate.js';

// bench/run.js passes its snapshot of dist/esm/ (see there); by default the repository's.
const root = process.env.BENCH_DIST ? new URL(`file://${process.env.BENCH_DIST}`) : new URL('../dist/esm/', import.meta.url);
const load = (path) => import(new URL(path, root).href);
const {parseTimeline} = await load('model/index.js');
const {toLayoutEvent} = await load('layout/layout-events.js');
const {createGeometry, fitHeight} = await load('layout/geometry.js');
const {packAt} = await load('layout/pack.js');
const {viewLayout} = await load('layout/view.js');
const {estimateTextWidth} = await load('layout/text-width.js');
const {formatEdtf, formatTick} = await load('i18n/format-date.js');

import {readFileSync} from 'node:fs';
import {PerformanceObserver} from 'node:perf_hooks';

const WIDTH = 1000;
// Garbage collection pauses, with their start on the performance timeline: a layout's share of
// them is the pauses that started while it ran.
const pauses = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) pauses.push({start: entry.startTime, duration: entry.duration});
}).observe({entryTypes: ['gc']});
const gcWithin = async (from, to) => {
  await new Promise((resolve) => setTimeout(resolve, 100)); // entries arrive asynchronously
  return pauses.filter((pause) => pause.start >= from && pause.start <= to).reduce((sum, pause) => sum + pause.duration, 0);
};
const lang = 'en';
const gc = globalThis.gc ?? (() => {});
const now = () => performance.now();

/** The element's rebuild() and computeView(), minus Lit: returns the time of each piece. */
function layout(timeline) {
  const times = {};
  let t = now();
  // Widths of the lazily formatted date line: one formatted sample per kind of date (as the element does).
  const sampleWidth = new Map();
  const widthOf = (event) => {
    const {interval, start, end} = event.date;
    let byStart = sampleWidth.get(interval);
    if (!byStart) sampleWidth.set(interval, (byStart = new Map()));
    const startKind = typeof start === 'object' ? start.precision : start;
    let byEnd = byStart.get(startKind);
    if (!byEnd) byStart.set(startKind, (byEnd = new Map()));
    const endKind = typeof end === 'object' ? end.precision : '';
    let width = byEnd.get(endKind);
    if (width === undefined) {
      width = estimateTextWidth(formatEdtf(event.date, lang), 11) + 24;
      byEnd.set(endKind, width);
    }
    return width;
  };
  const events = timeline.events.map((event) => toLayoutEvent(event, event.title, '', widthOf(event)));
  times.layoutEvents = now() - t;
  t = now();
  const indexOf = new Map();
  timeline.events.forEach((event, i) => indexOf.set(event.id, i));
  const geometry = createGeometry(events, {
    orientation: 'horizontal',
    width: WIDTH,
    breaks: true,
    rtl: false,
    maxLanes: 6,
    links: timeline.links.length > 0,
  });
  times.geometry = now() - t;
  t = now();
  const reserved = new Set(timeline.anchor ? [indexOf.get(timeline.anchor)] : []);
  const pack = packAt(geometry, 1, reserved);
  fitHeight(geometry, pack.lanesUsed);
  times.pack = now() - t;
  t = now();
  const links = timeline.links.map((link) => ({from: indexOf.get(link.from), to: indexOf.get(link.to), label: link.kind}));
  const view = (p, k, shift) =>
    viewLayout(geometry, p, {
      k,
      shift,
      viewLength: WIDTH,
      formatTick: (time, unit, withParent) => formatTick(time, unit, lang, withParent),
      subtitleOf: (index) => formatEdtf(timeline.events[index].date, lang),
      links,
      now: timeline.nowTime,
      eras: timeline.eras,
      include: [],
    });
  const first = view(pack, 1, 0);
  times.view = now() - t;
  times.total = times.layoutEvents + times.geometry + times.pack + times.view;
  // One zoom step: a new zoom level (packAt) and its view, centred on the anchor.
  t = now();
  const k = 8;
  const zoomed = packAt(geometry, k, reserved);
  const at = geometry.scale(timeline.nowTime) * k;
  const second = view(zoomed, k, WIDTH / 2 - at);
  times.zoomStep = now() - t;
  return {times, shown: first.events.length, clusters: first.clusters.length, zoomShown: second.events.length};
}

const cold = process.argv.includes('--cold');
// Sizes of generated stories, or paths of event JSON files (the demo story: demo/data/story-en.json).
const args = process.argv.slice(2).filter((arg) => Number(arg) > 0 || arg.endsWith('.json'));
for (const arg of args.length ? args : [10_000, 100_000, 1_000_000]) {
  // Through JSON, as a document fetched or read from a page would come (flat strings).
  const doc = String(arg).endsWith('.json')
    ? JSON.parse(readFileSync(arg, 'utf8'))
    : JSON.parse(JSON.stringify(generateStory(Number(arg), 7).doc));
  const n = String(arg).endsWith('.json') ? `${arg} (${doc.events.length})` : Number(arg);
  // Warm up the JIT on smaller stories first, so the first size is not charged for compiling
  // (--cold: no warm-up and one run, as a page's first frame; run each size in a fresh process).
  if (!cold) for (let i = 0; i < 5; i++) layout(parseTimeline(JSON.parse(JSON.stringify(generateStory(3000, 3 + i).doc))).timeline);
  const count = doc.events.length;
  const runs = cold ? 1 : count <= 1000 ? 15 : count <= 10_000 ? 5 : count <= 100_000 ? 3 : 1;
  const samples = [];
  let shape;
  for (let run = 0; run < runs; run++) {
    gc();
    const t = now();
    const {timeline, issues} = parseTimeline(doc);
    const parse = now() - t;
    if (!timeline || issues.some((issue) => issue.severity === 'error'))
      throw new Error(`story ${n} did not parse: ${JSON.stringify(issues.slice(0, 3))}`);
    gc(); // the parser's garbage is the parser's cost, not the layout's
    const from = now();
    const result = layout(timeline);
    const layoutGc = await gcWithin(from, now());
    samples.push({parse, ...result.times, layoutGc});
    shape = {shown: result.shown, clusters: result.clusters, zoomShown: result.zoomShown};
  }
  // The median run of each piece.
  const median = {};
  for (const key of Object.keys(samples[0])) {
    const values = samples.map((sample) => sample[key]).sort((a, b) => a - b);
    median[key] = values[Math.floor(values.length / 2)];
  }
  console.log(JSON.stringify({n, runs, ...median, ...shape}));
}
