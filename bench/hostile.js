// `node bench/hostile.js [case…]`: the longest main-thread task while the built bundle
// (dist/event-timeline.js) reads and draws each hostile input of the hostile-input review, in
// headless Chromium. Times vary with the machine; the tests never assert them, this reports them.
// Each case runs in a fresh page: its input is built in one task, handed over in the next, and
// the longest task (Long Tasks API, over 50 ms) is taken from the hand-over until the element has
// drawn (or shown its error) and two frames have passed. Build first: `node scripts/build.js --lib-only`.
import puppeteer from 'puppeteer-core';
import {CHROME_FLAGS, findChrome} from '../scripts/find-chrome.js';
import {serve} from './server.js';

/** In-page builders: each returns a function that hands the input over and resolves to the element. */
const CASES = {
  'links-10k': `() => linksBetweenTwo(10_000)`,
  'links-100k': `() => linksBetweenTwo(100_000)`,
  'tjs-12000-same-headline': `() => timelineData({events: Array.from({length: 12_000}, () => ({start_date: {year: 2020}, text: {headline: 'Same'}}))})`,
  'tjs-headlines-lsaquo': `() => timelineData({events: Array.from({length: 10}, (_, i) => ({start_date: {year: 2000 + i}, text: {headline: '\\u2039 '.repeat(490_000)}}))})`,
  'src-18mb-huge-names': `() => {
    const huge = 'x'.repeat(6_000_000);
    const text = JSON.stringify({events: [{id: 'a', date: '2020', title: 'A'}, {id: 'b', date: '2021', title: 'B'}], anchor: huge, links: [{from: 'a', to: 'b', kind: huge}], [huge]: 1});
    return timelineSrc(URL.createObjectURL(new Blob([text], {type: 'application/json'})));
  }`,
  'src-19mb-brackets': `() => timelineSrc(URL.createObjectURL(new Blob(['['.repeat(19_000_000)], {type: 'application/json'})))`,
  'src-19mb-empty-arrays': `() => timelineSrc(URL.createObjectURL(new Blob(['[' + '[],'.repeat(6_300_000) + '[]]'], {type: 'application/json'})))`,
  'src-19mb-9999-deep-blocks': `() => timelineSrc(URL.createObjectURL(new Blob(['[' + ('['.repeat(9_999) + ']'.repeat(9_999) + ',').repeat(950) + '1]'], {type: 'application/json'})))`,
  'data-text-19mb-brackets': `() => timelineData('['.repeat(19_000_000))`,
  'tjs-deep-array': `() => { let deep = 1; for (let i = 0; i < 3300; i++) deep = [deep]; return timelineData({events: [{start_date: {year: 2020}, text: {headline: 'Kept'}}, {start_date: {year: deep}, text: {headline: 'Deep'}}]}); }`,
  'light-dom-20000-spans': `() => {
    const element = document.createElement('event-timeline');
    const li = document.createElement('li');
    li.innerHTML = '<time datetime="2020">2020</time> <strong>Kept</strong>';
    let span = li;
    for (let i = 0; i < 20_000; i++) span = span.appendChild(document.createElement('span'));
    span.textContent = 'deep';
    const list = document.createElement('ol');
    list.innerHTML = '<li><time datetime="2021">2021</time> Valid</li>';
    list.append(li);
    element.append(list);
    return () => { host.append(element); return element; };
  }`,
  'chinese-calendar-edges': `() => timelineData({events: [{id: 'a', date: 'Y275759', title: 'Late'}, {id: 'b', date: 'Y-271820', title: 'Early'}, {id: 'c', date: '2026', title: 'Now'}]}, 'zh-u-ca-chinese')`,
  'quote-100k-combining': `() => {
    const card = document.createElement('quote-card');
    card.textContent = 'a' + '\\u0301'.repeat(100_000);
    card.setAttribute('speaker', 'Speaker');
    return () => { host.append(card); return card; };
  }`,
};

const PAGE_HELPERS = `
  window.host = document.getElementById('host');
  window.timelineData = (data, lang = 'en') => () => {
    const element = document.createElement('event-timeline');
    element.setAttribute('lang', lang);
    element.data = data;
    host.append(element);
    return element;
  };
  window.timelineSrc = (src) => () => {
    const element = document.createElement('event-timeline');
    element.setAttribute('lang', 'en');
    element.src = src;
    host.append(element);
    return element;
  };
  window.linksBetweenTwo = (n) => timelineData({
    events: [{id: 'a', date: '2020-01-01', title: 'A'}, {id: 'b', date: '2020-06-01', title: 'B'}],
    links: Array.from({length: n}, () => ({from: 'a', to: 'b', kind: 'follows'})),
  });
  window.longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push({start: e.startTime, duration: e.duration}); }).observe({type: 'longtask'});
`;

async function measure(browser, base, name) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message.split('\n')[0]));
  try {
    await page.setViewport({width: 1200, height: 900});
    await page.goto(`${base}bench/hostile.html`);
    await page.evaluate(PAGE_HELPERS);
    await page.evaluate(`import('/dist/event-timeline.js')`);
    await page.evaluate(`window.handOver = (${CASES[name]})()`);
    const started = await page.evaluate(() => performance.now());
    const wall = Date.now();
    await page.evaluate(() => void (window.element = window.handOver()));
    await page.waitForFunction(
      () => {
        const root = window.element.shadowRoot;
        return root && (root.querySelector('svg [part~="event"], [part="error"], blockquote') || window.element.localName === 'quote-card');
      },
      {timeout: 120_000, polling: 50},
    );
    const state = await page.evaluate(async () => {
      await window.element.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await new Promise((resolve) => setTimeout(resolve, 100));
      const root = window.element.shadowRoot;
      return {
        events: root.querySelectorAll('svg [part~="event"]').length,
        paths: root.querySelectorAll('[part~="link"]').length,
        alert: (root.querySelector('[part="error"]')?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 160),
        pageWidth: document.documentElement.scrollWidth,
      };
    });
    const tasks = await page.evaluate((from) => window.longTasks.filter((task) => task.start >= from - 1), started);
    const longest = Math.max(0, ...tasks.map((task) => task.duration));
    return {name, longest: Math.round(longest), wall: Date.now() - wall, ...state, errors};
  } catch (error) {
    return {name, failed: error.message.split('\n')[0], errors};
  } finally {
    await page.close();
  }
}

const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const names = wanted.length ? wanted : Object.keys(CASES);
const server = await serve();
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  protocolTimeout: 300_000,
  args: [...CHROME_FLAGS, '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--window-size=1200,900'],
});
try {
  for (const name of names) console.log(JSON.stringify(await measure(browser, server.url, name)));
} finally {
  await browser.close();
  await server.close();
}
