// Hostile data in every media field (url, alt, caption, credit, thumbnail, on events and quotes):
// nothing runs (the tripwire of test/fixtures/hostile/payloads.ts), only http(s) addresses are
// ever loaded or linked, pictures load without a referrer, text stays text, and no frame, player
// or script exists until the reader presses play — then only the sandboxed no-cookie player.
import {expect} from '@open-wc/testing';
import {waitUntil} from './wait.js';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import type {EventTimeline} from '../../src/elements/event-timeline/event-timeline.js';
import {BAD_URLS, GOOD_URLS, MARKUP, TEXTS, TRIP} from '../fixtures/hostile/payloads.js';
import {part, timelineWith} from './helpers.js';

const tripped: string[] = [];
const pageErrors: string[] = [];

before(() => {
  const win = window as unknown as Record<string, unknown>;
  Object.defineProperty(win, '__pwned', {
    configurable: true,
    get: () => undefined,
    set: (value: unknown) => void tripped.push(`__pwned = ${String(value)}`),
  });
  for (const name of ['alert', 'confirm', 'prompt'])
    win[name] = (...args: unknown[]) => void tripped.push(`${name}(${args.map(String).join(', ')})`);
  window.addEventListener('error', (event) => pageErrors.push(`error: ${event.message}`));
  window.addEventListener('unhandledrejection', (event) => pageErrors.push(`unhandled rejection: ${String(event.reason)}`));
  return setViewport({width: 1200, height: 900});
});
let originalError: typeof console.error;
let originalWarn: typeof console.warn;
beforeEach(() => {
  [originalError, originalWarn] = [console.error, console.warn];
  console.error = console.warn = () => {};
});
afterEach(async () => {
  [console.error, console.warn] = [originalError, originalWarn];
  // Anything a payload would run (an image's error handler) runs when the image fails: wait for every picture to settle.
  for (const element of document.querySelectorAll('event-timeline')) {
    const images = [...element.shadowRoot!.querySelectorAll('img')];
    await waitUntil(() => images.every((image) => image.complete), 'pictures still loading');
  }
  expect(tripped, 'a payload ran').to.deep.equal([]);
  expect(pageErrors, 'uncaught errors').to.deep.equal([]);
});

// Media addresses that look like a service or a picture, with markup in them.
const TRICKY_URLS = [
  `https://www.youtube.com/watch?v="><script>${TRIP}</script>`,
  `https://youtu.be/"><img src=x onerror=${TRIP}>`,
  `https://vimeo.com/123"><svg onload=${TRIP}>`,
  `https://soundcloud.com/a/b?"><script>${TRIP}</script>`,
  `https://example.org/x.jpg?"><svg onload=${TRIP}>`,
  `https://example.org/x.mp4#"><img src=x onerror=${TRIP}>`,
  `https://commons.wikimedia.org/wiki/File:"><img src=x onerror=${TRIP}>.jpg`,
];
const URLS = [...BAD_URLS, ...GOOD_URLS, ...TRICKY_URLS];

function mediaDocument(): Record<string, unknown> {
  const texts = TEXTS;
  const events = texts.map((text, i) => ({
    id: `m${i}`,
    date: `2026-${String(1 + (i % 12)).padStart(2, '0')}-01`,
    title: `Event ${i}`,
    media: {
      url: URLS[i % URLS.length],
      alt: text,
      caption: texts[(i + 1) % texts.length],
      credit: texts[(i + 2) % texts.length],
      thumbnail: URLS[(i + 3) % URLS.length],
    },
    quotes: [
      {
        text: `Quote ${i}`,
        media: {url: URLS[(i + 5) % URLS.length], alt: texts[(i + 4) % texts.length], caption: texts[(i + 6) % texts.length]},
      },
    ],
  }));
  // A real player whose names are payloads.
  events.push({
    id: 'player',
    date: '2026-06-15',
    title: 'Player',
    media: {
      url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      alt: MARKUP[2]!,
      caption: MARKUP[0]!,
      credit: MARKUP[5]!,
      thumbnail: GOOD_URLS[0]!,
    },
    quotes: [],
  });
  return {version: 1, lang: 'en', now: '2026-12-31', events};
}

/** Every problem with the media of `element`'s shadow root. */
function audit(element: EventTimeline): string[] {
  const problems: string[] = [];
  for (const node of element.shadowRoot!.querySelectorAll('*')) {
    for (const attribute of node.attributes)
      if (attribute.name.startsWith('on')) problems.push(`<${node.localName}> has ${attribute.name}`);
    if (['script', 'object', 'embed', 'video', 'audio', 'iframe', 'frame', 'svg svg', 'math', 'style'].includes(node.localName))
      problems.push(`a <${node.localName}>`);
    if (node.localName === 'img') {
      const image = node as HTMLImageElement;
      if (!/^https?:/.test(image.getAttribute('src') ?? '')) problems.push(`an image from ${image.getAttribute('src')}`);
      if (image.getAttribute('referrerpolicy') !== 'no-referrer') problems.push('an image that sends a referrer');
      if (image.getAttribute('loading') !== 'lazy') problems.push('an image not loaded lazily');
      if (image.hasAttribute('srcset')) problems.push('an image with srcset');
    }
    if (node.localName === 'a') {
      if (!/^(https?|mailto):/.test(node.getAttribute('href') ?? '')) problems.push(`a link to ${node.getAttribute('href')}`);
      if (node.getAttribute('rel') !== 'noopener noreferrer') problems.push('a link without rel="noopener noreferrer"');
    }
  }
  return problems;
}

describe('hostile media', function () {
  this.timeout(60_000);

  it('keeps only http(s) media and thumbnails, refusing the rest at their paths', async () => {
    const element = await timelineWith(mediaDocument(), {attrs: {lang: 'en'}});
    const timeline = element.timeline!;
    const all = timeline.events
      .flatMap((event) => [event.media, ...event.quotes.map((quote) => quote.media)])
      .filter((media) => media !== undefined);
    expect(all.length).to.be.greaterThan(10);
    for (const media of all) {
      expect(media.url).to.match(/^https?:/);
      if (media.thumbnail) expect(media.thumbnail).to.match(/^https?:/);
    }
    const alert = part(element, 'error')!;
    expect(alert.textContent).to.match(/events\[0\]\.media\.url/);
    expect(alert.querySelector('img, script')).to.equal(null);
  });

  it('shows every media field as text in the list view: safe pictures, safe links, no frame or player', async () => {
    const element = await timelineWith(mediaDocument(), {attrs: {lang: 'en', view: 'list'}});
    const list = part(element, 'list')!;
    expect(list.querySelectorAll('[part~="media"]').length).to.be.greaterThan(10);
    const text = list.textContent!;
    const kept = element
      .timeline!.events.flatMap((event) => [event.media, ...event.quotes.map((quote) => quote.media)])
      .filter((media) => media !== undefined);
    for (const media of kept) {
      if (media.caption) expect(text, media.caption).to.contain(media.caption);
      if (media.credit) expect(text, media.credit).to.contain(media.credit);
    }
    expect(kept.some((media) => media.caption?.includes('<script>'))).to.equal(true);
    const alts = [...list.querySelectorAll('img')].map((image) => image.alt);
    expect(alts.length).to.be.greaterThan(0);
    for (const alt of alts) expect(kept.some((media) => media.alt === alt) || alt === '').to.equal(true);
    expect(audit(element)).to.deep.equal([]);
  });

  it('loads only the sandboxed no-cookie player when play is pressed, named by the payload as text', async () => {
    const element = await timelineWith(mediaDocument(), {attrs: {lang: 'en'}});
    await element.focusEvent('player');
    await waitUntil(
      () => element.shadowRoot!.activeElement?.getAttribute('data-event-id') === 'player',
      'focus did not reach the player event',
    );
    await sendKeys({press: 'Enter'});
    await waitUntil(() => part(element, 'detail')?.querySelector('.media-play'), 'no play button');
    const detail = part(element, 'detail')!;
    expect(audit(element)).to.deep.equal([]);
    (detail.querySelector('.media-play') as HTMLButtonElement).focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => detail.querySelector('iframe'), 'no player');
    const frames = [...element.shadowRoot!.querySelectorAll('iframe')];
    expect(frames).to.have.length(1);
    expect(frames[0]!.getAttribute('src')).to.equal('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1');
    expect(frames[0]!.title).to.equal(MARKUP[2]);
    expect(frames[0]!.getAttribute('sandbox')).not.to.match(/allow-top-navigation|allow-forms|allow-downloads/);
    expect(frames[0]!.hasAttribute('srcdoc')).to.equal(false);
  });

  it('reads TimelineJS3 embed code as text: only its http(s) address is kept, nothing of it runs or is inserted', async () => {
    const codes = [
      `<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" onload="${TRIP}"></iframe><script>${TRIP}</script>`,
      `<blockquote class="twitter-tweet"><img src=x onerror="${TRIP}"><a href="https://twitter.com/a/status/1">x</a></blockquote><script src="https://platform.twitter.com/widgets.js"></script>`,
      `<iframe srcdoc="<script>${TRIP}</script>" src="https://example.org/page"></iframe>`,
      `<iframe src="&#106;avascript:${TRIP}"></iframe>`,
      `<blockquote><a href="https://example.org/">ok</a><a href="java&#x09;script:${TRIP}">x</a></blockquote>`,
      `<blockquote><svg onload="${TRIP}"></svg>Words <script>${TRIP}</script></blockquote>`,
      `<iframe src="https://example.org/a" title="${'"'.repeat(2_000_000)}"></iframe>`,
      ...BAD_URLS.map((url) => `<iframe src="${url.replaceAll('"', '&quot;')}"></iframe>`),
    ];
    const events = codes.map((url, i) => ({
      start_date: {year: 2000 + i},
      text: {headline: `Slide ${i}`},
      media: {url, caption: `Caption ${i}`},
    }));
    const element = await timelineWith({events}, {attrs: {lang: 'en', view: 'list'}});
    const timeline = element.timeline!;
    expect(timeline.events).to.have.length(codes.length);
    const byTitle = (title: string) => timeline.events.find((event) => event.title === title)!;
    expect(byTitle('Slide 0').media!.url).to.equal('https://www.youtube.com/embed/dQw4w9WgXcQ');
    expect(byTitle('Slide 1').media!.url).to.equal('https://twitter.com/a/status/1');
    expect(byTitle('Slide 2').source!.url).to.equal('https://example.org/page');
    expect(byTitle('Slide 5').quotes.map((quote) => quote.text)).to.deep.equal(['Words']);
    for (const event of timeline.events) {
      for (const url of [event.media?.url, event.source?.url])
        if (url)
          expect(url)
            .to.match(/^https?:\/\/[^/]/)
            .and.not.to.contain('__pwned');
    }
    expect(['Slide 3', 'Slide 4', 'Slide 6'].map((title) => byTitle(title).media ?? byTitle(title).source)).to.deep.equal([
      undefined,
      undefined,
      undefined,
    ]);
    const list = part(element, 'list')!;
    expect(list.querySelectorAll('.media-play').length).to.equal(1);
    expect(list.textContent).not.to.contain(TRIP);
    expect(audit(element)).to.deep.equal([]);
    const warned = element.issues.filter((issue) => issue.path.endsWith('.media.url'));
    expect(warned.map((issue) => issue.path)).to.include.members(['events[0].media.url', 'events[3].media.url', 'events[6].media.url']);
    expect(warned.find((issue) => issue.path === 'events[6].media.url')!.message).to.match(
      /^is embed code \(HTML\) longer than 20000 characters/,
    );
  });
});
