// Where the first frame's time goes, from a DevTools performance trace of it (bench/run.js records
// one around bench.render(), between the page's bench-render-start and bench-render-end marks):
//   phases()       the renderer's main thread by kind of work, self times (a task's own time, less
//                  what ran inside it): script compile, script run, style, layout (text layout is in
//                  it), paint and compositing, garbage collection, other;
//   scriptByPart() the script run of a CPU profile recorded with it, by module group (Lit's templates
//                  and updates, our parser, layout, words, element), read from an unminified build whose
//                  every line is under a `// path` comment naming its module.

export const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.compile',
  'disabled-by-default-v8.gc',
  'disabled-by-default-v8.cpu_profiler',
];

const PHASE = [
  ['script compile', /compile|^v8\.parse|ParseScript|ParseFunction|PreParse/i],
  ['garbage collection', /GC|Scavenge|MarkCompact|Sweep/],
  ['style', /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|InvalidateLayout|ScheduleStyleRecalculation)$/],
  ['layout (text layout included)', /^(Layout|UpdateLayout|IntersectionObserverController::computeIntersections)$/],
  ['paint and compositing', /^(Paint|PrePaint|Layerize|UpdateLayer|UpdateLayerTree|CompositeLayers|Commit|PaintImage|RasterTask|Decode)/],
  [
    'script run',
    /^(FunctionCall|EvaluateScript|v8\.callFunction|v8\.run|V8\.Execute|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|v8\.evaluateModule|V8\.RunMicrotasks|v8\.callModuleMethod|RunTask)$/,
  ],
];

export const phaseOf = (name) => PHASE.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other';

/** The page's renderer main thread and the measured window, found by the bench marks. */
function window(events) {
  const start = events.find((event) => event.name === 'bench-render-start');
  const end = events.find((event) => event.name === 'bench-render-end');
  if (!start || !end) throw new Error('the trace has no bench-render marks');
  const main = events.find(
    (event) => event.ph === 'M' && event.name === 'thread_name' && event.pid === start.pid && event.args?.name === 'CrRendererMain',
  );
  return {pid: start.pid, tid: main?.tid ?? start.tid, from: start.ts, to: end.ts};
}

/** Self time (ms) of the main thread's work in the window, by phase; `total` is the window itself. */
export function phases(trace) {
  const events = trace.traceEvents ?? trace;
  const {pid, tid, from, to} = window(events);
  // Complete events ('X'), and begin/end pairs ('B'/'E') joined into complete ones.
  const spans = [];
  const open = [];
  for (const event of events) {
    if (event.pid !== pid || event.tid !== tid) continue;
    if (event.ph === 'X' && event.dur > 0) spans.push({name: event.name, ts: event.ts, end: event.ts + event.dur});
    else if (event.ph === 'B') open.push(event);
    else if (event.ph === 'E') {
      const begin = open.pop();
      if (begin) spans.push({name: begin.name, ts: begin.ts, end: event.ts});
    }
  }
  spans.sort((a, b) => a.ts - b.ts || b.end - a.end);
  const byPhase = {};
  const stack = [];
  const add = (span, self) => {
    const phase = phaseOf(span.name);
    // A task with nothing more telling of its own (RunTask, ThreadControllerImpl…) is 'other' only for what no child explains.
    byPhase[phase] = (byPhase[phase] ?? 0) + self;
  };
  // Self time: a span's time inside the window, less its children's.
  const clip = (span) => Math.max(0, Math.min(span.end, to) - Math.max(span.ts, from));
  const selfOf = new Map();
  for (const span of spans) {
    while (stack.length && stack[stack.length - 1].end <= span.ts) stack.pop();
    const parent = stack[stack.length - 1];
    selfOf.set(span, clip(span));
    if (parent && span.end <= parent.end) selfOf.set(parent, selfOf.get(parent) - clip(span));
    stack.push(span);
  }
  for (const [span, self] of selfOf) if (self > 0) add(span, self);
  const result = Object.fromEntries(
    Object.entries(byPhase)
      .map(([phase, us]) => [phase, us / 1000])
      .sort((a, b) => b[1] - a[1]),
  );
  const busy = Object.values(result).reduce((sum, ms) => sum + ms, 0);
  return {total: (to - from) / 1000, busy, idle: Math.max(0, (to - from) / 1000 - busy), phases: result};
}

/** Groups of modules, by the path of the module a line of the profile build belongs to. */
const GROUPS = [
  ['Lit (templates, updates, directives)', /node_modules\/(lit|lit-html|lit-element|@lit)\//],
  ['d3 modules', /node_modules\/d3-/],
  ['parser (src/model)', /src\/model\//],
  ['layout (src/layout, timeline-view)', /src\/layout\/|timeline-view/],
  ['chart templates (render-chart)', /render-chart/],
  ['words and dates (src/i18n, Intl)', /src\/i18n\//],
  ['element and data (event-timeline, timeline-data, panels, parts)', /src\/elements\//],
  ['other code', /./],
];

/** Line number (0-based) → module path, from the `// path` comments of an unminified Rolldown build. */
export function moduleLines(code) {
  const starts = [];
  code.split('\n').forEach((line, i) => {
    const match = /^\/\/ ((?:node_modules|src)\/\S+)$/.exec(line);
    if (match) starts.push([i, match[1]]);
  });
  return (line) => {
    let module = 'other';
    for (const [start, path] of starts) {
      if (start > line) break;
      module = path;
    }
    return module;
  };
}

/**
 * The script time of the window (ms) from the trace's CPU profile samples, by module group.
 * `sources` maps a script URL's path to its moduleLines() function. Samples outside our
 * scripts (the browser's own: style, layout and GC show up as "(program)" or native) are left out.
 */
export function scriptByPart(trace, sources) {
  const events = trace.traceEvents ?? trace;
  const {pid, from, to} = window(events);
  const nodes = new Map();
  const samples = [];
  let time;
  for (const event of events) {
    if (event.pid !== pid) continue;
    if (event.name === 'Profile') time = event.args?.data?.startTime;
    if (event.name !== 'ProfileChunk') continue;
    const data = event.args?.data ?? {};
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const ids = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < ids.length; i++) {
      time = (time ?? 0) + (deltas[i] ?? 0);
      samples.push([time, ids[i]]);
    }
  }
  const byGroup = {};
  for (let i = 0; i < samples.length - 1; i++) {
    const [at, id] = samples[i];
    if (at < from || at > to) continue;
    const node = nodes.get(id);
    const frame = node?.callFrame;
    if (!frame?.url) continue;
    const lines = sources.get(new URL(frame.url, 'http://x').pathname);
    if (!lines) continue;
    const module = lines(frame.lineNumber ?? 0);
    const group = GROUPS.find(([, pattern]) => pattern.test(module))[0];
    byGroup[group] = (byGroup[group] ?? 0) + (samples[i + 1][0] - at) / 1000;
  }
  return Object.fromEntries(Object.entries(byGroup).sort((a, b) => b[1] - a[1]));
}
