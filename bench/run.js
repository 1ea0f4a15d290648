// `npm run bench`: <event-timeline> against vis-timeline and timelines-chart on the same
// synthetic stories (bench/generate.js), in headless Chromium, plus the layout alone in Node,
// the bundle size and what each dependency costs. Prints a table, writes bench/results.json
// and the README's Performance section (between <!-- bench:start --> and <!-- bench:end -->).
//
//   npm run bench                   the full run: 100, 1,000, 10,000 and 100,000 events
//   npm run bench -- --quick        100 and 1,000 only (development); writes nothing
//   options: --skip-build  --sizes=100,1000  --libs=ours,vis  --no-node  --no-write  --verbose
import {spawn, spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import puppeteer from 'puppeteer-core';
import {build} from 'esbuild';
import {CHROME_FLAGS, findChrome} from '../scripts/find-chrome.js';
import {serve} from './server.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name) => args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const quick = flag('quick');
const write = !quick && !flag('no-write');
const SIZES = option('sizes')?.split(',').map(Number) ?? (quick ? [100, 1000] : [100, 1000, 10_000, 100_000]);
const LIBS = option('libs')?.split(',') ?? ['ours', 'vis', 'tlc'];
const NODE_SIZES = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
/** Longest any one measurement may take before it is reported as "timed out". */
const LIMIT = 60_000;
const NAMES = {ours: 'event-timeline', vis: 'vis-timeline', tlc: 'timelines-chart'};
// A private copy of the build, so that a rebuild by someone else mid-run cannot pull files away.
const SNAPSHOT = `${ROOT}node_modules/.cache/event-timeline-bench/`;

const started = Date.now();
const log = (...parts) => console.log(...parts);
const ms = (value) => (value === undefined || value === null ? 'n/a' : typeof value === 'string' ? value : value >= 100 ? value.toFixed(0) : value.toFixed(1));

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

function buildAndSnapshot() {
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
}

// ---- Sizes ------------------------------------------------------------------------------

async function sizes() {
  const bundle = readFileSync(SNAPSHOT + 'dist/event-timeline.js');
  const gz = (buffer) => gzipSync(buffer, {level: 9}).length;
  const cost = async (contents) => {
    const result = await build({stdin: {contents, resolveDir: ROOT, loader: 'js'}, bundle: true, minify: true, write: false, format: 'esm', target: 'es2022', logLevel: 'silent'});
    const code = Buffer.from(result.outputFiles[0].contents);
    return {minified: code.length, gzip: gz(code)};
  };
  return {
    bundle: {file: 'dist/event-timeline.js', minified: bundle.length, gzip: gz(bundle)},
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
    const busy = async () => (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'TaskDuration').value * 1000;
    await page.goto(`${base}bench/page.html?lib=${lib}`);
    await page.waitForFunction('window.benchReady === true');
    const phase = (name) => flag('verbose') && log(`    ${name} at ${((Date.now() - opened) / 1000).toFixed(1)} s`);
    const prepared = await withLimit(page.evaluate((size) => window.bench.prepare(size), n));
    phase('prepared');
    result.heapBefore = prepared.heapBefore;

    try {
      const render = await withLimit(page.evaluate(() => window.bench.render()));
      Object.assign(result, {render: render.ms, longestTask: render.longestTask, longestFrame: render.longestFrame});
      const stats = await withLimit(page.evaluate(() => window.bench.stats()));
      result.heapAfter = stats.heap;
      result.heap = stats.heap === null || prepared.heapBefore === null ? null : (stats.heap - prepared.heapBefore) / 1048576;
      result.nodes = stats.nodes;
      phase('rendered');
    } catch (error) {
      if (!(error instanceof TimeoutError)) throw error;
      result.render = 'timed out';
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
        frames.push(await withLimit(page.evaluate((step) => window.bench.zoomStep(step), i), LIMIT - (Date.now() - zoomStart)));
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

async function browserRuns() {
  const server = await serve({'/dist/': SNAPSHOT + 'dist/'});
  let browser = await launch();
  const version = await browser.version();
  const results = {};
  const timedOutAt = {};
  try {
    for (const n of SIZES) {
      for (const lib of LIBS) {
        results[lib] ??= {};
        if (lib !== 'ours' && n > 10_000 && timedOutAt[lib] !== undefined && timedOutAt[lib] <= 10_000) {
          results[lib][n] = {skipped: `skipped: exceeded the ${LIMIT / 1000} s limit at ${timedOutAt[lib].toLocaleString('en')} events`};
          log(`  ${NAMES[lib].padEnd(16)} ${n.toLocaleString('en').padStart(7)}: ${results[lib][n].skipped}`);
          continue;
        }
        const t = Date.now();
        const result = await measure(browser, server.url, lib, n);
        results[lib][n] = result;
        if (result.timedOut) timedOutAt[lib] ??= n;
        log(
          `  ${NAMES[lib].padEnd(16)} ${n.toLocaleString('en').padStart(7)}: first frame ${ms(result.render)} ms, heap +${typeof result.heap === 'number' ? result.heap.toFixed(1) : result.heap} MB, ` +
            `${result.nodes} nodes, zoom p50 ${ms(result.zoomP50)} / p95 ${ms(result.zoomP95)} ms, select ${ms(result.select)} ms, new data ${ms(result.rerender)} ms, ` +
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

// ---- Report -----------------------------------------------------------------------------

const METRICS = [
  {key: 'render', label: 'first frame (ms)'},
  {key: 'rerender', label: 'new data, warm (ms)'},
  {key: 'zoomP50', label: 'zoom/pan frame p50 (ms)'},
  {key: 'zoomP95', label: 'zoom/pan frame p95 (ms)'},
  {key: 'select', label: 'select + focus (ms)'},
  {key: 'heap', label: 'JS heap added (MB)'},
  {key: 'nodes', label: 'DOM nodes'},
  {key: 'longestTask', label: 'longest task (ms)'},
];

function cell(result, key) {
  if (!result) return '—';
  if (result.skipped) return 'skipped';
  const value = result[key];
  if (value === null || value === undefined) return key === 'select' ? 'n/a' : '—';
  if (typeof value === 'string') return value;
  if (key === 'nodes') return value.toLocaleString('en');
  if (key === 'heap') return value.toFixed(1);
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
      const row = [n.toLocaleString('en'), metric.label, cell(ours, metric.key)];
      for (const lib of ['vis', 'tlc']) row.push(LIBS.includes(lib) ? cell(browser[lib]?.[n], metric.key) : '—');
      for (const lib of ['vis', 'tlc']) row.push(LIBS.includes(lib) ? ratio(ours, browser[lib]?.[n], metric.key) : '—');
      rows.push(row);
    }
  }
  return rows;
}

const HEADER = ['events', 'measure', 'event-timeline', 'vis-timeline', 'timelines-chart', 'ours / vis', 'ours / tlc'];

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
  const r1k = num(ours(1000)?.render);
  add('1,000 events: first frame ≤ 50 ms', r1k === undefined ? undefined : `${ms(r1k)} ms`, r1k <= 50);
  const r10k = num(ours(10_000)?.render);
  add('10,000 events: first frame ≤ 250 ms', r10k === undefined ? undefined : `${ms(r10k)} ms`, r10k <= 250);
  const task = num(ours(100_000)?.longestTask);
  add('100,000 events render without a task over 1 s', task === undefined ? undefined : `longest task ${ms(task)} ms (first frame ${ms(num(ours(100_000)?.render))} ms)`, task <= 1000);
  const z = num(ours(10_000)?.zoomP95);
  add('zoom/pan at 10,000 events: p95 frame ≤ 16 ms', z === undefined ? undefined : `p95 ${ms(z)} ms (p50 ${ms(num(ours(10_000)?.zoomP50))} ms)`, z <= 16);
  const l100k = layoutRows.find((row) => row.n === 100_000);
  const close = growthRows.length ? growthRows.every((g) => g.layout <= g.nlogn * 1.5) : undefined;
  add(
    'layout of 100,000 events in Node ≤ 500 ms, growing close to n log n (within 1.5×) from 10k to 1M',
    l100k ? `${ms(l100k.total)} ms (parse ${ms(l100k.parse)} ms more); growth ${growthRows.map((g) => `${g.from / 1000}k→${g.to >= 1e6 ? `${g.to / 1e6}M` : `${g.to / 1000}k`} ×${g.layout.toFixed(1)} (n log n ×${g.nlogn.toFixed(1)})`).join(', ')}` : undefined,
    l100k && l100k.total <= 500 && close !== false && growthRows.length >= 2,
  );
  for (const n of [1000, 10_000]) {
    for (const [key, label] of [['render', 'first render'], ['zoomP50', 'zoom (median frame)']]) {
      const mine = num(ours(n)?.[key]);
      const peers = ['vis', 'tlc'].map((lib) => [lib, browser[lib]?.[n]?.[key]]);
      const finite = peers.filter(([, v]) => typeof v === 'number');
      if (mine === undefined || !finite.length) {
        add(`${n.toLocaleString('en')} events, ${label}: ≥ 5× faster than the fastest peer`, undefined, false);
        continue;
      }
      const [lib, best] = finite.reduce((a, b) => (b[1] < a[1] ? b : a));
      add(`${n.toLocaleString('en')} events, ${label}: ≥ 5× faster than the fastest peer`, `${(best / mine).toFixed(1)}× (${ms(mine)} ms vs ${NAMES[lib]} ${ms(best)} ms)`, best / mine >= 5);
    }
  }
  return list;
}

function readmeSection(report, rows) {
  const {machine, date, sizes: size, node, growth: growthRows, targets: targetList, durationSeconds} = report;
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const lines = [
    `Latest \`npm run bench\`: ${date.slice(0, 10)}, ${machine.cpu} (${machine.cores} cores), ${machine.os}, Node ${machine.node}, ${machine.chromium}; the run took ${Math.round(durationSeconds / 60)} min.`,
    'The same seeded synthetic stories (`bench/generate.js`: day points, intervals, approximate, uncertain and',
    'coarse dates, categories, a link from every tenth event) drawn by `<event-timeline>`, vis-timeline 8 and',
    'timelines-chart 2 in headless Chromium, 1000 px wide, each library and size in a fresh page. *First frame*:',
    'from handing over the data to the end of the first frame that shows it (a message posted from that frame\'s',
    'animation frame), in a page that has not drawn a timeline yet (code not yet compiled). Each library\'s',
    'element or container is attached, empty, a frame before: `<event-timeline>` loads the `Intl` locale data it',
    'will need in that idle time, as it does while a `src` loads. *New data, warm*: the same with a second story',
    'of the same size, once the page has drawn, zoomed and selected. *Zoom/pan frame*: 64 programmatic zoom and',
    'pan steps (`zoomTo`, `setWindow`, `zoomX`), each from the start of a frame to the end of the first frame',
    'that shows it. *Longest task*: the longest task (over 50 ms) while drawing the first frame.',
    '*Heap*: `usedJSHeapSize` after a forced GC, minus the same before the data was handed over. A ratio',
    'below 1 means we are faster or smaller; timelines-chart has no selection API.',
    '',
    markdownTable(rows),
    '',
    `Layout alone in Node (\`parseTimeline\`, then \`toLayoutEvent\`, \`createGeometry\`, \`packAt\`, \`fitHeight\`, \`viewLayout\`):`,
    '',
    '| events | parse (ms) | layout (ms) | of which GC pauses (ms) | one zoom step (ms) |',
    '| ---: | ---: | ---: | ---: | ---: |',
    ...node.map((row) => `| ${row.n.toLocaleString('en')} | ${ms(row.parse)} | ${ms(row.total)} | ${ms(row.layoutGc)} | ${ms(row.zoomStep)} |`),
    '',
    `Growth of the layout time: ${growthRows.map((g) => `${g.from.toLocaleString('en')} → ${g.to.toLocaleString('en')} ×${g.layout.toFixed(1)} (n log n: ×${g.nlogn.toFixed(1)})`).join('; ')}.`,
    '',
    `Bundle: ${kb(size.bundle.gzip)} gzipped (${kb(size.bundle.minified)} minified). Of it, on their own: lit ${kb(size.dependencies.lit.gzip)}, d3-time ${kb(size.dependencies['d3-time'].gzip)} (gzipped).`,
    '',
    'Targets:',
    '',
    ...targetList.map((t) => `- ${t.met === null ? 'not measured' : t.met ? '**met**' : '**not met**'}: ${t.text}${t.value ? ` — ${t.value}` : ''}`),
  ];
  return lines.join('\n');
}

function rewriteReadme(section) {
  const path = ROOT + 'README.md';
  const text = readFileSync(path, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) {
    log('README.md has no bench markers; not rewritten.');
    return;
  }
  writeFileSync(path, `${text.slice(0, a + start.length)}\n${section}\n${text.slice(b)}`);
}

// ---- Main -------------------------------------------------------------------------------

buildAndSnapshot();
const sizeReport = await sizes();
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
log(`\nBundle ${sizeReport.bundle.file}: ${kb(sizeReport.bundle.minified)} minified, ${kb(sizeReport.bundle.gzip)} gzipped`);
for (const [name, cost] of Object.entries(sizeReport.dependencies)) log(`  ${name} alone: ${kb(cost.minified)} minified, ${kb(cost.gzip)} gzipped`);

let layoutRows = [];
if (!flag('no-node')) {
  log(`\nLayout in Node (${NODE_SIZES.map((n) => n.toLocaleString('en')).join(', ')} events):`);
  layoutRows = await nodeLayout();
}
const growthRows = growth(layoutRows);
for (const g of growthRows) log(`  growth ${g.from.toLocaleString('en')} → ${g.to.toLocaleString('en')}: layout ×${g.layout.toFixed(1)}, parse ×${g.parse.toFixed(1)}, n log n ×${g.nlogn.toFixed(1)}`);

log(`\nIn headless Chromium (${SIZES.map((n) => n.toLocaleString('en')).join(', ')} events; ${LIBS.map((lib) => NAMES[lib]).join(', ')}):`);
const {version, results: browser} = await browserRuns();

const rows = tableRows(browser);
log('');
printTable(rows);
const targetList = targets(browser, layoutRows, growthRows);
log('\nTargets:');
for (const t of targetList) log(`  ${t.met === null ? 'not measured' : t.met ? 'met    ' : 'NOT MET'}  ${t.text}${t.value ? `: ${t.value}` : ''}`);

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
  targets: targetList,
  limitMs: LIMIT,
};
log(`\nThe run took ${(report.durationSeconds / 60).toFixed(1)} min.`);
if (write) {
  writeFileSync(ROOT + 'bench/results.json', JSON.stringify(report, null, 2) + '\n');
  rewriteReadme(readmeSection(report, rows));
  log('Wrote bench/results.json and the Performance section of README.md.');
}
