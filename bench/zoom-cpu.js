// The zoom steps' CPU time, to compare builds on a busy machine: the benchmark's 64 zoom and pan
// steps (bench/harness.js zoomStep, bench/generate.js zoomWindows) after the first frame, in fresh
// pages, the variants taking turns round by round. Each step is timed as the benchmark times it
// (wall, from a frame's start to the end of the frame showing it) and, from a DevTools trace of
// the steps, by the renderer main thread's CPU in the step, by kind of work (self times). Prints,
// for each variant, the medians over the rounds of the steps' p50 and p95, and the slowest steps
// with their split.
//
//   node bench/zoom-cpu.js [--size=10000] [--rounds=5] [--no-trace] ours=dist/ main=/tmp/main-dist/ …
//   node bench/zoom-cpu.js --profile --rounds=2 ours=<a build made with BENCH_PROFILE_OUT>
//     (a CPU profile instead of the trace: time by module of ours and by function; CALLERS=1 adds
//     the caller of each browser function, setAttribute < set …)
//
// A variant is name=directory, a directory holding a build's event-timeline.js and chunks/
// (node scripts/build.js --lib-only writes dist/), or `before` (bench/baseline/). Nothing is built
// or written.
import {args, benchPage, median, ms, option, printProfile, selfTimes, startBrowser, variantsOf} from './compare.js';
import {CATEGORIES, phaseOf} from './trace.js';

const size = Number(option('size', 10_000));
const rounds = Number(option('rounds', 5));
const trace = !args.includes('--no-trace') && !args.includes('--profile');
// --profile: a CPU profile of the steps instead of a trace, self time by function (with its
// module, from a build's `//#region` comments: BENCH_PROFILE_OUT, see vite.lib.config.ts).
const profile = args.includes('--profile');
const variants = variantsOf('ours=dist/ main=some/dir/ …');
const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];

/** The main thread's CPU (ms) by kind of work in each window [from, to] (trace µs), self times. */
function stepsCpu(events, windows) {
  const start = events.find((event) => event.name === 'zoom-step-0-start');
  const names = events.filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.pid === start.pid);
  const main = names.find((event) => event.args.name === 'CrRendererMain')?.tid;
  const spans = events
    .filter((event) => event.pid === start.pid && event.tid === main && event.ph === 'X' && event.tdur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  return windows.map(([from, to]) => {
    const self = selfTimes(
      spans.filter((span) => span.ts < to && span.ts + span.dur > from),
      from,
      to,
    );
    const phases = {};
    for (const [span, cpu] of self) phases[phaseOf(span.name)] = (phases[phaseOf(span.name)] ?? 0) + cpu / 1000;
    return {cpu: Object.values(phases).reduce((sum, value) => sum + value, 0), phases};
  });
}

const {server, browser, close} = await startBrowser(variants);
try {
  const runs = new Map(variants.map((variant) => [variant, []]));
  const profiles = new Map(variants.map((variant) => [variant, []]));
  for (let round = 0; round < rounds; round++) {
    for (const variant of variants) {
      const page = await benchPage(browser, server, variant);
      try {
        const {steps} = await page.evaluate((n) => window.bench.prepare(n), size);
        await page.evaluate(() => window.bench.render());
        await page.evaluate(() => window.bench.stats());
        const cdp = profile ? await page.createCDPSession() : undefined;
        if (cdp) {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', {interval: 100});
          await cdp.send('Profiler.start');
        }
        if (trace) await page.tracing.start({categories: CATEGORIES.filter((category) => !category.includes('cpu_profiler'))});
        const walls = [];
        for (let i = 0; i < steps; i++) {
          walls.push(
            await page.evaluate(async (step) => {
              performance.mark(`zoom-step-${step}-start`);
              const wall = await window.bench.zoomStep(step);
              performance.mark(`zoom-step-${step}-end`);
              return wall;
            }, i),
          );
        }
        let cpu;
        if (trace) {
          const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents;
          const at = (name) => events.find((event) => event.name === name)?.ts;
          cpu = stepsCpu(
            events,
            walls.map((_, i) => [at(`zoom-step-${i}-start`), at(`zoom-step-${i}-end`)]),
          );
        }
        if (cdp) profiles.get(variant).push((await cdp.send('Profiler.stop')).profile);
        runs.get(variant).push({walls, cpu});
      } finally {
        await page.close();
      }
    }
  }
  console.log(`${size.toLocaleString('en')} events, 64 zoom/pan steps, medians of ${rounds} fresh pages (ms):`);
  for (const [variant, list] of runs) {
    const stat = (pick, q) => median(list.map((run) => quantile(pick(run), q)));
    let line = `  ${variant.name.padEnd(8)} wall p50 ${ms(stat((run) => run.walls, 0.5))} p95 ${ms(stat((run) => run.walls, 0.95))}`;
    if (trace) {
      line += `; main-thread CPU p50 ${ms(stat((run) => run.cpu.map((step) => step.cpu), 0.5))} p95 ${ms(stat((run) => run.cpu.map((step) => step.cpu), 0.95))}`;
      line += `, sum ${ms(median(list.map((run) => run.cpu.reduce((sum, step) => sum + step.cpu, 0))))}`;
    }
    console.log(line);
    if (profile) await printProfile(profiles.get(variant), variant);
    if (!trace) continue;
    // Each step's median CPU over the rounds, by kind; the slowest five.
    const steps = list[0].cpu.map((_, i) => {
      const kinds = [...new Set(list.flatMap((run) => Object.keys(run.cpu[i].phases)))];
      return {
        i,
        cpu: median(list.map((run) => run.cpu[i].cpu)),
        wall: median(list.map((run) => run.walls[i])),
        phases: kinds.map((kind) => [kind, median(list.map((run) => run.cpu[i].phases[kind] ?? 0))]).filter(([, v]) => v >= 0.3),
      };
    });
    const byKind = {};
    for (const step of steps) for (const [kind, value] of step.phases) byKind[kind] = (byKind[kind] ?? 0) + value;
    console.log(
      `    all steps by kind: ${Object.entries(byKind)
        .sort((a, b) => b[1] - a[1])
        .map(([kind, value]) => `${kind} ${ms(value)}`)
        .join(', ')}`,
    );
    // The pans (bench/generate.js zoomWindows: the middle third, one zoom level): CPU p50, p95, by kind.
    const third = Math.floor(steps.length / 3);
    const pans = steps.slice(third, 2 * third);
    const panKinds = {};
    for (const step of pans) for (const [kind, value] of step.phases) panKinds[kind] = (panKinds[kind] ?? 0) + value;
    console.log(
      `    pans (steps ${third}–${2 * third - 1}): CPU p50 ${ms(
        quantile(
          pans.map((step) => step.cpu),
          0.5,
        ),
      )} p95 ${ms(
        quantile(
          pans.map((step) => step.cpu),
          0.95,
        ),
      )}; ${Object.entries(panKinds)
        .sort((a, b) => b[1] - a[1])
        .map(([kind, value]) => `${kind} ${ms(value)}`)
        .join(', ')}`,
    );
    for (const step of [...steps].sort((a, b) => b.cpu - a.cpu).slice(0, 6))
      console.log(
        `    step ${String(step.i).padStart(2)}: CPU ${ms(step.cpu)} wall ${ms(step.wall)} (${step.phases
          .sort((a, b) => b[1] - a[1])
          .map(([kind, value]) => `${kind} ${ms(value)}`)
          .join(', ')})`,
      );
  }
} finally {
  await close();
}
