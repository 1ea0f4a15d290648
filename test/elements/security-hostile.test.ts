// Hostile data: the corpus of test/fixtures/hostile/payloads.ts in every text and URL field of
// the event JSON and in every attribute and the content of <quote-card>, rendered in every view
// (chart, list, each event's detail card, vertical), through every way data comes in (property,
// src, inline JSON), and exported (JSON-LD, toSVG()). Nothing may run: a tripwire catches any
// payload that does (`top.__pwned = 1`, alert, confirm, prompt). And the DOM is audited: no
// `on*` attribute anywhere, only http(s)/mailto URLs in href/src/cite, no style that reaches
// a url() or expression(), no element a payload could have smuggled in, payloads only as text.
import {expect, fixture, html} from '@open-wc/testing';
import {waitUntil} from './wait.js';
import {sendKeys} from '@web/test-runner-commands';
import type {EventTimeline} from '../../src/elements/event-timeline/event-timeline.js';
import type {QuoteCard} from '../../src/elements/quote-card/quote-card.js';
import {cleanText, cutText} from '../../src/model/read-fields.js';
import {BAD_COLOURS, BAD_URLS, BIDI_CONTROLS, GOOD_URLS, LONG, MARKUP, TEXTS, TRIP, hostileDocument} from '../fixtures/hostile/payloads.js';
import {drawn, part} from './helpers.js';

// ---- The tripwire ---------------------------------------------------------------------

const tripped: string[] = [];
const pageErrors: string[] = [];
type Trappable = Window & Record<string, unknown>;

function armTripwire(target: Window): void {
  const win = target as Trappable;
  Object.defineProperty(win, '__pwned', {
    configurable: true,
    get: () => undefined,
    set: (value: unknown) => void tripped.push(`__pwned = ${String(value)}\n${new Error().stack}`),
  });
  for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
    (win as Record<string, unknown>)[name] = (...args: unknown[]) => void tripped.push(`${name}(${args.map(String).join(', ')})`);
  }
}

before(() => {
  armTripwire(window);
  if (window.top && window.top !== window) armTripwire(window.top);
  window.addEventListener('error', (event) => pageErrors.push(`error: ${event.message}`));
  window.addEventListener('unhandledrejection', (event) => pageErrors.push(`unhandled rejection: ${String(event.reason)}`));
  // The tripwire itself works: a payload that does run is caught.
  // eslint-disable-next-line no-new-func -- running a payload on purpose is this check
  new Function(TRIP)();
  expect(tripped).to.have.length(1);
  tripped.length = 0;
});

// The element logs every problem of the data; here there are hundreds, on purpose.
let originalError: typeof console.error;
let originalWarn: typeof console.warn;
beforeEach(() => {
  [originalError, originalWarn] = [console.error, console.warn];
  console.error = console.warn = () => {};
});
afterEach(async () => {
  [console.error, console.warn] = [originalError, originalWarn];
  // Give anything that was going to run (image errors, focus, animations) the time to run.
  await new Promise((resolve) => setTimeout(resolve, 150));
  expect(tripped, 'a payload ran').to.deep.equal([]);
  expect(pageErrors, 'uncaught errors').to.deep.equal([]);
});

// ---- The audit ------------------------------------------------------------------------

/** Every element under `root`, descending into every shadow root, with the shadow root it is in. */
function walk(root: ParentNode, shadow: ShadowRoot | null = null, out: {element: Element; shadow: ShadowRoot | null}[] = []) {
  for (const element of root.querySelectorAll('*')) {
    out.push({element, shadow});
    if (element.shadowRoot) walk(element.shadowRoot, element.shadowRoot, out);
  }
  return out;
}

const SAFE_URL = /^(?:https?:|mailto:)/i;
const URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'cite']);
/** Attributes whose values are text (names, labels, a nested quote card's speaker): payloads may appear in them as text. */
const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'title',
  'alt',
  'data-kind',
  'speaker',
  'speaker-role',
  'source',
  'date',
  'image-alt',
  'label',
  'lang',
]);
const NEVER_ATTRIBUTES = new Set([
  'srcdoc',
  'srcset',
  'action',
  'formaction',
  'poster',
  'background',
  'data',
  'codebase',
  'dynsrc',
  'lowsrc',
  'ping',
]);
/** Elements that none of our templates make, and that a payload parsed as markup would. */
const SMUGGLED = new Set(
  'script iframe frame frameset object embed applet math mglyph mtext style link meta base form input textarea select option video audio source track foreignobject animate set use image template noscript body html marquee x canvas portal'.split(
    ' ',
  ),
);

/**
 * Audits `root` (its light DOM, and every shadow root below it). Returns the problems found.
 * Elements of the light DOM are the test's own input (a quote card's attributes hold payloads
 * on purpose), so only shadow roots are held to the URL and tag rules; `on*` attributes and
 * scripts are checked everywhere.
 */
function audit(root: ParentNode): string[] {
  const problems: string[] = [];
  const where = (element: Element, shadow: ShadowRoot | null) =>
    `<${element.localName}> in ${shadow ? `the shadow root of <${shadow.host.localName}>` : 'the light DOM'}`;
  for (const {element, shadow} of walk(root)) {
    const name = element.localName.toLowerCase();
    for (const attribute of element.attributes) {
      const attr = attribute.name.toLowerCase();
      const value = attribute.value;
      if (attr.startsWith('on')) problems.push(`${where(element, shadow)} has ${attr}="${value.slice(0, 60)}"`);
      if (!shadow) continue;
      if (URL_ATTRIBUTES.has(attr) && !SAFE_URL.test(value)) problems.push(`${where(element, shadow)} has ${attr}="${value.slice(0, 60)}"`);
      if (NEVER_ATTRIBUTES.has(attr)) problems.push(`${where(element, shadow)} has ${attr}`);
      if (!TEXT_ATTRIBUTES.has(attr) && !URL_ATTRIBUTES.has(attr) && /url\(|expression\(|javascript:|behavior:|binding:/i.test(value)) {
        // The one url() the chart writes: a fill pointing at its own gradient, by an id made of id characters.
        if (!(attr === 'fill' && /^url\(#[A-Za-z0-9_-]+\)$/.test(value)))
          problems.push(`${where(element, shadow)} has ${attr}="${value.slice(0, 80)}"`);
      }
    }
    if (shadow) {
      const style = element.getAttribute('style');
      if (style && /url\(|expression\(|image-set|binding|behavior|@import/i.test(style))
        problems.push(`${where(element, shadow)} has style="${style.slice(0, 80)}"`);
      if (SMUGGLED.has(name)) problems.push(`${where(element, shadow)} should not exist`);
      if (name === 'img' && !(shadow.host.localName === 'quote-card' && element.getAttribute('part') === 'image'))
        problems.push(`${where(element, shadow)}: an image that is not a quote card's portrait`);
      if (name === 'a' && element.getAttribute('rel') !== 'noopener noreferrer')
        problems.push(`${where(element, shadow)} opens without rel="noopener noreferrer"`);
    } else if (name === 'script') {
      const type = element.getAttribute('type');
      if (type !== 'application/ld+json' && type !== 'application/json') problems.push(`a <script type="${type}"> in the light DOM`);
      if (type === 'application/ld+json' && /<\//.test(element.textContent ?? ''))
        problems.push('JSON-LD that could close its script element');
    }
  }
  return problems;
}

/** All the text a shadow root shows, through nested shadow roots (quote cards in the detail card). */
function shownText(root: ParentNode): string {
  let text = '';
  for (const {element} of walk(root)) if (element.shadowRoot) text += element.shadowRoot.textContent;
  return text;
}

function expectClean(root: ParentNode, what: string): void {
  expect(audit(root), what).to.deep.equal([]);
}

/** A drawn timeline in a wrapper of the given width, with hostile data. */
/** Back in the picture view, opens each event's detail card with real keys; its title must be the event's, as text. */
async function openDetailCards(element: EventTimeline, events: readonly {id: string; title: string}[]): Promise<void> {
  element.view = 'chart';
  await element.updateComplete;
  for (const event of events) {
    await element.focusEvent(event.id);
    await sendKeys({press: 'Enter'});
    await element.updateComplete;
    expect(part(element, 'detail')!.querySelector('.detail-title')!.textContent).to.equal(event.title);
  }
}

async function hostileTimeline(
  options: {width?: number; attrs?: Record<string, string>; data?: unknown} = {},
): Promise<{wrapper: HTMLElement; element: EventTimeline}> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${options.width ?? 1000}px"></div>`);
  const element = document.createElement('event-timeline');
  for (const [name, value] of Object.entries(options.attrs ?? {})) element.setAttribute(name, value);
  element.data = options.data ?? hostileDocument();
  wrapper.append(element);
  await drawn(element);
  // The error box comes first (data has errors); the chart once the element knows its width, the
  // list view once its part has loaded (which a busy machine can delay past the first drawing).
  if (options.attrs?.view !== 'list')
    await waitUntil(() => element.shadowRoot!.querySelector('svg [part~="event"]'), 'the chart was not drawn');
  else await waitUntil(() => part(element, 'list'), 'the list was not drawn');
  return {wrapper, element};
}

/** How the parser shows a text: cleaned of controls and bidi overrides, trimmed, cut to 10,000 characters. */
const shown = (text: string) => cutText(cleanText(text), 10_000);
/** The events of hostileDocument() the parser keeps: one per payload that is not empty once cleaned, and the two bare sources. */
const VALID_EVENTS = [...TEXTS, LONG].filter((text) => cleanText(text)).length + 2;

describe('the tripwire and the audit themselves', () => {
  it('catch a payload that runs and the markup it would leave', async () => {
    // A handler that does run trips the wire…
    const bait = document.createElement('div');
    bait.innerHTML = `<img src="data:," onerror="${TRIP}">`;
    document.body.append(bait);
    await waitUntil(() => tripped.length > 0, 'the tripwire missed a payload that ran');
    bait.remove();
    tripped.length = 0;
    // …and the audit reports each thing it looks for.
    const host = document.createElement('div');
    host.attachShadow({mode: 'open'}).innerHTML =
      '<b onclick="void 0">x</b><a href="javascript:void 0" rel="noopener noreferrer">a</a><a href="https://example.org/">b</a>' +
      '<span style="background: url(https://example.org/x.png)"></span><math></math><img part="image"><rect fill="url(https://evil.example/#x)"></rect>';
    const page = document.createElement('div');
    page.append(host);
    const problems = audit(page);
    expect(problems.join('\n')).to.contain('onclick');
    expect(problems.join('\n')).to.contain('href="javascript:');
    expect(problems.join('\n')).to.contain('without rel="noopener noreferrer"');
    expect(problems.join('\n')).to.contain('style="background: url(');
    expect(problems.join('\n')).to.contain('<math>');
    expect(problems.join('\n')).to.contain("not a quote card's portrait");
    expect(problems.join('\n')).to.contain('fill="url(https://evil');
  });
});

// ---- event JSON -----------------------------------------------------------------------

describe('hostile event JSON in <event-timeline>', function () {
  this.timeout(60_000);

  it('parses the corpus into events, refusing hostile ids, dates, URLs and colours with reasons shown as text', async () => {
    const {wrapper, element} = await hostileTimeline();
    const timeline = element.timeline!;
    expect(timeline.events.length).to.equal(VALID_EVENTS);
    // URLs: only http(s) and mailto survive.
    for (const event of timeline.events) {
      if (event.source?.url) expect(event.source.url).to.match(SAFE_URL);
      for (const quote of event.quotes) if (quote.url) expect(quote.url).to.match(SAFE_URL);
    }
    expect(timeline.events.filter((event) => event.source?.url).length, 'the good URLs are kept').to.be.at.least(GOOD_URLS.length);
    // Colours: none of the hostile ones.
    for (const category of timeline.categories) expect(category.color, category.id).to.equal(undefined);
    // The refusals are shown, as text.
    const alert = part(element, 'error')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('is not a valid id');
    expect(alert.textContent).to.contain('<img src=x onerror=');
    expect(alert.querySelector('img')).to.equal(null);
    expectClean(wrapper, 'chart view');
  });

  it('refuses every hostile category colour, each with a warning, and colours those categories from the palette', async () => {
    const categories = Object.fromEntries(BAD_COLOURS.map((color, i) => [`c${i}`, {label: `C${i}`, color}]));
    const events = BAD_COLOURS.map((_, i) => ({
      id: `e${i}`,
      date: `2026-02-${String(1 + i).padStart(2, '0')}`,
      title: `E${i}`,
      category: `c${i}`,
    }));
    const {wrapper, element} = await hostileTimeline({data: {categories, events}});
    expect(element.timeline!.categories.map((category) => category.color)).to.deep.equal(BAD_COLOURS.map(() => undefined));
    expect(element.issues.filter((issue) => /is not a CSS colour/.test(issue.message)).map((issue) => issue.path)).to.deep.equal(
      BAD_COLOURS.map((_, i) => `categories.c${i}.color`),
    );
    const swatches = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part="legend"] .swatch')];
    expect(swatches).to.have.length(BAD_COLOURS.length);
    for (const swatch of swatches) expect(swatch.style.getPropertyValue('--_c')).to.match(/^#[0-9a-f]{6}$/i);
    expectClean(wrapper, 'hostile colours');
  });

  it('draws the chart with every payload as text: no markup, handlers, URLs or styles from the data', async () => {
    const {wrapper, element} = await hostileTimeline();
    const root = element.shadowRoot!;
    expect(root.querySelectorAll('svg [part~="event"]').length).to.be.greaterThan(0);
    const title = root.querySelector('.title')!;
    expect(title.textContent).to.equal(shown(hostileDocument().title as string));
    expect(title.textContent).to.contain('<img');
    expect(root.querySelector('svg')!.getAttribute('aria-label')).to.contain('</title><script>');
    for (const text of root.querySelectorAll('svg text'))
      expect(text.textContent!, 'bidi controls in the chart').not.to.match(BIDI_CONTROLS);
    // Era titles and link kinds, where they are drawn.
    expect([...root.querySelectorAll('.era text')].map((text) => text.textContent)).to.include(`<svg onload=${TRIP}>`);
    expect([...root.querySelectorAll('[part="link"]')].some((link) => (link.getAttribute('data-kind') ?? '').includes('<'))).to.equal(true);
    // Colours come from the default palette, never from the data.
    for (const mark of root.querySelectorAll<SVGGElement>('[part~="event"]')) {
      expect(mark.style.getPropertyValue('--_c')).to.match(/^(?:#[0-9a-f]{3,8}|var\(--_axis\)|rgb\([\d, ]+\)|[a-z]+)$/i);
    }
    expectClean(wrapper, 'chart view');
  });

  it('shows every payload verbatim as text in the list view', async () => {
    const {wrapper, element} = await hostileTimeline({attrs: {view: 'list'}});
    const list = part(element, 'list')!;
    expect(list.classList.contains('visually-hidden')).to.equal(false);
    const text = list.textContent!;
    for (const payload of MARKUP) expect(text, payload).to.contain(shown(payload));
    expect(text).to.contain(`${shown(LONG).slice(0, 200)}`);
    expect(text).not.to.match(BIDI_CONTROLS);
    expect(element.shadowRoot!.querySelectorAll('img, script, svg svg, math, iframe')).to.have.length(0);
    // Source links only for the URLs that are allowed.
    for (const link of list.querySelectorAll('a')) expect(link.getAttribute('href')).to.match(SAFE_URL);
    expectClean(wrapper, 'list view');
  });

  it('opens the detail card of every event (focusEvent, then Enter) with its payloads as text', async () => {
    const {wrapper, element} = await hostileTimeline();
    const root = element.shadowRoot!;
    for (const event of element.timeline!.events) {
      await element.focusEvent(event.id);
      await waitUntil(() => root.activeElement?.getAttribute('data-event-id') === event.id, `focus did not reach ${event.id}`);
      await sendKeys({press: 'Enter'});
      await element.updateComplete;
      expect(element.selected).to.equal(event.id);
      const detail = part(element, 'detail')!;
      expect(detail.querySelector('.detail-title')!.textContent, event.id).to.equal(event.title);
      if (event.summary) expect(detail.textContent).to.contain(event.summary);
      // The quotes, as quote cards, with their own shadow roots.
      const cards = [...detail.querySelectorAll('quote-card')] as QuoteCard[];
      expect(cards).to.have.length(event.quotes.length);
      for (const card of cards) await card.updateComplete;
      cards.forEach((card, i) => {
        expect(card.shadowRoot!.querySelector('blockquote')!.textContent!.trim()).to.equal(event.quotes[i].text.trim());
        expect(card.shadowRoot!.querySelectorAll('img')).to.have.length(0);
      });
      const problems = audit(wrapper);
      expect(problems, `detail card of ${event.id}`).to.deep.equal([]);
    }
    expect(shownText(wrapper)).to.contain('<math><mtext><table><mglyph><style><img');
  });

  it('draws the vertical layout just as safely', async () => {
    const {wrapper, element} = await hostileTimeline({width: 375, attrs: {layout: 'vertical'}});
    expect(element.shadowRoot!.querySelectorAll('svg [part~="event"]').length).to.be.greaterThan(0);
    await element.focusEvent('h1');
    await sendKeys({press: 'Enter'});
    await element.updateComplete;
    expect(part(element, 'detail')).to.exist;
    expectClean(wrapper, 'vertical layout');
  });

  it('writes hostile attributes of the element (label, lang, selected) only as attribute values', async () => {
    const {wrapper, element} = await hostileTimeline({
      attrs: {
        label: `"><img src=x onerror=${TRIP}>`,
        lang: `"><svg onload=${TRIP}>`,
        selected: `"><img src=x onerror=${TRIP}>`,
        theme: `"><img>`,
        'max-lanes': 'NaN',
      },
    });
    expect(element.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).to.equal(`"><img src=x onerror=${TRIP}>`);
    expectClean(wrapper, 'hostile attributes');
  });

  it('reads the corpus from inline JSON and from src (a data: URL) just as safely', async () => {
    const json = JSON.stringify(hostileDocument());
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    const inline = document.createElement('event-timeline');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json; // holds "</script>": harmless through the DOM, and never run
    inline.append(script);
    wrapper.append(inline);
    await drawn(inline);
    expect(inline.timeline!.events.length).to.equal(VALID_EVENTS);
    const fetched = document.createElement('event-timeline');
    fetched.src = `data:application/json,${encodeURIComponent(json)}`;
    wrapper.append(fetched);
    await drawn(fetched);
    expect(fetched.timeline!.events.length).to.equal(VALID_EVENTS);
    expectClean(wrapper, 'inline JSON and src');
  });

  it('refuses src URLs that would run script, with an error and nothing run', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
    // (Not the ones with a NUL, which only make the test server log "Malicious Path".)
    for (const src of BAD_URLS.slice(0, 14).filter((url) => !url.includes('\u0000'))) {
      const element = document.createElement('event-timeline');
      element.setAttribute('src', src);
      element.timeout = 2000;
      wrapper.append(element);
    }
    const elements = [...wrapper.querySelectorAll('event-timeline')] as EventTimeline[];
    // Relative or unfetchable: each ends in an error state (or, for a URL that resolves to this page, not JSON).
    await waitUntil(() => elements.every((element) => part(element, 'error')), 'not every src failed');
    expectClean(wrapper, 'hostile src');
  });

  it('writes the corpus into JSON-LD that no browser runs and no text can close', async () => {
    const {wrapper, element} = await hostileTimeline({attrs: {'structured-data': ''}});
    const scripts = element.querySelectorAll('script');
    expect(scripts).to.have.length(1);
    expect(scripts[0].type).to.equal('application/ld+json');
    expect(scripts[0].textContent).not.to.contain('<');
    const data = JSON.parse(scripts[0].textContent!);
    const names = data.itemListElement.map((item: {item: {name: string}}) => item.item.name);
    expect(names).to.include(`</script><script>${TRIP}</script>`);
    for (const item of data.itemListElement) if (item.item.url) expect(item.item.url).to.match(SAFE_URL);
    expectClean(wrapper, 'structured data');
  });

  it('exports (toSVG) a standalone SVG with no script, handler or outside reference', async () => {
    const {element} = await hostileTimeline();
    const svgText = await element.toSVG();
    expect(svgText.startsWith('<svg')).to.equal(true);
    const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelectorAll('script, foreignObject, iframe, image, use, a, style')).to.have.length(0);
    const problems: string[] = [];
    for (const node of doc.querySelectorAll('*')) {
      for (const attribute of node.attributes) {
        if (/^on/i.test(attribute.name)) problems.push(`${node.localName} ${attribute.name}`);
        if (/href$/i.test(attribute.name)) problems.push(`${node.localName} ${attribute.name}=${attribute.value.slice(0, 40)}`);
        if (/url\(/i.test(attribute.value) && !/^url\(#[A-Za-z0-9_-]+\)$/.test(attribute.value))
          problems.push(`${node.localName} ${attribute.name}=${attribute.value.slice(0, 60)}`);
      }
    }
    expect(problems).to.deep.equal([]);
    expect(doc.documentElement.textContent).to.contain('<svg onload=');
  });
});

// ---- <quote-card> ---------------------------------------------------------------------

describe('hostile attributes and content in <quote-card>', function () {
  this.timeout(60_000);

  const same = (path: string) => `${location.origin}/${path}`;

  it('renders every payload in every attribute and the content as text, with safe links only', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    // A timeline for the cards to link to (and whose ids the hostile `for` and `event` must not break).
    const timeline = document.createElement('event-timeline');
    timeline.id = 'linked';
    timeline.data = hostileDocument();
    wrapper.append(timeline);
    await drawn(timeline);
    const urls = [...BAD_URLS, ...GOOD_URLS];
    const images = [...BAD_URLS, same(`"><img src=x onerror=${TRIP}>.png`), same('portrait.png?<svg onload=1>')];
    const cards: QuoteCard[] = [];
    [...TEXTS, LONG].forEach((payload, i) => {
      const card = document.createElement('quote-card');
      for (const name of ['speaker', 'speaker-role', 'date', 'source', 'lang', 'image-alt']) card.setAttribute(name, payload);
      card.setAttribute('role', payload); // a title in `role`, read as the speaker's role unless it is an ARIA role
      card.setAttribute('cite', urls[i % urls.length]);
      card.setAttribute('image', images[i % images.length]);
      card.setAttribute('for', i % 3 ? 'linked' : payload);
      card.setAttribute('event', i % 2 ? 'h0' : payload);
      card.toggleAttribute('structured-data', true);
      if (i % 4 === 3) card.text = payload;
      else {
        // Content as the page would write it: the payload as text, and inside an inert element.
        card.append(payload);
        const bold = document.createElement('b');
        bold.textContent = payload;
        card.append(bold);
      }
      wrapper.append(card);
      cards.push(card);
    });
    await Promise.all(cards.map((card) => card.updateComplete));
    for (const card of cards) {
      const root = card.shadowRoot!;
      const quote = root.querySelector('blockquote')!;
      expect(quote.children.length, 'the quote is text only (and the hidden slot)').to.equal(1);
      expect(quote.firstElementChild!.localName).to.equal('slot');
      // Trimmed, and cut like any text (quote-card.ts).
      const expected = cutText(card.text ?? `${card.firstChild!.textContent}${card.querySelector('b')!.textContent}`.trim(), 10_000);
      expect(quote.textContent!.trim()).to.equal(expected.trim());
      const speaker = root.querySelector('[part="speaker"]');
      if (speaker) expect(speaker.textContent).to.equal(card.getAttribute('speaker'));
      expect(card.hasAttribute('role')).to.equal(false);
      // Structured data: JSON that round-trips the text, in a script no browser runs.
      const script = card.querySelector(':scope > script[type="application/ld+json"]')!;
      expect(script, 'JSON-LD').to.exist;
      expect(script.textContent).not.to.contain('<');
      expect(JSON.parse(script.textContent!).text).to.equal(expected.trim());
    }
    expect(shownText(wrapper)).to.contain('<img src=x onerror=');
    // Hover and "show on the timeline" with hostile `for`/`event` must not throw either.
    for (const card of cards.slice(0, 12)) {
      card.dispatchEvent(new PointerEvent('pointerenter'));
      card.dispatchEvent(new PointerEvent('pointerleave'));
      card.shadowRoot!.querySelector<HTMLButtonElement>('button.show')?.click();
    }
    await timeline.updateComplete;
    expectClean(wrapper, 'quote cards');
    expect(wrapper.querySelectorAll('img').length, 'no image outside the portraits').to.equal(0);
    const portraits = cards.flatMap((card) => [...card.shadowRoot!.querySelectorAll('img')]);
    expect(portraits.length).to.be.greaterThan(0);
    for (const image of portraits) expect(image.getAttribute('src')).to.match(/^https?:/);
  });
});

// ---- Other inputs: TimelineJS3 JSON and the light-DOM list --------------------------------

/** TimelineJS3 JSON with the corpus in its (HTML) text fields, media, groups, ids and eras. */
function hostileTimelineJs(): Record<string, unknown> {
  const payloads = [...TEXTS, LONG];
  const urls = [...BAD_URLS, ...GOOD_URLS];
  return {
    title: {
      text: {headline: `<img src=x onerror=${TRIP}>Title`, text: `<script>${TRIP}</script>`},
      background: {color: BAD_COLOURS[0], url: `javascript:${TRIP}`},
    },
    eras: [
      {start_date: {year: 2026}, end_date: {year: 2027}, text: {headline: `<svg onload=${TRIP}>Era &lt;img src=x onerror=${TRIP}&gt;`}},
    ],
    events: payloads.map((payload, i) => ({
      unique_id: i % 3 ? `"><img src=x onerror=${TRIP}>${i}` : undefined,
      start_date: {year: 2026, month: 1 + (i % 12), day: 1 + (i % 28)},
      display_date: payload,
      text: {
        headline: `${payload} #${i}`,
        text: `<p>${payload}</p><a href="javascript:${TRIP}">link</a> &lt;img src=x onerror=${TRIP}&gt;`,
      },
      media: {
        url: urls[i % urls.length],
        link: urls[(i + 1) % urls.length],
        caption: payload,
        credit: payload,
        thumbnail: `javascript:${TRIP}`,
      },
      group: i % 4 ? payload : `group ${i % 3}`,
      background: {color: BAD_COLOURS[i % BAD_COLOURS.length], url: BAD_URLS[i % BAD_URLS.length]},
      autolink: true,
    })),
  };
}

/**
 * The light-DOM list, built through the DOM (so that nothing in it is ever parsed as markup, as a
 * CMS page would not run its own text): payloads as text, in data-* attributes, in an
 * `<a href>`, a `<blockquote cite>`, a `<time datetime>` and in ids.
 */
function hostileList(): HTMLOListElement {
  const list = document.createElement('ol');
  list.setAttribute('data-title', `<img src=x onerror=${TRIP}>`);
  list.setAttribute('data-anchor', `"><svg onload=${TRIP}>`);
  list.setAttribute('data-now', `<script>${TRIP}</script>`);
  [...TEXTS, LONG].forEach((payload, i) => {
    const item = document.createElement('li');
    item.setAttribute('data-id', i % 2 ? `"><img src=x onerror=${TRIP}>` : `item-${i}`);
    item.setAttribute('data-category', payload);
    item.setAttribute('data-place', payload);
    item.setAttribute('data-status', i % 5 ? 'happened' : payload);
    const time = document.createElement('time');
    time.setAttribute('datetime', i % 7 === 6 ? payload : `2026-02-${String(1 + (i % 28)).padStart(2, '0')}`);
    time.textContent = payload;
    const title = document.createElement('strong');
    title.textContent = `${payload} #${i}`;
    const link = document.createElement('a');
    link.setAttribute('href', [...BAD_URLS, ...GOOD_URLS][i % (BAD_URLS.length + GOOD_URLS.length)]);
    link.textContent = payload;
    const quote = document.createElement('blockquote');
    quote.setAttribute('cite', BAD_URLS[i % BAD_URLS.length]);
    quote.setAttribute('data-speaker', payload);
    quote.setAttribute('lang', payload);
    quote.textContent = payload;
    item.append(time, ' — ', title, '. ', payload, ' ', link, quote);
    list.append(item);
  });
  return list;
}

describe('hostile input through the other formats (format="timelinejs", the light-DOM <ol>)', function () {
  this.timeout(60_000);

  it('reads TimelineJS3 JSON full of markup as text only, in every view', async () => {
    const {wrapper, element} = await hostileTimeline({attrs: {format: 'timelinejs'}, data: hostileTimelineJs()});
    const timeline = element.timeline!;
    expect(timeline.events.length).to.be.greaterThan(TEXTS.length / 2);
    for (const event of timeline.events) if (event.source?.url) expect(event.source.url).to.match(SAFE_URL);
    // Tags are removed from TimelineJS HTML (script, style, svg, math… with their content); what is left is text.
    const titleOf = (n: number) => timeline.events.find((event) => event.title.endsWith(`#${n}`))?.title;
    expect(titleOf(0)).to.equal('#0'); // <script>…</script>
    expect(titleOf(2)).to.equal('#2'); // <img …>
    expect(titleOf(7)).to.equal('#7'); // <svg><script>…</script></svg>
    expect(titleOf(12)).to.equal('#12'); // </tspan></text></g></svg><img …>
    for (const category of timeline.categories) expect(category.color).to.equal(undefined);
    expectClean(wrapper, 'TimelineJS chart');
    element.view = 'list';
    await element.updateComplete;
    // A character reference decoded once is text: "&lt;img …&gt;" reads "<img …>", and is no image.
    expect(part(element, 'list')!.textContent).to.contain(`<img src=x onerror=${TRIP}>`);
    expectClean(wrapper, 'TimelineJS list');
    await openDetailCards(element, timeline.events.slice(0, 12));
    expectClean(wrapper, 'TimelineJS detail cards');
  });

  it('reads TimelineJS3 JSON given as src and detected without format, just as safely', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    const element = document.createElement('event-timeline');
    element.src = `data:application/json,${encodeURIComponent(JSON.stringify(hostileTimelineJs()))}`;
    wrapper.append(element);
    await drawn(element);
    expect(element.timeline!.events.length).to.be.greaterThan(TEXTS.length / 2);
    expectClean(wrapper, 'TimelineJS from src');
  });

  it('reads a light-DOM <ol> full of payloads as text only, with only safe links', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    const element = document.createElement('event-timeline');
    element.append(hostileList());
    wrapper.append(element);
    await drawn(element);
    const timeline = element.timeline!;
    expect(timeline.events.length).to.be.greaterThan(TEXTS.length / 2);
    expect(timeline.title).to.equal(`<img src=x onerror=${TRIP}>`);
    for (const event of timeline.events) {
      expect(event.id).to.match(/^[A-Za-z0-9_-]{1,64}$/);
      if (event.source?.url) expect(event.source.url).to.match(SAFE_URL);
      for (const quote of event.quotes) if (quote.url) expect(quote.url).to.match(SAFE_URL);
    }
    expectClean(wrapper, 'light-DOM list, chart');
    element.view = 'list';
    await element.updateComplete;
    expect(part(element, 'list')!.textContent).to.contain(MARKUP[2]);
    expectClean(wrapper, 'light-DOM list, list view');
    await openDetailCards(element, timeline.events.slice(0, 12));
    expectClean(wrapper, 'light-DOM list, detail cards');
  });
});
