// Layouts a reader meets: a phone-width vertical timeline, resizing, and dense data.
import {expect, fixture, html} from '@open-wc/testing';
import {waitUntil} from './wait.js';
import {setViewport} from '@web/test-runner-commands';
import type {EventTimeline} from '../../src/elements/event-timeline/event-timeline.js';
import {denseStory, drawn, eventMark, overlaps, part, parts, story, timelineWith} from './helpers.js';

before(() => setViewport({width: 1280, height: 1000}));

function labelBoxes(element: EventTimeline): DOMRect[] {
  return [...element.shadowRoot!.querySelectorAll('svg [part~="event"]')].flatMap((mark) =>
    [...mark.querySelectorAll('text')].map((text) => text.getBoundingClientRect()),
  );
}

function overlapping(boxes: DOMRect[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i], boxes[j])) pairs.push([i, j]);
  return pairs;
}

describe('<event-timeline> layout', () => {
  it('turns vertical below 600 px, with time running down', async () => {
    const element = await timelineWith(await story('ru'), {width: 375});
    const svg = element.shadowRoot!.querySelector('svg')!;
    expect(svg.getBoundingClientRect().height).to.be.above(svg.getBoundingClientRect().width);
    const y = (id: string) => eventMark(element, id).querySelector('.dot')!.getBoundingClientRect().y;
    expect(y('treaty')).to.be.below(y('call'));
    expect(y('call')).to.be.below(y('spring-festival'));
    expect(y('spring-festival')).to.be.below(y('treaty-25'));
  });

  it('places labels beside the axis, none overlapping, at phone width', async () => {
    const element = await timelineWith(await story('ru'), {width: 375});
    expect(parts(element, 'event')).to.have.length(7);
    expect(overlapping(labelBoxes(element))).to.deep.equal([]);
    const track = element.shadowRoot!.querySelector('.track')!.getBoundingClientRect();
    for (const label of parts(element, 'event-label')) expect(label.getBoundingClientRect().left).to.be.above(track.right);
  });

  it('follows layout="horizontal" and layout="vertical" whatever the width', async () => {
    const narrow = await timelineWith(await story('en'), {width: 400, attrs: {layout: 'horizontal'}});
    // The time axis runs across the 400 px, not down.
    const axis = narrow.shadowRoot!.querySelector('.track')!.getBoundingClientRect();
    expect(axis.width).to.be.above(350);
    expect(axis.height).to.be.below(4);
    const wide = await timelineWith(await story('en'), {width: 1000, attrs: {layout: 'vertical'}});
    // Seven events one under another, each with its own room: taller than a row of labels.
    const tall = wide.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
    expect(tall.height).to.be.above(7 * 40);
    expect(wide.shadowRoot!.querySelector('.track')!.getBoundingClientRect().width).to.be.below(4);
  });

  it('redraws to the new width when its container is resized', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    const element = document.createElement('event-timeline');
    element.data = await story('en');
    wrapper.append(element);
    await drawn(element);
    expect(element.shadowRoot!.querySelector('svg')!.getBoundingClientRect().width).to.equal(1000);
    wrapper.style.width = '500px';
    await waitUntil(() => element.shadowRoot!.querySelector('svg')!.getBoundingClientRect().width === 500, 'did not follow the resize');
    const svg = element.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
    expect(svg.height).to.be.above(svg.width);
  });

  it('never lets labels overlap on dense data, and counts the rest in clusters', async () => {
    const data = denseStory(300);
    const element = await timelineWith(data);
    const drawnEvents = parts(element, 'event').length;
    const clustered = parts(element, 'cluster').reduce((sum, cluster) => sum + Number(cluster.textContent!.replace(/\D/g, '')), 0);
    expect(drawnEvents + clustered).to.equal(300);
    expect(clustered).to.be.above(0);
    expect(overlapping(labelBoxes(element))).to.deep.equal([]);
    const badges = parts(element, 'cluster').map((cluster) => cluster.getBoundingClientRect());
    expect(overlapping(badges)).to.deep.equal([]);
  });

  it('keeps labels apart after zooming into dense data', async () => {
    const element = await timelineWith(denseStory(300));
    // At once, not animated: a fixed wait for the animation may end before it does on a busy machine.
    element.zoomTo('2026-03-05', '2026-03-09', true);
    await element.updateComplete;
    expect(overlapping(labelBoxes(element))).to.deep.equal([]);
    expect(parts(element, 'event').length).to.be.above(5);
  });

  it('draws only what is on screen: a 5,000-event story keeps the DOM small', async () => {
    const events = Array.from({length: 5000}, (_, i) => ({
      id: `e${i}`,
      date: `20${10 + (Math.floor(i / 365) % 16)}-0${1 + (i % 9)}-1${i % 10}`,
      title: `Event ${i}`,
    }));
    const element = await timelineWith({events});
    const nodes = element.shadowRoot!.querySelectorAll('*').length;
    expect(nodes).to.be.below(2500);
    expect(part(element, 'cluster')).to.exist;
  });
});

describe('<event-timeline> axis at the ends of time', () => {
  it('labels the axis of events at the edges of the date range, in several calendars', async () => {
    for (const [lang, dates] of [
      ['en', ['Y-271820', 'Y275759']],
      ['en', ['-9999', '9999']],
      ['zh-u-ca-chinese', ['Y-271820', '2026-02-03']],
    ] as const) {
      const element = await timelineWith({events: dates.map((date, i) => ({id: `e${i}`, date, title: `Event ${date}`}))}, {attrs: {lang}});
      const labels = [...part(element, 'axis')!.querySelectorAll('text')].map((text) => text.textContent!.trim()).filter(Boolean);
      expect(labels.length, `${lang} ${dates.join(' ')}`).to.be.greaterThan(1);
      expect(parts(element, 'event')).to.have.length(2);
    }
  });
});
