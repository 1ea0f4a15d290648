// The drop-in bundle as newsrooms paste it, from a CDN: a page on one origin, the bundle on another
// (test/server/cdn.js, dist/ on a port of its own), its parts (gestures, the detail card, readers of
// other formats) loaded from next to it when first needed. Each page is fresh: nothing of the
// library is loaded in it before. Needs the build: `node scripts/build.js --lib-only`.
import {expect} from '@open-wc/testing';
import {waitUntil} from './wait.js';
import {executeServerCommand, resetMouse, sendKeys, sendMouse, setViewport} from '@web/test-runner-commands';
import type {EventTimeline} from '../../src/elements/event-timeline/event-timeline.js';

type FrameWindow = Window & typeof globalThis & {__errors: string[]};

before(() => setViewport({width: 1280, height: 1000}));
afterEach(async () => {
  await resetMouse();
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
});

let cdn: string;
before(async () => {
  cdn = (await executeServerCommand('cdn-origin')) as string;
});

async function open(path: string): Promise<{frame: HTMLIFrameElement; win: FrameWindow}> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 800px; border: 0; display: block';
  frame.src = path;
  document.body.prepend(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  return {frame, win: frame.contentWindow as FrameWindow};
}

const timelineIn = (win: Window) => win.document.querySelector('event-timeline') as EventTimeline;
const marks = (win: Window) => [...(timelineIn(win)?.shadowRoot?.querySelectorAll('svg [part~="event"]') ?? [])];
/** Where the page's scripts came from: the origins of every file under /dist/. */
const scriptOrigins = (win: Window, part = '/dist/') => [
  ...new Set(
    win.performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname.includes(part))
      .map((entry) => new URL(entry.name).origin),
  ),
];

/** The centre of an element inside the frame, in the test page's viewport, for real mouse input. */
function centreIn(frame: HTMLIFrameElement, element: Element): [number, number] {
  const outer = frame.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  return [Math.round(outer.x + box.x + box.width / 2), Math.round(outer.y + box.y + box.height / 2)];
}

describe('the drop-in bundle from another origin (a CDN)', function () {
  this.timeout(20_000);

  it('draws from a script on another origin, and loads its parts from next to it when they are needed', async () => {
    const {frame, win} = await open('/cdn/drop-in.html');
    expect(new URL(cdn).origin).to.not.equal(win.location.origin);
    await waitUntil(() => marks(win).length === 7, 'the timeline did not draw');
    const element = timelineIn(win);
    // The gestures arrive in idle time after the first frame; the element's updates wait for them.
    await element.updateComplete;
    // The detail card is a part of its own: hovering an event brings it.
    const label = element.shadowRoot!.querySelector('[data-label-for="new-start"]')!;
    await sendMouse({type: 'move', position: centreIn(frame, label)});
    await waitUntil(() => element.shadowRoot!.querySelector('[part="detail"]'), 'no detail card on hover');
    await waitUntil(
      () => win.document.querySelector('quote-card')?.shadowRoot?.querySelector('blockquote'),
      'the quote card was not drawn',
    );
    const svg = element.shadowRoot!.querySelector('svg[role="group"]')!;
    const box = svg.getBoundingClientRect();
    const wheel = new win.WheelEvent('wheel', {
      deltaY: -300,
      ctrlKey: true,
      clientX: box.x + box.width / 2,
      clientY: box.y + box.height / 2,
      bubbles: true,
      cancelable: true,
    });
    svg.dispatchEvent(wheel);
    expect(wheel.defaultPrevented, 'Ctrl + wheel did not zoom: no gestures').to.equal(true);
    expect(scriptOrigins(win)).to.deep.equal([cdn]);
    expect(scriptOrigins(win, '/dist/chunks/').length, 'no part was loaded').to.equal(1);
    expect(win.__errors).to.deep.equal([]);
  });

  it("brings the interface strings of the page's language (Russian) with it, without a second script tag", async () => {
    const {win} = await open('/cdn/drop-in.html?lang=ru&src=/demo/data/story-ru.json');
    await waitUntil(() => marks(win).length === 7, 'the timeline did not draw');
    // The picture waits for the translation, which loads with the data: never drawn in English first.
    const root = timelineIn(win).shadowRoot!;
    expect(root.querySelector('[data-action="fit"]')!.textContent!.trim()).to.equal('Показать всё');
    await waitUntil(
      () => win.document.querySelector('quote-card')?.shadowRoot?.querySelector('button.share'),
      'the quote card was not drawn',
    );
    expect(win.document.querySelector('quote-card')!.shadowRoot!.querySelector('button.share')!.textContent).to.not.match(
      /Share|Copy link/,
    );
    expect(win.__errors).to.deep.equal([]);
  });

  it('turns a light-DOM list into the timeline on a fresh page', async () => {
    const {win} = await open('/cdn/list.html');
    await waitUntil(() => marks(win).length === 3, 'the list did not become a timeline');
    expect(timelineIn(win).shadowRoot!.querySelector('[data-event-id="call"][role="option"]')!.getAttribute('part')).to.contain('anchor');
    expect(scriptOrigins(win, '/dist/chunks/')).to.deep.equal([cdn]);
    expect(win.__errors).to.deep.equal([]);
  });

  it('reads a TimelineJS3 document on a fresh page', async () => {
    const {win} = await open('/cdn/drop-in.html?src=/test/fixtures/timelinejs/whitney-houston.json');
    await waitUntil(() => marks(win).length > 0, 'the TimelineJS3 document was not drawn');
    const element = timelineIn(win);
    expect(element.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(element.timeline!.title).to.be.a('string').and.not.equal('');
    expect(scriptOrigins(win, '/dist/chunks/')).to.deep.equal([cdn]);
    expect(win.__errors).to.deep.equal([]);
  });
});

describe('the drop-in bundle offline after its first frame', function () {
  this.timeout(20_000);

  it('keeps the picture, keeps keys working, and says in the element that a part could not be loaded', async () => {
    // The CDN answers the bundle, then drops every later request: the parts never arrive.
    const {frame, win} = await open('/cdn/drop-in.html?path=offline/dist');
    const originalError = win.console.error;
    win.console.error = () => {}; // the element logs each part it could not load
    await waitUntil(() => marks(win).length === 7, 'the timeline did not draw');
    const element = timelineIn(win);
    await waitUntil(() => element.shadowRoot!.querySelector('[part="notice"][role="status"]'), 'no notice that a part could not be loaded');
    expect(element.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.contain('could not be loaded');
    expect(marks(win)).to.have.length(7);
    // Hovering asks for the detail card, which cannot come: still no exception, still the picture.
    const label = element.shadowRoot!.querySelector('[data-label-for="new-start"]')!;
    await sendMouse({type: 'move', position: centreIn(frame, label)});
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part="detail"]')).to.equal(null);
    // Keys need no part: focus still moves between events.
    await element.focusEvent('call');
    await sendKeys({press: 'ArrowRight'});
    await waitUntil(
      () => element.shadowRoot!.activeElement?.getAttribute('data-event-id') === 'new-start',
      'ArrowRight did not move focus',
    );
    // Trying again while still offline fails the same way, quietly.
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part="notice"] button')!.click();
    await element.updateComplete;
    await waitUntil(() => element.shadowRoot!.querySelector('[part="notice"]'), 'the notice went away while still offline');
    // The quote card, whose drawing is a part as well, shows its words as written.
    expect(win.document.querySelector('quote-card')!.textContent).to.contain('balanced and responsible');
    win.console.error = originalError;
    expect(win.__errors).to.deep.equal([]);
  });
});
