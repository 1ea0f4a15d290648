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
