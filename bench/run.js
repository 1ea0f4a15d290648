// `npm run bench`: <event-timeline> against vis-timeline and timelines-chart on the demo's own
// 7-event story and on synthetic stories (bench/generate.js), in headless Chromium (each script's
// load, then the first frame), plus the layout alone in Node, the build's sizes as it ships them
// (scripts/chunk-sizes.js) and DevTools traces of the first frame (bench/trace.js). Prints a table,
// writes bench/results.json and docs/performance.md's Performance section (between
// <!-- bench:start --> and <!-- bench:end -->).
//
//   npm run bench                   the full run: the demo story, 100, 1,000, 10,000 and 100,000 events
//   npm run bench -- --quick        the demo story, 100 and 1,000 only (development); writes nothing
//   options: --skip-build  --sizes=demo,100,1000  --libs=ours,vis  --no-node  --no-trace  --no-write  --verbose
import {spawn, spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {gzipSync} from 'node:zlib';
import puppeteer from 'puppeteer-core';
import {build} from 'esbuild';
import {CHROME_FLAGS, findChrome} from '../scripts/find-chrome.js';
import {chunkSizes} from '../scripts/chunk-sizes.js';
import {serve} from './server.js';
import {CATEGORIES, moduleLines, phases, scriptByPart} from './trace.js';
import {storyFromDocument} from './generate.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name) => args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const quick = flag('quick');
const write = !quick && !flag('no-write');
// 'demo' is the demo's own story (demo/data/story-en.json, 7 events).
const SIZES =
  option('sizes')
    ?.split(',')
    .map((size) => (size === 'demo' ? size : Number(size))) ?? (quick ? ['demo', 100, 1000] : ['demo', 100, 1000, 10_000, 100_000]);
/**
 * Each library and size is drawn in this many fresh pages, and the median kept: small stories vary
 * most from run to run; the slow peers at 10,000 events and more are measured once.
 */
const RUNS = (lib, n) => (n === 'demo' || n <= 100 ? 5 : lib === 'ours' || lib === 'before' || n <= 1000 ? 3 : 1);
const label = (n) => (n === 'demo' ? '7 (demo)' : n.toLocaleString('en'));
// `before`: event-timeline as it was before the chunked build (bench/baseline/), in the same run.
const LIBS = option('libs')?.split(',') ?? ['ours', 'before', 'vis', 'tlc'];
const NODE_SIZES = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
/** Longest any one measurement may take before it is reported as "timed out". */
const LIMIT = 60_000;
const NAMES = {ours: 'event-timeline', before: 'before (0bf08be)', vis: 'vis-timeline', tlc: 'timelines-chart'};
// A private copy of the build, so that a rebuild by someone else mid-run cannot pull files away.
const SNAPSHOT = `${ROOT}node_modules/.cache/event-timeline-bench/`;

const started = Date.now();
const log = (...parts) => console.log(...parts);
const ms = (value) =>
  value === undefined || value === null ? 'n/a' : typeof value === 'string' ? value : value >= 100 ? value.toFixed(0) : value.toFixed(1);

class TimeoutError extends Error {}

function withLimit(promise, limit = LIMIT) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => (timer = setTimeout(() => reject(new TimeoutError(`over ${limit / 1000} s`)), limit))),
  ]);
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};

// ---- Build ------------------------------------------------------------------------------

async function buildAndSnapshot() {
  if (!flag('skip-build')) {
    log('Building the bundle (node scripts/build.js --lib-only)…');
    const result = spawnSync(process.execPath, ['scripts/build.js', '--lib-only'], {cwd: ROOT, stdio: 'inherit'});
    if (result.status !== 0) throw new Error('the build failed');
  }
  for (const file of ['dist/event-timeline.js', 'dist/esm/model/index.js', 'dist/esm/layout/pack.js']) {
    if (!existsSync(ROOT + file)) throw new Error(`${file} is missing: run node scripts/build.js --lib-only`);
  }
  rmSync(SNAPSHOT, {recursive: true, force: true});
  mkdirSync(SNAPSHOT, {recursive: true});
  cpSync(ROOT + 'dist', SNAPSHOT + 'dist', {recursive: true});
  // The same chunks unminified, every line under a comment naming its module: for the profiles.
  if (!flag('no-trace')) {
    const profile = spawnSync('npx', ['vite', 'build', '--config', 'vite.lib.config.ts', '--logLevel', 'error'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {...process.env, BUILD: 'chunked', BENCH_PROFILE_OUT: SNAPSHOT + 'profile'},
    });
    if (profile.status !== 0) throw new Error('the profile build failed');
  }
  // The demo's story in the three libraries' shapes, its dates read by our own parser.
  const doc = JSON.parse(readFileSync(ROOT + 'demo/data/story-en.json', 'utf8'));
  const {parseTimeline} = await import(pathToFileURL(SNAPSHOT + 'dist/esm/model/index.js').href);
  const byId = new Map(parseTimeline(doc).timeline.events.map((event) => [event.id, event]));
  const dates = doc.events.map(({id}) => {
    const {start, end, date} = byId.get(id);
    return {start, end, point: !date.interval && end - start < 86_400_000};
  });
  mkdirSync(SNAPSHOT + 'bench-data', {recursive: true});
  writeFileSync(SNAPSHOT + 'bench-data/demo-story.json', JSON.stringify(storyFromDocument(doc, dates)));
}

// ---- Sizes ------------------------------------------------------------------------------

/**
 * The gestures as the build ships them: the interaction part (d3-zoom and the d3 modules it uses,
 * trimmed by the build, with zoom-gestures.ts), loaded in idle time after the first frame, and any
 * chunk loaded together with it.
 */
function gesturesPart(dropIn) {
  const chunk = dropIn.files.find((row) => /^chunks\/zoom-gestures-[^/]+\.js$/.test(row.file));
  if (!chunk) return undefined;
  const name = chunk.file.slice('chunks/'.length);
  const files = [chunk, ...dropIn.files.filter((row) => row.loadedWith.includes(name))];
  const sum = (key) => files.reduce((total, row) => total + row[key], 0);
  return {files: files.map((row) => row.file), minified: sum('minified'), gzip: sum('gzip')};
}

async function sizes() {
  const dropIn = chunkSizes(SNAPSHOT + 'dist');
  const gz = (buffer) => gzipSync(buffer, {level: 9}).length;
  const cost = async (contents) => {
    const result = await build({
      stdin: {contents, resolveDir: ROOT, loader: 'js'},
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      target: 'es2022',
      logLevel: 'silent',
    });
    const code = Buffer.from(result.outputFiles[0].contents);
    return {minified: code.length, gzip: gz(code)};
  };
  return {
    bundle: {...dropIn.files[0], file: 'dist/event-timeline.js', firstFrameGzip: dropIn.firstFrameGzip, totalGzip: dropIn.totalGzip},
    chunks: dropIn.files.slice(1),
    standalone: dropIn.others.find((row) => row.file === 'event-timeline.standalone.js'),
    gestures: gesturesPart(dropIn),
    // Each bundled alone by esbuild from node_modules, untrimmed: what the package costs by itself,
    // not what the build ships (the build trims d3-time; see scripts/d3-trim.js).
    dependencies: {
      lit: await cost(
        "export {LitElement, html, svg, css} from 'lit'; export {repeat} from 'lit/directives/repeat.js'; export {styleMap} from 'lit/directives/style-map.js';",
      ),
      'd3-time': await cost("export {utcTicks, utcYear, utcMonth, utcDay, utcHour} from 'd3-time';"),
    },
  };
}

// ---- Layout in Node ---------------------------------------------------------------------

function nodeLayout() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--max-old-space-size=8192', 'bench/layout.js', ...NODE_SIZES.map(String)], {
      cwd: ROOT,
      env: {...process.env, BENCH_DIST: SNAPSHOT + 'dist/esm/'},
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const rows = [];
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      let newline;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        if (!line.trim()) continue;
        const row = JSON.parse(line);
        rows.push(row);
        log(
          `  ${row.n.toLocaleString('en')} events: parse ${ms(row.parse)} ms, layout ${ms(row.total)} ms (events ${ms(row.layoutEvents)}, geometry ${ms(row.geometry)}, ` +
            `pack ${ms(row.pack)}, view ${ms(row.view)}; GC pauses ${ms(row.layoutGc)}), zoom step ${ms(row.zoomStep)} ms`,
        );
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(rows) : reject(new Error(`bench/layout.js exited with ${code}`))));
  });
}

function growth(rows) {
  const out = [];
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1], rows[i]];
    const nlogn = (b.n * Math.log(b.n)) / (a.n * Math.log(a.n));
    out.push({from: a.n, to: b.n, layout: b.total / a.total, parse: b.parse / a.parse, nlogn});
  }
  return out;
}

// ---- In the browser ---------------------------------------------------------------------

async function launch() {
  return puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    protocolTimeout: LIMIT * 3,
    args: [
      ...CHROME_FLAGS,
      '--js-flags=--expose-gc',
      '--enable-precise-memory-info',
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
      '--window-size=1200,900',
    ],
  });
}

/** One library at one size, in a fresh page: render, memory, zoom/pan, select. */
async function measure(browser, base, lib, n) {
  const result = {};
  const opened = Date.now();
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.setViewport({width: 1200, height: 900});
    // Programmatic zooms are instant, as the peers' are with {animation: false}.
    await page.emulateMediaFeatures([{name: 'prefers-reduced-motion', value: 'reduce'}]);
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    const busy = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'TaskDuration').value * 1000;
    await page.goto(`${base}bench/page.html?lib=${lib}`);
    await page.waitForFunction('window.benchReady === true');
    const phase = (name) => flag('verbose') && log(`    ${name} at ${((Date.now() - opened) / 1000).toFixed(1)} s`);
    const prepared = await withLimit(page.evaluate((size) => window.bench.prepare(size), n));
    phase('prepared');
    result.heapBefore = prepared.heapBefore;
    Object.assign(result, {load: prepared.load, loadFiles: prepared.loadFiles, loadBytes: prepared.loadBytes});

    try {
      const render = await withLimit(page.evaluate(() => window.bench.render()));
      Object.assign(result, {
        render: render.ms,
        // What a reader waits for on a fresh page, the data already at hand.
        loadAndFirstFrame: prepared.load + render.ms,
        settled: lib === 'ours' || lib === 'before' ? render.settled : null,
        longestTask: render.longestTask,
        longestFrame: render.longestFrame,
      });
      const stats = await withLimit(page.evaluate(() => window.bench.stats()));
      result.heapAfter = stats.heap;
      result.heap = stats.heap === null || prepared.heapBefore === null ? null : (stats.heap - prepared.heapBefore) / 1048576;
      result.nodes = stats.nodes;
      result.marks = stats.marks;
      result.nodesPerMark = stats.marks ? stats.nodes / stats.marks : null;
      if (stats.ours) {
        result.ourNodes = stats.ours;
        result.perEvent = stats.ours.perEvent;
      }
      phase('rendered');
    } catch (error) {
      if (!(error instanceof TimeoutError)) throw error;
      result.render = result.loadAndFirstFrame = 'timed out';
      result.heap = result.nodes = result.zoomP50 = result.zoomP95 = result.select = result.rerender = 'not run';
      result.timedOut = true;
      return result;
    }

    // Zoom and pan: each step from the start of a frame to the end of the frame showing it.
    const frames = [];
    const busyTimes = [];
    const zoomStart = Date.now();
    try {
      for (let i = 0; i < prepared.steps; i++) {
        const before = await busy();
        frames.push(
          await withLimit(
            page.evaluate((step) => window.bench.zoomStep(step), i),
            LIMIT - (Date.now() - zoomStart),
          ),
        );
        busyTimes.push((await busy()) - before);
      }
      Object.assign(result, {
        zoomP50: quantile(frames, 0.5),
        zoomP95: quantile(frames, 0.95),
        zoomBusyP50: quantile(busyTimes, 0.5),
        zoomBusyP95: quantile(busyTimes, 0.95),
        zoomSteps: frames.length,
      });
      phase('zoomed');
    } catch (error) {
      if (!(error instanceof TimeoutError)) throw error;
      result.zoomP50 = result.zoomP95 = 'timed out';
      result.zoomSteps = frames.length;
      result.select = result.rerender = 'not run';
      result.timedOut = true;
      return result;
    }

    try {
      result.select = await withLimit(page.evaluate(() => window.bench.select()));
      phase('selected');
    } catch (error) {
      if (!(error instanceof TimeoutError)) throw error;
      result.select = 'timed out';
      result.rerender = 'not run';
      result.timedOut = true;
      return result;
    }

    try {
      result.rerender = await withLimit(page.evaluate(() => window.bench.rerender()));
      phase('drawn again');
    } catch (error) {
      if (!(error instanceof TimeoutError)) throw error;
      result.rerender = 'timed out';
      result.timedOut = true;
    }
    return result;
  } finally {
    if (errors.length) result.errors = errors.slice(0, 5);
    await withLimit(page.close(), 10_000).catch(() => (result.pageStuck = true));
  }
}

/** The median of each number over several runs (the rest from the median run of the first frame). */
function medianOf(runs) {
  if (runs.length === 1) return runs[0];
  const sorted = [...runs].sort(
    (a, b) => (typeof a.render === 'number' ? a.render : Infinity) - (typeof b.render === 'number' ? b.render : Infinity),
  );
  const result = {...sorted[Math.floor(sorted.length / 2)], runs: runs.length};
  for (const key of Object.keys(result)) {
    const values = runs.map((run) => run[key]).filter((value) => typeof value === 'number');
    if (values.length === runs.length) result[key] = quantile(values, 0.5);
  }
  result.renderRuns = runs.map((run) => run.render);
  result.loadRuns = runs.map((run) => run.load);
  return result;
}

async function browserRuns() {
  const server = await serve({
    '/dist/': SNAPSHOT + 'dist/',
    '/profile/': SNAPSHOT + 'profile/',
    '/bench-data/': SNAPSHOT + 'bench-data/',
    '/baseline/': ROOT + 'bench/baseline/',
  });
  let browser = await launch();
  const version = await browser.version();
  const results = {};
  const timedOutAt = {};
  try {
    for (const n of SIZES) {
      for (const lib of LIBS) {
        results[lib] ??= {};
        if (lib !== 'ours' && n !== 'demo' && n > 10_000 && timedOutAt[lib] !== undefined && timedOutAt[lib] <= 10_000) {
          results[lib][n] = {skipped: `skipped: exceeded the ${LIMIT / 1000} s limit at ${timedOutAt[lib].toLocaleString('en')} events`};
          log(`  ${NAMES[lib].padEnd(16)} ${label(n).padStart(8)}: ${results[lib][n].skipped}`);
          continue;
        }
        const t = Date.now();
        const runs = [];
        for (let run = 0; run < RUNS(lib, n); run++) {
          runs.push(await measure(browser, server.url, lib, n));
          if (runs[run].timedOut || runs[run].pageStuck) break;
        }
        const result = medianOf(runs);
        results[lib][n] = result;
        if (result.timedOut && n !== 'demo') timedOutAt[lib] ??= n;
        log(
          `  ${NAMES[lib].padEnd(16)} ${label(n).padStart(8)}: script load ${ms(result.load)} ms (${result.loadFiles} ${result.loadFiles === 1 ? 'file' : 'files'}), first frame ${ms(result.render)} ms${result.runs ? ` (median of ${result.runs})` : ''}, both ${ms(result.loadAndFirstFrame)} ms${typeof result.settled === 'number' ? `, all parts ${ms(result.settled)} ms` : ''}, heap +${typeof result.heap === 'number' ? result.heap.toFixed(1) : result.heap} MB, ` +
            `${result.nodes} nodes for ${result.marks} marks, zoom p50 ${ms(result.zoomP50)} / p95 ${ms(result.zoomP95)} ms, select ${ms(result.select)} ms, new data ${ms(result.rerender)} ms, ` +
            `longest task ${ms(result.longestTask)} ms, longest frame ${ms(result.longestFrame)} ms  (${((Date.now() - t) / 1000).toFixed(0)} s)${result.errors ? `  errors: ${result.errors.join(' | ')}` : ''}`,
        );
        if (result.pageStuck) {
          // A page that would not close is still busy: start a fresh browser.
          await browser.close().catch(() => browser.process()?.kill('SIGKILL'));
          browser = await launch();
        }
      }
    }
  } finally {
    await browser.close().catch(() => browser.process()?.kill('SIGKILL'));
    await server.close();
  }
  return {version, results};
}

// ---- Traces of the first frame ----------------------------------------------------------

const TRACES = [
  ['ours', 'demo'],
  ['before', 'demo'],
  ['tlc', 'demo'],
  ['ours', 100],
  ['before', 100],
  ['tlc', 100],
  ['ours', 1000],
];
const TRACE_RUNS = 3;

/** One traced first frame in a fresh page; `profile`: our unminified build, with the CPU profiler on. */
async function traceOnce(browser, base, lib, n, profile) {
  const page = await browser.newPage();
  try {
    await page.setViewport({width: 1200, height: 900});
    await page.emulateMediaFeatures([{name: 'prefers-reduced-motion', value: 'reduce'}]);
    await page.goto(`${base}bench/page.html?lib=${lib}${profile ? '&bundle=/profile/event-timeline.js' : ''}`);
    await page.waitForFunction('window.benchReady === true');
    await withLimit(page.evaluate((size) => window.bench.prepare(size), n));
    const categories = profile ? CATEGORIES : CATEGORIES.filter((category) => !category.includes('cpu_profiler'));
    await page.tracing.start({categories});
    const render = await withLimit(page.evaluate(() => window.bench.render()));
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
    return {render: render.ms, trace};
  } finally {
    await withLimit(page.close(), 10_000).catch(() => {});
  }
}

/** Median over runs of each phase (and of the script parts). */
function medianPhases(list) {
  const keys = new Set(list.flatMap((entry) => Object.keys(entry)));
  return Object.fromEntries(
    [...keys]
      .map((key) => [
        key,
        quantile(
          list.map((entry) => entry[key] ?? 0),
          0.5,
        ),
      ])
      .sort((a, b) => b[1] - a[1]),
  );
}

async function traceRuns() {
  const server = await serve({
    '/dist/': SNAPSHOT + 'dist/',
    '/profile/': SNAPSHOT + 'profile/',
    '/bench-data/': SNAPSHOT + 'bench-data/',
    '/baseline/': ROOT + 'bench/baseline/',
  });
  const browser = await launch();
  // Line → module, for every script of the profile build.
  const sources = new Map();
  for (const file of ['event-timeline.js', ...readdirSync(SNAPSHOT + 'profile/chunks').map((name) => `chunks/${name}`)]) {
    sources.set(`/profile/${file}`, moduleLines(readFileSync(SNAPSHOT + `profile/${file}`, 'utf8')));
  }
  const out = {};
  try {
    for (const [lib, n] of TRACES) {
      if (!LIBS.includes(lib) || !SIZES.includes(n)) continue;
      const runs = [];
      for (let run = 0; run < TRACE_RUNS; run++) runs.push(await traceOnce(browser, server.url, lib, n, false));
      const measured = runs.map(({trace}) => phases(trace));
      const entry = {
        render: quantile(
          runs.map((run) => run.render),
          0.5,
        ),
        total: quantile(
          measured.map((m) => m.total),
          0.5,
        ),
        idle: quantile(
          measured.map((m) => m.idle),
          0.5,
        ),
        phases: medianPhases(measured.map((m) => m.phases)),
      };
      if (lib === 'ours') {
        const profiled = [];
        for (let run = 0; run < TRACE_RUNS; run++)
          profiled.push(scriptByPart((await traceOnce(browser, server.url, lib, n, true)).trace, sources));
        entry.script = medianPhases(profiled);
      }
      out[lib] ??= {};
      out[lib][n] = entry;
      const list = (object) =>
        Object.entries(object)
          .map(([name, value]) => `${name} ${ms(value)}`)
          .join(', ');
      log(
        `  ${NAMES[lib].padEnd(16)} ${label(n).padStart(8)}: ${ms(entry.total)} ms traced (${list(entry.phases)}; waiting ${ms(entry.idle)})`,
      );
      if (entry.script) log(`  ${''.padEnd(16)} ${''.padStart(8)}  script by part: ${list(entry.script)}`);
    }
  } finally {
    await browser.close().catch(() => browser.process()?.kill('SIGKILL'));
    await server.close();
  }
  return out;
}

// ---- Report -----------------------------------------------------------------------------

const METRICS = [
  {key: 'load', label: 'script load (ms)'},
  {key: 'render', label: 'first frame (ms)'},
  {key: 'loadAndFirstFrame', label: 'script load + first frame (ms)'},
  {key: 'settled', label: 'every part loaded and drawn (ms)'},
  {key: 'rerender', label: 'new data, warm (ms)'},
  {key: 'zoomP50', label: 'zoom/pan frame p50 (ms)'},
  {key: 'zoomP95', label: 'zoom/pan frame p95 (ms)'},
  {key: 'select', label: 'select + focus (ms)'},
  {key: 'heap', label: 'JS heap added (MB)'},
  {key: 'nodes', label: 'DOM nodes'},
  {key: 'marks', label: 'marks drawn (events, clusters)'},
  {key: 'nodesPerMark', label: 'DOM nodes per mark'},
  {key: 'perEvent', label: 'DOM nodes per drawn event (its mark and label)'},
  {key: 'longestTask', label: 'longest task (ms)'},
];

function cell(result, key) {
  if (!result) return '—';
  if (result.skipped) return 'skipped';
  const value = result[key];
  if (value === null || value === undefined) return key === 'select' ? 'n/a' : '—';
  if (typeof value === 'string') return value;
  if (key === 'nodes' || key === 'marks') return value.toLocaleString('en');
  if (key === 'heap' || key === 'nodesPerMark') return value.toFixed(1);
  // Only tasks over 50 ms are reported at all.
  if (key === 'longestTask' && value === 0) return '< 50';
  return ms(value);
}

function ratio(ours, theirs, key) {
  const a = ours?.[key];
  const b = theirs?.[key];
  if (typeof a !== 'number' || typeof b !== 'number' || b === 0 || a === 0) return '—';
  return (a / b).toFixed(2);
}

function tableRows(browser) {
  const rows = [];
  for (const n of SIZES) {
    for (const metric of METRICS) {
      const ours = browser.ours?.[n];
      const row = [label(n), metric.label, cell(ours, metric.key)];
      for (const lib of ['before', 'vis', 'tlc']) row.push(LIBS.includes(lib) ? cell(browser[lib]?.[n], metric.key) : '—');
      for (const lib of ['before', 'vis', 'tlc']) row.push(LIBS.includes(lib) ? ratio(ours, browser[lib]?.[n], metric.key) : '—');
      rows.push(row);
    }
  }
  return rows;
}

const HEADER = [
  'events',
  'measure',
  'event-timeline',
  'before (0bf08be)',
  'vis-timeline',
  'timelines-chart',
  'ours / before',
  'ours / vis',
  'ours / tlc',
];

function printTable(rows) {
  const widths = HEADER.map((head, i) => Math.max(head.length, ...rows.map((row) => String(row[i]).length)));
  const line = (row) => row.map((value, i) => (i < 2 ? String(value).padEnd(widths[i]) : String(value).padStart(widths[i]))).join('  ');
  log(line(HEADER));
  log(widths.map((w) => '-'.repeat(w)).join('  '));
  let last;
  for (const row of rows) {
    if (last !== undefined && row[0] !== last) log('');
    last = row[0];
    log(line(row));
  }
}

function markdownTable(rows) {
  const out = [`| ${HEADER.join(' | ')} |`, `| ${HEADER.map((_, i) => (i < 2 ? '---' : '---:')).join(' | ')} |`];
  for (const row of rows) out.push(`| ${row.join(' | ')} |`);
  return out.join('\n');
}

function targets(browser, layoutRows, growthRows) {
  const ours = (n) => browser.ours?.[n];
  const list = [];
  const add = (text, value, met) => list.push({text, value, met: value === undefined ? null : met});
  const num = (v) => (typeof v === 'number' ? v : undefined);
  // The targets are the first frame's; beside them, what a reader waits for on a fresh page.
  const waited = (result) => (typeof result?.loadAndFirstFrame === 'number' ? `${ms(result.loadAndFirstFrame)} ms` : 'n/a');
  const withLoad = (n, peer) =>
    ` (script load + first frame: ${waited(ours(n))}${peer ? ` vs ${NAMES[peer]} ${waited(browser[peer]?.[n])}` : ''})`;
  // Issue 12: small stories fast and light, big ones no slower.
  for (const n of ['demo', 100]) {
    const mine = num(ours(n)?.render);
    const theirs = num(browser.tlc?.[n]?.render);
    add(
      `${label(n)} events: first frame no slower than timelines-chart's`,
      mine === undefined || theirs === undefined ? undefined : `${ms(mine)} ms vs ${ms(theirs)} ms${withLoad(n, 'tlc')}`,
      mine <= theirs,
    );
  }
  const r100 = num(ours(100)?.render);
  add('100 events: first frame ≤ 30 ms', r100 === undefined ? undefined : `${ms(r100)} ms${withLoad(100)}`, r100 <= 30);
  for (const n of ['demo', 100]) {
    const split = ours(n)?.ourNodes;
    const per = num(split?.perEvent);
    add(
      `${label(n)} events: ≤ 12 DOM nodes per drawn event`,
      per === undefined
        ? undefined
        : `${per.toFixed(1)} in the drawing (its option and label); all nodes: ${ours(n).nodes.toLocaleString('en')} for ${ours(n).marks} marks drawn, of which the drawing ${split.drawing.toLocaleString('en')} and the list kept for screen readers ${split.list.toLocaleString('en')} (${split.perListItem?.toFixed(1) ?? '—'} per item)`,
      per <= 12,
    );
  }
  const r1k = num(ours(1000)?.render);
  add('1,000 events: first frame ≤ 40 ms', r1k === undefined ? undefined : `${ms(r1k)} ms${withLoad(1000)}`, r1k <= 40);
  const z = num(ours(10_000)?.zoomP95);
  add(
    'zoom/pan at 10,000 events: p95 frame ≤ 16 ms',
    z === undefined ? undefined : `p95 ${ms(z)} ms (p50 ${ms(num(ours(10_000)?.zoomP50))} ms)`,
    z <= 16,
  );
  for (const n of [10_000, 100_000]) {
    const mine = num(ours(n)?.render);
    const before = num(browser.before?.[n]?.render);
    // The same element before the chunked build, in the same run (a shared machine's load varies
    // between runs more than this); within 10%, which is about the noise of one run.
    add(
      `${label(n)} events: first frame no slower than before the chunked build (within 10%)`,
      mine === undefined || before === undefined ? undefined : `${ms(mine)} ms vs ${ms(before)} ms${withLoad(n, 'before')}`,
      mine <= before * 1.1,
    );
  }
  const zMine = num(ours(10_000)?.zoomP95);
  const zBefore = num(browser.before?.[10_000]?.zoomP95);
  add(
    'zoom/pan at 10,000 events: p95 frame no slower than before (within 10%)',
    zMine === undefined || zBefore === undefined ? undefined : `${ms(zMine)} ms vs ${ms(zBefore)} ms`,
    zMine <= zBefore * 1.1,
  );
  // The earlier targets.
  const r10k = num(ours(10_000)?.render);
  add('10,000 events: first frame ≤ 250 ms', r10k === undefined ? undefined : `${ms(r10k)} ms${withLoad(10_000)}`, r10k <= 250);
  const task = num(ours(100_000)?.longestTask);
  add(
    '100,000 events render without a task over 1 s',
    task === undefined ? undefined : `longest task ${ms(task)} ms (first frame ${ms(num(ours(100_000)?.render))} ms)`,
    task <= 1000,
  );
  const l100k = layoutRows.find((row) => row.n === 100_000);
  const close = growthRows.length ? growthRows.every((g) => g.layout <= g.nlogn * 1.5) : undefined;
  add(
    'layout of 100,000 events in Node ≤ 500 ms, growing close to n log n (within 1.5×) from 10k to 1M',
    l100k
      ? `${ms(l100k.total)} ms (parse ${ms(l100k.parse)} ms more); growth ${growthRows.map((g) => `${g.from / 1000}k→${g.to >= 1e6 ? `${g.to / 1e6}M` : `${g.to / 1000}k`} ×${g.layout.toFixed(1)} (n log n ×${g.nlogn.toFixed(1)})`).join(', ')}`
      : undefined,
    l100k && l100k.total <= 500 && close !== false && growthRows.length >= 2,
  );
  for (const n of [1000, 10_000]) {
    for (const [key, what] of [
      ['render', 'first render'],
      ['zoomP50', 'zoom (median frame)'],
    ]) {
      const mine = num(ours(n)?.[key]);
      const peers = ['vis', 'tlc'].map((lib) => [lib, browser[lib]?.[n]?.[key]]);
      const finite = peers.filter(([, v]) => typeof v === 'number');
      if (mine === undefined || !finite.length) {
        add(`${n.toLocaleString('en')} events, ${what}: ≥ 5× faster than the fastest peer`, undefined, false);
        continue;
      }
      const [lib, best] = finite.reduce((a, b) => (b[1] < a[1] ? b : a));
      add(
        `${n.toLocaleString('en')} events, ${what}: ≥ 5× faster than the fastest peer`,
        `${(best / mine).toFixed(1)}× (${ms(mine)} ms vs ${NAMES[lib]} ${ms(best)} ms)${key === 'render' ? withLoad(n, lib) : ''}`,
        best / mine >= 5,
      );
    }
  }
  return list;
}

/** The traces as a table: one column per traced library and size, one row per kind of work. */
function traceTable(traces) {
  const columns = TRACES.filter(([lib, n]) => traces?.[lib]?.[n]).map(([lib, n]) => [lib, n, traces[lib][n]]);
  if (!columns.length) return [];
  const phaseNames = [...new Set(columns.flatMap(([, , entry]) => Object.keys(entry.phases)))];
  const row = (name, value) => `| ${name} | ${columns.map(([, , entry]) => value(entry)).join(' | ')} |`;
  const lines = [
    `| first frame, traced (ms) | ${columns.map(([lib, n]) => `${NAMES[lib]}, ${label(n)}`).join(' | ')} |`,
    `| --- | ${columns.map(() => '---:').join(' | ')} |`,
    row('**window traced**', (entry) => `**${ms(entry.total)}**`),
    ...phaseNames.map((name) => row(name, (entry) => ms(entry.phases[name] ?? 0))),
    row("waiting (the frame's own timing, idle)", (entry) => ms(entry.idle)),
  ];
  const scripted = columns.filter(([, , entry]) => entry.script);
  if (scripted.length) {
    const parts = [...new Set(scripted.flatMap(([, , entry]) => Object.keys(entry.script)))];
    lines.push(
      '',
      `| our script, by part (ms, CPU profile) | ${scripted.map(([lib, n]) => `${NAMES[lib]}, ${label(n)}`).join(' | ')} |`,
      `| --- | ${scripted.map(() => '---:').join(' | ')} |`,
      ...parts.map((part) => `| ${part} | ${scripted.map(([, , entry]) => ms(entry.script[part] ?? 0)).join(' | ')} |`),
    );
  }
  return lines;
}

function readmeSection(report, rows) {
  const {machine, date, sizes: size, node, growth: growthRows, targets: targetList, durationSeconds, traces} = report;
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const lines = [
    `Latest \`npm run bench\`: ${date.slice(0, 10)}, ${machine.cpu} (${machine.cores} cores), ${machine.os}, Node ${machine.node}, ${machine.chromium}; the run took ${Math.round(durationSeconds / 60)} min.`,
    "The demo's own story (7 events, `demo/data/story-en.json`) and seeded synthetic stories (`bench/generate.js`:",
    'day points, intervals, approximate, uncertain and coarse dates, categories, a link from every tenth event)',
    'drawn by `<event-timeline>` (the drop-in build, `dist/event-timeline.js` and its chunks), the same element as',
    'it was before the chunked build (*before*, commit 0bf08be, one file: `bench/baseline/`), vis-timeline 8 and',
    'timelines-chart 2 in headless Chromium, 1000 px wide, each library and size in a fresh page: the demo story',
    'and 100 events in five fresh pages each, the rest in three (vis-timeline and timelines-chart at 10,000 events',
    "and more in one), the median kept. *Script load*: in that fresh page, from the request for the library's",
    'first file (Resource Timing) until it is ready to use: `<event-timeline>` defined',
    '(`customElements.whenDefined`, after `import()` of the drop-in file, with the files its first frame needs),',
    "vis-timeline's and timelines-chart's globals there (their `<script>` loaded and run; vis-timeline's style",
    'sheet requested with it); served from 127.0.0.1 with `no-store`, so nothing comes from a cache, compiled',
    'code included. *First frame*: from handing over the data to the end of the first frame that shows it (a',
    "message posted from that frame's animation frame), in a page that has not drawn a timeline yet: what was",
    'not compiled while the script loaded is compiled here, so a library that compiles more while loading',
    '(an eager compile hint) moves time from this row to the one before. *Script load + first frame*: the two',
    'summed in each page, the median of those sums: what a reader waits for with the data at hand (the page',
    "itself and fetching the data not counted). Each library's element or container is attached,",
    'empty, a frame before: `<event-timeline>` loads the `Intl` locale data it will need in that idle time, as it',
    'does while a `src` loads. *Every part loaded and drawn*: until `updateComplete` resolves, once the parts the',
    'element loads after its first frame (the gestures in idle time, the list kept for screen readers) are',
    'there. *New data, warm*: the same with a second story of the same size, once the page has drawn, zoomed and',
    'selected. *Zoom/pan frame*: 64 programmatic zoom and pan steps (`zoomTo`, `setWindow`, `zoomX`), each from',
    'the start of a frame to the end of the first frame that shows it. *DOM nodes*: every node (elements, text,',
    "comments) under the library's element or container, shadow roots included, once drawn; *marks*: the events",
    "and counted clusters drawn (vis-timeline's `.vis-item`, timelines-chart's `.series-segment`). *Longest",
    'task*: the longest task (over 50 ms) while drawing the first frame. *Heap*: `usedJSHeapSize` after a forced',
    'GC, minus the same before the data was handed over. A ratio below 1 means we are faster or smaller;',
    'timelines-chart has no selection API.',
    '',
    markdownTable(rows),
    '',
    "Where the first frame's time goes: DevTools performance traces of it (`bench/trace.js`; the median of three",
    "fresh pages each), the renderer's main thread by kind of work (each task's own time); and, from a CPU",
    'profile of the same first frame drawn by an unminified copy of the build, our script by part.',
    '',
    ...traceTable(traces),
    '',
    `Layout alone in Node (\`parseTimeline\`, then \`toLayoutEvent\`, \`createGeometry\`, \`packAt\`, \`fitHeight\`, \`viewLayout\`):`,
    '',
    '| events | parse (ms) | layout (ms) | of which GC pauses (ms) | one zoom step (ms) |',
    '| ---: | ---: | ---: | ---: | ---: |',
    ...node.map(
      (row) => `| ${row.n.toLocaleString('en')} | ${ms(row.parse)} | ${ms(row.total)} | ${ms(row.layoutGc)} | ${ms(row.zoomStep)} |`,
    ),
    '',
    `Growth of the layout time: ${growthRows.map((g) => `${g.from.toLocaleString('en')} → ${g.to.toLocaleString('en')} ×${g.layout.toFixed(1)} (n log n: ×${g.nlogn.toFixed(1)})`).join('; ')}.`,
    '',
    `Drop-in build: the first frame loads ${kb(size.bundle.firstFrameGzip)} gzipped (\`dist/event-timeline.js\`, ${kb(size.bundle.minified)} minified); all its files together ${kb(size.bundle.totalGzip)}; the single file \`dist/event-timeline.standalone.js\` ${size.standalone ? kb(size.standalone.gzip) : 'n/a'}. The gestures (d3-zoom and the d3 modules it uses, trimmed by the build, with our zoom code; loaded in idle time after the first frame) ship as ${size.gestures ? `${size.gestures.files.map((file) => `\`${file.replace(/-[\w-]{8}\.js$/, '-*.js')}\``).join(', ')}: ${kb(size.gestures.gzip)} gzipped` : 'n/a'}. Bundled alone by esbuild, untrimmed (what each package costs by itself, not what the build ships): lit ${kb(size.dependencies.lit.gzip)}, d3-time ${kb(size.dependencies['d3-time'].gzip)} (gzipped).`,
    '',
    "Targets (issue 12's, for the first frame; the script load + first frame beside them):",
    '',
    ...targetList.map(
      (t) => `- ${t.met === null ? 'not measured' : t.met ? '**met**' : '**not met**'}: ${t.text}${t.value ? ` — ${t.value}` : ''}`,
    ),
  ];
  return lines.join('\n');
}

function rewriteReadme(section) {
  const path = ROOT + 'docs/performance.md';
  const text = readFileSync(path, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) {
    log('docs/performance.md has no bench markers; not rewritten.');
    return;
  }
  writeFileSync(path, `${text.slice(0, a + start.length)}\n${section}\n${text.slice(b)}`);
}

// ---- Main -------------------------------------------------------------------------------

await buildAndSnapshot();
const sizeReport = await sizes();
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
log(
  `\nDrop-in build: the first frame loads ${kb(sizeReport.bundle.firstFrameGzip)} gzipped (${sizeReport.bundle.file}: ${kb(sizeReport.bundle.minified)} minified); all its files ${kb(sizeReport.bundle.totalGzip)}`,
);
if (sizeReport.gestures)
  log(
    `  the gestures, lazy, as built (${sizeReport.gestures.files.join(', ')}): ${kb(sizeReport.gestures.minified)} minified, ${kb(sizeReport.gestures.gzip)} gzipped`,
  );
for (const [name, cost] of Object.entries(sizeReport.dependencies))
  log(`  ${name} bundled alone by esbuild, untrimmed: ${kb(cost.minified)} minified, ${kb(cost.gzip)} gzipped`);

let layoutRows = [];
if (!flag('no-node')) {
  log(`\nLayout in Node (${NODE_SIZES.map((n) => n.toLocaleString('en')).join(', ')} events):`);
  layoutRows = await nodeLayout();
}
const growthRows = growth(layoutRows);
for (const g of growthRows)
  log(
    `  growth ${g.from.toLocaleString('en')} → ${g.to.toLocaleString('en')}: layout ×${g.layout.toFixed(1)}, parse ×${g.parse.toFixed(1)}, n log n ×${g.nlogn.toFixed(1)}`,
  );

log(`\nIn headless Chromium (${SIZES.map(label).join(', ')} events; ${LIBS.map((lib) => NAMES[lib]).join(', ')}):`);
const {version, results: browser} = await browserRuns();

let traces;
if (!flag('no-trace')) {
  log('\nTraces of the first frame:');
  traces = await traceRuns();
}

const rows = tableRows(browser);
log('');
printTable(rows);
const targetList = targets(browser, layoutRows, growthRows);
log('\nTargets:');
for (const t of targetList)
  log(`  ${t.met === null ? 'not measured' : t.met ? 'met    ' : 'NOT MET'}  ${t.text}${t.value ? `: ${t.value}` : ''}`);

const report = {
  date: new Date().toISOString(),
  durationSeconds: (Date.now() - started) / 1000,
  quick,
  machine: {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: version,
  },
  sizes: sizeReport,
  node: layoutRows,
  growth: growthRows,
  browser,
  traces,
  targets: targetList,
  limitMs: LIMIT,
};
log(`\nThe run took ${(report.durationSeconds / 60).toFixed(1)} min.`);
if (write) {
  writeFileSync(ROOT + 'bench/results.json', JSON.stringify(report, null, 2) + '\n');
  rewriteReadme(readmeSection(report, rows));
  log('Wrote bench/results.json and docs/performance.md.');
}
