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

describe('<event-timeline> problems in a TimelineJS3 document or a list, said in their own terms', () => {
  let errors: string[] = [];
  let original: typeof console.error;
  beforeEach(() => {
    errors = [];
    original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.error = original;
  });
  const alertText = (element: EventTimeline) =>
    element.shadowRoot!.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ') ?? '';

  it('tells a TimelineJS3 author which fields to write, at the JSON path, logged once, and draws the valid slides', async () => {
    const data = {
      events: [
        {start_date: {year: 'circa 1996'}, text: {headline: 'Approximate'}},
        {start_date: {year: 2001}, text: {headline: 'Kept'}},
        {start_date: {year: 2002, month: 13, day: 5}, text: {headline: 'Swapped'}},
        {start_date: {year: 2003}, text: {}, headline: 'Outside'},
        {start_date: {year: 2004}, text: {headline: 'Also kept'}, media: {url: 'www.example.org/photo.jpg'}},
      ],
    };
    const element = await fixture<EventTimeline>(html`<event-timeline lang="en" .data=${data} style="width: 800px"></event-timeline>`);
    await waitUntil(() => alertText(element).includes('write {"year": 1996}'), 'the alert did not say which fields to write');
    const alert = alertText(element);
    expect(alert).to.contain('events[0].start_date: read as "circa 1996", which is not a valid EDTF date: write {"year": 1996}');
    expect(alert).to.contain('"display_date": "circa 1996"');
    expect(alert).to.contain('events[2].start_date.month: 13 is not a month (1-12): write "month": 5, "day": 13');
    expect(alert).to.contain(
      'events[3].text.headline: is required (or text.text); slide dropped: write what happened as "text": {"headline": "…"}',
    );
    await waitUntil(() => parts(element, 'event').length === 2, 'the valid slides were not drawn');
    // Logged once, with the advice; the media warning (no alert) is in the issues.
    expect(errors.filter((line) => line.includes('events[2].start_date.month'))).to.have.length(1);
    expect(errors.find((line) => line.includes('events[2].start_date.month'))).to.contain('write "month": 5');
    expect(element.issues.find((issue) => issue.path === 'events[4].media.url')?.message).to.contain(
      'write "https://www.example.org/photo.jpg"',
    );
  });

  it('tells a list author what to write in <time datetime>, naming the item, logged once, and draws the valid items', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
    wrapper.innerHTML = `<event-timeline lang="en"><ol>
      <li><time datetime="10/09/2002">10 September 2002</time> <strong>Ambiguous</strong></li>
      <li><time datetime="2003">2003</time> <strong>Kept</strong></li>
      <li><time datetime="circa 1996">about 1996</time> <strong>Approximate</strong></li>
      <li><strong>No date</strong></li>
      <li><time datetime="2004-13-05">2004</time> <strong>Swapped</strong></li>
    </ol></event-timeline>`;
    const element = wrapper.firstElementChild as EventTimeline;
    await waitUntil(() => alertText(element).includes('write <time datetime="1996~">'), 'the alert did not say what to write');
    const alert = alertText(element);
    expect(alert).to.contain('li[1]: <time> "10/09/2002" is not a valid EDTF date: it is ambiguous');
    expect(alert).to.contain('li[3]: <time> "circa 1996" is not a valid EDTF date: write <time datetime="1996~">');
    expect(alert).to.contain('li[4]: has no <time datetime> (or data-date): put its date in <time datetime="2026-02-03">');
    expect(alert).to.contain('li[5]: <time> "2004-13-05" has month 13 (must be 01–12): write <time datetime="2004-05-13">');
    await waitUntil(() => parts(element, 'event').length === 1, 'the valid item was not drawn');
    expect(errors.filter((line) => line.includes('li[3]'))).to.have.length(1);
    // The list is read, never changed.
    expect(element.querySelector('li time')!.getAttribute('datetime')).to.equal('10/09/2002');
  });
});
