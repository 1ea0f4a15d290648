// A story kept in a spreadsheet, drawn with no manual step: <event-timeline src="story.csv"> in both
// templates, a sheet recognised by its content type or by format="csv", and a sheet's problems
// shown with their row and column while its good rows are drawn.
import {expect, fixture, html} from '@open-wc/testing';
import {waitUntil} from './wait.js';
import type {EventTimeline} from '../../src/elements/event-timeline/event-timeline.js';
import {drawn, part, parts} from './helpers.js';

const ids = (element: EventTimeline) => parts(element, 'event').map((mark) => mark.getAttribute('data-event-id'));

describe('<event-timeline> reading a spreadsheet', () => {
  it('draws the plain template from src="….csv", with its links and its title', async () => {
    const element = await fixture<EventTimeline>(
      html`<event-timeline src="/docs/examples/story-plain.csv" style="width: 1000px"></event-timeline>`,
    );
    await drawn(element);
    expect(ids(element)).to.have.members(['sputnik', 'gagarin', 'kennedy', 'apollo11', 'apollo11-50']);
    expect(parts(element, 'link').length).to.equal(4);
    expect(part(element, 'error')).to.equal(null);
    expect(element.shadowRoot!.textContent).to.contain('The race to the Moon');
  });

  it("draws TimelineJS3's template from src", async () => {
    const element = await fixture<EventTimeline>(
      html`<event-timeline src="/docs/examples/story-timelinejs.csv" style="width: 1000px"></event-timeline>`,
    );
    await drawn(element);
    expect(ids(element)).to.include('apollo-11-lands-on-the-moon');
    expect(parts(element, 'event').length).to.equal(5);
    expect(part(element, 'error')).to.equal(null);
  });

  it('reads a sheet by its content type (text/csv) at an address with no extension', async () => {
    const url = URL.createObjectURL(new Blob(['title,date\nA call,2026-02-03\nA visit,2026-07\n'], {type: 'text/csv'}));
    const element = await fixture<EventTimeline>(html`<event-timeline src=${url} style="width: 800px"></event-timeline>`);
    await drawn(element);
    expect(parts(element, 'event').length).to.equal(2);
    URL.revokeObjectURL(url);
  });

  it('reads a sheet sent as text/plain when format="csv" says so, and a string given as data', async () => {
    const url = URL.createObjectURL(new Blob(['Year\tMonth\tDay\tHeadline\n2026\t2\t3\tA call\n'], {type: 'text/plain'}));
    const element = await fixture<EventTimeline>(html`<event-timeline format="csv" src=${url} style="width: 800px"></event-timeline>`);
    await drawn(element);
    expect(parts(element, 'event').length).to.equal(1);
    URL.revokeObjectURL(url);
    const other = await fixture<EventTimeline>(
      html`<event-timeline
        format="csv"
        .data=${'date,title\n2026-02-03,A call\n2026-02-05,A deadline\n'}
        style="width: 800px"
      ></event-timeline>`,
    );
    await drawn(other);
    expect(parts(other, 'event').length).to.equal(2);
  });

  it("shows a bad row's problem with its row and column, and draws the good rows", async () => {
    const sheet = 'date,title\n2026-02-03,A call\n2026-13-01,A bad month\n,\n2026-03-01,After the blank row\n';
    const element = await fixture<EventTimeline>(html`<event-timeline format="csv" .data=${sheet} style="width: 800px"></event-timeline>`);
    await waitUntil(() => parts(element, 'event').length > 0, 'the good row was not drawn');
    expect(parts(element, 'event').length).to.equal(1);
    const alert = element.shadowRoot!.querySelector('[role="alert"]');
    expect(alert, 'an alert').to.exist;
    expect(alert!.textContent).to.contain('row 3, column "date"');
    expect(alert!.textContent).to.contain('row 4');
  });
});
