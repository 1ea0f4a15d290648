// The element's alert says how to fix each problem (the advice is a part loaded when a story has problems).
import {expect, fixture, html} from '@open-wc/testing';
import {waitUntil} from './wait.js';
import type {EventTimeline} from '../../src/elements/event-timeline/event-timeline.js';
import {parts} from './helpers.js';

describe('<event-timeline> problems that say how to fix them', () => {
  it('shows the EDTF to write for "circa 1996", names the field to write for "end", and draws the valid events', async () => {
    const data = {
      events: [
        {id: 'a', date: 'circa 1996', title: 'A'},
        {id: 'b', date: '2001', title: 'B', end: '2002'},
        {id: 'c', date: '2003', title: 'C'},
      ],
    };
    const element = await fixture<EventTimeline>(html`<event-timeline .data=${data} style="width: 800px"></event-timeline>`);
    await waitUntil(
      () => element.shadowRoot!.querySelector('[role="alert"]')?.textContent?.includes('write "1996~"'),
      'the alert did not say what to write',
    );
    const alert = element.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
    expect(alert).to.contain('events[0].date');
    await waitUntil(() => parts(element, 'event').length === 2, 'the valid events were not drawn');
  });
});
