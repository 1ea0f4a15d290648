// `media-thumbnails` as a reader meets it: without the attribute nothing is asked for (no picture,
// not even the part that draws them); with it, each event with media has a small picture or a
// play sign at the end of its label, on no label and no other thumbnail, loaded lazily with no
// referrer; a click on one opens that event's card, and the list alternative is unchanged.
import {expect} from '@open-wc/testing';
import {waitUntil} from './wait.js';
import {executeServerCommand, resetMouse, sendKeys, sendMouse, setViewport} from '@web/test-runner-commands';
import type {EventTimeline} from '../../src/elements/event-timeline/event-timeline.js';
import {drawn, eventLabel, overlaps, part, timelineWith} from './helpers.js';

const requests = (clear = false) => executeServerCommand<string[], {clear: boolean}>('requests', {clear});
const PORTRAIT = `${location.origin}/test/csp/portrait.svg`;

const STORY = {
  version: 1,
  lang: 'en',
  now: '2026-02-10',
  events: [
    {id: 'photo', date: '2026-02-01', title: 'The portrait', media: {url: PORTRAIT, alt: 'A drawn face'}},
    {id: 'video', date: '2026-02-05', title: 'The speech', media: {url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', alt: 'The speech'}},
    {id: 'post', date: '2026-02-08', title: 'The reply', media: {url: 'https://bsky.app/profile/a.example/post/3abc', alt: 'The reply'}},
    {id: 'plain', date: '2026-02-09', title: 'No media here'},
  ],
};

const thumbnails = (element: EventTimeline) => [...element.shadowRoot!.querySelectorAll<SVGGElement>('svg .thumbnails .thumbnail')];

describe('<event-timeline media-thumbnails>', function () {
  this.timeout(60_000);
  before(() => setViewport({width: 1300, height: 1000}));
  afterEach(() => resetMouse());

  // First in this file: the part must not have been loaded by an earlier test of the page.
  it('asks for no picture, and not for the part that draws them, when the attribute is not set', async () => {
    await requests(true);
    const element = await timelineWith(STORY, {attrs: {lang: 'en'}});
    await drawn(element);
    await element.updateComplete;
    expect(thumbnails(element)).to.have.length(0);
    const asked = await requests();
    expect(asked.filter((url) => url.includes('portrait.svg'))).to.deep.equal([]);
    expect(asked.filter((url) => /render-thumbnails|thumbnail-boxes/.test(url))).to.deep.equal([]);
  });

  it('draws a picture for a picture and a play sign for a video, none for a post or an event without media, and loads the picture with no referrer', async () => {
    const element = await timelineWith(STORY, {attrs: {lang: 'en', 'media-thumbnails': ''}, width: 1000});
    await waitUntil(() => thumbnails(element).length === 2, 'no thumbnails');
    expect(thumbnails(element).map((g) => g.dataset.eventId)).to.deep.equal(['photo', 'video']);
    const img = element.shadowRoot!.querySelector<HTMLImageElement>('.thumbnail[data-event-id="photo"] img')!;
    expect(img.getAttribute('src')).to.equal(PORTRAIT);
    expect(img.getAttribute('alt')).to.equal('');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('decoding')).to.equal('async');
    expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
    await waitUntil(() => img.complete && img.naturalWidth > 0, 'the thumbnail did not load');
    const box = img.getBoundingClientRect();
    expect([Math.round(box.width), Math.round(box.height)]).to.deep.equal([32, 32]);
    expect(getComputedStyle(img).objectFit).to.equal('cover');
    expect(element.shadowRoot!.querySelector('.thumbnail[data-event-id="video"] img')).to.equal(null);
    expect(element.shadowRoot!.querySelector('.thumbnail[data-event-id="video"] .play')).to.not.equal(null);
    // Decoration: hidden from screen readers, whose option names the event already.
    expect(element.shadowRoot!.querySelector('.thumbnails')!.getAttribute('aria-hidden')).to.equal('true');
    // An exported image leaves them out: their pictures are on other hosts, and would taint a PNG.
    const exported = await element.toSVG();
    expect(exported).to.contain('The portrait');
    expect(exported).to.not.contain('foreignObject');
    expect(exported).to.not.contain('portrait.svg');
  });

  it('a click on a thumbnail selects its event, as a click on its label does', async () => {
    const element = await timelineWith(STORY, {attrs: {lang: 'en', 'media-thumbnails': ''}, width: 1000});
    await waitUntil(() => thumbnails(element).length === 2, 'no thumbnails');
    const box = thumbnails(element)[1]!.getBoundingClientRect();
    await sendMouse({type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)]});
    await waitUntil(() => element.selected === 'video', 'the click did not select the event');
    await waitUntil(() => part(element, 'detail')?.getAttribute('data-event-id') === 'video', 'no detail card');
    await sendKeys({press: 'Escape'});
  });

  it("draws thumbnails for TimelineJS3's all-media-types.json, none on a label, another thumbnail or a mark, at desktop and phone widths", async () => {
    const sample = await (await fetch('/test/fixtures/timelinejs/all-media-types.json')).json();
    for (const width of [1280, 390]) {
      const element = await timelineWith(sample, {attrs: {lang: 'en', 'media-thumbnails': ''}, width});
      await waitUntil(() => thumbnails(element).length >= 15, `few thumbnails at ${width} px`);
      await element.updateComplete;
      const shown = thumbnails(element);
      const labels = [...element.shadowRoot!.querySelectorAll<SVGTextElement>('svg [data-label-for]')];
      const marks = [...element.shadowRoot!.querySelectorAll<SVGRectElement>('svg [part~="event"] .dot')];
      expect(labels.length).to.equal(41);
      for (const thumb of shown) {
        const box = thumb.getBoundingClientRect();
        expect(Math.round(box.width), `thumbnail of ${thumb.dataset.eventId}`).to.be.within(31, 33);
        for (const label of labels)
          expect(
            overlaps(box, label.getBoundingClientRect()),
            `${thumb.dataset.eventId} on the label of ${label.dataset.labelFor}`,
          ).to.equal(false);
        for (const mark of marks) expect(overlaps(box, mark.getBoundingClientRect()), `${thumb.dataset.eventId} on a mark`).to.equal(false);
        for (const other of shown) if (other !== thumb) expect(overlaps(box, other.getBoundingClientRect())).to.equal(false);
        // Each sits beside its own label.
        const own = eventLabel(element, thumb.dataset.eventId!).getBoundingClientRect();
        expect(Math.abs(box.top - own.top), `${thumb.dataset.eventId} level with its label`).to.be.below(12);
      }
      element.parentElement!.remove();
    }
  });

  it('turned on and off again: the thumbnails come and go, and the labels take their room back', async () => {
    const element = await timelineWith(STORY, {attrs: {lang: 'en'}, width: 1000});
    await drawn(element);
    // The option's pointer target spans its label's box: the room a thumbnail is given shows there.
    const target = () => element.shadowRoot!.querySelector('[part~="event"][data-event-id="photo"] .hit')!.getBoundingClientRect().width;
    const before = target();
    element.setAttribute('media-thumbnails', '');
    await waitUntil(() => thumbnails(element).length === 2, 'no thumbnails after setting the attribute');
    expect(target()).to.be.closeTo(before + 38, 1);
    element.removeAttribute('media-thumbnails');
    await waitUntil(() => thumbnails(element).length === 0, 'thumbnails left after removing the attribute');
    await element.updateComplete;
    expect(target()).to.be.closeTo(before, 0.5);
  });
});
