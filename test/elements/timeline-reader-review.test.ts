// What a review with a keyboard and a screen reader found, kept fixed: Tab never lands on the
// drawing itself or on something invisible, Escape is only taken when it closes something,
// "show on the timeline" moves focus there, keyboard zoom keeps the focused event on screen,
// options are in time order, links read the right way round from either end, and data text
// keeps its own direction in a right-to-left page.
import {expect, fixture, html} from '@open-wc/testing';
import {waitUntil} from './wait.js';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import type {EventTimeline} from '../../src/elements/event-timeline/event-timeline.js';
import {eventLabel, eventMark, part, parts, story, timelineWith} from './helpers.js';

before(() => setViewport({width: 1280, height: 1000}));

const active = (element: EventTimeline) => element.shadowRoot!.activeElement;

describe('<event-timeline> after the reader review', () => {
  it('goes from the toolbar straight to an event with Tab, and never focuses the drawing or the hidden list', async () => {
    const element = await timelineWith(await story('en'));
    const before = await fixture<HTMLButtonElement>(html`<button>before</button>`);
    element.before(before);
    before.focus();
    const visited: Element[] = [];
    for (let i = 0; i < 20; i++) {
      await sendKeys({press: 'Tab'});
      const focused = active(element);
      if (!focused) break; // left the element
      visited.push(focused);
    }
    const kinds = visited.map((node) => node.getAttribute('role') ?? node.localName);
    expect(kinds, kinds.join(' ')).to.not.include('group'); // the <svg role="group">
    const firstOption = kinds.indexOf('option');
    expect(firstOption, kinds.join(' ')).to.be.greaterThan(0);
    expect(kinds[firstOption - 1], 'the stop before the events is a toolbar control').to.be.oneOf(['button', 'summary']);
    for (const node of visited) {
      const box = node.getBoundingClientRect();
      expect(box.width * box.height, `${node.localName} ${node.textContent?.slice(0, 30)} is visible`).to.be.above(0);
      expect(node.closest('.visually-hidden'), `${node.localName} is not in the hidden list`).to.equal(null);
    }
  });

  it('leaves Escape to the page when no card is open', async () => {
    const element = await timelineWith(await story('en'));
    await element.focusEvent('call');
    const pressed: boolean[] = [];
    const listener = (event: KeyboardEvent) => event.key === 'Escape' && pressed.push(event.defaultPrevented);
    document.addEventListener('keydown', listener);
    try {
      await sendKeys({press: 'Escape'}); // closes the card that focus opened
      await element.updateComplete;
      expect(part(element, 'detail')).to.equal(null);
      await sendKeys({press: 'Escape'}); // nothing left to close
    } finally {
      document.removeEventListener('keydown', listener);
    }
    expect(pressed).to.deep.equal([true, false]);
  });

  it('moves keyboard focus to the event when a quote card shows it', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 1000px">
        <event-timeline id="t"></event-timeline>
        <div style="height: 1500px"></div>
        <quote-card for="t" event="treaty-25" speaker="Yuri Ushakov" no-share>In July it will be 25 years.</quote-card>
      </div>`,
    );
    const element = wrapper.querySelector('event-timeline')!;
    element.data = await story('en');
    await waitUntil(() => element.shadowRoot?.querySelector('svg [part~="event"]'));
    const card = wrapper.querySelector('quote-card')!;
    await waitUntil(() => card.shadowRoot!.querySelector('button.show'), 'no show button');
    card.shadowRoot!.querySelector<HTMLButtonElement>('button.show')!.focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => active(element)?.getAttribute('data-event-id') === 'treaty-25', 'focus did not move to the event');
    expect(element.selected).to.equal('treaty-25');
  });

  it('keeps the focused event and its label inside the drawing while zooming in from the keyboard', async () => {
    const element = await timelineWith(await story('en'), {attrs: {}});
    const svg = element.shadowRoot!.querySelector('svg[role="group"]')!;
    await element.focusEvent('treaty-25'); // the last event, at the right edge
    await sendKeys({press: 'End'});
    for (let i = 0; i < 3; i++) {
      await sendKeys({press: '+'});
      await waitUntil(() => !(element as unknown as {viewport: {moving: boolean}}).viewport.moving, 'zoom did not settle');
      await element.updateComplete;
      await element.updateComplete;
    }
    const bounds = svg.getBoundingClientRect();
    const label = eventLabel(element, 'treaty-25').getBoundingClientRect();
    const mark = eventMark(element, 'treaty-25').querySelector('.dot')!.getBoundingClientRect();
    for (const box of [label, mark]) {
      expect(box.left, 'left edge').to.be.at.least(bounds.left - 1);
      expect(box.right, 'right edge').to.be.at.most(bounds.right + 1);
    }
    expect(active(element)?.getAttribute('data-event-id')).to.equal('treaty-25');
    expect((element as unknown as {viewport: {transform: {k: number; y: number}}}).viewport.transform).to.include({y: 0});
  });

  it('goes where zoomTo asks after a keyboard zoom that could not zoom (no reveal left waiting)', async () => {
    const element = await timelineWith(await story('en'));
    await element.focusEvent('treaty-25');
    await sendKeys({press: '-'}); // already showing everything: nothing to zoom out to
    await new Promise((resolve) => setTimeout(resolve, 400)); // longer than a zoom animation
    element.zoomTo('2026-02-01', '2026-02-08', true);
    await element.updateComplete;
    await element.updateComplete;
    const bounds = element.shadowRoot!.querySelector('svg[role="group"]')!.getBoundingClientRect();
    const x = (id: string) => eventMark(element, id).querySelector('.dot')!.getBoundingClientRect().x;
    expect(x('call')).to.be.within(bounds.left, bounds.right);
    expect(x('new-start')).to.be.within(bounds.left, bounds.right);
  });

  it('rings an interval anchor round its bar, clear of its title', async () => {
    const data = await story('en');
    data.anchor = 'visit'; // "first half of 2026": a bar
    const element = await timelineWith(data);
    const ring = eventMark(element, 'visit').querySelector('.anchor-ring')!;
    const bar = eventMark(element, 'visit').querySelector('.bar')!.getBoundingClientRect();
    const box = ring.getBoundingClientRect();
    const title = eventLabel(element, 'visit').getBoundingClientRect();
    expect(ring.localName).to.equal('rect');
    expect(box.top).to.be.at.most(bar.top);
    expect(box.bottom).to.be.at.least(bar.bottom);
    expect(box.bottom, 'ring above the title').to.be.at.most(title.top + 1);
  });

  it('keeps the options in time order, whatever order the layout placed them in', async () => {
    const element = await timelineWith(await story('en'), {width: 420, attrs: {layout: 'horizontal'}});
    const positions = parts(element, 'event').map((option) => Number(option.getAttribute('aria-posinset')));
    expect(positions.length).to.be.above(2);
    expect(positions).to.deep.equal([...positions].sort((a, b) => a - b));
  });

  it('phrases each related event from the side of the event whose card shows it', async () => {
    const element = await timelineWith(await story('en'));
    await element.focusEvent('spring-festival');
    await waitUntil(() => part(element, 'detail'));
    const related = [...part(element, 'detail')!.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(related).to.deep.equal(['Follows: Putin and Xi Jinping hold a video call']);
    const name = eventMark(element, 'spring-festival').getAttribute('aria-label')!;
    expect(name).to.contain('Follows: Putin and Xi Jinping hold a video call');
    expect(name).to.not.contain('Precedes');
  });

  it('writes English titles left to right in a right-to-left page, still clear of each other and of the edges', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar" style="width: 1000px"></div>`);
    const element = document.createElement('event-timeline');
    element.data = await story('en');
    wrapper.append(element);
    await waitUntil(() => element.shadowRoot?.querySelector('svg [part~="event"]'));
    await element.updateComplete;
    const titles = [...element.shadowRoot!.querySelectorAll<SVGTextElement>('[part="event-label"]')];
    expect(titles.map((title) => title.getAttribute('direction'))).to.satisfy((directions: string[]) =>
      directions.every((d) => d === 'ltr'),
    );
    const bounds = element.shadowRoot!.querySelector('svg[role="group"]')!.getBoundingClientRect();
    const boxes = titles.map((title) => title.getBoundingClientRect());
    for (const box of boxes) {
      expect(box.left).to.be.at.least(bounds.left - 1);
      expect(box.right).to.be.at.most(bounds.right + 1);
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
        expect(overlap, `${titles[i].textContent} × ${titles[j].textContent}`).to.equal(false);
      }
    }
    // The data's text in the card keeps its own language and direction, clear of the close button
    // (which sits on the card's left in a right-to-left page); quote cards take their own.
    await element.focusEvent('treaty-25');
    await waitUntil(() => part(element, 'detail')?.querySelector('.detail-title'));
    const detail = part(element, 'detail')!;
    const title = detail.querySelector('.detail-title')!;
    expect(title.getAttribute('dir')).to.equal('ltr');
    const close = detail.querySelector('.close')!.getBoundingClientRect();
    const titleBox = title.getBoundingClientRect();
    expect(titleBox.left, 'the title starts right of the close button').to.be.at.least(close.right);
    const card = detail.querySelector('quote-card')!;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('figure')!.getAttribute('dir')).to.equal('ltr');
  });

  it("lightens the story's own colours in the dark theme so that marks keep 3:1 against the background", async () => {
    // Computed colours may come as oklab(…): a canvas turns any CSS colour into sRGB.
    const context = document.createElement('canvas').getContext('2d', {willReadFrequently: true})!;
    const rgb = (value: string) => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = value;
      context.fillRect(0, 0, 1, 1);
      return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    };
    const luminance = (value: string) => {
      const [r, g, b] = rgb(value).map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: string, b: string) => {
      const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
      return (x + 0.05) / (y + 0.05);
    };
    for (const theme of ['light', 'dark']) {
      const element = await timelineWith(await story('en'), {attrs: {theme}});
      const background = getComputedStyle(element.shadowRoot!.querySelector('.halo')!).stroke;
      // New START is #6b4c9a ("security"): 2.7:1 on the dark background as the story gives it.
      const ring = getComputedStyle(eventMark(element, 'new-start').querySelector('.dot')!).stroke;
      expect(contrast(ring, background), `${theme}: ${ring} on ${background}`).to.be.at.least(3);
      const arc = element.shadowRoot!.querySelector('[part~="link"][data-from="call"]')!;
      expect(contrast(getComputedStyle(arc).stroke, background), `${theme} arc`).to.be.at.least(3);
      // In the light theme the story's colours are used as given: the call is "diplomacy", #b03a2e.
      if (theme === 'light') expect(rgb(getComputedStyle(arc).stroke)).to.deep.equal([176, 58, 46]);
    }
  });

  it('names the toolbar for what it holds, and each zoom button once (its tooltip is its name, not a repeat of it)', async () => {
    const element = await timelineWith(await story('ru'), {attrs: {lang: 'ru'}});
    expect(part(element, 'toolbar')!.getAttribute('aria-label')).to.equal('Управление хронологией');
    for (const [action, name] of [
      ['zoom-in', 'Увеличить'],
      ['zoom-out', 'Уменьшить'],
    ]) {
      const button = element.shadowRoot!.querySelector(`[data-action="${action}"]`)!;
      expect(button.getAttribute('title')).to.equal(name);
      expect(button.hasAttribute('aria-label')).to.equal(false);
      expect(button.querySelector('[aria-hidden="true"]')!.textContent).to.match(/^[+−]$/);
    }
  });

  it("gives the detail card a title that is not a heading (it cannot know the page's heading levels)", async () => {
    const element = await timelineWith(await story('en'));
    await element.focusEvent('call');
    await waitUntil(() => part(element, 'detail'));
    const detail = part(element, 'detail');
    // The close button never covers the title.
    const close = detail!.querySelector('.close')!.getBoundingClientRect();
    const title = detail!.querySelector('.detail-title')!.getBoundingClientRect();
    expect(title.right).to.be.at.most(close.left);
    expect(detail!.querySelector('h1, h2, h3, h4, h5, h6')).to.equal(null);
    expect(detail!.getAttribute('aria-labelledby')).to.equal(detail!.querySelector('.detail-title')!.id);
  });
});
