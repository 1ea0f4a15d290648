// thumbnail-boxes.ts and the room the layout keeps for it (geometry.ts, `thumbnails`): which
// events get a thumbnail, and that each one stands at the end of its own label, on no text and no
// other label or mark, in every orientation and direction, on TimelineJS3's media sample.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {fromTimelineJs} from '../../../src/adapters/timelinejs.js';
import {hasThumbnail, thumbnailBoxes, thumbnailOf, THUMBNAIL, TITLE_SIZES} from '../../../src/elements/event-timeline/thumbnail-boxes.js';
import {TimelineView, type ViewSettings} from '../../../src/elements/event-timeline/timeline-view.js';
import {METRICS, THUMBNAIL_ROOM} from '../../../src/layout/geometry.js';
import {parseTimeline} from '../../../src/model/parse-timeline.js';
import type {TimelineEvent} from '../../../src/model/types.js';
import {labelBox, overlappingPairs, type Box} from '../layout/helpers.js';

const event = (media?: TimelineEvent['media']) => ({id: 'e', title: 'E', media}) as TimelineEvent;

function mediaSample() {
  const input = JSON.parse(readFileSync(new URL('../../fixtures/timelinejs/all-media-types.json', import.meta.url), 'utf8'));
  return parseTimeline(fromTimelineJs(input).document).timeline!;
}

describe('thumbnailOf', () => {
  it('shows a picture itself, a Commons file page as its file, and a given thumbnail before anything else', () => {
    expect(thumbnailOf(event({url: 'https://example.com/a.jpg', alt: ''}))).toEqual({src: 'https://example.com/a.jpg', play: false});
    expect(thumbnailOf(event({url: 'https://example.com/a.jpg', alt: '', thumbnail: 'https://example.com/small.jpg'}))?.src).toBe(
      'https://example.com/small.jpg',
    );
    expect(thumbnailOf(event({url: 'https://commons.wikimedia.org/wiki/File:Moon.jpg', alt: 'The Moon'}))?.src).toMatch(
      /^https:\/\/commons\.wikimedia\.org\/wiki\/Special:FilePath\/Moon\.jpg|^https:\/\/upload\.wikimedia\.org\//,
    );
  });

  it('gives a video or a sound a play sign, on its thumbnail when it has one', () => {
    expect(thumbnailOf(event({url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', alt: 'A'}))).toEqual({src: undefined, play: true});
    expect(thumbnailOf(event({url: 'https://example.com/talk.mp3', alt: 'A', thumbnail: 'https://example.com/t.png'}))).toEqual({
      src: 'https://example.com/t.png',
      play: true,
    });
  });

  it('gives posts, pages and events without media none, and never asks for an address that is not http(s)', () => {
    expect(thumbnailOf(event({url: 'https://bsky.app/profile/a.example/post/3abc', alt: 'A'}))).toBeUndefined();
    expect(thumbnailOf(event({url: 'https://example.com/article', alt: 'A'}))).toBeUndefined();
    expect(thumbnailOf(event())).toBeUndefined();
    // A post or a page shows the thumbnail it is given.
    expect(thumbnailOf(event({url: 'https://example.com/article', alt: 'A', thumbnail: 'https://example.com/t.png'}))).toEqual({
      src: 'https://example.com/t.png',
      play: false,
    });
    // Data set past the parser (a property, an app's own object): checked here again.
    expect(thumbnailOf(event({url: 'javascript:alert(1)//a.png', alt: ''}))).toBeUndefined();
    expect(thumbnailOf(event({url: 'https://example.com/a.mp4', alt: '', thumbnail: 'data:image/png;base64,AAAA'}))).toEqual({
      src: undefined,
      play: true,
    });
  });

  it('uses the sizes the layout measures with', () => {
    expect(TITLE_SIZES).toEqual({title: METRICS.titleSize, anchor: METRICS.anchorTitleSize});
    expect(THUMBNAIL_ROOM).toBeGreaterThan(THUMBNAIL);
  });
});

describe('thumbnails on the chart', () => {
  const timeline = mediaSample();
  const cases: [string, Partial<ViewSettings>][] = [
    ['horizontal, 1280 px', {orientation: 'horizontal', width: 1280}],
    ['horizontal, 800 px', {orientation: 'horizontal', width: 800}],
    ['horizontal, right to left', {orientation: 'horizontal', width: 1280, rtl: true}],
    ['vertical, 390 px', {orientation: 'vertical', width: 390}],
    ['vertical, right to left', {orientation: 'vertical', width: 390, rtl: true}],
  ];
  for (const [name, settings] of cases) {
    it(`${name}: each stands beside its own label's text, on no other label and no mark`, () => {
      const all: ViewSettings = {lang: 'en', orientation: 'horizontal', width: 1280, breaks: true, rtl: false, ...settings};
      const model = new TimelineView(timeline, {...all, thumbnails: hasThumbnail});
      const view = model.layout({k: 1, x: 0, y: 0}, []);
      const rtl = all.rtl;
      const boxes = thumbnailBoxes(view.events, timeline.events, {rtl, width: view.width});
      const withMedia = view.events.filter((placed) => hasThumbnail(timeline.events[placed.index]));
      expect(withMedia.length).toBeGreaterThan(15);
      expect(boxes.length).toBe(withMedia.length);
      const labels = view.events.map((placed) => labelBox(placed, placed.labelWidth, rtl));
      const texts = view.events.map((placed) => {
        const reserve = hasThumbnail(timeline.events[placed.index]) ? THUMBNAIL_ROOM : 0;
        return labelBox(placed, placed.labelWidth - reserve, rtl);
      });
      const marks: Box[] = view.events.map((placed) => ({
        id: placed.id,
        x0: placed.x - 6,
        x1: placed.x + 6,
        y0: placed.y - 6,
        y1: placed.y + 6,
      }));
      for (const box of boxes) {
        const thumb: Box = {id: `thumb ${box.id}`, x0: box.x, x1: box.x + box.size, y0: box.y, y1: box.y + box.size};
        const own = labels.find((label) => label.id === box.id)!;
        // Inside its own label's box (whose room the packing kept clear of every other label)…
        expect(thumb.x0).toBeGreaterThanOrEqual(own.x0 - 0.1);
        expect(thumb.x1).toBeLessThanOrEqual(own.x1 + 0.1);
        expect(thumb.y1).toBeLessThanOrEqual(own.y1 + METRICS.subtitleSize);
        // …on no text, its own included, and no mark.
        expect(overlappingPairs([thumb, ...texts]), `${box.id} on a label`).toEqual([]);
        expect(overlappingPairs([thumb, ...marks]), `${box.id} on a mark`).toEqual([]);
        expect(overlappingPairs([thumb, ...labels.filter((label) => label.id !== box.id)]), `${box.id} on another label`).toEqual([]);
      }
      // The labels themselves still meet no other.
      expect(overlappingPairs(labels)).toEqual([]);
    });
  }

  it('keeps the room only when asked: without thumbnails every label is as wide as before', () => {
    const settings: ViewSettings = {lang: 'en', orientation: 'horizontal', width: 1280, breaks: true, rtl: false};
    const plain = new TimelineView(timeline, settings).geometry;
    const withRoom = new TimelineView(timeline, {...settings, thumbnails: hasThumbnail}).geometry;
    timeline.events.forEach((item, i) => {
      if (!hasThumbnail(item)) expect(withRoom.labelWidths[i]).toBe(plain.labelWidths[i]);
      else expect(withRoom.labelWidths[i]).toBeLessThanOrEqual(withRoom.labelMax);
    });
    expect(plain.config.thumbnails).toBeUndefined();
  });
});
