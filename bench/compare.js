// What bench/cpu.js and bench/zoom-cpu.js share: the builds to compare, named on the command line,
// and the self times of a trace's spans in a window.
import {resolve} from 'node:path';
import puppeteer from 'puppeteer-core';
import {CHROME_FLAGS, findChrome} from '../scripts/find-chrome.js';
import {serve} from './server.js';

export const args = process.argv.slice(2);
export const option = (name, fallback) => args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;

/** The builds named on the command line: `before` (bench/baseline/) or name=directory (a build's event-timeline.js and chunks/). */
export function variantsOf(usage) {
  const variants = args
    .filter((arg) => !arg.startsWith('--'))
    .map((arg, i) =>
      arg === 'before'
        ? {name: arg, lib: 'before'}
        : {name: arg.split('=')[0], lib: 'ours', dir: resolve(arg.split('=')[1] ?? arg), mount: `/v${i}/`},
    );
  if (!variants.length) throw new Error(`name at least one variant: ${usage}`);
  return variants;
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
export const ms = (value) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

/** Thread time (ms) of each span of `spans` (one thread's complete events) inside [from, to], less its children's. */
export function selfTimes(spans, from, to) {
  spans.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  const self = new Map();
  for (const span of spans) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= span.ts) stack.pop();
    const inside = Math.max(0, Math.min(span.ts + span.dur, to) - Math.max(span.ts, from)) / (span.dur || 1);
    const cpu = span.tdur * inside;
    self.set(span, (self.get(span) ?? 0) + cpu);
    const parent = stack.at(-1);
    if (parent && span.ts + span.dur <= parent.ts + parent.dur) self.set(parent, self.get(parent) - cpu);
    stack.push(span);
  }
  return self;
}

/** The server of the builds (and `extra` mounts) and a headless browser, as both comparisons run them. */
export async function startBrowser(variants, extra = {}) {
  const mounts = {'/baseline/': resolve('bench/baseline'), ...extra};
  for (const variant of variants) if (variant.mount) mounts[variant.mount] = variant.dir;
  const server = await serve(mounts);
  const browser = await puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    args: [...CHROME_FLAGS, '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--window-size=1200,900'],
  });
  return {server, browser, close: async () => (await browser.close(), await server.close())};
}

/** A fresh page of the benchmark for `variant`, ready (its script not yet loaded: bench.prepare does). */
export async function benchPage(browser, server, variant) {
  const page = await browser.newPage();
  await page.setViewport({width: 1200, height: 900});
  await page.emulateMediaFeatures([{name: 'prefers-reduced-motion', value: 'reduce'}]);
  const bundle = variant.mount ? `&bundle=${variant.mount}event-timeline.js` : '';
  await page.goto(`${server.url}bench/page.html?lib=${variant.lib}${bundle}`);
  await page.waitForFunction('window.benchReady === true');
  return page;
}

/**
 * Self time by function over the profiles, the top 30, with the module each comes from; a profile
 * with a `window` [from, to] (µs, the trace's clock) counts only the samples taken in it.
 */
export async function printProfile(list, variant) {
  const regions = new Map();
  const moduleOf = async (url, line) => {
    if (!regions.has(url)) {
      const text = variant.dir && url.includes(variant.mount) ? await (await fetch(url)).text().catch(() => '') : '';
      let current = '';
      regions.set(
        url,
        text.split('\n').map((row) => (current = row.match(/^\/\/ ((?:src|node_modules)\/\S+)$/)?.[1] ?? current)),
      );
    }
    return regions.get(url)[line] ?? '';
  };
  const self = new Map();
  // Each sample also by the nearest module of ours on its stack (natives called from it included).
  const byModule = new Map();
  for (const p of list) {
    const byId = new Map(p.nodes.map((node) => [node.id, node]));
    const parent = new Map();
    for (const node of p.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const dt = new Map();
    // A sample's time, µs on the trace's clock: only those in the profile's window ([from, to], when given) count.
    let at = p.startTime;
    p.samples.forEach((id, i) => {
      at += p.timeDeltas[i] ?? 0;
      if (p.window && (at < p.window[0] || at > p.window[1])) return;
      dt.set(id, (dt.get(id) ?? 0) + (p.timeDeltas[i + 1] ?? 0));
    });
    for (const [id, time] of dt) {
      const {functionName, url, lineNumber} = byId.get(id).callFrame;
      const key = `${functionName || '(anonymous)'} ${url ? await moduleOf(url, lineNumber) : ''}`;
      self.set(key, (self.get(key) ?? 0) + time / 1000 / list.length);
      if (process.env.CALLERS && !url && !functionName.startsWith('(')) {
        const caller = byId.get(parent.get(id))?.callFrame;
        const callerKey = `  ${functionName} < ${caller?.functionName || '(anonymous)'} ${caller?.url ? await moduleOf(caller.url, caller.lineNumber) : ''}`;
        self.set(callerKey, (self.get(callerKey) ?? 0) + time / 1000 / list.length);
      }
      let owner = functionName.startsWith('(') ? functionName : 'other';
      for (let at = id; at !== undefined; at = parent.get(at)) {
        const frame = byId.get(at).callFrame;
        const module = frame.url ? await moduleOf(frame.url, frame.lineNumber) : '';
        if (module.startsWith('src/')) {
          owner = module;
          break;
        }
      }
      byModule.set(owner, (byModule.get(owner) ?? 0) + time / 1000 / list.length);
    }
  }
  console.log('    by module of ours (natives it calls included):');
  for (const [key, time] of [...byModule].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`    ${ms(time).padStart(6)}  ${key}`);
  console.log('    self time by function:');
  for (const [key, time] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`    ${ms(time).padStart(6)}  ${key}`);
}
