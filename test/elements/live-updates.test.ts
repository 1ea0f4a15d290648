// Live stories, against a local server that changes the story (test/server/live.js): new events
// shown without losing the reader's zoom, selection or focus, conditional requests, no request
// while the page is hidden, a failing server or bad JSON survived, one announcement per update.
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {waitUntil} from './wait.js';
import {sendKeys, sendMouse} from '@web/test-runner-commands';
import type {EventTimeline} from '../../src/elements/event-timeline/event-timeline.js';
import {centre, drawn, eventMark, part} from './helpers.js';

let keys = 0;
const newKey = () => `t${Date.now()}-${++keys}`;

const event = (id: string, date: string, title = `Event ${id}`) => ({id, date, title});
/** Version 1 of a story: five dates in February and March 2026. */
const v1 = () => ({
  version: 1,
  anchor: 'b',
  now: '2026-02-10',
  events: [
    event('a', '2026-02-03'),
    event('b', '2026-02-10'),
    event('c', '2026-02-17'),
    event('d', '2026-03-01'),
    event('e', '2026-03-20'),
  ],
});

async function serve(key: string, document: unknown): Promise<void> {
  await fetch(`/__live/set?key=${key}`, {method: 'POST', body: JSON.stringify(document)});
}
async function log(key: string): Promise<{status: number; ifNoneMatch?: string; ifModifiedSince?: string}[]> {
  return (await fetch(`/__live/log?key=${key}`)).json();
}

// An hour by default: the tests that call refreshNow() must not meet a poll of the element's own,
// which a busy machine can bring into a test (two versions of v2, the second an empty change).
async function liveTimeline(key: string, refresh = 3600): Promise<EventTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  const element = document.createElement('event-timeline');
  element.setAttribute('lang', 'en');
  element.setAttribute('refresh', String(refresh));
  element.src = `/__live/story?key=${key}`;
  wrapper.append(element);
  await drawn(element);
  return element;
}

const zoomOf = (element: EventTimeline) => (element as unknown as {viewport: {transform: {k: number; x: number}}}).viewport.transform;
/** The events whose marks are on screen: what the reader is looking at. */
function onScreen(element: EventTimeline): string[] {
  const svg = element.shadowRoot!.querySelector('svg[role="group"]')!.getBoundingClientRect();
  return [...element.shadowRoot!.querySelectorAll<SVGGElement>('svg [part~="event"]')]
    .filter((mark) => {
      const [x] = centre(mark.querySelector('.dot, .bar')!);
      return x >= svg.left && x <= svg.right;
    })
    .map((mark) => mark.dataset.eventId!)
    .sort();
}
const focusedId = (element: EventTimeline) => element.shadowRoot!.activeElement?.getAttribute('data-event-id');
const announced = (element: EventTimeline) => element.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent!.trim();
const isFresh = (element: EventTimeline, id: string) => eventMark(element, id)?.getAttribute('part')?.split(' ').includes('fresh');

describe('<event-timeline refresh>', function () {
  this.timeout(60_000);

  it('shows new events without losing zoom, selection or focus, with conditional requests, and says it once', async () => {
    const key = newKey();
    await serve(key, v1());
    const element = await liveTimeline(key);
    // The reader zooms to February, selects c with the keyboard and keeps the focus there.
    element.zoomTo('2026-02-01', '2026-02-20', true);
    await element.updateComplete;
    await element.focusEvent('c');
    await sendKeys({press: 'Enter'});
    await element.updateComplete;
    const before = onScreen(element);
    expect(before).to.include.members(['a', 'b', 'c']).and.not.include('e');
    expect(element.selected).to.equal('c');

    // Nothing changed yet: the server answers 304 to the version the element names.
    await element.refreshNow();
    let requests = await log(key);
    expect(requests.at(-1)).to.include({status: 304, ifNoneMatch: '"v1"'});

    // Version 2: one event added inside the window, one after it, and one changed.
    const v2 = v1();
    v2.events.push(event('f', '2026-02-12', 'Added inside'), event('g', '2026-04-02', 'Added after'));
    v2.events[0].title = 'Event a, corrected';
    await serve(key, v2);
    const updated = oneEvent(element, 'timeline-update');
    await element.refreshNow();
    const {detail} = await updated;
    expect(detail).to.deep.equal({added: ['f', 'g'], changed: ['a'], removed: []});
    await element.updateComplete;
    requests = await log(key);
    expect(requests.at(-1)).to.include({status: 200, ifNoneMatch: '"v1"'});

    // The same stretch of time on screen: still zoomed in on what the reader was looking at.
    expect(zoomOf(element).k).to.be.greaterThan(1);
    expect(onScreen(element)).to.include.members(before).and.not.include('e');
    expect(element.selected).to.equal('c');
    expect(focusedId(element)).to.equal('c');
    expect(isFresh(element, 'f')).to.equal(true);
    expect(isFresh(element, 'a')).to.equal(true);
    expect(isFresh(element, 'c')).to.equal(false);
    expect(announced(element)).to.equal('2 new events, 1 changed');

    // g lies outside the window: a control says so and takes the reader there.
    const button = part(element, 'show-new') as HTMLButtonElement;
    expect(button.textContent!.trim()).to.equal('Show 1 new');
    button.scrollIntoView({block: 'center'});
    await sendMouse({type: 'click', position: centre(button)});
    await waitUntil(() => focusedId(element) === 'g', 'the new event out of view did not take the focus');
  });

  it('closes the card of a removed event and gives the focus to the event nearest it', async () => {
    const key = newKey();
    await serve(key, v1());
    const element = await liveTimeline(key);
    await element.focusEvent('d');
    await sendKeys({press: 'Enter'});
    await element.updateComplete;
    expect(part(element, 'detail')).to.exist;
    const v2 = v1();
    v2.events = v2.events.filter((item) => item.id !== 'd');
    await serve(key, v2);
    await element.refreshNow();
    await element.updateComplete;
    // c (17 February) is nearer 1 March than e (20 March).
    await waitUntil(() => focusedId(element) === 'c', 'the focus did not move to the neighbour of the removed event');
    expect(element.selected).to.equal(undefined);
    expect(part(element, 'detail')).to.equal(null);
    expect(announced(element)).to.equal('1 removed');
  });

  it('keeps the story through a failing server and bad JSON, with a notice, no alert, and one warning', async () => {
    const key = newKey();
    await serve(key, v1());
    const element = await liveTimeline(key);
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      await serve(key, {fail: 503});
      await element.refreshNow();
      await element.refreshNow();
      await element.updateComplete;
      expect(element.shadowRoot!.querySelectorAll('svg [part~="event"]')).to.have.length(5);
      expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(part(element, 'live-notice')).to.exist;
      expect(warnings.filter((text) => text.includes('could not check for updates'))).to.have.length(1);

      await serve(key, {text: '{"events": [ not json'});
      await element.refreshNow();
      await element.updateComplete;
      expect(element.shadowRoot!.querySelectorAll('svg [part~="event"]')).to.have.length(5);
      expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);

      const v2 = v1();
      v2.events.push(event('f', '2026-02-12'));
      await serve(key, v2);
      await element.refreshNow();
      await element.updateComplete;
      expect(element.shadowRoot!.querySelectorAll('svg [part~="event"]')).to.have.length(6);
      expect(part(element, 'live-notice')).to.equal(null);
    } finally {
      console.warn = original;
    }
  });

  it('asks nothing while the page is hidden, and once as soon as it shows again', async () => {
    const key = newKey();
    await serve(key, v1());
    let hidden = true;
    const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'hidden')!;
    Object.defineProperty(document, 'hidden', {configurable: true, get: () => hidden});
    try {
      const element = await liveTimeline(key, 15);
      expect(await log(key)).to.have.length(1); // the first load
      // Past the 15 s interval, hidden: no request.
      await new Promise((resolve) => setTimeout(resolve, 17_000));
      expect(await log(key)).to.have.length(1);
      hidden = false;
      document.dispatchEvent(new Event('visibilitychange'));
      await waitUntil(async () => (await log(key)).length === 2, 'no request when the page showed again');
      expect((await log(key))[1]).to.include({status: 304});
      element.remove();
    } finally {
      Object.defineProperty(document, 'hidden', descriptor);
      delete (document as unknown as Record<string, unknown>).hidden;
    }
  });

  it('keeps the place when an app sets data to a new version, and tells what changed', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    const element = document.createElement('event-timeline');
    element.setAttribute('lang', 'en');
    element.data = v1();
    wrapper.append(element);
    await drawn(element);
    element.zoomTo('2026-02-01', '2026-02-20', true);
    await element.updateComplete;
    const before = onScreen(element);
    const v2 = v1();
    v2.events.push(event('f', '2026-02-12'));
    const updated = oneEvent(element, 'timeline-update');
    element.data = v2;
    expect((await updated).detail).to.deep.equal({added: ['f'], changed: [], removed: []});
    expect(zoomOf(element).k).to.be.greaterThan(1);
    expect(onScreen(element)).to.include.members(before).and.not.include('e');
    expect(announced(element)).to.equal('1 new event');
    // Another story altogether is shown whole.
    element.data = {version: 1, events: [event('x', '1990-01-01'), event('y', '2000-01-01')]};
    await element.updateComplete;
    expect(zoomOf(element).k).to.equal(1);
  });
});
