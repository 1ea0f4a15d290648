// Media on events and quotes: what is kept, what is reported and where, and what each URL is
// taken for (a picture, a service's player, a post, a page) — which decides what is loaded when.
import {describe, expect, it} from 'vitest';
import {parseTimeline} from '../../../src/model/parse-timeline.js';
import {toDocument} from '../../../src/model/to-document.js';
import {mediaTarget} from '../../../src/model/media-target.js';

type Doc = Record<string, unknown>;
const withMedia = (media: unknown, quoteMedia?: unknown): Doc => ({
  events: [
    {id: 'a', date: '2026-02-03', title: 'A', media, quotes: quoteMedia === undefined ? undefined : [{text: 'Words', media: quoteMedia}]},
  ],
});

describe('media on an event', () => {
  it('keeps a picture with its alt, caption, credit and thumbnail', () => {
    const media = {
      url: 'https://example.org/a.jpg',
      alt: 'Two men at a table',
      caption: 'The call',
      credit: 'AP',
      thumbnail: 'https://example.org/a-small.jpg',
    };
    const {timeline, issues} = parseTimeline(withMedia(media));
    expect(issues).toEqual([]);
    expect(timeline!.events[0]!.media).toEqual(media);
  });

  it('keeps "" as the alt of a decorative picture', () => {
    const {timeline, issues} = parseTimeline(withMedia({url: 'https://example.org/a.jpg', alt: ''}));
    expect(issues).toEqual([]);
    expect(timeline!.events[0]!.media).toEqual({url: 'https://example.org/a.jpg', alt: ''});
  });

  it('reports a media item without alt at its path, and keeps the event without it', () => {
    const {timeline, issues} = parseTimeline(withMedia({url: 'https://example.org/a.jpg'}));
    expect(issues).toEqual([
      {path: 'events[0].media.alt', severity: 'error', message: 'is required ("" for decoration); the media is left out'},
    ]);
    expect(timeline!.events).toHaveLength(1);
    expect(timeline!.events[0]!.media).toBeUndefined();
  });

  it.each([
    'javascript:alert(1)',
    'data:image/png;base64,AAAA',
    'mailto:a@example.org',
    '/relative.jpg',
    'file:///etc/passwd',
    'blob:https://example.org/x',
  ])('refuses %s as a media URL, saying so at media.url', (url) => {
    const {timeline, issues} = parseTimeline(withMedia({url, alt: 'x'}));
    expect(issues.map((issue) => [issue.path, issue.severity])).toEqual([['events[0].media.url', 'error']]);
    expect(issues[0]!.message).toBe('must be an http: or https: URL; the media is left out');
    expect(timeline!.events[0]!.media).toBeUndefined();
  });

  it('drops a thumbnail that is not http(s) with a warning, and keeps the media', () => {
    const {timeline, issues} = parseTimeline(withMedia({url: 'https://example.org/a.jpg', alt: 'A', thumbnail: 'javascript:alert(1)'}));
    expect(issues.map((issue) => [issue.path, issue.severity])).toEqual([['events[0].media.thumbnail', 'warning']]);
    expect(timeline!.events[0]!.media).toEqual({url: 'https://example.org/a.jpg', alt: 'A'});
  });

  it('reports media that is not an object, and unknown keys', () => {
    expect(parseTimeline(withMedia('https://example.org/a.jpg')).issues.map((issue) => issue.path)).toEqual(['events[0].media']);
    expect(parseTimeline(withMedia({url: 'https://example.org/a.jpg', alt: 'A', src: 'x'})).issues.map((issue) => issue.path)).toEqual([
      'events[0].media.src',
    ]);
  });

  it('cleans text fields as all text is cleaned, never reading HTML', () => {
    const {timeline} = parseTimeline(
      withMedia({
        url: 'https://example.org/a.jpg',
        alt: '<img src=x onerror=alert(1)>\u202E',
        caption: '  <b>bold</b> ',
        credit: 'AP\u0007',
      }),
    );
    expect(timeline!.events[0]!.media).toEqual({
      url: 'https://example.org/a.jpg',
      alt: '<img src=x onerror=alert(1)>',
      caption: '<b>bold</b>',
      credit: 'AP',
    });
  });

  it('reads media on a quote at its own path', () => {
    const {issues} = parseTimeline(withMedia(undefined, {url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'}));
    expect(issues.map((issue) => issue.path)).toEqual(['events[0].quotes[0].media.alt']);
    const kept = parseTimeline(withMedia(undefined, {url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', alt: 'The speech'}));
    expect(kept.timeline!.events[0]!.quotes[0]!.media).toEqual({url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', alt: 'The speech'});
  });

  it('round-trips through toDocument', () => {
    const input = withMedia({url: 'https://example.org/a.jpg', alt: '', caption: 'C'}, {url: 'https://vimeo.com/20839673', alt: 'V'});
    const first = parseTimeline(input).timeline!;
    expect(parseTimeline(toDocument(first)).timeline).toEqual(first);
  });
});

describe('mediaTarget: what a URL is, and what is loaded when the reader asks', () => {
  it.each([
    [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      {kind: 'video', provider: 'YouTube', embed: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'},
    ],
    [
      'https://m.youtube.com/watch?v=pi2v1m6gmD8&t=5m21s',
      {kind: 'video', provider: 'YouTube', embed: 'https://www.youtube-nocookie.com/embed/pi2v1m6gmD8?start=321'},
    ],
    [
      'https://youtu.be/dQw4w9WgXcQ?t=42',
      {kind: 'video', provider: 'YouTube', embed: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=42'},
    ],
    [
      'https://www.youtube.com/shorts/dQw4w9WgXcQ',
      {kind: 'video', provider: 'YouTube', embed: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'},
    ],
    ['http://vimeo.com/20839673', {kind: 'video', provider: 'Vimeo', embed: 'https://player.vimeo.com/video/20839673?dnt=1'}],
    [
      'https://soundcloud.com/usher-raymond-music/usher-i-dont-mind-feat-juicy-j',
      {
        kind: 'audio',
        provider: 'SoundCloud',
        embed: 'https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fusher-raymond-music%2Fusher-i-dont-mind-feat-juicy-j',
      },
    ],
    [
      'https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/293&color=%23ff5500&auto_play=false',
      {
        kind: 'audio',
        provider: 'SoundCloud',
        embed: 'https://w.soundcloud.com/player/?url=https%3A%2F%2Fapi.soundcloud.com%2Ftracks%2F293',
      },
    ],
    ['https://w.soundcloud.com/player/?url=https%3A//evil.example/tracks/293', {kind: 'page'}],
    ['https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/293%22%3E', {kind: 'page'}],
    [
      'http://www.dailymotion.com/video/x2fo0e8_the-history',
      {kind: 'video', provider: 'Dailymotion', embed: 'https://www.dailymotion.com/embed/video/x2fo0e8'},
    ],
    [
      'https://play.spotify.com/track/5SdB3onMcO9ZBoKrdvCqhR',
      {kind: 'audio', provider: 'Spotify', embed: 'https://open.spotify.com/embed/track/5SdB3onMcO9ZBoKrdvCqhR'},
    ],
    ['https://bsky.app/profile/weratedogs.com/post/3mfpmuusv2k2t', {kind: 'post', provider: 'Bluesky'}],
    ['https://twitter.com/yayitsrob/status/1265638281783447552', {kind: 'post', provider: 'X'}],
    ['http://instagram.com/p/ymwL5JAsw5/', {kind: 'post', provider: 'Instagram'}],
    ['https://example.org/photo.JPG?size=large', {kind: 'image', src: 'https://example.org/photo.JPG?size=large'}],
    [
      'https://commons.wikimedia.org/wiki/File:Ape_skeletons.png',
      {kind: 'image', src: 'https://commons.wikimedia.org/wiki/Special:FilePath/Ape_skeletons.png?width=640'},
    ],
    ['https://uploads.knightlab.com/escalator.mp4', {kind: 'video', embed: 'https://uploads.knightlab.com/escalator.mp4'}],
    [
      'https://soundcite.knightlab.com/media/bach-cello-suite.mp3',
      {kind: 'audio', embed: 'https://soundcite.knightlab.com/media/bach-cello-suite.mp3'},
    ],
    ['https://en.wikipedia.org/wiki/Mechanical_Turk', {kind: 'page'}],
    ['https://www.youtube.com/@channel', {kind: 'video', provider: 'YouTube'}],
  ])('%s', (url, target) => {
    expect(mediaTarget(url)).toEqual(target);
  });

  it('never makes a player address out of a hostile id', () => {
    expect(mediaTarget('https://www.youtube.com/watch?v=%22%3E%3Cscript%3E').embed).toBeUndefined();
    expect(mediaTarget('https://youtu.be/../../evil').embed).toBeUndefined();
    expect(mediaTarget('https://vimeo.com/javascript:1').embed).toBeUndefined();
  });
});
