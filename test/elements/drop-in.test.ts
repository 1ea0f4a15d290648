// The drop-in bundle (dist/event-timeline.js, built before these tests) on plain pages: one
// script tag before or after the tags, loaded twice, and a light-DOM list with and without JS.
// Also TimelineJS3 documents read directly, and the gestures part as the build ships it (its d3
// modules trimmed to what the gestures use, scripts/d3-trim.js).
import {expect} from '@open-wc/testing';
import {waitUntil} from './wait.js';
import {setViewport} from '@web/test-runner-commands';
import {drawn, eventMark, part, parts, timelineWith} from './helpers.js';
import type {EventTimeline} from '../../src/elements/event-timeline/event-timeline.js';

before(() => setViewport({width: 1280, height: 1000}));
afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

async function open(path: string): Promise<Window & typeof globalThis & {__errors: string[]}> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 800px; border: 0';
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  return frame.contentWindow as Window & typeof globalThis & {__errors: string[]};
}

const marks = (win: Window) => [...(win.document.querySelector('event-timeline')?.shadowRoot?.querySelectorAll('[part~="event"]') ?? [])];

describe('the drop-in bundle', () => {
  for (const page of ['script-before', 'script-after', 'script-twice']) {
    it(`draws the timeline with one script tag (${page}) and throws nothing`, async () => {
      const win = await open(`/test/pages/${page}.html`);
      await waitUntil(() => marks(win).length === 7, `${page}: the timeline did not draw`);
      expect(win.__errors).to.deep.equal([]);
      expect(win.customElements.get('event-timeline')).to.exist;
      expect(win.customElements.get('quote-card')).to.exist;
    });
  }

  it('takes a drop-in translation file next to the bundle (dist/locales/zh.js)', async () => {
    const win = await open('/test/pages/translation.html');
    await waitUntil(() => marks(win).length === 7, 'the timeline did not draw');
    const root = win.document.querySelector('event-timeline')!.shadowRoot!;
    await waitUntil(
      () => root.querySelector('[data-action="fit"]')?.textContent?.trim() === '显示全部',
      'the Chinese strings were not used',
    );
    expect(root.querySelector('[part="axis"]')!.textContent).to.match(/2月/);
    expect(win.__errors).to.deep.equal([]);
  });

  it('links a quote card written before the script loaded', async () => {
    const win = await open('/test/pages/script-after.html');
    await waitUntil(() => marks(win).length === 7, 'no timeline');
    const card = win.document.querySelector('quote-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('button.show'), 'the card did not find its timeline');
  });

  it('makes no network request of its own', async () => {
    const before = performance.getEntriesByType('resource').length;
    const win = await open('/test/pages/script-before.html');
    await waitUntil(() => marks(win).length === 7, 'no timeline');
    const requests = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    // Everything fetched is the page's own (the test server also injects its live-reload socket).
    const ours = requests.filter((path) => !/^\/(dist|demo\/data|test\/pages)\/|^\/__web-dev-server/.test(path));
    expect(ours).to.deep.equal([]);
    expect(before).to.be.a('number');
  });

  it('zooms with the gestures part it loads: an eased zoom lands where an instant one does, Ctrl + wheel zooms', async () => {
    const win = await open('/test/pages/script-after.html');
    await waitUntil(() => marks(win).length === 7, 'no timeline');
    const element = win.document.querySelector('event-timeline') as EventTimeline;
    type Viewport = {moving: boolean; transform: {k: number}; gesturesReady(): Promise<void>};
    const viewport = (element as unknown as {viewport: Viewport}).viewport;
    await viewport.gesturesReady();
    const spread = () => {
      const x = (id: string) => eventMark(element, id).querySelector('.dot')!.getBoundingClientRect().x;
      return x('spring-festival') - x('call');
    };
    const whole = spread();
    // Eased (a d3 transition of the zoom transform): under way at once, then done.
    element.zoomTo('2026-01-20', '2026-03-01', false);
    expect(viewport.moving, 'the eased zoom did not start').to.equal(true);
    await waitUntil(() => !viewport.moving, 'the eased zoom did not end');
    await element.updateComplete;
    const eased = spread();
    expect(eased).to.be.above(whole * 1.5);
    element.fit();
    await waitUntil(() => !viewport.moving, 'fit did not end');
    await element.updateComplete;
    expect(spread()).to.be.closeTo(whole, 1);
    element.zoomTo('2026-01-20', '2026-03-01', true);
    await element.updateComplete;
    expect(spread()).to.be.closeTo(eased, 1);
    const svg = element.shadowRoot!.querySelector('svg[role="group"]')!;
    const box = svg.getBoundingClientRect();
    const at = {clientX: box.x + box.width / 2, clientY: box.y + box.height / 2, bubbles: true, cancelable: true};
    const k = viewport.transform.k;
    const wheel = new win.WheelEvent('wheel', {deltaY: -300, ctrlKey: true, ...at});
    svg.dispatchEvent(wheel);
    expect(wheel.defaultPrevented, 'Ctrl + wheel did not zoom').to.equal(true);
    await waitUntil(() => viewport.transform.k > k * 1.2, 'Ctrl + wheel did not zoom in');
    expect(win.__errors).to.deep.equal([]);
  });
});

describe('a light-DOM list in <event-timeline>', () => {
  it('reads as a plain ordered list without JavaScript', async () => {
    const win = await open('/test/pages/light-dom-list.html?nojs');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const list = win.document.querySelector('event-timeline > ol')!;
    expect(win.customElements.get('event-timeline')).to.equal(undefined);
    expect((list as HTMLElement).innerText).to.contain('Подписан договор о добрососедстве');
    expect(list.getBoundingClientRect().height).to.be.above(40);
  });

  it('becomes the timeline once the script loads', async () => {
    const win = await open('/test/pages/light-dom-list.html');
    await waitUntil(() => marks(win).length === 4, 'the list did not become a timeline');
    const element = win.document.querySelector('event-timeline')!;
    expect(element.shadowRoot!.querySelector('[data-event-id="call"]')!.getAttribute('part')).to.contain('anchor');
    expect(element.shadowRoot!.querySelector('.title')!.textContent).to.equal('Путин и Си Цзиньпин: даты');
    expect(win.__errors).to.deep.equal([]);
  });
});

describe('TimelineJS3 documents', () => {
  for (const name of ['whitney-houston', 'russia-china-2026', 'ancient-rome']) {
    it(`reads ${name}.json directly, detected without format="timelinejs"`, async () => {
      const response = await fetch(`/test/fixtures/timelinejs/${name}.json`);
      if (!response.ok) throw new Error(`no fixture ${name}`);
      const data = await response.json();
      const element = await timelineWith(data);
      await drawn(element);
      expect(part(element, 'error')).to.equal(null);
      expect(parts(element, 'event').length + parts(element, 'cluster').length).to.be.above(0);
      expect(element.timeline!.events.length).to.equal((data.events as unknown[]).length);
    });
  }

  it('draws TimelineJS eras as background bands and groups as categories', async () => {
    const data = await (await fetch('/test/fixtures/timelinejs/russia-china-2026.json')).json();
    const element = await timelineWith(data, {attrs: {format: 'timelinejs'}});
    expect(element.timeline!.eras.length).to.be.above(0);
    expect(element.shadowRoot!.querySelectorAll('.era').length).to.be.above(0);
    expect(part(element, 'legend')!.querySelectorAll('li').length).to.be.above(1);
    expect(eventMark(element, element.timeline!.events[0].id)).to.exist;
  });
});
