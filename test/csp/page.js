// The strict page's own script (served as an external same-origin file: the page's policy
// allows no inline script). It records every Content-Security-Policy violation and every
// uncaught error from the start, loads the drop-in bundle, walks both elements through their
// states, and posts what it saw to the page that framed it (the browser test):
//   {type: 'csp-report', violations, errors, checks, parts, control}
// `checks` says each state was really reached; `parts`, the origins its chunks came from;
// `control` is a deliberate violation made after the walk, to prove the listener would have seen one.
const violations = [];
const errors = [];
const checks = {};

document.addEventListener('securitypolicyviolation', (event) => {
  violations.push({
    directive: event.effectiveDirective || event.violatedDirective,
    blocked: event.blockedURI,
    sample: event.sample,
    source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
    disposition: event.disposition,
  });
});
window.addEventListener('error', (event) => errors.push(`error: ${event.message} (${event.filename}:${event.lineno})`));
window.addEventListener('unhandledrejection', (event) => errors.push(`unhandled rejection: ${event.reason?.stack ?? event.reason}`));

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

async function until(what, test, timeout = 5000) {
  const started = performance.now();
  for (;;) {
    let value;
    try {
      value = test();
    } catch {
      value = undefined;
    }
    if (value) return value;
    if (performance.now() - started > timeout) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** Runs one step; a failure is recorded as the check's value instead of stopping the walk. */
async function step(name, run) {
  try {
    checks[name] = (await run()) ?? true;
  } catch (error) {
    checks[name] = `failed: ${error?.message ?? error}`;
  }
}

const shadow = (element, selector) => element.shadowRoot?.querySelector(selector) ?? null;
const shadowAll = (element, selector) => [...(element.shadowRoot?.querySelectorAll(selector) ?? [])];
const main = document.getElementById('main');

function add(tag, attributes = {}, text) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (text) element.textContent = text;
  element.style.width = '900px'; // through the CSSOM, which style-src allows (a style attribute it would not)
  main.append(element);
  return element;
}

async function run() {
  await step('bundle loads', async () => {
    // ?cdn=ORIGIN: from another origin, as from a CDN (the policy's script-src names it).
    const cdn = new URLSearchParams(location.search).get('cdn');
    await import(cdn ? `${cdn}/dist/event-timeline.js` : '/csp/event-timeline.js');
    return Boolean(customElements.get('event-timeline') && customElements.get('quote-card'));
  });
  if (checks['bundle loads'] !== true) return;
  // A page may carry the bundle twice (two CMS widgets, another version from a CDN): the second copy
  // is another module, whose Lit creates its "lit-html" policy again ('allow-duplicates' lets it),
  // and finds both elements defined.
  await step('a second copy of the bundle, from another URL, loads beside the first', async () => {
    const first = customElements.get('event-timeline');
    const cdn = new URLSearchParams(location.search).get('cdn');
    const copy = await import(cdn ? `${cdn}/dist/event-timeline.js?copy=2` : '/csp/event-timeline.js?copy=2');
    if (copy.EventTimeline === first) throw new Error('the same module was loaded again, not a second copy');
    if (customElements.get('event-timeline') !== first) throw new Error('the second copy replaced the element');
    return true;
  });

  const timeline = add('event-timeline', {id: 'story', src: '/demo/data/story-ru.json', lang: 'ru'});
  await step('chart: draws the seed story from src', async () => {
    await until('the chart', () => shadowAll(timeline, 'svg [part~="event"]').length === 7);
    await timeline.updateComplete;
    return true;
  });
  await step('styles: constructable stylesheets apply', () => {
    if (!timeline.shadowRoot.adoptedStyleSheets.length) throw new Error('no adopted stylesheet');
    const position = getComputedStyle(timeline).position;
    if (position !== 'relative') throw new Error(`:host style not applied (position ${position})`);
    return true;
  });
  await step('detail card: focusEvent then Enter selects and opens the card with its quote', async () => {
    await timeline.focusEvent('new-start');
    const option = shadow(timeline, '[role="option"][data-event-id="new-start"]');
    option.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true, composed: true}));
    await timeline.updateComplete;
    const detail = await until('the detail card', () => shadow(timeline, '[part="detail"]'));
    if (timeline.selected !== 'new-start') throw new Error(`selected is ${timeline.selected}`);
    const card = await until('the quote card in the detail card', () =>
      detail.querySelector('quote-card')?.shadowRoot?.querySelector('blockquote'),
    );
    if (!card.textContent.trim()) throw new Error('the quote is empty');
    return true;
  });
  await step('colours from data and the card position apply (set through the CSSOM)', () => {
    const mark = shadow(timeline, '[role="option"][data-event-id="call"]');
    const colour = getComputedStyle(mark).getPropertyValue('--_c').trim();
    if (colour !== '#b03a2e') throw new Error(`the event colour is "${colour}"`);
    const swatch = shadow(timeline, '[part="legend"] .swatch');
    if (!getComputedStyle(swatch).getPropertyValue('--_c').trim()) throw new Error('the legend swatch has no colour');
    const detail = shadow(timeline, '[part="detail"]');
    if (!detail.style.left || !detail.style.top) throw new Error('the detail card has no position');
    return true;
  });
  await step('zoom: the zoom-in button animates', async () => {
    shadow(timeline, '[data-action="zoom-in"]').click();
    await sleep(400);
    shadow(timeline, '[data-action="fit"]').click();
    await sleep(400);
    return true;
  });
  await step('list view', async () => {
    timeline.view = 'list';
    await timeline.updateComplete;
    const items = shadowAll(timeline, '[part="list"]:not(.visually-hidden) > li');
    if (items.length !== 7) throw new Error(`${items.length} list items`);
    timeline.view = 'chart';
    await timeline.updateComplete;
    return true;
  });
  await step('vertical layout', async () => {
    timeline.layout = 'vertical';
    await timeline.updateComplete;
    await frame();
    await until('the vertical chart', () => shadowAll(timeline, 'svg [part~="event"]').length > 0);
    timeline.layout = 'auto';
    await timeline.updateComplete;
    return true;
  });

  // Media: a same-origin picture (img-src 'self'), and a video that stays a button: under a policy
  // with no frame-src for the service, nothing is asked of it and nothing is refused.
  const media = add('event-timeline', {lang: 'en', view: 'list'});
  media.data = {
    version: 1,
    events: [
      {
        id: 'photo',
        date: '2026-02-01',
        title: 'Picture',
        media: {url: new URL('/csp/portrait.svg', location.href).href, alt: 'A face', caption: 'Caption', credit: 'Credit'},
      },
      {id: 'video', date: '2026-02-02', title: 'Video', media: {url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', alt: 'The speech'}},
      {id: 'hostile', date: '2026-02-03', title: 'Hostile', media: {url: 'javascript:alert(1)', alt: '<img src=x onerror=alert(2)>'}},
    ],
  };
  await step('media: a picture and a play button in the list, their styles applied, nothing loaded from the service', async () => {
    const image = await until('the picture', () => shadow(media, '[part="list"] [part~="media"] img'));
    await until('the picture to load', () => image.complete && image.naturalWidth > 0);
    const button = shadow(media, '[part="list"] .media-play');
    if (!button) throw new Error('no play button');
    if (getComputedStyle(button).position !== 'absolute') throw new Error('the media styles are not applied');
    if (shadow(media, 'iframe')) throw new Error('a player frame before play was pressed');
    if (shadowAll(media, '[part="list"] [part~="media"]').length !== 2) throw new Error('the hostile media was drawn');
    return true;
  });

  // Thumbnails on the chart: the same picture (img-src 'self') in a <foreignObject>, placed by
  // attributes (a style attribute would be refused), its styles adopted, and a play sign.
  const thumbnails = add('event-timeline', {lang: 'en', 'media-thumbnails': ''});
  thumbnails.data = media.data;
  await step('media thumbnails: the picture on the chart loads, the play sign is drawn, their styles applied', async () => {
    const image = await until('the thumbnail', () => shadow(thumbnails, '.thumbnails img'));
    await until('the thumbnail to load', () => image.complete && image.naturalWidth > 0);
    if (getComputedStyle(image).objectFit !== 'cover') throw new Error('the thumbnail styles are not applied');
    if (!shadow(thumbnails, '.thumbnails .play')) throw new Error('no play sign for the video');
    if (shadowAll(thumbnails, '.thumbnails .thumbnail').length !== 2) throw new Error('the hostile media was drawn');
    return true;
  });

  const bad = add('event-timeline', {src: '/csp/bad.json', lang: 'en'});
  await step('error state: a document with errors', async () => {
    const alert = await until('the alert', () => shadow(bad, '[part="error"][role="alert"]'));
    if (!alert.textContent.includes('events[1]')) throw new Error(`alert says ${alert.textContent}`);
    await until('the valid event', () => shadowAll(bad, 'svg [part~="event"]').length === 1);
    return true;
  });
  const failing = add('event-timeline', {src: '/__fault/status/404', lang: 'en'});
  await step('error state: HTTP error with a retry button', async () => {
    const retry = await until('the retry button', () => shadow(failing, '[part="error"] button.retry'));
    retry.click();
    await until('the error after retrying', () => shadow(failing, '[part="error"] button.retry'));
    return true;
  });

  const card = add(
    'quote-card',
    {
      for: 'story',
      event: 'new-start',
      speaker: 'Юрий Ушаков',
      'speaker-role': 'помощник президента',
      date: '2026-02-03',
      lang: 'ru',
      source: 'ТАСС',
      cite: 'https://example.org/story',
      image: new URL('/csp/portrait.svg', location.href).href,
      'image-alt': 'Портрет',
      'structured-data': '',
    },
    'Документ был автоматически продлен',
  );
  await step('quote card: structured data through the "event-timeline" Trusted Types policy', async () => {
    await card.updateComplete;
    const script = await until('the JSON-LD script', () => card.querySelector(':scope > script[type="application/ld+json"]'));
    const data = JSON.parse(script.text);
    if (data['@type'] !== 'Quotation' || data.creator?.name !== 'Юрий Ушаков') throw new Error(`JSON-LD is ${script.text}`);
    return true;
  });
  await step('quote card: portrait, styles, and "show on the timeline"', async () => {
    const image = await until('the portrait', () => shadow(card, 'img[part="image"]'));
    await until('the portrait to load', () => image.complete && image.naturalWidth > 0);
    if (!getComputedStyle(shadow(card, 'blockquote')).fontFamily.includes('Georgia')) throw new Error('quote-card styles not applied');
    timeline.selected = undefined;
    await timeline.updateComplete;
    card.dispatchEvent(new PointerEvent('pointerenter'));
    await until('the highlight', () => timeline.highlighted.includes('new-start'));
    card.dispatchEvent(new PointerEvent('pointerleave'));
    const show = await until('the show button', () => shadow(card, 'button.show'));
    show.click();
    await until('the selection', () => timeline.selected === 'new-start' && card.hasAttribute('active'));
    await sleep(400); // the zoom animation
    return true;
  });
  await step('timeline: structured data and toSVG()', async () => {
    timeline.structuredData = true;
    await timeline.updateComplete;
    const script = await until('the timeline JSON-LD', () => timeline.querySelector(':scope > script[type="application/ld+json"]'));
    if (JSON.parse(script.text)['@type'] !== 'ItemList') throw new Error(`JSON-LD is ${script.text.slice(0, 100)}`);
    const svg = await timeline.toSVG();
    if (!svg.startsWith('<svg')) throw new Error(`toSVG() gave ${svg.slice(0, 40)}`);
    return true;
  });
}

async function control() {
  // Deliberate violations, after the walk: each must be reported, or the listener proves nothing.
  const before = violations.length;
  const result = {};
  try {
    document.createElement('div').innerHTML = '<b>raw HTML</b>';
    result.innerHTML = 'allowed';
  } catch (error) {
    result.innerHTML = `blocked (${error.name})`;
  }
  document.createElement('p').setAttribute('style', 'color: red');
  const probe = document.createElement('p');
  probe.setAttribute('style', 'color: red');
  main.append(probe);
  result.styleAttribute = getComputedStyle(probe).color === 'rgb(255, 0, 0)' ? 'applied' : 'blocked';
  probe.remove();
  await sleep(100);
  result.reported = violations.slice(before).map((violation) => violation.directive);
  violations.length = before;
  return result;
}

async function knownLimits() {
  // Documented in SECURITY.md: the PNG download draws the SVG through an <img> loaded from a blob:
  // URL, which this policy's img-src ('self', from default-src) refuses; pages that want it add blob:.
  const before = violations.length;
  const errorsBefore = errors.length;
  const button = document.getElementById('story')?.shadowRoot?.querySelector('[data-action="download-png"]');
  if (!button) return {png: ['no PNG button']};
  const originalError = console.error;
  console.error = () => {}; // the element logs that it could not make the PNG
  try {
    button.click();
    await sleep(300);
  } finally {
    console.error = originalError;
  }
  const png = violations.slice(before).map((violation) => `${violation.directive} ${violation.blocked}`);
  violations.length = before;
  errors.length = errorsBefore;
  return {png};
}

run()
  .catch((error) => errors.push(`the walk stopped: ${error?.stack ?? error}`))
  .then(() => sleep(200))
  .then(async () => {
    // Where the lazily loaded parts came from: next to the bundle, whatever the page's origin.
    const parts = [
      ...new Set(
        performance
          .getEntriesByType('resource')
          .filter((entry) => /\/chunks\/[\w-]+\.js$/.test(new URL(entry.name).pathname))
          .map((entry) => new URL(entry.name).origin),
      ),
    ];
    const seen = {violations: [...violations], errors: [...errors], checks, parts};
    const controlResult = await control();
    const limits = checks['bundle loads'] === true ? await knownLimits() : {};
    parent.postMessage({type: 'csp-report', ...seen, control: controlResult, knownLimits: limits}, location.origin);
  });
