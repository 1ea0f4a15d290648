// How <event-timeline> takes its data in (property, src, inline JSON) and how it reports bad data.
import {expect, fixture, html} from '@open-wc/testing';
import {waitUntil} from './wait.js';
import type {EventTimeline} from '../../src/elements/event-timeline/event-timeline.js';
import {drawn, part, parts, story, timelineWith} from './helpers.js';

describe('<event-timeline> data', () => {
  it('draws every event of the seed story given as the data property', async () => {
    const data = await story('ru');
    const element = await timelineWith(data);
    const ids = parts(element, 'event').map((mark) => mark.getAttribute('data-event-id'));
    expect(ids).to.have.members((data.events as {id: string}[]).map((event) => event.id));
    expect(part(element, 'error')).to.equal(null);
  });

  it('fetches the document named by src', async () => {
    const element = await fixture<EventTimeline>(
      html`<event-timeline src="/demo/data/story-en.json" style="width: 900px"></event-timeline>`,
    );
    await drawn(element);
    expect(element.timeline?.title).to.contain('Putin');
    expect(parts(element, 'event')).to.have.length(7);
  });

  it('reads JSON from a child script when the page cannot run code of its own', async () => {
    const element = await fixture<EventTimeline>(
      html`<event-timeline style="width: 800px">
        <script type="application/json">
          {"version": 1, "events": [{"id": "x", "date": "2026-02-03", "title": "Inline event"}]}
        </script>
      </event-timeline>`,
    );
    await drawn(element);
    expect(parts(element, 'event-label')[0].textContent).to.contain('Inline event');
  });

  it('redraws when the inline JSON is edited in place', async () => {
    const element = await fixture<EventTimeline>(
      html`<event-timeline style="width: 800px"
        ><script type="application/json">
          {"events": [{"id": "x", "date": "2026", "title": "First"}]}
        </script></event-timeline
      >`,
    );
    await drawn(element);
    element.querySelector('script')!.textContent = '{"events": [{"id": "y", "date": "2027", "title": "Second"}]}';
    await waitUntil(() => parts(element, 'event-label')[0]?.textContent?.includes('Second'), 'did not redraw');
  });

  it('shows an alert naming the JSON path and keeps the valid events', async () => {
    const data = await story('en');
    (data.events as Record<string, unknown>[])[2].date = '2026-13-45';
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      const element = await timelineWith(data);
      const alert = part(element, 'error')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(alert.textContent).to.contain('events[2].date');
      expect(alert.textContent).to.contain('"2026-13-45"');
      expect(parts(element, 'event')).to.have.length(6);
      // Logged once the advice on problems has come (a part of its own).
      await waitUntil(() => errors.some((line) => line.includes('events[2].date')), 'the problem was not logged');
      expect(errors.filter((line) => line.includes('events[2].date'))).to.have.length(1);
    } finally {
      console.error = original;
    }
  });

  it('shows an alert, not a blank box, when no event is valid', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      const element = await timelineWith({events: [{id: 'bad id!', date: 'soon', title: ''}]});
      const alert = part(element, 'error')!;
      expect(alert.textContent).to.contain('events[0].id');
      expect(alert.textContent).to.contain('events[0].date');
      expect(parts(element, 'event')).to.have.length(0);
    } finally {
      console.error = original;
    }
  });

  it('says that JSON text that does not parse is not JSON', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      const element = await timelineWith('{"events": [');
      expect(part(element, 'error')!.textContent).to.contain('is not valid JSON');
    } finally {
      console.error = original;
    }
  });
});

describe('<event-timeline> src errors', () => {
  let original: typeof console.error;
  beforeEach(() => {
    original = console.error;
    console.error = () => {};
  });
  afterEach(() => {
    console.error = original;
  });

  async function load(src: string, attrs = ''): Promise<EventTimeline> {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
    wrapper.innerHTML = `<event-timeline src="${src}" ${attrs}></event-timeline>`;
    const element = wrapper.firstElementChild as EventTimeline;
    await drawn(element);
    return element;
  }

  it('names the HTTP status of a failed request and offers a retry', async () => {
    const element = await load('/__fault/status/404');
    const alert = part(element, 'error')!;
    expect(alert.textContent).to.contain('404');
    expect(alert.querySelector('button')).to.exist;
  });

  it('gives up on a stalled server after the timeout', async () => {
    const element = await load('/__fault/stall', 'timeout="300"');
    expect(part(element, 'error')!.textContent).to.match(/took too long/);
  });

  it('refuses a body that is not JSON, and says where JSON with an error goes wrong', async () => {
    expect(part(await load('/__fault/html'), 'error')!.textContent).to.match(/did not send JSON/);
    expect(part(await load('/__fault/truncated'), 'error')!.textContent).to.match(/The file is not valid JSON: .*\(line 1 column \d+\)/);
  });

  it('stops reading a body over the size limit', async () => {
    const element = await load('/__fault/huge?bytes=300000', 'max-bytes="100000"');
    expect(part(element, 'error')!.textContent).to.match(/too large/);
  });

  it('retries when the reader asks, and shows the data once it arrives', async () => {
    const element = await load('/__fault/status/500');
    element.src = '/__fault/ok?title=Retried';
    await waitUntil(() => parts(element, 'event').length === 2, 'the new src did not load');
    expect(part(element, 'error')).to.equal(null);
  });

  it('lets the newest src win over a slower, older one', async () => {
    const element = await load('/__fault/slow/50?title=First');
    element.src = '/__fault/slow/600?title=Older';
    await new Promise((resolve) => setTimeout(resolve, 20));
    element.src = '/__fault/slow/50?title=Newest';
    // The newest comes (however long a busy machine takes), then the older one has had its time to come too.
    await waitUntil(() => element.timeline?.title === 'Newest', 'the newest src was not drawn');
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(element.timeline?.title).to.equal('Newest');
  });
});
