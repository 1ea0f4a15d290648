// In-page side of the benchmark: loads one library (?lib=ours|before|vis|tlc; `before` is
// event-timeline as it was before the chunked build, bench/baseline/), builds a story with
// bench/generate.js (or takes the demo's own 7-event story, prepared by bench/run.js), and
// exposes window.bench for bench/run.js to drive step by step. Times are performance.now() in
// the page: the script load in prepare(), the first frame in render() (marked bench-render-start,
// bench-render-end, for traces).
import {generateStory, zoomWindows} from './generate.js';

const lib = new URLSearchParams(location.search).get('lib');
const host = document.getElementById('host');
const raf = () => new Promise((resolve) => requestAnimationFrame(resolve));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Resolves once the next frame is rendered: a message posted from that frame's
 * requestAnimationFrame callbacks runs after its style, layout and paint. Work a library
 * defers to its own animation frame (registered earlier) is inside that frame too.
 */
const afterNextFrame = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }),
  );

// Long tasks (over 50 ms), kept with their start so a measurement can pick its own.
const longTasks = [];
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({start: entry.startTime, duration: entry.duration});
  }).observe({type: 'longtask', buffered: true});
} catch {
  // No Long Tasks API: the longest task is reported as unknown.
}
// Long animation frames (over 50 ms): a frame's tasks and its rendering together.
const longFrames = [];
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longFrames.push({start: entry.startTime, duration: entry.duration});
  }).observe({type: 'long-animation-frame', buffered: true});
} catch {
  // Not supported.
}

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

function loadStyle(href) {
  return new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), {rel: 'stylesheet', href});
    link.onload = resolve;
    link.onerror = () => reject(new Error(`could not load ${href}`));
    document.head.append(link);
  });
}

/** Resolves at the first DOM change under `node` (a library's deferred update), or after `limit` ms. */
function nextMutation(node, limit = 2000) {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(true);
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(false);
    }, limit);
    observer.observe(node, {childList: true, subtree: true, attributes: true, characterData: true});
  });
}

/** The marks a library has drawn: events (and counted clusters) on screen. */
const MARKS = {
  ours: (element) => element.shadowRoot.querySelectorAll('svg [part~="event"], svg [part~="cluster"]').length,
  before: (element) => MARKS.ours(element),
  vis: (state) => state.container.querySelectorAll('.vis-item').length,
  tlc: (state) => state.container.querySelectorAll('.series-segment').length,
};

/**
 * Where our nodes are: the drawing, the list kept for screen readers; and what one drawn event
 * costs in the drawing (its option and its label, with the Lit markers and white space between
 * them and the previous element), on average.
 */
function ourNodes(element) {
  const root = element.shadowRoot;
  const svg = root.querySelector('svg[role="group"]');
  const list = root.querySelector('[part="list"]');
  const count = (node) => (node ? 1 + countNodes(node) : 0);
  const withLead = (node) => {
    let nodes = count(node);
    for (let before = node?.previousSibling; before && before.nodeType !== Node.ELEMENT_NODE; before = before.previousSibling) nodes++;
    return nodes;
  };
  const options = [...root.querySelectorAll('svg [part~="event"]')];
  const perEvent = options.map(
    (option) =>
      withLead(option) + withLead(root.querySelector(`svg [data-label-for="${CSS.escape(option.getAttribute('data-event-id'))}"]`)),
  );
  const items = list ? list.querySelectorAll(':scope > li').length : 0;
  return {
    drawing: count(svg),
    list: count(list),
    events: options.length,
    perEvent: perEvent.length ? perEvent.reduce((a, b) => a + b, 0) / perEvent.length : null,
    perListItem: items ? (count(list) - 1) / items : null,
  };
}

/** Every node (elements, text, comments) under `root`, shadow roots included. */
function countNodes(root) {
  let count = 0;
  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      count++;
      walk(child);
    }
    if (node.shadowRoot) walk(node.shadowRoot);
  };
  walk(root);
  return count;
}

/**
 * Times one step that starts at the beginning of a frame: from the step to the end of the first
 * frame that shows its result (style, layout and paint done). `settle` resolves inside that
 * frame's requestAnimationFrame callbacks; a message posted then runs after the frame.
 */
function timeStep(step, settle) {
  return new Promise((resolve, reject) => {
    requestAnimationFrame(async () => {
      try {
        const t0 = performance.now();
        await step();
        await settle();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - t0);
        channel.port2.postMessage(0);
      } catch (error) {
        reject(error);
      }
    });
  });
}

// ---- The three libraries behind one interface ------------------------------------------

const adapters = {
  ours: {
    name: 'event-timeline',
    async load() {
      await import(new URLSearchParams(location.search).get('bundle') ?? '/dist/event-timeline.js');
      await customElements.whenDefined('event-timeline');
    },
    async mount() {
      const element = document.createElement('event-timeline');
      host.append(element);
      // The element draws once it knows its width (a ResizeObserver, then a frame).
      for (let i = 0; i < 100 && !(element.width > 0); i++) await raf();
      await raf();
      return element;
    },
    /** Mounted with its data in the same task: no idle time before the data (as a page whose data is at hand). */
    async mountWith(story) {
      const element = document.createElement('event-timeline');
      const read = new Promise((resolve) => element.addEventListener('timeline-load', resolve, {once: true}));
      element.data = story.doc;
      host.append(element);
      await read;
      // Read before it knows its width: drawn once it does (a ResizeObserver, then a frame).
      for (let i = 0; i < 100 && !element.shadowRoot.querySelector('svg[role="group"]'); i++) await raf();
      if (!element.shadowRoot.querySelector('svg[role="group"]')) throw new Error('event-timeline drew no chart');
      return element;
    },
    async render(element, story) {
      // Drawn when it says so (timeline-load follows the first render of new data); its
      // updateComplete waits longer, for the parts loaded after the first frame.
      const drawn = new Promise((resolve) => element.addEventListener('timeline-load', resolve, {once: true}));
      element.data = story.doc;
      await drawn;
      if (!element.shadowRoot.querySelector('svg[role="group"]')) throw new Error('event-timeline drew no chart');
    },
    /** Until every part asked for has arrived and is drawn (the list for screen readers, the gestures). */
    settled: (element) => element.updateComplete,
    rerender: (element, story) => adapters.ours.render(element, story),
    zoom: (element, [start, end]) => element.zoomTo(start, end),
    settle: (element) => element.updateComplete,
    async select(element, id) {
      await element.focusEvent(id);
      await element.updateComplete; // focusing pans the event into view: one more update
    },
    selectSettle: () => undefined,
    root: (element) => element,
  },
  vis: {
    name: 'vis-timeline',
    async load() {
      // Both requested at once, as a page's <link> and <script> would be.
      await Promise.all([
        loadStyle('/node_modules/vis-timeline/dist/vis-timeline-graph2d.min.css'),
        loadScript('/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'),
      ]);
    },
    async mount() {
      const container = document.createElement('div');
      host.append(container);
      return {container};
    },
    async render(state, story) {
      const items = new vis.DataSet(story.vis);
      state.timeline = new vis.Timeline(state.container, items, {
        width: '1000px',
        height: '420px',
        stack: true,
        selectable: true,
        showCurrentTime: false,
      });
    },
    rerender: (state, story) => state.timeline.setItems(new vis.DataSet(story.vis)),
    zoom: (state, [start, end]) => state.timeline.setWindow(start, end, {animation: false}),
    // Its redraw is throttled to the next animation frame.
    settle: () => raf(),
    select: (state, id) => state.timeline.setSelection(id, {focus: true, animation: false}),
    selectSettle: () => raf(),
    root: (state) => state.container,
  },
  tlc: {
    name: 'timelines-chart',
    async load() {
      await loadScript('/node_modules/timelines-chart/dist/timelines-chart.min.js');
    },
    async mount() {
      const container = document.createElement('div');
      host.append(container);
      return {container};
    },
    async render(state, story) {
      const changed = nextMutation(state.container, 60_000);
      state.chart = TimelinesChart()(state.container)
        .width(1000)
        .maxHeight(420)
        .zQualitative(true)
        .enableAnimations(false)
        .data(story.timelines);
      // Its update runs in a debounced timeout, then d3 transitions in animation frames.
      await changed;
    },
    async rerender(state, story) {
      const changed = nextMutation(state.container, 60_000);
      state.chart.data(story.timelines);
      await changed;
    },
    async zoom(state, [start, end]) {
      state.pending = nextMutation(state.container, 1000);
      state.chart.zoomX([new Date(start), new Date(end)]);
    },
    async settle(state) {
      await state.pending;
      await raf();
    },
    select: undefined,
    root: (state) => state.container,
  },
};

// The same element, as it was before the chunked build: one file, bench/baseline/event-timeline.js.
adapters.before = {
  ...adapters.ours,
  name: 'event-timeline before',
  async load() {
    await import('/baseline/event-timeline.js');
    await customElements.whenDefined('event-timeline');
  },
};

const adapter = adapters[lib];

/**
 * Script load, in this fresh page (nothing cached: the server sends no-store): from the request
 * for the library's first file to the library being ready to use (our element defined, the peer's
 * global there), with the files fetched meanwhile (Resource Timing: scripts, modules, style sheets).
 */
async function timeLoad() {
  const t0 = performance.now();
  await adapter.load();
  const ready = performance.now();
  const files = performance
    .getEntriesByType('resource')
    .filter((entry) => entry.startTime >= t0 && entry.responseEnd <= ready && ['script', 'link', 'other'].includes(entry.initiatorType));
  const start = files.length ? Math.min(...files.map((entry) => entry.startTime)) : t0;
  return {load: ready - start, loadFiles: files.length, loadBytes: files.reduce((sum, entry) => sum + entry.encodedBodySize, 0)};
}

let story;
let nextStory;
let windows;
let subject;

window.bench = {
  lib,
  /**
   * `n` events of a synthetic story, or 'demo': the demo's own story (7 events), as run.js prepared it.
   * `idle: false` (libraries with mountWith): the element is not mounted yet; render() mounts it with its data in one task.
   */
  async prepare(n, seed = 1, {idle = true} = {}) {
    if (!adapter) throw new Error(`unknown lib ${lib}`);
    const load = await timeLoad();
    if (n === 'demo') {
      // Through JSON, as data fetched or read from a page would come.
      story = await (await fetch('/bench-data/demo-story.json')).json();
      nextStory = await (await fetch('/bench-data/demo-story.json')).json();
    } else {
      story = JSON.parse(JSON.stringify(generateStory(n, seed)));
      // Another story of the same size, for drawing new data once everything is warm.
      nextStory = JSON.parse(JSON.stringify(generateStory(n, seed + 1)));
    }
    windows = zoomWindows(story.from, story.to);
    subject = idle || !adapter.mountWith ? await adapter.mount() : undefined;
    await raf();
    return {events: story.doc.events.length, links: story.doc.links.length, steps: windows.length, heapBefore: heap(), ...load};
  },
  /** Time from handing over the data to the end of the first frame that shows it. */
  async render() {
    performance.mark('bench-render-start');
    const t0 = performance.now();
    if (subject) await adapter.render(subject, story);
    else subject = await adapter.mountWith(story);
    await afterNextFrame();
    const ms = performance.now() - t0;
    performance.mark('bench-render-end');
    // Everything a library loads or draws after its first frame (our parts): until it is done.
    if (adapter.settled) await adapter.settled(subject);
    const settled = performance.now() - t0;
    // Entries arrive a little later, and later still after a long task: a render of more than
    // 50 ms waits (up to 3 s) for its entry rather than report "no long task".
    const since = (list) => list.filter((entry) => entry.start >= t0 - 1);
    await sleep(100);
    for (let waited = 100; ms > 50 && waited < 3000 && since(longTasks).length === 0; waited += 50) await sleep(50);
    const tasks = since(longTasks);
    const frames = since(longFrames);
    return {
      ms,
      settled,
      // Only tasks over 50 ms are reported; 0 means none.
      longestTask: tasks.length ? Math.max(...tasks.map((task) => task.duration)) : 0,
      longestFrame: frames.length ? Math.max(...frames.map((frame) => frame.duration)) : 0,
    };
  },
  /** New data of the same size, after the first render, zooming and selecting: the warm cost. */
  async rerender() {
    const t0 = performance.now();
    await adapter.rerender(subject, nextStory);
    await afterNextFrame();
    return performance.now() - t0;
  },
  /** Heap after a forced GC, and DOM nodes. */
  async stats() {
    await sleep(50);
    if (adapter.settled) await adapter.settled(subject);
    return {
      heap: heap(),
      nodes: countNodes(adapter.root(subject)),
      marks: MARKS[lib](subject),
      ours: lib === 'ours' || lib === 'before' ? ourNodes(subject) : undefined,
    };
  },
  steps: () => windows.length,
  zoomStep(i) {
    return timeStep(
      () => adapter.zoom(subject, windows[i]),
      () => adapter.settle(subject),
    );
  },
  /** Selects and focuses an event far from the anchor. */
  async select() {
    if (!adapter.select) return null;
    const id = story.doc.events[Math.floor(story.doc.events.length / 5)].id;
    await this.resetZoom();
    return timeStep(
      () => adapter.select(subject, id),
      () => adapter.selectSettle(subject),
    );
  },
  async resetZoom() {
    await timeStep(
      () => adapter.zoom(subject, windows[0]),
      () => adapter.settle(subject),
    );
  },
};

function heap() {
  if (typeof gc === 'function') {
    gc();
    gc();
  }
  return performance.memory ? performance.memory.usedJSHeapSize : null;
}

window.benchReady = true;
