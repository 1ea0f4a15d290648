// Accessibility of <event-timeline> in every state a reader meets, checked with axe-core,
// plus the list view and the accessible names a screen reader announces.
import {expect} from '@open-wc/testing';
import {waitUntil} from './wait.js';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import {eventMark, part, story, timelineWith} from './helpers.js';

before(() => setViewport({width: 1280, height: 1000}));

describe('<event-timeline> accessibility (axe)', () => {
  it('has no violations by default', async () => {
    await expect(await timelineWith(await story('en'))).to.be.accessible();
  });

  it('has no violations with an event selected and its detail card open', async () => {
    const element = await timelineWith(await story('en'));
    await element.focusEvent('treaty-25');
    await sendKeys({press: 'Enter'});
    await waitUntil(() => part(element, 'detail'));
    // Let the card's fade-in finish: axe measures contrast on the colours it sees.
    await Promise.all(
      part(element, 'detail')!
        .getAnimations({subtree: true})
        .map((animation) => animation.finished),
    );
    await expect(element).to.be.accessible();
  });

  it('has no violations in the vertical layout', async () => {
    await expect(await timelineWith(await story('ru'), {width: 375})).to.be.accessible();
  });

  it('has no violations in the dark theme', async () => {
    await expect(await timelineWith(await story('en'), {attrs: {theme: 'dark'}})).to.be.accessible();
  });

  it('has no violations in the list view', async () => {
    await expect(await timelineWith(await story('en'), {attrs: {view: 'list'}})).to.be.accessible();
  });

  it('has no violations in the error state', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      await expect(await timelineWith({events: [{id: '?', date: 'x', title: ''}]})).to.be.accessible();
    } finally {
      console.error = original;
    }
  });

  it('has no violations right to left', async () => {
    const data = await story('en');
    await expect(await timelineWith(data, {attrs: {dir: 'rtl', lang: 'ar'}})).to.be.accessible();
  });
});

describe('<event-timeline> for screen readers', () => {
  it('names the picture by its title and describes what it shows', async () => {
    const element = await timelineWith(await story('en'), {attrs: {lang: 'en'}});
    const svg = element.shadowRoot!.querySelector('svg')!;
    expect(svg.getAttribute('aria-label')).to.contain('Putin and Xi Jinping');
    const description = element.shadowRoot!.getElementById(svg.getAttribute('aria-describedby')!)!;
    expect(description.textContent).to.equal('7 events from July 16, 2001 to July 16, 2026');
  });

  it("reads each event's title, date with its precision and certainty, and relation to the story date", async () => {
    const element = await timelineWith(await story('en'), {attrs: {lang: 'en'}});
    expect(eventMark(element, 'visit').getAttribute('aria-label')).to.match(
      /^Putin's official visit to China, first half of 2026 \(unconfirmed\), Planned/,
    );
    expect(eventMark(element, 'spring-festival').getAttribute('aria-label')).to.contain('February 17, 2026, in 2 weeks');
    expect(eventMark(element, 'treaty').getAttribute('aria-label')).to.contain('24 years ago');
  });

  it('announces the links of an event from the event itself', async () => {
    const element = await timelineWith(await story('en'), {attrs: {lang: 'en'}});
    const name = eventMark(element, 'treaty-25').getAttribute('aria-label')!;
    expect(name).to.match(/25th anniversary of Treaty of Good-Neighbourliness/);
    expect(eventMark(element, 'treaty').getAttribute('aria-label')).to.match(/Anniversary: 25 years of the Treaty/);
  });

  it('offers an ordered list in time order with <time datetime> for every event', async () => {
    const element = await timelineWith(await story('en'));
    const list = part(element, 'list')!;
    expect(list.tagName).to.equal('OL');
    const items = [...list.children] as HTMLElement[];
    expect(items.map((item) => item.dataset.eventId)).to.deep.equal([
      'treaty',
      'visit',
      'abu-dhabi',
      'call',
      'new-start',
      'spring-festival',
      'treaty-25',
    ]);
    expect(items.map((item) => item.querySelector('time')!.getAttribute('datetime'))).to.deep.equal([
      '2001-07-16',
      '2026',
      '2026-02',
      '2026-02-03',
      '2026-02-05',
      '2026-02-17',
      '2026-07-16',
    ]);
  });

  it('switches between picture and list with a visible toggle', async () => {
    const element = await timelineWith(await story('en'), {attrs: {lang: 'en'}});
    const toggle = element.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="toggle-view"]')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await element.updateComplete;
    expect(element.view).to.equal('list');
    expect(part(element, 'list')!.classList.contains('visually-hidden')).to.equal(false);
    expect(part(element, 'chart')!.hasAttribute('hidden')).to.equal(true);
    expect(element.shadowRoot!.querySelector('[data-action="toggle-view"]')!.getAttribute('aria-pressed')).to.equal('true');
  });

  it("sets the data's language on its texts and each quote's language on the quote", async () => {
    const element = await timelineWith(await story('ru'), {attrs: {lang: 'en'}});
    expect(element.shadowRoot!.querySelector('.title')!.getAttribute('lang')).to.equal('ru');
    const quote = part(element, 'list')!.querySelector('blockquote')!;
    expect(quote.getAttribute('lang')).to.equal('ru');
  });
});
