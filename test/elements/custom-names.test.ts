// Apps that register the classes under their own tag names (event-timeline/elements).
import {expect, fixture, html} from '@open-wc/testing';
import {EventTimeline, QuoteCard} from '../../src/elements.js';
import {drawn, story} from './helpers.js';

// A constructor can be defined once per registry, and src/index.js already defined these:
// an app that wants its own names registers a subclass.
customElements.define('news-timeline', class extends EventTimeline {});
customElements.define('news-quote', class extends QuoteCard {});

describe('the element classes under other tag names', () => {
  it('draw a timeline and a quote card', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const timeline = document.createElement('news-timeline') as EventTimeline;
    timeline.data = await story('en');
    const quote = document.createElement('news-quote') as QuoteCard;
    quote.setAttribute('speaker', 'Yuri Ushakov');
    quote.textContent = 'The treaty was extended.';
    wrapper.append(timeline, quote);
    await drawn(timeline);
    await quote.updateComplete;
    expect(timeline.shadowRoot!.querySelectorAll('[part~="event"]')).to.have.length(7);
    expect(quote.shadowRoot!.querySelector('[part="speaker"]')!.textContent).to.equal('Yuri Ushakov');
  });

  it('keeps registration out of the class modules: only define.ts files call customElements.define', async () => {
    const modules = ['elements.ts', 'elements/event-timeline/event-timeline.ts', 'elements/quote-card/quote-card.ts'];
    for (const path of modules) {
      const source = await (await fetch(`/src/${path}`)).text();
      expect(source, path).not.to.contain('customElements.define');
    }
    const define = await (await fetch('/src/elements/event-timeline/define.ts')).text();
    expect(define).to.match(/if \(!customElements\.get\(["']event-timeline["']\)\)/);
  });
});
