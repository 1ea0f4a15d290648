// A reader using <event-timeline>: the mouse, the keyboard, zooming, the detail card.
import {expect, oneEvent} from '@open-wc/testing';
import {waitUntil} from './wait.js';
import {sendKeys, sendMouse, resetMouse, setViewport} from '@web/test-runner-commands';
import type {EventTimeline} from '../../src/elements/event-timeline/event-timeline.js';
import {centre, eventLabel, eventMark, part, parts, story, timelineWith, zoomSettled} from './helpers.js';

const focusedId = (element: EventTimeline) => element.shadowRoot!.activeElement?.getAttribute('data-event-id');

before(() => setViewport({width: 1280, height: 1000}));

describe('<event-timeline> with a mouse', () => {
  afterEach(() => resetMouse());

  it('shows the detail card on hover, with date, relation, summary and source', async () => {
    const element = await timelineWith(await story('en'), {attrs: {lang: 'en'}});
    await sendMouse({type: 'move', position: centre(eventLabel(element, 'new-start'))});
    await waitUntil(() => part(element, 'detail'), 'no detail card on hover');
    const detail = part(element, 'detail')!;
    expect(detail.textContent).to.contain('New START treaty expires');
    expect(detail.textContent).to.contain('February 5, 2026');
    expect(detail.textContent).to.contain('in 2 days');
    const link = detail.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://en.wikipedia.org/wiki/New_START');
    expect(link.getAttribute('rel')).to.contain('noopener');
    expect(detail.querySelector('quote-card')!.textContent).to.contain('balanced and responsible');
  });

  it('selects an event on click and fires timeline-select once', async () => {
    const element = await timelineWith(await story('en'));
    const fired: string[] = [];
    element.addEventListener('timeline-select', (event) => fired.push(event.detail.id));
    await sendMouse({type: 'click', position: centre(eventLabel(element, 'treaty'))});
    await element.updateComplete;
    expect(fired).to.deep.equal(['treaty']);
    expect(element.selected).to.equal('treaty');
    expect(eventMark(element, 'treaty').getAttribute('part')).to.contain('selected');
    expect(eventMark(element, 'treaty').getAttribute('aria-selected')).to.equal('true');
  });

  it('lets timeline-select bubble out of the shadow root', async () => {
    const element = await timelineWith(await story('en'));
    const listener = oneEvent(document.body, 'timeline-select');
    await sendMouse({type: 'click', position: centre(eventLabel(element, 'visit'))});
    const event = (await listener) as CustomEvent<{id: string}>;
    expect(event.detail.id).to.equal('visit');
    expect(event.composed).to.equal(true);
  });

  it('zooms in and out with the buttons, and back to all events with fit', async () => {
    const element = await timelineWith(await story('en'));
    const dotX = (id: string) => eventMark(element, id).querySelector('.dot')!.getBoundingClientRect().x;
    const before = dotX('spring-festival') - dotX('call');
    const zoomIn = element.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="zoom-in"]')!;
    await sendMouse({type: 'click', position: centre(zoomIn)});
    await waitUntil(() => dotX('spring-festival') - dotX('call') > before * 1.5, 'zoom in did not spread events apart');
    const fit = element.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="fit"]')!;
    await sendMouse({type: 'click', position: centre(fit)});
    await waitUntil(() => parts(element, 'axis-break').length === 1 && eventMark(element, 'treaty'), 'fit did not show all events');
  });

  it('zooms with Ctrl + wheel, but leaves a plain wheel to scroll the page', async () => {
    const element = await timelineWith(await story('en'), {attrs: {'no-breaks': ''}});
    const svg = element.shadowRoot!.querySelector('svg')!;
    const [x, y] = centre(svg);
    const plain = new WheelEvent('wheel', {deltaY: -500, clientX: x, clientY: y, bubbles: true, cancelable: true});
    svg.dispatchEvent(plain);
    expect(plain.defaultPrevented).to.equal(false);
    await element.updateComplete;
    const ticksBefore = part(element, 'axis')!.textContent;
    const zoom = new WheelEvent('wheel', {deltaY: -300, ctrlKey: true, clientX: x, clientY: y, bubbles: true, cancelable: true});
    svg.dispatchEvent(zoom);
    expect(zoom.defaultPrevented).to.equal(true);
    await waitUntil(() => part(element, 'axis')!.textContent !== ticksBefore, 'ctrl+wheel did not zoom');
  });

  it('pans with a drag once zoomed in, and a drag does not select', async () => {
    const element = await timelineWith(await story('en'));
    // At once, not animated: a fixed wait for the animation may end before it does on a busy machine.
    element.zoomTo('2026-01-20', '2026-03-01', true);
    await element.updateComplete;
    const dot = () => eventMark(element, 'call').querySelector('.dot')!.getBoundingClientRect().x;
    const before = dot();
    const [x, y] = centre(eventLabel(element, 'call'));
    await sendMouse({type: 'move', position: [x, y]});
    await sendMouse({type: 'down'});
    await sendMouse({type: 'move', position: [x - 60, y]});
    await sendMouse({type: 'move', position: [x - 120, y]});
    await sendMouse({type: 'up'});
    await element.updateComplete;
    expect(dot()).to.be.closeTo(before - 120, 2);
    expect(element.selected).to.equal(undefined);
  });

  it('leaves the link arcs and their labels out of hit testing: pointing at one is pointing at the drawing', async () => {
    const element = await timelineWith(await story('en'));
    const arcs = [...element.shadowRoot!.querySelectorAll<SVGPathElement>('svg .links path')];
    expect(arcs.length).to.be.greaterThan(0);
    for (const arc of arcs) {
      // The middle of the arc, on screen.
      const middle = arc.getPointAtLength(arc.getTotalLength() / 2);
      const at = new DOMPoint(middle.x, middle.y).matrixTransform(arc.getScreenCTM()!);
      const hit = element.shadowRoot!.elementFromPoint(at.x, at.y);
      // (Compared as strings: a failing assertion would otherwise print the whole drawing.)
      expect(hit?.closest('.links') ? `the arc ${arc.getAttribute('d')}` : 'not an arc').to.equal('not an arc');
    }
  });

  it('expands a cluster into its events when clicked', async () => {
    // Forty events an hour apart over five days, three rows of labels: most are counted in clusters.
    const at = (i: number) => `2026-03-${String(1 + Math.floor(i / 8)).padStart(2, '0')}T${String(8 + (i % 8)).padStart(2, '0')}:00Z`;
    const events = Array.from({length: 40}, (_, i) => ({id: `e${i}`, date: at(i), title: `Event number ${i}`}));
    events.push({id: 'far', date: '2027-03-01', title: 'Far away'});
    const element = await timelineWith({events}, {attrs: {'max-lanes': '3'}});
    const cluster = part(element, 'cluster')!;
    expect(cluster).to.exist;
    // The badge's members: the events from its key (its first member) on, an hour apart (lanes full of earlier events).
    const key = Number(cluster.getAttribute('data-cluster'));
    const members = Array.from({length: Number(cluster.textContent!.replace('+', ''))}, (_, i) => `e${key + i}`);
    expect(members.length).to.be.greaterThan(1);
    const drawn = (id: string) => element.shadowRoot!.querySelector(`svg [part~="event"][data-event-id="${id}"]`);
    expect(members.filter(drawn)).to.deep.equal([]);
    await sendMouse({type: 'click', position: centre(cluster)});
    // Where the zoom ends, not only on its way (a busy machine may draw only its last frame).
    const moving = () => (element as unknown as {viewport: {moving: boolean}}).viewport.moving;
    await waitUntil(
      () => !element.shadowRoot!.querySelector(`[data-cluster="${key}"]`) && !moving(),
      'clicking the cluster did not open it',
    );
    expect(members.filter((id) => !drawn(id))).to.deep.equal([]);
  });

  it('gives the focus to the first of a cluster of events at one instant, which zooming could never part', async () => {
    const events = Array.from({length: 12}, (_, i) => ({id: `e${i}`, date: '2026-03-01', title: `Event number ${i}`}));
    const element = await timelineWith({events}, {attrs: {'max-lanes': '2'}});
    const cluster = part(element, 'cluster')!;
    expect(cluster).to.exist;
    await sendMouse({type: 'click', position: centre(cluster)});
    const first = Number(cluster.getAttribute('data-cluster'));
    await waitUntil(
      () => element.shadowRoot!.activeElement?.getAttribute('data-event-id') === `e${first}`,
      'the first event of the cluster did not take the focus',
    );
  });
});

describe('<event-timeline> with a keyboard', () => {
  it('is a single Tab stop that lands on the anchor', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    try {
      const element = await timelineWith(await story('en'));
      before.focus();
      // Tab goes through the toolbar first, then into the events.
      for (let i = 0; i < 10 && !focusedId(element); i++) await sendKeys({press: 'Tab'});
      expect(focusedId(element)).to.equal('call');
      const tabbable = element.shadowRoot!.querySelectorAll('svg [tabindex="0"]');
      expect(tabbable).to.have.length(1);
    } finally {
      before.remove();
    }
  });

  it('moves between events in time order with the arrow keys, Home and End', async () => {
    const element = await timelineWith(await story('en'));
    await element.focusEvent('call');
    await sendKeys({press: 'ArrowRight'});
    await waitUntil(() => focusedId(element) === 'new-start', `ArrowRight went to ${focusedId(element)}`);
    await sendKeys({press: 'ArrowLeft'});
    await waitUntil(() => focusedId(element) === 'call', `ArrowLeft went to ${focusedId(element)}`);
    await sendKeys({press: 'Home'});
    await waitUntil(() => focusedId(element) === 'treaty', `Home went to ${focusedId(element)}`);
    await sendKeys({press: 'End'});
    await waitUntil(() => focusedId(element) === 'treaty-25', `End went to ${focusedId(element)}`);
  });

  it('selects with Enter and Space, announces it once, and closes the card with Escape', async () => {
    const element = await timelineWith(await story('en'), {attrs: {lang: 'en'}});
    await element.focusEvent('visit');
    await sendKeys({press: 'Enter'});
    await element.updateComplete;
    expect(element.selected).to.equal('visit');
    const live = element.shadowRoot!.querySelector('[aria-live="polite"]')!;
    expect(live.textContent!.trim()).to.equal("Selected: Putin's official visit to China");
    expect(part(element, 'detail')).to.exist;
    await sendKeys({press: 'Escape'});
    await element.updateComplete;
    expect(part(element, 'detail')).to.equal(null);
    await sendKeys({press: 'ArrowRight'});
    await sendKeys({press: ' '});
    await element.updateComplete;
    expect(element.selected).to.equal(focusedId(element));
  });

  it('zooms with + and - around the focused event, and fits with 0', async () => {
    const element = await timelineWith(await story('en'));
    await element.focusEvent('spring-festival');
    const axis = () => part(element, 'axis')!.textContent;
    const before = axis();
    await sendKeys({press: '+'});
    await waitUntil(() => axis() !== before, '+ did not zoom');
    expect(focusedId(element)).to.equal('spring-festival');
    await sendKeys({press: '0'});
    await waitUntil(() => axis() === before, '0 did not fit');
  });

  it('keeps the focus on the same option while other events leave the window and come back', async () => {
    const element = await timelineWith(await story('en'));
    await element.focusEvent('call');
    const option = eventMark(element, 'call');
    let blurs = 0;
    option.addEventListener('blur', () => blurs++);
    const treaty = () => element.shadowRoot!.querySelector('[role="option"][data-event-id="treaty"]');
    element.zoomTo('2026-01-20', '2026-02-20', true);
    await waitUntil(() => !treaty(), 'the 2001 treaty, drawn before the call, did not leave the window');
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement, 'the very element focused').to.equal(option);
    element.fit();
    await waitUntil(() => treaty(), 'the treaty did not come back');
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement).to.equal(option);
    expect(blurs, 'the focused option never left the page').to.equal(0);
    expect(option.getAttribute('tabindex')).to.equal('0');
  });

  it('pans to keep the focused event on screen when zoomed in', async () => {
    const element = await timelineWith(await story('en'));
    await element.focusEvent('call');
    const axis = part(element, 'axis')!.textContent;
    for (let i = 0; i < 4; i++) await sendKeys({press: '+'});
    await zoomSettled(element);
    expect(part(element, 'axis')!.textContent, 'the keys did not zoom').not.to.equal(axis);
    await sendKeys({press: 'End'});
    await waitUntil(() => focusedId(element) === 'treaty-25', 'End did not move focus');
    // The pan follows the focus once the zoom has settled: wait for the mark to be drawn and still.
    await waitUntil(
      () => element.shadowRoot!.querySelector('svg [part~="event"][data-event-id="treaty-25"]'),
      'the focused event was never drawn',
    );
    await zoomSettled(element);
    const box = eventMark(element, 'treaty-25').getBoundingClientRect();
    const svg = element.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
    expect(box.left).to.be.at.least(svg.left - 1);
    expect(box.left).to.be.below(svg.right);
  });

  it('keeps keys to itself: typing in a page input never moves the timeline', async () => {
    const element = await timelineWith(await story('en'));
    const input = document.createElement('input');
    document.body.append(input);
    try {
      input.focus();
      const axis = part(element, 'axis')!.textContent;
      await sendKeys({type: '+-0'});
      await sendKeys({press: 'ArrowRight'});
      await element.updateComplete;
      expect(input.value).to.equal('+-0');
      expect(part(element, 'axis')!.textContent).to.equal(axis);
      expect(element.selected).to.equal(undefined);
    } finally {
      input.remove();
    }
  });
});

describe('<event-timeline> methods', () => {
  it('zoomTo shows just the given stretch of time', async () => {
    const element = await timelineWith(await story('en'), {attrs: {lang: 'en'}});
    element.zoomTo('2026-02-01', '2026-02-20');
    await waitUntil(
      () => /Feb/.test(part(element, 'axis')!.textContent ?? '') && !/Jul/.test(part(element, 'axis')!.textContent ?? ''),
      'zoomTo did not zoom',
    );
  });

  it('focusEvent moves focus to the event', async () => {
    const element = await timelineWith(await story('en'));
    await element.focusEvent('treaty');
    expect(focusedId(element)).to.equal('treaty');
  });
});
