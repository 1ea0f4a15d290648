// Network faults for `src` (test/server/faults.js misbehaves on purpose): each way a request
// can fail has a message of its own and a retry button; a real click on retry asks again and
// shows the data once the server has recovered; the newest `src` always wins; and removing the
// element mid-request throws nothing and leaves no timer behind.
import {expect, fixture, html} from '@open-wc/testing';
import {waitUntil} from './wait.js';
import {resetMouse, sendMouse, setViewport} from '@web/test-runner-commands';
import type {EventTimeline} from '../../src/elements/event-timeline/event-timeline.js';
import {probe} from '../fixtures/hostile/resource-probe.js';
import {centre, drawn, part, parts} from './helpers.js';

probe.install();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** A key no other test (or earlier run against the same server) has used. */
const unique = (name: string) => `${name}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
const requestsFor = async (key: string): Promise<number> => (await (await fetch(`/__fault/count?key=${key}`)).json()).count;

let logged: string[] = [];
let pageErrors: string[] = [];
let originalError: typeof console.error;
const onError = (event: ErrorEvent) => pageErrors.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) =>
  pageErrors.push(`unhandled rejection: ${String(event.reason?.stack ?? event.reason)}`);

before(() => setViewport({width: 1200, height: 900}));
beforeEach(() => {
  logged = [];
  pageErrors = [];
  originalError = console.error;
  console.error = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});
afterEach(async () => {
  console.error = originalError;
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  await resetMouse();
  expect(pageErrors, 'uncaught errors').to.deep.equal([]);
});

async function load(src: string, attrs: Record<string, string> = {}): Promise<EventTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
  const element = document.createElement('event-timeline');
  element.setAttribute('lang', 'en');
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  element.setAttribute('src', src);
  wrapper.append(element);
  await drawn(element);
  return element;
}

interface Fault {
  name: string;
  src: string;
  attrs?: Record<string, string>;
  /** What the reader is told. */
  message: RegExp;
  /** What the console is told (the details a developer needs). */
  log: RegExp;
}

const FAULTS: Fault[] = [
  {name: 'HTTP 404', src: '/__fault/status/404', message: /could not be loaded \(HTTP 404\)/, log: /answered HTTP 404/},
  {name: 'HTTP 500', src: '/__fault/status/500', message: /could not be loaded \(HTTP 500\)/, log: /answered HTTP 500/},
  {name: 'a server that never answers', src: '/__fault/stall', attrs: {timeout: '300'}, message: /took too long/, log: /no answer in time/},
  {name: 'an HTML page', src: '/__fault/html', message: /did not send JSON/, log: /sent text\/html, not JSON/},
  {
    name: 'half a JSON document',
    src: '/__fault/truncated',
    message: /The file is not valid JSON: .*(end of JSON input|line 1 column)/,
    log: /is not valid JSON/,
  },
  {
    name: 'a streamed body over max-bytes',
    src: '/__fault/huge?bytes=300000&stream',
    attrs: {'max-bytes': '100000'},
    message: /too large \(over 100\s?kB\)/,
    log: /is over 100000 bytes/,
  },
  {
    name: 'a declared length over max-bytes',
    src: '/__fault/huge?bytes=3000000',
    attrs: {'max-bytes': '2500000'},
    message: /too large \(over 2\.5\s?MB\)/,
    log: /3000000 bytes; the limit is 2500000/,
  },
  {name: 'a dropped connection', src: '/__fault/refuse', message: /network error/, log: /could not fetch/},
  {name: 'a connection dropped mid-body', src: '/__fault/reset', message: /network error/, log: /stopped sending/},
];

describe('<event-timeline src> faults', function () {
  this.timeout(20_000);

  for (const fault of FAULTS) {
    it(`says what went wrong for ${fault.name}, and offers a retry`, async () => {
      const element = await load(fault.src, fault.attrs);
      const alert = part(element, 'error')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(alert.textContent).to.match(fault.message);
      expect(alert.querySelector('button.retry')?.textContent?.trim()).to.equal('Try again');
      expect(parts(element, 'event')).to.have.length(0);
      expect(
        logged.filter((line) => fault.log.test(line)),
        logged.join('\n'),
      ).to.have.length(1);
    });
  }

  it('gives each kind of failure its own message, and each failure its own log line', async () => {
    const messages = new Map<string, string>();
    for (const fault of FAULTS) {
      const element = await load(fault.src, fault.attrs);
      messages.set(
        fault.name,
        part(element, 'error')!
          .querySelector('li')!
          .textContent!.replace(/^.*?:\s*/, '')
          .trim(),
      );
    }
    // HTTP errors name their status; a timeout, a body that is not JSON, a JSON body with an error
    // (with the parser's words), one that is too large and a network error each read differently.
    const kinds = new Set(messages.values());
    expect(kinds.size, [...messages].join('\n')).to.equal(8); // 404, 500, timeout, not JSON, bad JSON, 100 kB, 2.5 MB, network
    expect(messages.get('an HTML page')).to.not.equal(messages.get('half a JSON document'));
    expect(messages.get('a dropped connection')).to.equal(messages.get('a connection dropped mid-body'));
    expect(new Set(logged).size, 'one distinct log line per failure').to.equal(FAULTS.length);
  });

  it('keeps the size limit when max-bytes or timeout is not a number', async () => {
    const element = await load('/__fault/huge?bytes=30000000', {'max-bytes': '20MB', timeout: 'soon'});
    expect(part(element, 'error')!.textContent).to.match(/too large \(over 20\s?MB\)/);
  });
});

describe('<event-timeline src> retry', function () {
  this.timeout(20_000);

  it('asks again on a real click of "Try again", and shows the data once the server recovers', async () => {
    const key = unique('retry');
    const element = await load(`/__fault/flaky/2?key=${key}&title=Recovered`);
    expect(part(element, 'error')!.textContent).to.contain('HTTP 503');
    expect(await requestsFor(key), 'one request when the element connects').to.equal(1);

    // First retry: the server still fails, and says so again.
    let retry = part(element, 'error')!.querySelector<HTMLButtonElement>('button.retry')!;
    await sendMouse({type: 'click', position: centre(retry)});
    await waitUntil(async () => (await requestsFor(key)) === 2, 'the first retry sent no request');
    await waitUntil(() => part(element, 'error')?.querySelector('button.retry'), 'no retry button after the second failure');
    expect(part(element, 'error')!.textContent).to.contain('HTTP 503');

    // Second retry: the server has recovered.
    retry = part(element, 'error')!.querySelector<HTMLButtonElement>('button.retry')!;
    await sendMouse({type: 'click', position: centre(retry)});
    await waitUntil(() => parts(element, 'event').length === 2, 'the data did not arrive after the retry');
    expect(part(element, 'error')).to.equal(null);
    expect(element.timeline!.title).to.equal('Recovered');
    expect(await requestsFor(key), 'one request per click').to.equal(3);
  });

  it('fetches a src once when the element connects', async () => {
    const key = unique('once');
    const element = await load(`/__fault/flaky/0?key=${key}&title=Once`);
    expect(element.timeline!.title).to.equal('Once');
    await sleep(100);
    expect(await requestsFor(key)).to.equal(1);
  });
});

describe('<event-timeline src> races', function () {
  this.timeout(20_000);

  it('shows the newest of five src values set in quick succession, never an older one', async () => {
    const element = await load('/__fault/ok?title=Start');
    const seen: string[] = [];
    const watch = setInterval(() => {
      const title = element.timeline?.title;
      if (title && seen[seen.length - 1] !== title) seen.push(title);
    }, 5);
    // Older requests answer later than newer ones: a request that was not aborted would land last.
    const delays = [900, 700, 500, 300, 60];
    try {
      for (const [i, delay] of delays.entries()) {
        element.src = `/__fault/slow/${delay}?title=T${i + 1}`;
        await sleep(25);
      }
      await sleep(1200);
    } finally {
      clearInterval(watch);
    }
    expect(element.timeline!.title).to.equal('T5');
    expect(seen).to.deep.equal(['Start', 'T5']);
    expect(logged).to.deep.equal([]);
  });

  it('requests only the last of five src values set in one go', async () => {
    const element = await load('/__fault/ok?title=Start');
    const keys = Array.from({length: 5}, (_, i) => unique(`batch${i}`));
    for (const key of keys) element.src = `/__fault/flaky/0?key=${key}&title=${key}`;
    await waitUntil(() => element.timeline?.title === keys[4], 'the last src did not load');
    await sleep(100);
    expect(await Promise.all(keys.map(requestsFor))).to.deep.equal([0, 0, 0, 0, 1]);
  });

  it('lets a newer src win over an older one that fails', async () => {
    const element = await load('/__fault/ok?title=Start');
    element.src = '/__fault/stall';
    await sleep(30);
    element.src = '/__fault/slow/100?title=Winner';
    await waitUntil(() => element.timeline?.title === 'Winner');
    await sleep(200);
    expect(part(element, 'error')).to.equal(null);
  });
});

describe('<event-timeline src> removed mid-request', function () {
  this.timeout(20_000);

  for (const [when, src] of [
    ['waiting for an answer', '/__fault/stall'],
    ['while the body streams in', '/__fault/drip/40?title=Drip'],
    ['during a slow answer', '/__fault/slow/400?title=Slow'],
  ] as const) {
    it(`throws nothing and leaves no timer when removed ${when}`, async () => {
      const before = probe.counts();
      const snapshot = probe.snapshot();
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
      const element = document.createElement('event-timeline');
      element.src = src;
      wrapper.append(element);
      await sleep(120);
      expect(probe.timeouts.size, 'the request timeout is armed').to.be.greaterThan(before.timeouts);
      element.remove();
      await sleep(700);
      expect(logged, 'nothing to report: the page gave up, not the server').to.deep.equal([]);
      const after = probe.counts();
      expect({timeouts: after.timeouts, frames: after.frames, intervals: after.intervals}, probe.explain(snapshot)).to.deep.equal({
        timeouts: before.timeouts,
        frames: before.frames,
        intervals: before.intervals,
      });
      expect(part(element, 'error')).to.equal(null);

      // Attached again, it asks again and draws (or, for the stalled server, times out with a message).
      if (src !== '/__fault/stall') {
        wrapper.append(element);
        await drawn(element);
        expect(parts(element, 'event')).to.have.length(2);
      }
    });
  }

  it('settles a request that was aborted before fetch answered, without an unhandled rejection', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
    for (let i = 0; i < 20; i++) {
      const element = document.createElement('event-timeline');
      element.src = `/__fault/slow/${50 + i * 10}?title=N${i}`;
      wrapper.append(element);
      await sleep(i % 4);
      element.remove();
    }
    await sleep(600);
    expect(logged).to.deep.equal([]);
    expect(probe.timeouts.size).to.equal(0);
  });
});
