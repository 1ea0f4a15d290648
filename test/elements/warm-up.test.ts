// The first frame's warm-up (warm-up.ts) in the browser: nothing when the data is there at
// connection, cancelled when the element is removed, and a story drawn after it (its picture,
// toolbar and legend, whose templates the last step prepared: warm-templates.ts) is drawn exactly
// as one drawn before it, while the element that waited shows nothing of it, the document gains
// nothing and no event is dispatched. (These tests run in order: the warm-up is once per page.)
import {expect, fixture, html} from '@open-wc/testing';
import {warmUpLeft} from '../../src/elements/event-timeline/warm-up.js';
import type {EventTimeline} from '../../src/elements/event-timeline/event-timeline.js';
import {drawn, story, timelineWith} from './helpers.js';
import {waitUntil} from './wait.js';

/** The picture's, the toolbar's buttons' and the legend's markup, without the ids that differ from one element to the next. */
const picture = (element: EventTimeline) =>
  [...element.shadowRoot!.querySelectorAll('svg[role="group"], .toolbar > button, .legend')]
    .map((node) => node.outerHTML)
    .join('\n')
    .replace(/\bet\d+-/g, 'et-');
/** Every node of the document, shadow roots included. */
function nodes(root: Node = document): number {
  let count = 1;
  for (const child of root.childNodes) count += nodes(child);
  return count + (root instanceof Element && root.shadowRoot ? nodes(root.shadowRoot) : 0);
}
/** The events the element dispatches, and those a page listens for, heard anywhere. */
const EVENTS = ['timeline-load', 'timeline-select', 'timeline-update', 'click', 'focusin', 'keydown', 'pointerover', 'toggle'];
/** A few idle periods go by. */
async function idle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => requestIdleCallback(resolve, {timeout: 500}));
}

let before = '';

describe('the first frame warm-up', () => {
  it('does nothing when the data is there when the element connects', async () => {
    const element = await timelineWith(await story('en'));
    before = picture(element);
    await idle();
    expect(warmUpLeft()).to.equal(undefined);
  });

  it('is cancelled when the element is removed before its data came', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    const element = document.createElement('event-timeline');
    wrapper.append(element);
    element.remove();
    await idle();
    expect(warmUpLeft()).to.equal(undefined);
  });

  it('runs while an element waits for its data, leaving it and the document untouched, and its story is drawn as without it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    const element = document.createElement('event-timeline');
    wrapper.append(element);
    await element.updateComplete;
    const waiting = element.shadowRoot!.innerHTML;
    const [count, heard] = [nodes(), [] as string[]];
    const hear = (event: Event) => heard.push(event.type);
    for (const type of EVENTS) window.addEventListener(type, hear, true);
    await waitUntil(() => warmUpLeft() === 0, 'the warm-up did not finish');
    for (const type of EVENTS) window.removeEventListener(type, hear, true);
    expect(heard).to.deep.equal([]);
    expect(nodes()).to.equal(count);
    expect(element.shadowRoot!.innerHTML).to.equal(waiting);
    element.data = await story('en');
    await drawn(element);
    expect(picture(element)).to.equal(before);
    expect(picture(await timelineWith(await story('en')))).to.equal(before);
  });
});
