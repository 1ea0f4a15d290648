// The hostile-input review's crashes and freezes, in the browser: each input is given the way a
// page would give it (`data`, `src`, inline JSON, a light-DOM list, attributes, a move to another
// document), and must end in a drawn timeline or a role="alert" naming the path, with every valid
// event still drawn, no uncaught error or rejection, and the DOM kept to what a reader can use.
// What would freeze the page is checked by its size (paths drawn, characters kept), never by time:
// `node bench/hostile.js` measures the longest task of each case.
import {expect, fixture, html} from '@open-wc/testing';
import type {EventTimeline} from '../../src/elements/event-timeline/event-timeline.js';
import type {QuoteCard} from '../../src/elements/quote-card/quote-card.js';
import {DEFAULT_LIMITS} from '../../src/model/limits.js';
import {drawn, part, parts, story, timelineWith} from './helpers.js';

const MAX = DEFAULT_LIMITS.maxTextLength;
const pageErrors: string[] = [];
const onError = (event: ErrorEvent) => pageErrors.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(`unhandled rejection: ${String(event.reason)}`);
let originals: [typeof console.error, typeof console.warn];
before(() => {
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});
after(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
});
beforeEach(() => {
  // The element logs each document's problems; here they are the point.
  originals = [console.error, console.warn];
  console.error = console.warn = () => {};
});
afterEach(async () => {
  [console.error, console.warn] = originals;
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(pageErrors.splice(0), 'uncaught errors').to.deep.equal([]);
});

const alertOf = (element: Element) => part(element, 'error')?.textContent?.replace(/\s+/g, ' ') ?? '';
const drawnIds = (element: Element) => parts(element, 'event').map((mark) => mark.getAttribute('data-event-id'));
const blobUrl = (text: string) => URL.createObjectURL(new Blob([text], {type: 'application/json'}));

async function timelineFrom(src: string, width = 1000): Promise<EventTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const element = document.createElement('event-timeline');
  element.setAttribute('lang', 'en');
  element.src = src;
  wrapper.append(element);
  await drawn(element);
  return element;
}

/** An array nested `depth` deep around 1, built without recursion. */
function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe('crashes that lost valid data', function () {
  this.timeout(20_000);

  it('reports a TimelineJS year and unique_id nested 100,000 deep given as data, and draws the valid slide', async () => {
    const deep = nested(100_000);
    const element = await timelineWith({
      events: [
        {start_date: {year: 2026}, text: {headline: 'Kept'}},
        {start_date: {year: deep}, text: {headline: 'Deep year'}},
        {start_date: {year: 2025}, text: {headline: 'Deep id'}, unique_id: deep},
      ],
    });
    expect(alertOf(element)).to.contain('events[1].start_date.year: must be a number or a string, not an array');
    expect(element.issues).to.deep.include({
      path: 'events[2].unique_id',
      message: 'must be a string, not an array; ignored',
      severity: 'warning',
    });
    expect(drawnIds(element)).to.have.members(['kept', 'deep-id']);
  });

  it('reports the same document fetched from src at its path, not as a network error', async () => {
    const deep = `${'['.repeat(3300)}2026${']'.repeat(3300)}`;
    const text = `{"events": [{"start_date": {"year": 2026}, "text": {"headline": "Kept"}}, {"start_date": {"year": ${deep}}, "text": {"headline": "Deep"}}]}`;
    const element = await timelineFrom(blobUrl(text));
    expect(alertOf(element)).to.contain('events[1].start_date.year: must be a number or a string, not an array');
    expect(alertOf(element)).not.to.match(/network/i);
    expect(drawnIds(element)).to.deep.equal(['kept']);
  });

  it('reads a light-DOM item of 20,000 nested spans, and the item beside it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    const element = document.createElement('event-timeline');
    element.setAttribute('lang', 'en');
    const list = document.createElement('ol');
    list.innerHTML =
      '<li data-id="plain"><time datetime="2026-01-05">5 January</time> <strong>Plain</strong></li><li data-id="deep"><time datetime="2026-02-03">3 February</time> <strong>Deep</strong></li>';
    let span: Element = list.lastElementChild!;
    for (let i = 0; i < 20_000; i++) span = span.appendChild(document.createElement('span'));
    span.textContent = 'the innermost words';
    element.append(list);
    wrapper.append(element);
    await drawn(element);
    expect(drawnIds(element)).to.have.members(['plain', 'deep']);
    expect(element.timeline!.events.find((event) => event.id === 'deep')!.summary).to.equal('the innermost words');
  });

  it('reports a Proxy or a throwing getter given as data, instead of throwing', async () => {
    const trap = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
      },
    );
    for (const data of [
      trap,
      Object.defineProperty({}, 'events', {
        get: () => {
          throw new Error('getter');
        },
        enumerable: true,
      }),
    ]) {
      const element = await timelineWith(data);
      expect(alertOf(element)).to.match(/\(root\): could not be read: (trap|getter)/);
    }
  });

  for (const lang of ['zh-u-ca-chinese', 'ko-u-ca-dangi']) {
    it(`draws events at the ends of the Date range in ${lang}: every label, the list, and a quote card`, async () => {
      const element = await timelineWith(
        {
          events: [
            {id: 'late', date: 'Y275759', title: 'Late'},
            {id: 'early', date: 'Y-271820', title: 'Early'},
            {id: 'now', date: '2026', title: 'Now'},
          ],
        },
        {attrs: {lang}},
      );
      expect(drawnIds(element)).to.have.members(['late', 'early', 'now']);
      const subtitles = [...element.shadowRoot!.querySelectorAll('[data-label-for] .subtitle')].map((text) => text.textContent!.trim());
      expect(subtitles.every(Boolean), `subtitles ${JSON.stringify(subtitles)}`).to.equal(true);
      expect(subtitles.join(' ')).to.contain('275759');
      element.view = 'list';
      await element.updateComplete;
      expect(part(element, 'list')!.textContent).to.contain('275759');
      const card = await fixture<QuoteCard>(html`<quote-card lang=${lang} date="Y275759" speaker="A">Words</quote-card>`);
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('time')!.textContent).to.contain('275759');
    });
  }

  it('keeps its styles and draws again after a move into a same-origin iframe and back', async () => {
    const element = await timelineWith(await story('en'));
    const card = await fixture<QuoteCard>(html`<quote-card speaker="A">Words</quote-card>`);
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    document.body.append(frame);
    try {
      const doc = frame.contentDocument!;
      doc.body.append(doc.adoptNode(element), doc.adoptNode(card));
      await new Promise((resolve) => setTimeout(resolve, 200));
      for (const moved of [element, card]) {
        // Its own styles, and those of the parts it has drawn with, made anew in the frame's document.
        expect(moved.shadowRoot!.adoptedStyleSheets.length, `${moved.localName} styles in the frame`).to.be.at.least(1);
        expect(getComputedStyle(moved).display).to.equal('block');
      }
      expect(parts(element, 'event')).to.have.length(7);
      const back = document.createElement('div');
      back.style.width = '800px';
      document.body.append(back);
      back.append(document.adoptNode(element), document.adoptNode(card));
      await new Promise((resolve) => setTimeout(resolve, 200));
      for (const moved of [element, card]) {
        expect(moved.shadowRoot!.adoptedStyleSheets.length, `${moved.localName} styles back home`).to.be.at.least(1);
        expect(getComputedStyle(moved).display, `${moved.localName} back home`).to.equal('block');
      }
      expect(parts(element, 'event')).to.have.length(7);
      element.data = await story('ru');
      await element.updateComplete;
      expect(part(element, 'header')!.textContent).to.contain('Путин');
      back.remove();
    } finally {
      frame.remove();
    }
  });

  it('names the cause when the page parser cut inline JSON short at a "</script" in it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    // Through the HTML parser, as a page would write it: the script ends inside the title.
    wrapper.innerHTML =
      '<event-timeline lang="en"><script type="application/json">{"events": [{"id": "a", "date": "2026", "title": "Not </script> escaped"}]}</script></event-timeline>';
    const element = wrapper.querySelector('event-timeline')!;
    await drawn(element);
    expect(alertOf(element)).to.contain('(root): the inline <script> ends early or runs on: write every "<" in it as "\\u003c"');
  });

  it('names the cause when "<!--<script>" in inline JSON made the script run on over the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    wrapper.innerHTML =
      '<event-timeline lang="en"><script type="application/json">{"events": [{"id": "a", "date": "2026", "title": "<!--<script>"}]}</script></event-timeline>' +
      '<p id="after">The rest of the article</p><script type="text/plain"></script>';
    const element = wrapper.querySelector('event-timeline')!;
    await drawn(element);
    // The parser did swallow the page: the paragraph is text of the script.
    expect(wrapper.querySelector('#after')).to.equal(null);
    expect(alertOf(element)).to.contain('(root): the inline <script> ends early or runs on');
  });

  it('reads inline JSON that writes "<" as \\u003c, and does not blame a mere syntax error on the page parser', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    wrapper.innerHTML =
      '<event-timeline lang="en"><script type="application/json">{"events": [{"id": "a", "date": "2026", "title": "\\u003c/script> \\u003c!--\\u003cscript>"}]}</script></event-timeline>';
    const element = wrapper.querySelector('event-timeline')!;
    await drawn(element);
    expect(element.timeline!.events[0]!.title).to.equal('</script> <!--<script>');
    const broken = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    broken.innerHTML = '<event-timeline lang="en"><script type="application/json">{"events": [,]}</script></event-timeline>';
    const other = broken.querySelector('event-timeline')!;
    await drawn(other);
    expect(alertOf(other)).to.contain('is not valid JSON');
    expect(alertOf(other)).not.to.contain('inline <script>');
  });

  it('reports a src whose JSON is a string holding the document, instead of reading it twice', async () => {
    const element = await timelineFrom(blobUrl(JSON.stringify(JSON.stringify({events: [{id: 'a', date: '2026', title: 'A'}]}))));
    expect(alertOf(element)).to.contain(
      '(root): must be an object with an "events" array, not a string (JSON text encoded twice; it is not read twice)',
    );
    expect(parts(element, 'event')).to.have.length(0);
  });

  it('refuses a src of 19 MB of "[" by its depth, before JSON.parse builds it', async () => {
    const element = await timelineFrom(blobUrl('['.repeat(19_000_000)));
    expect(alertOf(element)).to.contain(
      `more than ${DEFAULT_LIMITS.maxDepth} levels of nesting at character ${DEFAULT_LIMITS.maxDepth + 1}`,
    );
  });
});

describe('JSON text holding far more arrays and objects than any story', function () {
  this.timeout(120_000);
  const MAX_CONTAINERS = DEFAULT_LIMITS.maxContainers;
  // 6,300,000 empty arrays: 18.9 MB, under max-bytes (20 MB) and the limit of JSON text given as data.
  const N = 6_300_000;
  const emptyArrays = () => `[${'[],'.repeat(N - 1)}[]]`;
  // The root is the first array; the one past the limit is the next, at character 3 * limit - 1.
  const where = `at character ${3 * MAX_CONTAINERS - 1}`;
  const reason = `more than ${MAX_CONTAINERS} arrays and objects`;
  let errors: string[] = [];
  let parsedLengths: number[] = [];
  const parse = JSON.parse;
  beforeEach(() => {
    errors = [];
    console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
    parsedLengths = [];
    JSON.parse = ((text: string, reviver?: Parameters<typeof parse>[1]) => {
      parsedLengths.push(String(text).length);
      return parse(text, reviver);
    }) as typeof JSON.parse;
  });
  afterEach(() => {
    JSON.parse = parse;
  });
  const bigParses = () => parsedLengths.filter((length) => length > 1_000_000);

  it('refuses a 19 MB src of six million empty arrays before JSON.parse, naming the limit, logged once, with a retry', async () => {
    const element = await timelineFrom(`/__fault/empty-arrays?n=${N}`);
    expect(alertOf(element)).to.contain(`${reason} ${where}`);
    expect(part(element, 'error')!.getAttribute('role')).to.equal('alert');
    expect(part(element, 'error')!.querySelector('button.retry'), 'a retry button').not.to.equal(null);
    expect(bigParses(), 'JSON.parse never saw the body').to.deep.equal([]);
    expect(errors.filter((line) => line.includes(reason))).to.have.length(1);
  });

  it('refuses the same text given as data, and inline, naming the limit at (root)', async () => {
    const text = emptyArrays();
    const fromData = await timelineWith(text);
    expect(alertOf(fromData)).to.contain(`(root): holds ${reason} (${where}); not read`);

    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
    const inline = document.createElement('event-timeline');
    inline.setAttribute('lang', 'en');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = text;
    inline.append(script);
    wrapper.append(inline);
    await drawn(inline);
    expect(alertOf(inline)).to.contain(`(root): holds ${reason} (${where}); not read`);
    expect(alertOf(inline), 'not blamed on the HTML parser').not.to.contain('inline <script>');
    expect(bigParses(), 'JSON.parse never saw the text').to.deep.equal([]);
    expect(errors.filter((line) => line.includes(reason))).to.have.length(2);
  });

  it('still reads a story with many arrays and objects under the limit', async () => {
    const events = Array.from({length: 2000}, (_, i) => ({
      id: `e${i}`,
      date: `${2000 + (i % 20)}-01-01`,
      title: `Event ${i}`,
      quotes: [{text: 'Said', speaker: 'Someone'}],
    }));
    const element = await timelineFrom(blobUrl(JSON.stringify({events, $schema: Array.from({length: 500_000}, () => [])})));
    expect(element.timeline?.events).to.have.length(2000);
    expect(alertOf(element)).not.to.contain('arrays and objects');
  });
});

describe('freezes within the documented limits', function () {
  this.timeout(30_000);

  it('draws 100,000 copies of one link between two events as one arc, and names each event in a sentence, not a book', async () => {
    const links = Array.from({length: 100_000}, () => ({from: 'a', to: 'b', kind: 'follows'}));
    const element = await timelineWith({
      events: [
        {id: 'a', date: '2026-01-01', title: 'A'},
        {id: 'b', date: '2026-06-01', title: 'B'},
      ],
      links,
    });
    expect(parts(element, 'link')).to.have.length(1);
    expect(element.issues).to.deep.include({
      path: 'links',
      message: '99999 links repeat an earlier one and are drawn once (the first: links[1] repeats links[0])',
      severity: 'warning',
    });
    for (const mark of parts(element, 'event')) expect(mark.getAttribute('aria-label')!.length).to.be.below(200);
  });

  it('keeps 10 different links between two events, and cuts the spoken list of an event with thousands', async () => {
    const events = [
      {id: 'hub', date: '2026-01-01', title: 'Hub'},
      ...Array.from({length: 3000}, (_, i) => ({id: `e${i}`, date: '2026-06-01', title: `Event number ${i}`})),
    ];
    const links = [
      ...Array.from({length: 3000}, (_, i) => ({from: 'hub', to: `e${i}`, kind: 'mentions'})),
      ...Array.from({length: 30}, (_, i) => ({from: 'hub', to: 'e0', label: `L${i}`})),
    ];
    const element = await timelineWith({anchor: 'hub', events, links});
    expect(element.timeline!.links.filter((link) => link.to === 'e0')).to.have.length(10);
    const hub = element.shadowRoot!.querySelector('[role="option"][data-event-id="hub"]')!;
    expect(hub.getAttribute('aria-label')!.length).to.be.within(MAX, MAX + 200);
  });

  it('cuts a 6 MB anchor, link kind and property name fetched from src: the alert, the issues and data-kind stay small, the page as wide as it was', async () => {
    const huge = 'x'.repeat(6_000_000);
    const text = JSON.stringify({
      events: [
        {id: 'a', date: '2020', title: 'A'},
        {id: 'b', date: '2021', title: 'B'},
      ],
      anchor: huge,
      links: [{from: 'a', to: 'b', kind: huge}],
      [huge]: 1,
    });
    const width = document.documentElement.scrollWidth;
    const element = await timelineFrom(blobUrl(text), 600);
    expect(drawnIds(element)).to.have.members(['a', 'b']);
    for (const issue of element.issues) expect(issue.path.length + issue.message.length).to.be.at.most(2 * MAX);
    expect(alertOf(element).length).to.be.below(4 * MAX);
    expect(part(element, 'link')!.getAttribute('data-kind')).to.have.length(MAX);
    expect(document.documentElement.scrollWidth).to.equal(width);
  });

  it('gives 12,000 TimelineJS slides with one headline 12,000 ids', async () => {
    const element = await timelineWith({
      events: Array.from({length: 12_000}, () => ({start_date: {year: 2020}, text: {headline: 'Same'}})),
    });
    expect(new Set(element.timeline!.events.map((event) => event.id)).size).to.equal(12_000);
  });

  it('cuts TimelineJS headlines of a million characters to the text limit, saying so at their paths', async () => {
    const headline = '\u2039 '.repeat(490_000);
    const element = await timelineWith({events: Array.from({length: 10}, (_, i) => ({start_date: {year: 2000 + i}, text: {headline}}))});
    expect(element.timeline!.events.every((event) => event.title.length === MAX)).to.equal(true);
    expect(element.issues.filter((issue) => issue.path.endsWith('.text.headline'))).to.have.length(10);
  });

  it('cuts a quote of one letter and 100,000 combining marks to the text limit', async () => {
    const card = await fixture<QuoteCard>(html`<quote-card speaker="A">${'a' + '\u0301'.repeat(100_000)}</quote-card>`);
    await card.updateComplete;
    const quote = card.shadowRoot!.querySelector('blockquote')!;
    expect(quote.textContent!.trim().length).to.equal(MAX);
  });

  it('wraps an unbroken word of 300 letters in a quote card and in a timeline, instead of widening the page', async () => {
    const word = 'W'.repeat(300);
    const width = document.documentElement.scrollWidth;
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 400px"></div>`);
    const card = document.createElement('quote-card');
    card.setAttribute('speaker', word);
    card.textContent = word;
    wrapper.append(card);
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('figure')!.scrollWidth).to.be.at.most(400);
    const element = await timelineWith(
      {
        title: word,
        events: [
          {id: 'a', date: '2026', title: word},
          {id: 'b', date: 'not a date', title: word},
        ],
      },
      {width: 400},
    );
    element.view = 'list';
    await element.updateComplete;
    expect(part(element, 'base')!.scrollWidth).to.be.at.most(400);
    expect(document.documentElement.scrollWidth).to.equal(width);
  });
});

describe("the quote card's portrait", () => {
  it('is the one request the card makes, sent without a referrer; a relative URL is resolved against the page', async () => {
    const card = await fixture<QuoteCard>(html`<quote-card image="/csp/portrait.svg" image-alt="Portrait">Words</quote-card>`);
    await card.updateComplete;
    const image = card.shadowRoot!.querySelector('img')!;
    expect(image.getAttribute('src')).to.equal(new URL('/csp/portrait.svg', document.baseURI).href);
    expect(image.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(image.referrerPolicy).to.equal('no-referrer');
  });

  it('is left out for a URL that is not http(s), relative or not', async () => {
    for (const url of ['javascript:alert(1)', 'data:image/svg+xml,<svg/>', 'ftp://example.org/p.png', 'http://[']) {
      const card = await fixture<QuoteCard>(html`<quote-card image=${url}>Words</quote-card>`);
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('img'), url).to.equal(null);
    }
  });
});
