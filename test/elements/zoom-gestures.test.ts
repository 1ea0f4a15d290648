// Zooming with d3-zoom, as a reader does it: Ctrl + wheel at the pointer (also inside a container
// that CSS scales, where pointer positions must go through the drawing's screen matrix), double
// clicks in and out (at once when the reader prefers reduced motion), and the zoom limit. These
// tests, like the build, run d3-selection and d3-transition cut down to what the gestures use
// (scripts/d3-trim.js): the first one makes sure of it.
import {expect} from '@open-wc/testing';
import {waitUntil} from './wait.js';
import {executeServerCommand, resetMouse, sendMouse, setViewport} from '@web/test-runner-commands';
import type {EventTimeline} from '../../src/elements/event-timeline/event-timeline.js';
import {eventMark, story, timelineWith} from './helpers.js';

const wheel = (x: number, y: number, deltaY: number) => executeServerCommand('wheel', {x, y, deltaY, ctrl: true});
const doubleClick = (x: number, y: number, shift = false) => executeServerCommand('double-click', {x, y, shift});
const media = (features: {name: string; value: string}[]) => executeServerCommand('emulate-media-features', features);

before(() => setViewport({width: 1280, height: 1000}));
afterEach(async () => {
  await resetMouse();
  await media([{name: 'prefers-reduced-motion', value: 'no-preference'}]);
});

const dot = (element: EventTimeline, id: string) => eventMark(element, id).querySelector('.dot')!.getBoundingClientRect();
const centreOf = (box: DOMRect): [number, number] => [box.x + box.width / 2, box.y + box.height / 2];
const transform = (element: EventTimeline) => (element as unknown as {viewport: {transform: {k: number}; moving: boolean}}).viewport;

describe('<event-timeline> zooming with d3-zoom', () => {
  it("runs on d3's selections and transitions as the build trims them", async () => {
    const {select} = await import('d3-selection');
    await import('d3-transition');
    const selection = select(document.body);
    expect([typeof selection.on, typeof selection.style, typeof selection.transition]).to.deep.equal(['function', 'function', 'function']);
    expect([typeof selection.attr, typeof selection.append, typeof selection.data]).to.deep.equal(['undefined', 'undefined', 'undefined']);
    const transition = selection.transition();
    expect([typeof transition.tween, typeof transition.attr, typeof transition.style]).to.deep.equal([
      'function',
      'undefined',
      'undefined',
    ]);
    selection.interrupt();
  });

  it('zooms at the pointer inside a container scaled by CSS: the time under the pointer stays under it', async () => {
    const element = await timelineWith(await story('en'), {attrs: {'no-breaks': ''}});
    const wrapper = element.parentElement!;
    wrapper.style.transform = 'scale(0.5)';
    wrapper.style.transformOrigin = '0 0';
    await element.updateComplete;
    const [x, y] = centreOf(dot(element, 'spring-festival'));
    // Between the marks' centres (the anchor's mark is larger than the others).
    const apart = () => centreOf(dot(element, 'spring-festival'))[0] - centreOf(dot(element, 'call'))[0];
    const before = apart();
    await wheel(Math.round(x), Math.round(y), -50);
    await waitUntil(() => apart() > before * 1.5, 'Ctrl + wheel did not zoom');
    // The pointer sat on the dot (rounded to a whole pixel): the dot is still there.
    expect(centreOf(dot(element, 'spring-festival'))[0]).to.be.closeTo(x, 1);
    await element.updateComplete;
    // A drag moves the drawing with the pointer, screen pixel for screen pixel, at half the size too
    // (rightwards: these events are near the end of time, where the drawing cannot go further left).
    const [dx, dy] = centreOf(dot(element, 'spring-festival')).map(Math.round);
    const start = dot(element, 'spring-festival').x;
    await sendMouse({type: 'move', position: [dx, dy + 30]});
    await sendMouse({type: 'down'});
    await sendMouse({type: 'move', position: [dx + 30, dy + 30]});
    await sendMouse({type: 'move', position: [dx + 60, dy + 30]});
    await sendMouse({type: 'up'});
    await element.updateComplete;
    expect(dot(element, 'spring-festival').x).to.be.closeTo(start + 60, 1);
  });

  it('zooms in with a double click, at once under reduced motion, and out with Shift + double click', async () => {
    await media([{name: 'prefers-reduced-motion', value: 'reduce'}]);
    const element = await timelineWith(await story('en'), {attrs: {'no-breaks': ''}});
    const svg = element.shadowRoot!.querySelector('svg[role="group"]')!.getBoundingClientRect();
    const spread = () => centreOf(dot(element, 'spring-festival'))[0] - centreOf(dot(element, 'call'))[0];
    const before = spread();
    // Below the marks, on the drawing's empty ground near the bottom edge.
    const [x, y] = [Math.round(centreOf(dot(element, 'call'))[0]), Math.round(svg.bottom - 4)];
    await doubleClick(x, y);
    await element.updateComplete;
    expect(transform(element).moving).to.equal(false);
    expect(spread()).to.be.closeTo(before * 2, 1);
    await doubleClick(x, y, true);
    await element.updateComplete;
    expect(spread()).to.be.closeTo(before, 1);
  });

  it('stops at the deepest zoom, and a Ctrl + wheel there still never zooms the page', async () => {
    const element = await timelineWith(await story('en'));
    const svg = element.shadowRoot!.querySelector('svg[role="group"]')!;
    const [x, y] = centreOf(dot(element, 'call')).map(Math.round);
    for (let i = 0; i < 6; i++) await wheel(x, y, -500);
    await element.updateComplete;
    const {k} = transform(element).transform;
    const maxK = (element as unknown as {model: {maxK: number}}).model.maxK;
    expect(k).to.be.closeTo(maxK, maxK * 1e-9);
    const more = new WheelEvent('wheel', {deltaY: -500, ctrlKey: true, clientX: x, clientY: y, bubbles: true, cancelable: true});
    svg.dispatchEvent(more);
    expect(more.defaultPrevented).to.equal(true);
    expect(transform(element).transform.k).to.equal(k);
  });
});
