// <quote-card>: its semantics and parts, and its link to an event of an <event-timeline>,
// in both directions, whatever order things are defined or attached in.
import {expect, fixture, html} from '@open-wc/testing';
import {waitUntil} from './wait.js';
import {sendMouse, resetMouse, setViewport} from '@web/test-runner-commands';
import type {QuoteCard} from '../../src/elements/quote-card/quote-card.js';
import {centre, drawn, eventMark, part, story} from './helpers.js';

before(() => setViewport({width: 1280, height: 1000}));
afterEach(() => resetMouse());

async function card(markup: ReturnType<typeof html>): Promise<QuoteCard> {
  const element = await fixture<QuoteCard>(markup);
  await element.updateComplete;
  return element;
}

describe('<quote-card> semantics', () => {
  it('is a figure with a blockquote and a figcaption holding speaker, role and a <time datetime>', async () => {
    const element = await card(
      html`<quote-card
        speaker="Юрий Ушаков"
        speaker-role="помощник президента"
        date="2026-02-03"
        lang="ru"
        source="ТАСС"
        cite="https://example.org/story"
        >Документ был автоматически продлен</quote-card
      >`,
    );
    const root = element.shadowRoot!;
    const figure = root.querySelector('figure')!;
    expect(figure.getAttribute('part')).to.equal('base');
    const quote = figure.querySelector('blockquote')!;
    expect(quote.getAttribute('part')).to.equal('quote');
    expect(quote.getAttribute('cite')).to.equal('https://example.org/story');
    expect(quote.getAttribute('lang')).to.equal('ru');
    expect(quote.textContent!.trim()).to.equal('Документ был автоматически продлен');
    const caption = figure.querySelector('figcaption')!;
    expect(caption.querySelector('[part="speaker"]')!.textContent).to.equal('Юрий Ушаков');
    expect(caption.querySelector('[part="role"]')!.textContent).to.equal('помощник президента');
    const time = caption.querySelector('time')!;
    expect(time.getAttribute('part')).to.equal('date');
    expect(time.getAttribute('datetime')).to.equal('2026-02-03');
    expect(time.textContent).to.equal('3 февраля 2026 г.');
    const source = caption.querySelector('cite')!;
    expect(source.getAttribute('part')).to.equal('source');
    expect(source.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/story');
  });

  it('reads without JavaScript: the quote is the element content', async () => {
    const element = await card(html`<quote-card speaker="A">Words said</quote-card>`);
    expect(element.textContent!.trim()).to.equal('Words said');
  });

  it('uses the text property when there is no content', async () => {
    const element = await card(html`<quote-card .text=${'From a property'}></quote-card>`);
    expect(element.shadowRoot!.querySelector('blockquote')!.textContent!.trim()).to.equal('From a property');
  });

  it('formats the date at its precision in the card language', async () => {
    const element = await card(html`<quote-card date="2026-07" lang="en">x</quote-card>`);
    expect(element.shadowRoot!.querySelector('time')!.textContent).to.equal('July 2026');
    expect(element.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-07');
  });

  it('links the source only for http and https URLs', async () => {
    for (const cite of ['javascript:alert(1)', 'data:text/html,x', 'mailto:a@example.org', ' JaVaScRiPt:alert(1)']) {
      const element = await card(html`<quote-card source="Source" cite=${cite}>x</quote-card>`);
      expect(element.shadowRoot!.querySelector('a'), cite).to.equal(null);
      expect(element.shadowRoot!.querySelector('blockquote')!.hasAttribute('cite'), cite).to.equal(false);
    }
  });

  it('shows a portrait with its alt text', async () => {
    const element = await card(html`<quote-card image="https://example.org/p.jpg" image-alt="Portrait of A">x</quote-card>`);
    const image = element.shadowRoot!.querySelector('img')!;
    expect(image.getAttribute('part')).to.equal('image');
    expect(image.alt).to.equal('Portrait of A');
  });

  it('emits schema.org Quotation microdata', async () => {
    const element = await card(html`<quote-card speaker="A" date="2026-02-03">Words</quote-card>`);
    const figure = element.shadowRoot!.querySelector('figure')!;
    expect(figure.getAttribute('itemtype')).to.equal('https://schema.org/Quotation');
    expect(figure.querySelector('[itemprop="text"]')!.textContent!.trim()).to.equal('Words');
    expect(figure.querySelector('[itemprop="creator"] [itemprop="name"]')!.textContent).to.equal('A');
  });

  it('adds Quotation JSON-LD with structured-data, and removes it with the card', async () => {
    const element = await card(
      html`<quote-card structured-data speaker="A" speaker-role="Minister" date="2026-02-03" cite="https://example.org/s"
        >Words</quote-card
      >`,
    );
    const script = element.querySelector('script[type="application/ld+json"]')!;
    const data = JSON.parse(script.textContent!);
    expect(data).to.deep.include({
      '@context': 'https://schema.org',
      '@type': 'Quotation',
      text: 'Words',
      dateCreated: '2026-02-03',
      isBasedOn: 'https://example.org/s',
    });
    expect(data.creator).to.deep.equal({'@type': 'Person', name: 'A', jobTitle: 'Minister'});
    element.remove();
    expect(script.isConnected).to.equal(false);
  });

  it('reads a job title written as role="…" and keeps role free for ARIA', async () => {
    const element = await card(html`<quote-card speaker="A" role="Aide to the President">x</quote-card>`);
    expect(element.hasAttribute('role')).to.equal(false);
    expect(element.shadowRoot!.querySelector('[part="role"]')!.textContent).to.equal('Aide to the President');
  });

  it('offers a copy-link button, hidden with no-share', async () => {
    const shared = await card(html`<quote-card>x</quote-card>`);
    expect(shared.shadowRoot!.querySelector('button.share')).to.exist;
    const plain = await card(html`<quote-card no-share>x</quote-card>`);
    expect(plain.shadowRoot!.querySelector('button.share')).to.equal(null);
  });

  it("follows its theme attribute, whatever the reader's colour scheme, so a page's own dark mode reads", async () => {
    const card = await fixture<QuoteCard>(html`<quote-card speaker="Yuri Ushakov" theme="dark">Text</quote-card>`);
    const caption = () => getComputedStyle(card.shadowRoot!.querySelector('figcaption')!).color;
    expect(caption()).to.equal('rgb(180, 181, 191)');
    card.theme = 'light';
    await card.updateComplete;
    expect(caption()).to.equal('rgb(85, 86, 94)');
  });

  it('has no accessibility violations', async () => {
    const element = await card(
      html`<quote-card speaker="A" speaker-role="B" date="2026-02-03" source="S" cite="https://example.org">Words</quote-card>`,
    );
    await expect(element).to.be.accessible();
  });
});

describe('<quote-card> linked to <event-timeline>', () => {
  async function page(order: 'timeline-first' | 'card-first' = 'timeline-first') {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    const timeline = document.createElement('event-timeline');
    timeline.id = `t-${Math.random().toString(36).slice(2)}`;
    timeline.setAttribute('lang', 'en');
    timeline.data = await story('en');
    const quote = document.createElement('quote-card');
    quote.setAttribute('for', timeline.id);
    quote.setAttribute('event', 'new-start');
    quote.setAttribute('speaker', 'Vladimir Putin');
    quote.textContent = 'Russia will act in a balanced way.';
    if (order === 'timeline-first') wrapper.append(timeline, quote);
    else wrapper.append(quote, timeline);
    await drawn(timeline);
    await quote.updateComplete;
    return {timeline, quote};
  }

  it('highlights its event while hovered', async () => {
    const {timeline, quote} = await page();
    await sendMouse({type: 'move', position: centre(quote)});
    await waitUntil(() => eventMark(timeline, 'new-start').getAttribute('part')!.includes('highlighted'), 'not highlighted on hover');
    await sendMouse({type: 'move', position: [2, 2]});
    await waitUntil(
      () => !eventMark(timeline, 'new-start').getAttribute('part')!.includes('highlighted'),
      'still highlighted after leaving',
    );
  });

  it('highlights its event while focused', async () => {
    const {timeline, quote} = await page();
    quote.shadowRoot!.querySelector<HTMLButtonElement>('button.show')!.focus();
    await waitUntil(() => eventMark(timeline, 'new-start').getAttribute('part')!.includes('highlighted'), 'not highlighted on focus');
  });

  it('shows and selects its event when activated', async () => {
    const {timeline, quote} = await page();
    const selected = new Promise<string>((resolve) => timeline.addEventListener('timeline-select', (event) => resolve(event.detail.id)));
    await sendMouse({type: 'click', position: centre(quote.shadowRoot!.querySelector('button.show')!)});
    expect(await selected).to.equal('new-start');
    expect(timeline.selected).to.equal('new-start');
    await waitUntil(() => !/Jul/.test(part(timeline, 'axis')!.textContent ?? ''), 'did not zoom to the event');
  });

  it('is marked active when its event is selected in the timeline', async () => {
    const {timeline, quote} = await page();
    await sendMouse({type: 'click', position: centre(eventMark(timeline, 'new-start').querySelector('.dot')!)});
    await waitUntil(() => quote.active, 'the card did not become active');
    await sendMouse({type: 'click', position: centre(eventMark(timeline, 'treaty').querySelector('.dot')!)});
    await waitUntil(() => !quote.active, 'the card stayed active');
  });

  it('works when the card comes before the timeline in the page', async () => {
    const {timeline, quote} = await page('card-first');
    await sendMouse({type: 'move', position: centre(quote)});
    await waitUntil(() => eventMark(timeline, 'new-start').getAttribute('part')!.includes('highlighted'), 'not highlighted');
  });

  it('keeps two timelines on one page apart', async () => {
    const first = await page();
    const second = await page();
    second.quote.scrollIntoView({block: 'center'});
    await sendMouse({type: 'move', position: centre(second.quote)});
    await waitUntil(() => eventMark(second.timeline, 'new-start').getAttribute('part')!.includes('highlighted'), 'second not highlighted');
    expect(eventMark(first.timeline, 'new-start').getAttribute('part')).not.to.contain('highlighted');
  });

  it('links inside the shadow root of another component too', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    const root = host.attachShadow({mode: 'open'});
    const timeline = document.createElement('event-timeline');
    timeline.data = await story('en');
    const quote = document.createElement('quote-card');
    quote.setAttribute('event', 'new-start');
    quote.textContent = 'Words.';
    root.append(timeline, quote);
    await drawn(timeline);
    await sendMouse({type: 'click', position: centre(eventMark(timeline, 'new-start').querySelector('.dot')!)});
    await waitUntil(() => quote.active, 'the card in a shadow root did not become active');
  });

  it('finds its timeline without for="…", by the event id', async () => {
    const {timeline, quote} = await page();
    quote.removeAttribute('for');
    await quote.updateComplete;
    await sendMouse({type: 'move', position: centre(quote)});
    await waitUntil(() => eventMark(timeline, 'new-start').getAttribute('part')!.includes('highlighted'), 'not highlighted');
  });

  it('offers no "show" button for an event its timeline does not have, says so once, and links when the event arrives', async () => {
    const {timeline, quote} = await page();
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      quote.setAttribute('event', 'does-not-exist');
      await quote.updateComplete;
      timeline.data = await story('en'); // a load: the card checks again, and says nothing new
      await drawn(timeline);
      await quote.updateComplete;
      expect(quote.shadowRoot!.querySelector('button.show')).to.equal(null);
      expect(warnings.filter((line) => line.includes('"does-not-exist"'))).to.have.length(1);
      const data = await story('en');
      (data.events as Record<string, unknown>[]).push({id: 'does-not-exist', date: '2026-03-01', title: 'Now it exists'});
      timeline.data = data;
      await waitUntil(() => quote.shadowRoot!.querySelector('button.show'), 'the card did not link once the event arrived');
    } finally {
      console.warn = original;
    }
  });
});
