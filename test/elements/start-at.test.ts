// The first view, as a reader meets it: `start-at` decides what the chart shows when the story
// is first drawn; the keyboard, the list and "Show all" work as ever, and every event stays
// reachable. A choice that names nothing is said once in the console, and the whole story shows.
import {expect} from '@open-wc/testing';
import {waitUntil} from './wait.js';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import type {EventTimeline} from '../../src/elements/event-timeline/event-timeline.js';
import {fromTimelineJs} from '../../src/adapters/timelinejs.js';
import {part, story, timelineWith} from './helpers.js';

/** Whether an event's mark is drawn inside the chart's box. */
function visible(element: EventTimeline, id: string): boolean {
  const svg = element.shadowRoot!.querySelector('[part~="chart"] svg')!.getBoundingClientRect();
  const mark = element.shadowRoot!.querySelector(`svg [part~="event"][data-event-id="${id}"]`);
  if (!mark) return false;
  const box = mark.getBoundingClientRect();
  return box.width > 0 && box.right > svg.left && box.left < svg.right && box.bottom > svg.top && box.top < svg.bottom;
}
const ALL = ['call', 'abu-dhabi', 'new-start', 'spring-festival', 'visit', 'treaty', 'treaty-25'];

describe('<event-timeline start-at>', function () {
  this.timeout(30_000);
  before(() => setViewport({width: 1200, height: 900}));

  it('shows the whole story by default and with start-at="all"', async () => {
    for (const attrs of [{lang: 'en'}, {lang: 'en', 'start-at': 'all'}] as Record<string, string>[]) {
      const element = await timelineWith(await story('en'), {attrs});
      expect(
        ALL.filter((id) => !visible(element, id)),
        JSON.stringify(attrs),
      ).to.deep.equal([]);
    }
  });

  it('starts at the anchor with some time around it, and "Show all" shows the whole story', async () => {
    const element = await timelineWith(await story('en'), {attrs: {lang: 'en', 'start-at': 'anchor'}});
    expect(visible(element, 'call')).to.equal(true);
    expect(visible(element, 'new-start')).to.equal(true);
    expect(visible(element, 'treaty'), 'the 2001 treaty is outside the first view').to.equal(false);
    (element.shadowRoot!.querySelector('[data-action="fit"]') as HTMLButtonElement).click();
    await waitUntil(() => ALL.every((id) => visible(element, id)), 'Show all did not show every event');
  });

  it('starts at an EDTF interval', async () => {
    const element = await timelineWith(await story('en'), {attrs: {lang: 'en', 'start-at': '2026-01/2026-03'}});
    for (const id of ['call', 'new-start', 'spring-festival']) expect(visible(element, id), id).to.equal(true);
    for (const id of ['treaty', 'treaty-25']) expect(visible(element, id), id).to.equal(false);
  });

  it('starts at an event by its id', async () => {
    const element = await timelineWith(await story('en'), {attrs: {lang: 'en', 'start-at': 'treaty'}});
    expect(visible(element, 'treaty')).to.equal(true);
    expect(visible(element, 'call')).to.equal(false);
  });

  it('keeps the keyboard as it was: Home and End reach the first and last events, brought into view', async () => {
    const element = await timelineWith(await story('en'), {attrs: {lang: 'en', 'start-at': 'anchor'}});
    await element.focusEvent('call');
    await waitUntil(() => element.shadowRoot!.activeElement?.getAttribute('data-event-id') === 'call', 'focus did not reach the anchor');
    await sendKeys({press: 'Home'});
    await waitUntil(
      () => element.shadowRoot!.activeElement?.getAttribute('data-event-id') === 'treaty',
      'Home did not reach the first event',
    );
    await waitUntil(() => visible(element, 'treaty'), 'the first event was not brought into view');
    await sendKeys({press: 'End'});
    await waitUntil(
      () => element.shadowRoot!.activeElement?.getAttribute('data-event-id') === 'treaty-25',
      'End did not reach the last event',
    );
  });

  it('keeps every event in the list kept for screen readers', async () => {
    const element = await timelineWith(await story('en'), {attrs: {lang: 'en', 'start-at': '2026-01/2026-03'}});
    await waitUntil(() => part(element, 'list')?.querySelectorAll(':scope > li').length === 7, 'the screen-reader list lacks events');
    const items = [...part(element, 'list')!.querySelectorAll(':scope > li')].map((item) => item.getAttribute('data-event-id'));
    expect(items.sort()).to.deep.equal([...ALL].sort());
  });

  it("takes the document's startAt, which the attribute overrides, and a TimelineJS3 start_at_end", async () => {
    const data = {...(await story('en')), startAt: 'treaty'};
    const fromData = await timelineWith(data, {attrs: {lang: 'en'}});
    expect(visible(fromData, 'treaty')).to.equal(true);
    expect(visible(fromData, 'call')).to.equal(false);
    const overridden = await timelineWith(data, {attrs: {lang: 'en', 'start-at': 'all'}});
    expect(ALL.filter((id) => !visible(overridden, id))).to.deep.equal([]);
    const sample = await (await fetch('/test/fixtures/timelinejs/whitney-houston.json')).json();
    const {document} = fromTimelineJs({...sample, options: {start_at_end: true}});
    const last = document.startAt!;
    const tl = await timelineWith({...sample, options: {start_at_end: true}}, {attrs: {lang: 'en'}});
    expect(visible(tl, last)).to.equal(true);
    const first = tl.timeline!.events[0]!.id;
    expect(visible(tl, first)).to.equal(false);
  });

  it('says once in the console that a choice names nothing, and shows the whole story', async () => {
    const warned: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warned.push(args.map(String).join(' '));
    try {
      const element = await timelineWith(await story('en'), {attrs: {lang: 'en', 'start-at': 'nowhere'}});
      expect(ALL.filter((id) => !visible(element, id))).to.deep.equal([]);
      expect(warned.filter((line) => line.includes('start-at'))).to.deep.equal([
        'event-timeline: start-at "nowhere" names no event and is no EDTF date; the whole story is shown',
      ]);
    } finally {
      console.warn = original;
    }
  });
});
