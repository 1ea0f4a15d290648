// Deep time as a reader meets it: TimelineJS3's cosmo.json sample, 13.8 billion years ago to
// 3500 BC, draws all 7 events, its axis and dates in words ("13.8 billion years ago") in the
// element's language, across axis breaks, in the chart, the list and the detail card.
import {expect} from '@open-wc/testing';
import {waitUntil} from './wait.js';
import {setViewport} from '@web/test-runner-commands';
import {part, parts, timelineWith} from './helpers.js';

const cosmo = async () => (await fetch('/test/fixtures/timelinejs/cosmo.json')).json();
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/[\u200e\u200f\u061c]/g, '');

describe('<event-timeline> in deep time', function () {
  this.timeout(30_000);
  before(() => setViewport({width: 1280, height: 900}));

  it('draws every event of cosmo.json with its axis in billions and millions of years ago', async () => {
    const element = await timelineWith(await cosmo(), {width: 1200, attrs: {lang: 'en'}});
    expect(part(element, 'error')).to.equal(null);
    expect(parts(element, 'event').length).to.equal(7);
    const ticks = [...element.shadowRoot!.querySelectorAll('[part~="axis"] text')]
      .map((text) => plain(text.textContent!.trim()))
      .filter(Boolean);
    expect(
      ticks.some((label) => / billion years ago$/.test(label)),
      ticks.join(' | '),
    ).to.equal(true);
    expect(
      ticks.every((label) => !/NaN|Invalid/.test(label)),
      ticks.join(' | '),
    ).to.equal(true);
    const labels = [...element.shadowRoot!.querySelectorAll('svg [data-label-for]')].map((label) => plain(label.textContent!));
    expect(labels.join(' | ')).to.contain('13.8 billion years ago');
    expect(labels.join(' | ')).to.contain('3500 BC');
  });

  it('writes the dates in the list and the detail card, in Russian', async () => {
    const element = await timelineWith(await cosmo(), {width: 1200, attrs: {lang: 'ru'}});
    const list = part(element, 'list')!;
    await waitUntil(() => list.querySelectorAll(':scope > li').length === 7, 'the list lacks events');
    expect(plain(list.textContent!)).to.contain('13,8 миллиарда лет назад');
    const id = element.timeline!.events[0]!.id;
    await element.focusEvent(id);
    element.selected = id;
    await waitUntil(() => part(element, 'detail'), 'no detail card');
    expect(plain(part(element, 'detail')!.textContent!)).to.contain('13,8 миллиарда лет назад');
  });

  it('draws it at phone width too, one event under another', async () => {
    const element = await timelineWith(await cosmo(), {width: 390, attrs: {lang: 'en'}});
    expect(parts(element, 'event').length).to.equal(7);
    expect(plain(element.shadowRoot!.textContent!)).not.to.match(/NaN|Invalid Date/);
  });
});
