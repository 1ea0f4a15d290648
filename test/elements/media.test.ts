// Media as a reader meets it: a picture in the detail card and the list, its room reserved and
// loaded without a referrer; a video behind a button that names YouTube, with nothing asked of
// YouTube (or its no-cookie domain) until the reader presses it, then a sandboxed player frame
// and never a script of theirs in the page; posts as links out; TimelineJS3's own media sample.
import {expect} from '@open-wc/testing';
import {waitUntil} from './wait.js';
import {executeServerCommand, resetMouse, sendKeys, sendMouse, setViewport} from '@web/test-runner-commands';
import type {EventTimeline} from '../../src/elements/event-timeline/event-timeline.js';
import {centre, eventLabel, part, parts, timelineWith} from './helpers.js';

/** Waits for `find` to give an element, and gives it. */
async function found<T>(find: () => T | null | undefined, message: string): Promise<T> {
  await waitUntil(() => find(), message);
  return find()!;
}
const requests = (clear = false) => executeServerCommand<string[], {clear: boolean}>('requests', {clear});
const PROVIDERS = /youtube|ytimg|googlevideo|vimeo|soundcloud|doubleclick|google-analytics/;

const STORY = {
  version: 1,
  lang: 'en',
  now: '2026-02-10',
  events: [
    {
      id: 'photo',
      date: '2026-02-01',
      title: 'The portrait',
      media: {url: `${location.origin}/test/csp/portrait.svg`, alt: 'A drawn face', caption: 'The sitter', credit: 'Studio A'},
    },
    {
      id: 'video',
      date: '2026-02-05',
      title: 'The speech',
      media: {url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', alt: 'The whole speech', caption: 'Live from the hall', credit: 'Pool'},
    },
    {
      id: 'post',
      date: '2026-02-08',
      title: 'The reply',
      media: {url: 'https://bsky.app/profile/a.example/post/3abc', alt: 'The reply in full', credit: 'A'},
    },
  ],
};

async function openCard(element: EventTimeline, id: string): Promise<HTMLElement> {
  await sendMouse({type: 'click', position: centre(eventLabel(element, id))});
  await waitUntil(() => part(element, 'detail')?.getAttribute('data-event-id') === id, `no detail card for ${id}`);
  return part(element, 'detail') as HTMLElement;
}

describe('<event-timeline> media', function () {
  this.timeout(30_000);
  before(() => setViewport({width: 1200, height: 900}));
  afterEach(() => resetMouse());

  it('shows a picture in the detail card with its alt, caption and credit, its room reserved, loaded lazily without a referrer', async () => {
    const element = await timelineWith(STORY, {attrs: {lang: 'en'}});
    const card = await openCard(element, 'photo');
    const img = card.querySelector<HTMLImageElement>('[part~="media"] img')!;
    expect(img.alt).to.equal('A drawn face');
    expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['640', '360']);
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('decoding')).to.equal('async');
    expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
    // The room is there before the picture arrives, at the data's ratio, and stays when it comes.
    const before = img.getBoundingClientRect();
    expect(before.height).to.be.greaterThan(0);
    expect(before.width / before.height).to.be.closeTo(16 / 9, 0.02);
    expect(card.querySelector('figcaption')!.textContent).to.contain('The sitter').and.contain('Studio A');
    await waitUntil(() => img.complete && img.naturalWidth > 0, 'the picture did not load');
    const after = img.getBoundingClientRect();
    expect(after.width).to.be.closeTo(before.width, 0.5);
    expect(after.height).to.be.closeTo(before.height, 0.5);
  });

  it('asks nothing of YouTube until the reader presses play; then loads its no-cookie player in a sandboxed frame, and no script of theirs in the page', async () => {
    await requests(true);
    const element = await timelineWith(STORY, {attrs: {lang: 'en'}});
    const card = await openCard(element, 'video');
    const button = await found(() => card.querySelector<HTMLButtonElement>('.media-play'), 'no play button');
    expect(button.getAttribute('aria-label')).to.equal('Play the video from YouTube: The whole speech');
    expect(card.textContent).to.contain('Nothing is loaded from YouTube until you play it.');
    const out = [...card.querySelectorAll<HTMLAnchorElement>('[part~="media"] a')].map((a) => [a.textContent, a.href, a.rel]);
    expect(out).to.deep.equal([['Open on YouTube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'noopener noreferrer']]);
    // The list view has its own button, and still nothing goes out.
    element.view = 'list';
    await waitUntil(() => part(element, 'list')?.querySelector('.media-play'), 'no play button in the list');
    element.view = 'chart';
    await element.updateComplete;
    expect((await requests()).filter((url) => PROVIDERS.test(url))).to.deep.equal([]);
    expect(card.querySelector('iframe')).to.equal(null);

    const again = await openCard(element, 'video');
    await sendMouse({type: 'click', position: centre(again.querySelector('.media-play')!)});
    const frame = await found(() => again.querySelector('iframe'), 'no player after the click');
    expect(frame.src).to.equal('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1');
    expect(frame.getAttribute('sandbox')).to.equal(
      'allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox',
    );
    expect(frame.title).to.equal('The whole speech');
    expect(element.shadowRoot!.activeElement).to.equal(frame);
    await waitUntil(
      async () => (await requests()).some((url) => url.startsWith('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ')),
      'the player was not asked for',
    );
    expect((await requests()).filter((url) => /(^https?:\/\/[^/]*youtube\.com\/)/.test(url))).to.deep.equal([]);
    expect([...document.scripts].filter((script) => script.src && new URL(script.src).origin !== location.origin)).to.deep.equal([]);
  });

  it('plays with the keyboard alone: Tab to the button, Enter', async () => {
    const element = await timelineWith(STORY, {attrs: {lang: 'en'}});
    const card = await openCard(element, 'video');
    const button = card.querySelector<HTMLButtonElement>('.media-play')!;
    button.focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => card.querySelector('iframe'), 'Enter did not load the player');
  });

  it('links a post out, with no frame and no button', async () => {
    const element = await timelineWith(STORY, {attrs: {lang: 'en'}});
    const card = await openCard(element, 'post');
    expect(card.querySelector('.media-play, iframe')).to.equal(null);
    const link = card.querySelector<HTMLAnchorElement>('[part~="media"] a')!;
    expect([link.textContent, link.href]).to.deep.equal(['Open on Bluesky', 'https://bsky.app/profile/a.example/post/3abc']);
  });

  it('keeps media out of the screen-reader copy of the list: text, and links out of the Tab order', async () => {
    const element = await timelineWith(STORY, {attrs: {lang: 'en'}});
    const list = await found(() => element.shadowRoot!.querySelector('[part~="list"].visually-hidden'), 'no hidden list');
    expect(list.querySelector('img, iframe, .media-play')).to.equal(null);
    expect(list.querySelector('[role="img"]')!.getAttribute('aria-label')).to.equal('A drawn face');
    expect([...list.querySelectorAll('a')].every((a) => a.getAttribute('tabindex') === '-1')).to.equal(true);
  });

  it("draws every slide of TimelineJS3's all-media-types.json, and its pictures and players in the list, asking no service for anything", async () => {
    await requests(true);
    const sample = await (await fetch('/test/fixtures/timelinejs/all-media-types.json')).json();
    const element = await timelineWith(sample, {attrs: {lang: 'en', view: 'list'}});
    const items = parts(element, 'list')[0]!.querySelectorAll(':scope > li');
    expect(items.length).to.equal(41);
    const figures = parts(element, 'list')[0]!.querySelectorAll('[part~="media"]');
    expect(figures.length).to.be.greaterThanOrEqual(20);
    expect(parts(element, 'list')[0]!.querySelectorAll('.media-play').length).to.be.greaterThanOrEqual(8);
    expect(element.shadowRoot!.querySelectorAll('iframe').length).to.equal(0);
    // Every slide keeps its medium, the 3 written as embed code too: its address (a link out), or a block quote's words.
    const kept = [...items].filter((item) => item.querySelector('[part~="media"], a[href], blockquote'));
    expect(kept.length).to.equal(41);
    const item = (title: string) => [...items].find((li) => li.querySelector('.list-title')!.textContent === title)!;
    const hrefs = (title: string) => [...item(title).querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
    expect(hrefs('Twitter Embed')).to.include('https://twitter.com/ItsMeKitB/status/947659340864876544?ref_src=twsrc%5Etfw');
    expect(hrefs('iFrame').some((href) => href!.startsWith('https://cdn.knightlab.com/libs/timeline3/latest/embed/index.html?'))).to.equal(
      true,
    );
    expect(item('Blockquote').querySelector('blockquote')!.textContent).to.equal('This is a block quote.');
    // Nothing of the embed code is inserted or run: no script, no tweet markup, no widget loaded.
    expect(element.shadowRoot!.querySelectorAll('script, .twitter-tweet').length).to.equal(0);
    expect((await requests()).filter((url) => PROVIDERS.test(url) || /twitter\.com|cdn\.knightlab\.com/.test(url))).to.deep.equal([]);
  });
});
