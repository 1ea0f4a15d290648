// Parts the first frame does without, loaded when they are needed: a reader who zooms before the
// reader's actions part has come (it loads in idle time after the first frame) has the zoom
// carried out once it comes, none lost (the test server holds the part back, test/server/hold.js,
// until the input is in), while moving and selecting never wait, and the download menu's panel
// comes with that part; the part that compares versions of a story loads only when a second
// version comes.
import {expect} from '@open-wc/testing';
import {waitUntil} from './wait.js';
import {executeServerCommand, sendKeys, setViewport} from '@web/test-runner-commands';
import type {EventTimeline} from '../../src/elements/event-timeline/event-timeline.js';
import '../../src/elements/event-timeline/define.js';
import {story} from './helpers.js';

const focusedId = (element: EventTimeline) => element.shadowRoot!.activeElement?.getAttribute('data-event-id');
const zoomOf = (element: EventTimeline) => (element as unknown as {viewport: {transform: {k: number}}}).viewport.transform;

before(() => setViewport({width: 1280, height: 1000}));

describe('<event-timeline> before its actions part has come', () => {
  it('zooms with a key pressed before the part that zooms has come, once it comes, while arrows and Enter act at once', async () => {
    // (The page's cache off: an earlier test file's page may have loaded the part.)
    await executeServerCommand('set-cache', {enabled: false});
    await fetch('/__hold/on?path=reader-actions');
    const wrapper = document.createElement('div');
    wrapper.style.width = '1000px';
    const before = document.createElement('button');
    before.textContent = 'before';
    wrapper.append(before);
    document.body.append(wrapper);
    try {
      const element = document.createElement('event-timeline');
      element.data = await story('en');
      const fired: string[] = [];
      element.addEventListener('timeline-select', (event) => fired.push(event.detail.id));
      wrapper.append(element);
      // (Not updateComplete: it waits for the parts loading in idle time, this one among them.)
      await waitUntil(() => element.shadowRoot?.querySelector('svg [data-event-id="call"][role="option"]'), 'the timeline did not draw');
      before.focus();
      for (let i = 0; i < 10 && !focusedId(element); i++) await sendKeys({press: 'Tab'});
      expect(focusedId(element)).to.equal('call');

      await sendKeys({press: '+'});
      await sendKeys({press: 'ArrowRight'});
      await sendKeys({press: 'Enter'});
      // The part is held back: the zoom waits for it; moving and selecting need no part.
      const events = element.timeline!.events;
      const next = events[events.findIndex((event) => event.id === 'call') + 1].id;
      expect(fired).to.deep.equal([next]);
      await waitUntil(() => focusedId(element) === next, `the focus is on ${focusedId(element)}`);
      expect(zoomOf(element).k).to.equal(1);
      // The download menu's panel comes with the part: until then its summary alone is drawn.
      const menu = () => element.shadowRoot!.querySelectorAll('details.download [data-action^="download-"]');
      expect(element.shadowRoot!.querySelector('details.download summary')).to.exist;
      expect(menu()).to.have.length(0);

      await fetch('/__hold/release?path=reader-actions');
      await waitUntil(() => zoomOf(element).k > 1, `the zoom is ${zoomOf(element).k}`);
      await element.updateComplete;
      expect([...menu()].map((button) => button.getAttribute('data-action'))).to.deep.equal([
        'download-svg',
        'download-png',
        'download-story',
        'download-social',
        'download-newsletter',
        'download-print',
      ]);
      // Zoomed in around the focused event, which stays focused, selected, and in view.
      expect(focusedId(element)).to.equal(next);
      expect(element.selected).to.equal(next);
      const box = element.shadowRoot!.querySelector(`svg [data-event-id="${next}"][role="option"]`)!.getBoundingClientRect();
      const svg = element.shadowRoot!.querySelector('svg[role="group"]')!.getBoundingClientRect();
      expect(box.right > svg.left && box.left < svg.right, 'the focused event is in view').to.equal(true);
    } finally {
      await fetch('/__hold/release?path=reader-actions');
      await executeServerCommand('set-cache', {enabled: true});
      wrapper.remove();
    }
  });

  it('draws a story without the part that compares versions, and loads it when a second version comes', async () => {
    const loaded = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('live-marks'));
    const wrapper = document.createElement('div');
    wrapper.style.width = '1000px';
    document.body.append(wrapper);
    try {
      const element = document.createElement('event-timeline');
      const v1 = {
        version: 1,
        events: [
          {id: 'a', date: '2026-02-03', title: 'A'},
          {id: 'b', date: '2026-02-10', title: 'B'},
        ],
      };
      element.data = v1;
      wrapper.append(element);
      await waitUntil(() => element.shadowRoot?.querySelector('svg [data-event-id="b"][role="option"]'), 'the timeline did not draw');
      await element.updateComplete;
      expect(loaded(), 'the live marks part was loaded for a first story').to.equal(false);

      const updated = new Promise<CustomEvent>((resolve) =>
        element.addEventListener('timeline-update', resolve as EventListener, {once: true}),
      );
      element.data = {...v1, events: [...v1.events, {id: 'c', date: '2026-02-12', title: 'C'}]};
      expect((await updated).detail).to.deep.equal({added: ['c'], changed: [], removed: []});
      expect(loaded()).to.equal(true);
      const mark = element.shadowRoot!.querySelector('svg [data-event-id="c"][role="option"]')!;
      expect(mark.getAttribute('part')!.split(' ')).to.include('fresh');
      // The marks' style came with their part: the new event's ring is drawn.
      expect(getComputedStyle(mark.querySelector('.hit')!).strokeDasharray).to.equal('4px, 3px');
    } finally {
      wrapper.remove();
    }
  });
});
