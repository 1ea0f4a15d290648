// The React wrappers (event-timeline/react) in a real React 19 app, built with Vite from the
// package's exports before the browser tests run (scripts/test.js).
import {expect} from '@open-wc/testing';
import {waitUntil} from './wait.js';
import {sendMouse, setViewport} from '@web/test-runner-commands';

before(() => setViewport({width: 1280, height: 1000}));

async function openApp(): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 700px; border: 0';
  frame.src = '/test/react-app/dist/index.html';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  const doc = frame.contentDocument!;
  await waitUntil(
    () => doc.querySelector('event-timeline')?.shadowRoot?.querySelector('[part~="event"]'),
    'the React app did not render the timeline',
  );
  return doc;
}

describe('event-timeline/react in a React app', () => {
  it('renders the timeline with the data prop', async () => {
    const doc = await openApp();
    const timeline = doc.querySelector('event-timeline')!;
    expect(timeline.shadowRoot!.querySelectorAll('[part~="event"]')).to.have.length(3);
    // The card's drawing is a part of its own, loaded when the card connects.
    const card = doc.querySelector('quote-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('blockquote'), 'the quote card was not drawn');
    expect(card.shadowRoot!.querySelector('blockquote')!.textContent).to.contain('balanced way');
  });

  it('calls onTimelineSelect with the typed event when the reader clicks an event', async () => {
    const doc = await openApp();
    const frame = document.querySelector('iframe')!.getBoundingClientRect();
    const mark = doc.querySelector('event-timeline')!.shadowRoot!.querySelector('[data-event-id="treaty"] .dot')!.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(frame.x + mark.x + mark.width / 2), Math.round(frame.y + mark.y + mark.height / 2)],
    });
    await waitUntil(() => doc.getElementById('selected')!.textContent === 'Selected: treaty', 'React state did not update');
  });

  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));
});
