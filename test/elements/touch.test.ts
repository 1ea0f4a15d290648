// Touch, as on a phone: two fingers pinch-zoom the timeline; one finger is left to the page.
import {expect} from '@open-wc/testing';
import {executeServerCommand, setViewport} from '@web/test-runner-commands';
import {centre, denseStory, eventMark, parts, story, timelineWith, zoomSettled} from './helpers.js';

before(() => setViewport({width: 1280, height: 1000}));

const gesture = (frames: [number, number][][]) => executeServerCommand('touch-gesture', {frames});
const steps = (from: number, to: number, n = 8) => Array.from({length: n + 1}, (_, i) => from + ((to - from) * i) / n);

describe('<event-timeline> on a touch screen', () => {
  it('zooms in when two fingers spread apart', async () => {
    const element = await timelineWith(await story('en'), {attrs: {layout: 'horizontal'}});
    const dot = (id: string) => eventMark(element, id).querySelector('.dot')!.getBoundingClientRect().x;
    const before = dot('spring-festival') - dot('call');
    const box = element.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
    const y = Math.round(box.y + box.height / 2);
    const centre = Math.round(box.x + dot('call') - box.x + 20);
    await gesture(
      steps(40, 160).map((half) => [
        [centre - half, y],
        [centre + half, y],
      ]),
    );
    await element.updateComplete;
    expect(dot('spring-festival') - dot('call')).to.be.above(before * 2);
  });

  it('leaves a one-finger swipe to the page: the timeline does not pan or zoom', async () => {
    const element = await timelineWith(await story('en'), {attrs: {layout: 'horizontal'}});
    // At once, not animated: a fixed wait for the animation may end before it does on a busy machine.
    element.zoomTo('2026-01-20', '2026-03-01', true);
    await element.updateComplete;
    const dot = () => eventMark(element, 'call').querySelector('.dot')!.getBoundingClientRect().x;
    const before = dot();
    const box = element.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
    const y = Math.round(box.y + box.height / 2);
    await gesture(steps(600, 300).map((x) => [[Math.round(x), y]]));
    await element.updateComplete;
    expect(dot()).to.be.closeTo(before, 1);
    expect(getComputedStyle(element.shadowRoot!.querySelector('svg')!).touchAction).to.equal('pan-x pan-y');
  });

  it('follows a pinch that began on a cluster badge its zoom took away, and ends it', async () => {
    const element = await timelineWith(denseStory(200), {attrs: {layout: 'horizontal'}});
    await zoomSettled(element);
    const badge = parts(element, 'cluster')[0];
    expect(badge, 'a cluster badge to start on').to.exist;
    const [x, y] = centre(badge.querySelector('rect')!);
    const other = x < 500 ? 1 : -1;
    const fingers = (apart: number): [number, number][] => [
      [Math.round(x + other * (50 - apart / 2)), y],
      [Math.round(x + other * (50 + apart / 2)), y],
    ];
    await gesture(steps(100, 400, 6).map(fingers));
    // The zoom has split the cluster: the badge the first finger was on has left the document, and
    // the moves and end of that finger came from it.
    expect(badge.isConnected, 'the badge is still drawn').to.equal(false);
    await zoomSettled(element);
    const {k} = (element as unknown as {viewport: {transform: {k: number}}}).viewport.transform;
    expect(k, 'the zoom the fingers made').to.be.above(2);
  });
});
