// The first frame's CPU time, to compare builds on a busy machine, where wall-clock times mostly
// measure the other processes. Fresh pages, the variants taking turns round by round; from a
// DevTools trace of each first frame (between the page's bench-render-start and bench-render-end
// marks): the CPU time of the renderer's main thread, by kind of work (self times), and the CPU
// time of the renderer's other threads in the same window (V8's optimizing compilers and garbage
// collection helpers, which share the cores with the main thread). Medians over the rounds.
//
//   node bench/cpu.js [--sizes=demo,100,1000,10000] [--rounds=8] [--no-idle] ours=dist/ before [name=some/dir/ …]
//
// By default the element is mounted, a few frames pass, then its data is set: the idle time a page
// has while its `src` is fetched (the element warms its first frame's code up then: warm-up.ts).
// --no-idle mounts it with its data in the same task and times from there to its first frame
// (measuring its width included): a page whose data is at hand, with no idle time to use.
// --profile adds a CPU profile of each first frame: self time by function and by module of ours
// (modules named for a build made with BENCH_PROFILE_OUT, see vite.lib.config.ts).
//
// A variant is `before` (bench/baseline/, the element before the chunked build) or name=directory,
// a directory holding a build's event-timeline.js and chunks/ (node scripts/build.js --lib-only
// writes dist/). Nothing is built or written.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {args, benchPage, median, ms, option, printProfile, selfTimes, startBrowser, variantsOf} from './compare.js';
import {CATEGORIES, phaseOf} from './trace.js';

// 'demo': the demo's own story (7 events), in the benchmark's shape, as bench/run.js prepares it.
const sizes = option('sizes', '1000,10000')
  .split(',')
  .map((size) => (size === 'demo' ? size : Number(size)));
const rounds = Number(option('rounds', 8));
const idle = !args.includes('--no-idle');
const profile = args.includes('--profile');
const variants = variantsOf('ours=dist/ before …');

/** Main-thread CPU by kind of work, and the other renderer threads' CPU, in the first frame's window. */
function cpuOf(events) {
  const start = events.find((event) => event.name === 'bench-render-start');
  const end = events.find((event) => event.name === 'bench-render-end');
  const names = new Map(
    events
      .filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.pid === start.pid)
      .map((event) => [event.tid, event.args.name]),
  );
  const main = [...names].find(([, name]) => name === 'CrRendererMain')?.[0];
  const byThread = new Map();
  for (const event of events) {
    if (event.pid !== start.pid || event.ph !== 'X' || event.tdur === undefined) continue;
    if (event.ts >= end.ts || event.ts + event.dur <= start.ts) continue;
    if (!byThread.has(event.tid)) byThread.set(event.tid, []);
    byThread.get(event.tid).push(event);
  }
  const phases = {};
  let others = 0;
  for (const [tid, spans] of byThread) {
    for (const [span, cpu] of selfTimes(spans, start.ts, end.ts)) {
      if (tid === main) {
        const phase = phaseOf(span.name);
        phases[phase] = (phases[phase] ?? 0) + cpu / 1000;
      } else others += cpu / 1000;
    }
  }
  const total = Object.values(phases).reduce((sum, value) => sum + value, 0);
  return {wall: (end.ts - start.ts) / 1000, main: total, phases, others};
}

const mounts = {};
const demoDir = sizes.includes('demo') ? mkdtempSync(join(tmpdir(), 'bench-cpu-')) : undefined;
if (demoDir) {
  const doc = JSON.parse(readFileSync('demo/data/story-en.json', 'utf8'));
  const {parseTimeline} = await import(pathToFileURL(resolve('dist/esm/model/index.js')).href);
  const {storyFromDocument} = await import('./generate.js');
  const byId = new Map(parseTimeline(doc).timeline.events.map((event) => [event.id, event]));
  const dates = doc.events.map(({id}) => {
    const {start, end, date} = byId.get(id);
    return {start, end, point: !date.interval && end - start < 86_400_000};
  });
  writeFileSync(join(demoDir, 'demo-story.json'), JSON.stringify(storyFromDocument(doc, dates)));
  mounts['/bench-data/'] = demoDir;
}
const {server, browser, close} = await startBrowser(variants, mounts);
try {
  for (const n of sizes) {
    const runs = new Map(variants.map((variant) => [variant, []]));
    const profiles = new Map(variants.map((variant) => [variant, []]));
    for (let round = 0; round < rounds; round++) {
      for (const variant of variants) {
        const page = await benchPage(browser, server, variant);
        try {
          await page.evaluate((size, idle) => window.bench.prepare(size, 1, {idle}), n, idle);
          const cdp = profile ? await page.createCDPSession() : undefined;
          if (cdp) {
            await cdp.send('Profiler.enable');
            await cdp.send('Profiler.setSamplingInterval', {interval: 100});
            await cdp.send('Profiler.start');
          }
          await page.tracing.start({categories: CATEGORIES.filter((category) => !category.includes('cpu_profiler'))});
          await page.evaluate(() => window.bench.render());
          const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents;
          runs.get(variant).push(cpuOf(events));
          if (cdp) {
            // Only the first frame's samples: not the parts loaded after it.
            const at = (name) => events.find((event) => event.name === name).ts;
            profiles
              .get(variant)
              .push({...(await cdp.send('Profiler.stop')).profile, window: [at('bench-render-start'), at('bench-render-end')]});
          }
        } finally {
          await page.close();
        }
      }
    }
    const story = n === 'demo' ? 'demo story' : `${n.toLocaleString('en')} events`;
    console.log(`${story}${idle ? '' : ', mounted with its data (no idle time)'}, median of ${rounds} fresh pages (ms):`);
    for (const [variant, list] of runs) {
      const kinds = [...new Set(list.flatMap((run) => Object.keys(run.phases)))]
        .map((kind) => [kind, median(list.map((run) => run.phases[kind] ?? 0))])
        .filter(([, value]) => value >= 0.5)
        .sort((a, b) => b[1] - a[1]);
      console.log(
        `  ${variant.name.padEnd(10)} main thread CPU ${ms(median(list.map((run) => run.main)))} (${kinds.map(([kind, value]) => `${kind} ${ms(value)}`).join(', ')}); ` +
          `other renderer threads ${ms(median(list.map((run) => run.others)))}; wall ${ms(median(list.map((run) => run.wall)))}`,
      );
      if (profile) await printProfile(profiles.get(variant), variant);
    }
  }
} finally {
  await close();
  if (demoDir) rmSync(demoDir, {recursive: true, force: true});
}
