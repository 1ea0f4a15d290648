// A live story whose part that compares versions (live-marks.ts) comes late, as on a busy machine:
// a refresh that brought the version drawn again, compared once the part has come, is said to no
// one, so that the `timeline-update` an app waits for is that of the next version that changed
// something. The test server holds the part back (test/server/hold.js); the page's cache is off
// meanwhile, so that the page asks the server for it (and the refresh gets the same story again).
import {expect, fixture, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import type {EventTimeline, TimelineUpdateDetail} from '../../src/elements/event-timeline/event-timeline.js';
import {drawn} from './helpers.js';

const story = (...extra: {id: string; date: string; title: string}[]) => ({
  version: 1,
  events: [{id: 'a', date: '2026-02-03', title: 'Event a'}, {id: 'b', date: '2026-02-10', title: 'Event b'}, ...extra],
});

async function serve(key: string, document: unknown): Promise<void> {
  await fetch(`/__live/set?key=${key}`, {method: 'POST', body: JSON.stringify(document)});
}

describe('<event-timeline refresh> while the part that compares versions is on its way', function () {
  this.timeout(60_000);

  it('says nothing for a refresh that brought the version drawn, and tells the next one', async () => {
    await executeServerCommand('set-cache', {enabled: false});
    await fetch('/__hold/on?path=live-marks');
    try {
      const key = `late${Date.now()}`;
      await serve(key, story());
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
      const element = document.createElement('event-timeline') as EventTimeline;
      element.setAttribute('lang', 'en');
      element.setAttribute('refresh', '3600');
      element.src = `/__live/story?key=${key}`;
      wrapper.append(element);
      await drawn(element);
      const told: TimelineUpdateDetail[] = [];
      element.addEventListener('timeline-update', (event) => told.push(event.detail));

      // The same story again (no validators yet, no cache: a 200), compared once the part comes.
      await element.refreshNow();
      await fetch('/__hold/release?path=live-marks');
      await element.updateComplete;
      expect(told).to.deep.equal([]);

      await serve(key, story({id: 'c', date: '2026-02-12', title: 'Event c'}));
      await element.refreshNow();
      await element.updateComplete;
      expect(told).to.deep.equal([{added: ['c'], changed: [], removed: []}]);
      expect(element.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent!.trim()).to.equal('1 new event');
    } finally {
      await fetch('/__hold/release?path=live-marks');
      await executeServerCommand('set-cache', {enabled: true});
    }
  });
});
