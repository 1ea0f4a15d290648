// Accessibility beyond axe: lanes by keyboard, reduced motion, forced colours, focus rings in
// every theme, pointer target sizes.
import {expect} from '@open-wc/testing';
import {waitUntil} from './wait.js';
import {executeServerCommand, sendKeys, setViewport} from '@web/test-runner-commands';
import type {EventTimeline} from '../../src/elements/event-timeline/event-timeline.js';
import {denseStory, eventMark, part, story, timelineWith} from './helpers.js';

const media = (features: {name: string; value: string}[]) => executeServerCommand('emulate-media-features', features);
const focusedId = (element: EventTimeline) => element.shadowRoot!.activeElement?.getAttribute('data-event-id');

before(() => setViewport({width: 1280, height: 1000}));
afterEach(() =>
  media([
    {name: 'forced-colors', value: 'none'},
    {name: 'prefers-reduced-motion', value: 'no-preference'},
    {name: 'prefers-color-scheme', value: 'light'},
  ]),
);

describe('<event-timeline> keyboard lanes', () => {
  it('moves up and down between lanes to the nearest event in time', async () => {
    const element = await timelineWith(await story('en'));
    await element.focusEvent('call');
    const laneY = (id: string) => eventMark(element, id).querySelector('.dot')!.getBoundingClientRect().y;
    const start = laneY('call');
    await sendKeys({press: 'ArrowUp'});
    await waitUntil(() => focusedId(element) !== 'call', 'ArrowUp did not move');
    const up = focusedId(element)!;
    expect(laneY(up)).to.be.below(start);
    await sendKeys({press: 'ArrowDown'});
    await waitUntil(() => focusedId(element) === 'call', `ArrowDown went to ${focusedId(element)}`);
  });

  it('moves along time with Up and Down in the vertical layout', async () => {
    const element = await timelineWith(await story('en'), {width: 375});
    await element.focusEvent('call');
    await sendKeys({press: 'ArrowDown'});
    await waitUntil(() => focusedId(element) === 'new-start', `ArrowDown went to ${focusedId(element)}`);
    await sendKeys({press: 'ArrowUp'});
    await waitUntil(() => focusedId(element) === 'call', `ArrowUp went to ${focusedId(element)}`);
  });

  it('always shows the focused event, even one that sat in a cluster', async () => {
    const element = await timelineWith(denseStory(200), {attrs: {'max-lanes': '2'}});
    expect(part(element, 'cluster')).to.exist;
    for (let i = 0; i < 25; i++) await sendKeys({press: 'ArrowRight'});
    await element.focusEvent(element.timeline!.events[30].id);
    await waitUntil(() => focusedId(element) === element.timeline!.events[30].id, 'focus did not land on a clustered event');
    const box = element.shadowRoot!.activeElement!.getBoundingClientRect();
    expect(box.width).to.be.above(0);
  });
});

describe('<event-timeline> motion and colour modes', () => {
  it('zooms without animation when the reader prefers reduced motion', async () => {
    await media([{name: 'prefers-reduced-motion', value: 'reduce'}]);
    const element = await timelineWith(await story('en'));
    const axis = part(element, 'axis')!.textContent;
    element.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="zoom-in"]')!.click();
    await element.updateComplete;
    expect(part(element, 'axis')!.textContent).not.to.equal(axis);
    const detail = element
      .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
      .map((rule) => rule.cssText)
      .join(' ');
    expect(detail).to.match(/prefers-reduced-motion: no-preference/);
  });

  it('keeps marks, links and focus visible in forced colours', async () => {
    await media([{name: 'forced-colors', value: 'active'}]);
    const element = await timelineWith(await story('en'));
    await element.focusEvent('treaty');
    const dot = getComputedStyle(eventMark(element, 'treaty').querySelector('.dot')!);
    expect(dot.stroke).not.to.equal('none');
    const link = getComputedStyle(element.shadowRoot!.querySelector('[part~="link"]')!);
    expect(link.stroke).not.to.equal('none');
    // The focus ring is the option's outline.
    const ring = getComputedStyle(eventMark(element, 'treaty'));
    expect(ring.outlineStyle).to.equal('solid');
    expect(ring.outlineColor).not.to.match(/^(transparent|rgba\(0, 0, 0, 0\))$/);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`draws a visible focus ring in the ${theme} theme`, async () => {
      const element = await timelineWith(await story('en'), {attrs: {theme}});
      await element.focusEvent('visit');
      const ring = getComputedStyle(eventMark(element, 'visit'));
      expect(ring.outlineStyle).to.equal('solid');
      expect(ring.outlineColor).to.equal(theme === 'light' ? 'rgb(11, 87, 208)' : 'rgb(138, 180, 248)');
      expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
    });
  }
});

describe('<event-timeline> pointer targets', () => {
  it('gives every event and button a target of at least 24 × 24 px', async () => {
    const element = await timelineWith(await story('en'));
    for (const hit of element.shadowRoot!.querySelectorAll('[part~="event"] .hit')) {
      const box = hit.getBoundingClientRect();
      expect(box.width, hit.parentElement!.getAttribute('data-event-id')!).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
    }
    for (const button of element.shadowRoot!.querySelectorAll('button, summary')) {
      const box = button.getBoundingClientRect();
      if (!box.width) continue;
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
    }
  });
});
