// State that survives what pages do to elements: data racing a request, moves in the DOM,
// resizes while zoomed, odd attribute values, ids from the data, and the detail card's focus.
import {expect, fixture, html} from '@open-wc/testing';
import {waitUntil} from './wait.js';
import {sendKeys, sendMouse, resetMouse, setViewport} from '@web/test-runner-commands';
import {centre, drawn, eventLabel, eventMark, part, parts, story, timelineWith, zoomSettled} from './helpers.js';

before(() => setViewport({width: 1280, height: 1000}));
afterEach(() => resetMouse());

describe('<event-timeline> state', () => {
  it('keeps data set while a src request is under way', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const element = document.createElement('event-timeline');
    element.src = '/__fault/slow/400?title=FromSrc';
    wrapper.append(element);
    await new Promise((resolve) => setTimeout(resolve, 50));
    element.data = {title: 'FromData', events: [{id: 'a', date: '2026-02-03', title: 'A'}]};
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(element.timeline?.title).to.equal('FromData');
  });

  it('falls back to src when data is taken away', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const element = document.createElement('event-timeline');
    element.data = {title: 'FromData', events: [{id: 'a', date: '2026-02-03', title: 'A'}]};
    element.src = '/__fault/ok?title=FromSrc';
    wrapper.append(element);
    await drawn(element);
    expect(element.timeline?.title).to.equal('FromData');
    element.data = undefined;
    await waitUntil(() => element.timeline?.title === 'FromSrc', 'did not fall back to src');
  });

  it('loads a src changed while it was out of the page once it is back', async () => {
    const first = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const second = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const element = document.createElement('event-timeline');
    element.src = '/__fault/ok?title=A';
    first.append(element);
    await waitUntil(() => element.timeline?.title === 'A');
    element.remove();
    element.src = '/__fault/slow/200?title=B';
    await element.updateComplete;
    second.append(element);
    await waitUntil(() => element.timeline?.title === 'B', 'the new src was not loaded after the move');
  });

  it('still zooms with Ctrl + wheel after being moved in the page', async () => {
    const element = await timelineWith(await story('en'), {attrs: {'no-breaks': ''}});
    const other = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    other.append(element);
    await element.updateComplete;
    await element.updateComplete;
    const svg = element.shadowRoot!.querySelector('svg')!;
    const [x, y] = centre(svg);
    const axis = part(element, 'axis')!.textContent;
    svg.dispatchEvent(new WheelEvent('wheel', {deltaY: -300, ctrlKey: true, clientX: x, clientY: y, bubbles: true, cancelable: true}));
    await waitUntil(() => part(element, 'axis')!.textContent !== axis, 'no zoom after the move');
  });

  it('keeps the stretch of time zoomed to when its width changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    const element = document.createElement('event-timeline');
    element.setAttribute('lang', 'en');
    element.data = await story('en');
    wrapper.append(element);
    await drawn(element);
    element.zoomTo('2026-02-01', '2026-02-20');
    await zoomSettled(element);
    wrapper.style.width = '960px';
    await waitUntil(() => element.shadowRoot!.querySelector('svg')!.getBoundingClientRect().width === 960, 'no resize');
    await element.updateComplete;
    expect(part(element, 'axis')!.textContent).not.to.match(/Jul/);
    expect(eventMark(element, 'spring-festival')).to.exist;
  });

  it('reads a format it does not know as auto, rather than dropping the events', async () => {
    const element = await timelineWith(await story('en'), {attrs: {format: 'json'}});
    expect(parts(element, 'event')).to.have.length(7);
  });

  it('keeps its own ids apart from the ids in the data', async () => {
    const data = await story('en');
    (data.events as {id: string}[]).find((event) => event.id === 'spring-festival')!.id = 'description';
    (data.links as {to: string}[]).find((link) => link.to === 'spring-festival')!.to = 'description';
    const element = await timelineWith(data);
    const ids = [...element.shadowRoot!.querySelectorAll('[id]')].map((node) => node.id);
    expect(new Set(ids).size).to.equal(ids.length);
    const svg = element.shadowRoot!.querySelector('svg')!;
    expect(element.shadowRoot!.getElementById(svg.getAttribute('aria-describedby')!)!.textContent).to.match(/7 events/);
  });

  it('tells screen readers where each event sits among all of them', async () => {
    const element = await timelineWith(await story('en'));
    const mark = eventMark(element, 'call');
    expect(mark.getAttribute('aria-setsize')).to.equal('7');
    expect(mark.getAttribute('aria-posinset')).to.equal('4');
  });
});

describe('<event-timeline> detail card', () => {
  it('stays open while the pointer travels from the event to the card', async () => {
    const element = await timelineWith(await story('en'));
    const label = eventLabel(element, 'new-start');
    await sendMouse({type: 'move', position: centre(label)});
    await waitUntil(() => part(element, 'detail'), 'no card on hover');
    const card = part(element, 'detail')!.getBoundingClientRect();
    const [x] = centre(label);
    await sendMouse({type: 'move', position: [x, Math.round(card.top - 3)]});
    await sendMouse({type: 'move', position: [Math.round(card.left + 20), Math.round(card.top + 20)]});
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(part(element, 'detail')).to.exist;
    await sendMouse({type: 'move', position: [5, 5]});
    await waitUntil(() => !part(element, 'detail'), 'the card did not close when the pointer left');
  });

  it('gives focus back to the event when closed from inside, by its button or Escape', async () => {
    const element = await timelineWith(await story('en'));
    await element.focusEvent('treaty');
    await sendKeys({press: 'Enter'});
    await element.updateComplete;
    const close = part(element, 'detail')!.querySelector<HTMLButtonElement>('.close')!;
    close.focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => element.shadowRoot!.activeElement?.getAttribute('data-event-id') === 'treaty', 'focus was lost');
    await sendKeys({press: 'Enter'});
    await element.updateComplete;
    part(element, 'detail')!.querySelector<HTMLElement>('.close')!.focus();
    await sendKeys({press: 'Escape'});
    await waitUntil(
      () => !part(element, 'detail') && element.shadowRoot!.activeElement?.getAttribute('data-event-id') === 'treaty',
      'Escape inside the card',
    );
  });
});
