// Long-lived pages: a single-page app attaches, moves, feeds and removes elements for hours.
// A thousand cycles of attach, move between containers, data replacement and detach (for
// <event-timeline>, and for <quote-card> linked to a timeline) must leave no listener, observer,
// timer or animation frame behind (counted by test/fixtures/hostile/resource-probe.ts, which
// wraps the browser's functions before any element is created), and every removed element and
// its shadow root must be garbage collected (WeakRefs, and window.gc() from --expose-gc).
import {expect} from '@open-wc/testing';
import {waitUntil} from './wait.js';
import type {EventTimeline} from '../../src/elements/event-timeline/event-timeline.js';
import type {QuoteCard} from '../../src/elements/quote-card/quote-card.js';
import {collectGarbage, probe, type ResourceCounts} from '../fixtures/hostile/resource-probe.js';
import {denseStory, drawn, part, story} from './helpers.js';

// Elements that must be collected are never handed to helpers.drawn() or waitUntil(): open-wc's
// waitUntil leaves its overall timeout armed after success, and that timer holds the element for
// seconds. `until` polls without leaving anything behind; fresh elements live in their own
// functions, so no variable of a long-running async test keeps the last one alive.

probe.install();

const CYCLES = 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
/** Lets animations (250 ms zooms), frames and pending updates finish. */
async function settle(): Promise<void> {
  await frame();
  await frame();
  await sleep(350);
}

async function until(what: string, test: () => unknown, timeout = 5000): Promise<void> {
  const started = performance.now();
  while (!test()) {
    if (performance.now() - started > timeout) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}
const isDrawn = (element: Element) => () => element.shadowRoot?.querySelector('svg [part~="event"]');

function container(width: number): HTMLDivElement {
  const div = document.createElement('div');
  div.style.width = `${width}px`;
  document.body.append(div);
  return div;
}

/** Weak references to removed elements and their shadow roots, to check they are collected. */
class Graveyard {
  private readonly refs: {name: string; ref: WeakRef<object>}[] = [];
  bury(name: string, element: Element): void {
    this.refs.push({name, ref: new WeakRef(element)});
    if (element.shadowRoot) this.refs.push({name: `${name}'s shadow root`, ref: new WeakRef(element.shadowRoot)});
  }
  get size(): number {
    return this.refs.length;
  }
  /** Names of what is still alive (call after collectGarbage, in a later task than bury). */
  alive(): string[] {
    return this.refs.filter(({ref}) => ref.deref() !== undefined).map(({name}) => name);
  }
}

/** A fresh timeline, drawn in full with a detail card open (quote cards inside), then removed. */
async function freshTimeline(parent: HTMLElement, data: unknown, graveyard: Graveyard, name: string): Promise<void> {
  const fresh = document.createElement('event-timeline');
  fresh.data = data;
  parent.append(fresh);
  await until(name, isDrawn(fresh));
  await fresh.focusEvent('new-start');
  await fresh.updateComplete;
  fresh.remove();
  graveyard.bury(name, fresh);
}

/** A timeline loading `src`, removed before (or, every other time, after) the answer. */
async function loadingTimeline(parent: HTMLElement, i: number, graveyard: Graveyard): Promise<void> {
  const loading = document.createElement('event-timeline');
  loading.src = `/__fault/slow/${i % 200 ? 10 : 200}?title=Cycle${i}`;
  parent.append(loading);
  await sleep(40);
  loading.remove();
  graveyard.bury(`loading timeline ${i}`, loading);
}

/** A fresh quote card, linked, with structured data, hovered, then removed. */
async function freshCard(parent: HTMLElement, event: string, graveyard: Graveyard, name: string): Promise<void> {
  const fresh = document.createElement('quote-card');
  fresh.setAttribute('event', event);
  fresh.toggleAttribute('structured-data', true);
  fresh.append(name);
  parent.append(fresh);
  await fresh.updateComplete;
  fresh.dispatchEvent(new PointerEvent('pointerenter'));
  fresh.remove();
  graveyard.bury(name, fresh);
}

/**
 * What stays alive after up to five rounds of precise collection (collectGarbage: no stale
 * stack word can keep a dead element, as the plain gc() used to) with time between them, for
 * work still in flight on a busy machine (a module import whose callback holds an element until
 * it settles); a real leak is reachable and survives every round.
 */
async function survivors(graveyard: Graveyard): Promise<string[]> {
  let alive: string[] = [];
  for (let round = 0; round < 5; round++) {
    await collectGarbage();
    alive = graveyard.alive();
    if (alive.length === 0) break;
    await sleep(200);
  }
  return alive;
}

function expectNothingLeft(baseline: ResourceCounts, before: Set<number>, what: string): void {
  const now = probe.counts();
  expect(now, `${what} left things behind:\n${probe.explain(before)}`).to.deep.equal(baseline);
}

let originalError: typeof console.error;
let originalWarn: typeof console.warn;
beforeEach(() => {
  [originalError, originalWarn] = [console.error, console.warn];
  // A dense story warns about nothing, but a src cycle may log an abort-free failure; keep output quiet
  // and keep no references to the elements in the runner's log buffer.
  console.error = console.warn = () => {};
});
afterEach(() => {
  [console.error, console.warn] = [originalError, originalWarn];
});

describe('a long-lived page', function () {
  this.timeout(60_000);

  it(`leaves nothing behind after ${CYCLES} cycles of <event-timeline>: attach, move, replace data, detach`, async () => {
    const started = performance.now();
    const documents = [await story('ru'), await story('en'), denseStory(40, 3), {events: [{id: 'one', date: '2026', title: 'One'}]}];
    const wide = container(900);
    const narrow = container(420); // vertical layout below 600 px: a move relayouts
    await settle();
    await collectGarbage();
    const baseline = probe.counts();
    const before = probe.snapshot();
    const graveyard = new Graveyard();

    let element: EventTimeline | undefined = document.createElement('event-timeline');
    for (let i = 0; i < CYCLES; i++) {
      (i % 2 ? wide : narrow).append(element); // attach
      element.data = documents[i % documents.length]; // replace the data
      if (i % 4 === 1) (i % 2 ? narrow : wide).append(element); // move to the other container
      await element.updateComplete;
      if (i % 50 === 0) {
        // Now and then a full round: laid out at its width, focused, zoomed, detail card with quote cards, list view.
        await frame();
        await element.updateComplete;
        const id = element.timeline!.events[0].id;
        await element.focusEvent(id);
        element.zoomTo('2026-01-01', '2026-03-01');
        element.highlight(id, true);
        element.view = 'list';
        await element.updateComplete;
        element.view = 'chart';
        await element.updateComplete;
      }
      element.remove(); // detach, sometimes mid-animation
      if (i % 10 === 0) await freshTimeline(wide, documents[(i / 10) % 2], graveyard, `fresh timeline ${i}`);
      if (i % 100 === 0) await loadingTimeline(narrow, i, graveyard);
    }
    const cycleTime = performance.now() - started;
    await settle();
    await collectGarbage();
    expectNothingLeft(baseline, before, 'the timeline cycles');

    graveyard.bury('the cycled timeline', element);
    element = undefined;
    wide.remove();
    narrow.remove();
    expect(await survivors(graveyard), 'removed elements still alive after GC').to.deep.equal([]);
    console.log(`lifecycle: ${CYCLES} timeline cycles in ${Math.round(cycleTime)} ms; ${graveyard.size} weak references, all collected`);
  });

  it(`leaves nothing behind after ${CYCLES} cycles of <quote-card> linked to a timeline`, async () => {
    const started = performance.now();
    const host = container(900);
    let timeline: EventTimeline | undefined = document.createElement('event-timeline');
    timeline.id = 'lifecycle-timeline';
    timeline.data = await story('en');
    host.append(timeline);
    await until('the linked timeline', isDrawn(timeline));
    const left = container(600);
    const right = container(300);
    await settle();
    await collectGarbage();
    const baseline = probe.counts();
    const before = probe.snapshot();
    const graveyard = new Graveyard();
    const events = ['new-start', 'call', 'treaty-25'];

    let card: QuoteCard | undefined = document.createElement('quote-card');
    card.setAttribute('for', 'lifecycle-timeline');
    card.setAttribute('speaker', 'Vladimir Putin');
    card.setAttribute('date', '2026-02-05');
    card.append('Russia will act in a balanced and responsible way');
    for (let i = 0; i < CYCLES; i++) {
      (i % 2 ? left : right).append(card); // attach
      card.setAttribute('event', events[i % events.length]); // replace what it is about
      card.toggleAttribute('structured-data', i % 3 === 0);
      (card.firstChild as Text).data = `Quote, version ${i}`; // and what it says, in place
      if (i % 4 === 1) (i % 2 ? right : left).append(card); // move
      await card.updateComplete;
      card.dispatchEvent(new PointerEvent('pointerenter'));
      if (i % 2) card.dispatchEvent(new PointerEvent('pointerleave')); // half the time it is removed while hovered
      if (i % 100 === 0) {
        card.shadowRoot!.querySelector<HTMLButtonElement>('button.show')!.click(); // scroll, zoom and select
        await timeline!.updateComplete;
        await card.updateComplete;
        expect(card.active).to.equal(true);
      }
      card.remove(); // detach
      if (i % 10 === 0) await freshCard(left, events[i % 3], graveyard, `fresh card ${i}`);
    }
    const cycleTime = performance.now() - started;
    await card.updateComplete; // the last in-place edit re-renders in the next microtask
    expect(card.shadowRoot!.querySelector('blockquote')!.textContent!.trim()).to.equal(`Quote, version ${CYCLES - 1}`);
    await settle();
    expect(timeline.highlighted, 'a removed card leaves no highlight behind').to.deep.equal([]);
    // "Show on the timeline" opened the event's detail card, with a quote card of its own: close it,
    // so the timeline is back in the state the baseline was taken in.
    part(timeline, 'detail')?.querySelector<HTMLButtonElement>('button.close')?.click();
    await timeline.updateComplete;
    expect(part(timeline, 'detail')).to.equal(null);
    await collectGarbage();
    expectNothingLeft(baseline, before, 'the quote card cycles');

    graveyard.bury('the cycled card', card);
    card = undefined;
    left.remove();
    right.remove();
    timeline.remove();
    graveyard.bury('the linked timeline', timeline);
    timeline = undefined;
    host.remove();
    expect(await survivors(graveyard), 'removed elements still alive after GC').to.deep.equal([]);
    console.log(`lifecycle: ${CYCLES} quote card cycles in ${Math.round(cycleTime)} ms; ${graveyard.size} weak references, all collected`);
  });
});

describe('quote cards keep up with their content', () => {
  it('shows the quote of the event whose detail card is open, as the reader moves between events', async () => {
    const host = container(1000);
    const timeline = document.createElement('event-timeline');
    timeline.data = await story('en');
    host.append(timeline);
    try {
      await drawn(timeline);
      const quoteIn = async (id: string) => {
        await timeline.focusEvent(id);
        await timeline.updateComplete;
        const card = part(timeline, 'detail')!.querySelector('quote-card')!;
        await waitUntil(() => card.shadowRoot?.querySelector('blockquote'));
        await card.updateComplete;
        return card.shadowRoot!.querySelector('blockquote')!.textContent!.trim();
      };
      expect(await quoteIn('new-start')).to.match(/^Russia will act/);
      // The same <quote-card> is reused for the next event's quote: its text node changes in place.
      expect(await quoteIn('treaty-25')).to.match(/^This document/);
      expect(await quoteIn('new-start')).to.match(/^Russia will act/);
    } finally {
      host.remove();
    }
  });

  it('follows in-place edits of its text, as frameworks make them', async () => {
    const host = container(600);
    const card = document.createElement('quote-card');
    card.append('Before');
    host.append(card);
    try {
      await card.updateComplete;
      (card.firstChild as Text).data = 'After';
      await waitUntil(() => card.shadowRoot!.querySelector('blockquote')!.textContent!.trim() === 'After', 'the card kept the old text');
    } finally {
      host.remove();
    }
  });
});
