// Touch, as on a phone: two fingers pinch-zoom the timeline; one finger is left to the page.
import {expect} from '@open-wc/testing';
import {executeServerCommand, setViewport} from '@web/test-runner-commands';
import {eventMark, story, timelineWith} from './helpers.js';

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
});
