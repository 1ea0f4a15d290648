// TimelineJS3 JSON → event JSON: every mapping and every drop of the table in
// src/adapters/timelinejs.ts, the issues with their TimelineJS paths, hostile text, and the
// sample documents in test/fixtures/timelinejs, which must parse without an error or warning.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {fromTimelineJs, isTimelineJs} from '../../../src/adapters/timelinejs.js';
import {mediaTarget} from '../../../src/model/media-target.js';
import {parseTimeline} from '../../../src/model/parse-timeline.js';
import type {EventDocument} from '../../../src/model/document.js';
import type {TimelineIssue} from '../../../src/model/types.js';

type Json = Record<string, unknown>;
const fixture = (name: string): Json =>
  JSON.parse(readFileSync(new URL(`../../fixtures/timelinejs/${name}.json`, import.meta.url), 'utf8')) as Json;
const SAMPLES = ['whitney-houston', 'russia-china-2026', 'ancient-rome'] as const;

const slide = (fields: Json = {}): Json => ({start_date: {year: 2026, month: 2, day: 3}, text: {headline: 'Call'}, ...fields});
const convert = (...events: unknown[]) => fromTimelineJs({events});
const only = (...events: unknown[]): EventDocument => {
  const {document} = convert(...events);
  expect(document.events).toHaveLength(1);
  return document.events[0]!;
};
const dateOf = (start: Json, end?: Json) => only(slide(end ? {start_date: start, end_date: end} : {start_date: start})).date;
const error = (path: string, message: string): TimelineIssue => ({path, message, severity: 'error'});
const warning = (path: string, message: string): TimelineIssue => ({path, message, severity: 'warning'});

describe('isTimelineJs', () => {
  it('recognises every sample', () => {
    for (const name of SAMPLES) expect(isTimelineJs(fixture(name)), name).toBe(true);
  });

  it.each([
    ['our own format', JSON.parse(readFileSync('demo/data/story-ru.json', 'utf8'))],
    ['events without start_date objects', {events: [{start_date: '2026-02-03'}]}],
    ['no events', {events: []}],
    ['events that are not an array', {events: {start_date: {year: 2026}}}],
    ['null', null],
    ['an array', [{start_date: {year: 2026}}]],
    ['a string', '{"events": []}'],
  ])('rejects %s', (_name, value) => {
    expect(isTimelineJs(value)).toBe(false);
  });
});

describe('fromTimelineJs: dates', () => {
  it.each([
    ['a year', {year: 2026}, '2026'],
    ['a year and month', {year: 2026, month: 7}, '2026-07'],
    ['a day', {year: 2026, month: 7, day: 16}, '2026-07-16'],
    ['an hour', {year: 2026, month: 2, day: 3, hour: 14}, '2026-02-03T14:00'],
    ['hours and minutes', {year: 2026, month: 2, day: 3, hour: 9, minute: 5}, '2026-02-03T09:05'],
    ['seconds', {year: 2026, month: 2, day: 3, hour: 14, minute: 30, second: 7}, '2026-02-03T14:30:07'],
    ['a minute without an hour (hour 0, as in TimelineJS)', {year: 2026, month: 2, day: 3, minute: 30}, '2026-02-03T00:30'],
    ['a day without a month (a day of January, as in TimelineJS)', {year: 2026, day: 5}, '2026-01-05'],
    ['a time without a day (ignored)', {year: 2026, month: 2, hour: 14}, '2026-02'],
    ['fields written as strings', {year: '2026', month: '07', day: ' 16 '}, '2026-07-16'],
    ['empty string and null fields', {year: 2026, month: '', day: null}, '2026'],
    [
      'milliseconds and a display_date (dropped)',
      {year: 2026, month: 2, day: 3, hour: 1, minute: 2, second: 3, millisecond: 450, display_date: 'Early'},
      '2026-02-03T01:02:03',
    ],
    ['a three-digit year', {year: '600'}, '0600'],
    ['a BCE year (TimelineJS -44 is 44 BCE; EDTF -0043 is 44 BC)', {year: -44, month: 3, day: 15}, '-0043-03-15'],
    ['1 BCE', {year: -1}, '0000'],
    ['year 0, which TimelineJS shows as 1 BCE too', {year: 0}, '0000'],
    ['a year before 9999 BCE', {year: -12000}, 'Y-11999'],
    ['a year past 9999 (year only)', {year: 12000, month: 5}, 'Y12000'],
    ['a leap day', {year: 2024, month: 2, day: 29}, '2024-02-29'],
  ])('writes %s in EDTF', (_name, start, edtf) => {
    expect(dateOf(start)).toBe(edtf);
  });

  it('makes an interval of a start and an end, each at its own precision', () => {
    expect(dateOf({year: 2026, month: 1}, {year: 2026, month: 6})).toBe('2026-01/2026-06');
    expect(dateOf({year: 2026, month: 2, day: 3, hour: 14}, {year: 2026, month: 2, day: 3, hour: 15, minute: 30})).toBe(
      '2026-02-03T14:00/2026-02-03T15:30',
    );
    expect(dateOf({year: -753}, {year: -509})).toBe('-0752/-0508');
  });

  it('drops an end equal to the start, as TimelineJS does', () => {
    expect(dateOf({year: 2026, month: 2}, {year: '2026', month: '02'})).toBe('2026-02');
  });

  it('drops an end before the start with a warning, and keeps the event', () => {
    const {document, issues} = convert(slide({start_date: {year: 2026}, end_date: {year: 2020}}));
    expect(document.events[0]!.date).toBe('2026');
    expect(issues).toEqual([warning('events[0].end_date', '2020 is before the start 2026; dropped')]);
  });

  it('keeps the event with its start when the end date is broken (a warning)', () => {
    const {document, issues} = convert(slide({end_date: {year: 2026, month: 14}}));
    expect(document.events[0]!.date).toBe('2026-02-03');
    expect(issues).toEqual([warning('events[0].end_date.month', '14 is not a month (1-12)')]);
  });

  it.each([
    ['month', {year: 2026, month: 13}, error('events[0].start_date.month', '13 is not a month (1-12)')],
    ['month that EDTF would read as a season', {year: 2026, month: 21}, error('events[0].start_date.month', '21 is not a month (1-12)')],
    ['month 0', {year: 2026, month: 0}, error('events[0].start_date', 'read as "2026-00", which has month 00 (must be 01–12)')],
    [
      'day',
      {year: 2026, month: 2, day: 29},
      error('events[0].start_date', 'read as "2026-02-29", which has day 29, but February 2026 has 28 days'),
    ],
    [
      'BCE day',
      {year: -44, month: 4, day: 31},
      error('events[0].start_date', 'read as "-0043-04-31", which has day 31, but April -0043 has 30 days'),
    ],
    [
      'hour',
      {year: 2026, month: 2, day: 3, hour: 25},
      error('events[0].start_date', 'read as "2026-02-03T25:00", which has hour 25 (must be 00–23, or 24:00 for the end of the day)'),
    ],
    [
      'minute',
      {year: 2026, month: 2, day: 3, hour: 1, minute: 60},
      error('events[0].start_date', 'read as "2026-02-03T01:60", which has minute 60 (must be 00–59)'),
    ],
    [
      'second',
      {year: 2026, month: 2, day: 3, hour: 1, minute: 0, second: 61},
      error('events[0].start_date', 'read as "2026-02-03T01:00:61", which has second 61 (must be 00–59)'),
    ],
    ['word', {year: 'twenty'}, error('events[0].start_date', 'read as "twenty", which is not a valid EDTF date')],
    ['fraction', {year: 2026, month: 2.5}, error('events[0].start_date', 'read as "2026-2.5", which is not a valid EDTF date')],
    ['missing year', {month: 2}, error('events[0].start_date.year', 'is required')],
    [
      'year out of range',
      {year: -300_000_000_000},
      error('events[0].start_date', 'read as "Y-299999999999", which has year -299999999999 (must be within 100 billion years of year 0)'),
    ],
  ])('drops the event with an error at the date for a bad %s', (_name, start, issue) => {
    const {document, issues} = convert(slide({start_date: start}));
    expect(document.events).toEqual([]);
    expect(issues).toEqual([issue]);
  });

  it('reports a missing or malformed start_date, and a slide that is no object, at the year it lacks', () => {
    const {document, issues} = convert({text: {headline: 'No date'}}, slide({start_date: '2026-02-03'}), 42);
    expect(document.events).toEqual([]);
    expect(issues).toEqual([
      error('events[0].start_date.year', 'is required'),
      error('events[1].start_date.year', 'is required'),
      error('events[2].start_date.year', 'is required'),
    ]);
  });

  it('drops display dates, milliseconds and the scale without a word', () => {
    const {document, issues} = fromTimelineJs({
      scale: 'cosmological',
      events: [
        slide({
          display_date: 'Feb. 3',
          start_date: {year: 2026, month: 2, day: 3, millisecond: 5},
          end_date: {year: 2026, month: 2, day: 4, display_date: 'Feb. 4'},
        }),
      ],
    });
    expect(document.events.map((event) => event.date)).toEqual(['2026-02-03/2026-02-04']);
    expect(issues).toEqual([]);
  });

  it('reads years of the cosmological scale as EDTF long years', () => {
    const {document, issues} = fromTimelineJs({scale: 'cosmological', events: [slide({start_date: {year: -13_800_000_000}})]});
    expect(document.events.map((event) => event.date)).toEqual(['Y-13799999999']);
    expect(issues).toEqual([]);
  });

  it("draws every event of TimelineJS3's cosmo.json sample, 13.8 billion years ago to 3500 BC", () => {
    const {document, issues} = fromTimelineJs(fixture('cosmo'));
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    const parsed = parseTimeline(document);
    expect(parsed.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(parsed.timeline!.events.map((event) => event.date.text)).toEqual([
      'Y-13799999999',
      'Y-13799629999',
      'Y-12799999999',
      'Y-4599999999',
      'Y-538799999/Y-251901999',
      'Y-314999',
      '-3499',
    ]);
    expect(parsed.timeline!.events.filter((event) => event.media || event.source)).toHaveLength(3);
  });
});

describe('fromTimelineJs: text', () => {
  it('maps headline to title and text to summary, as plain text', () => {
    const event = only(
      slide({text: {headline: '<b>Putin</b> &amp; Xi', text: '<p>First&nbsp;paragraph.</p><p>Second &#8212; with <em>emphasis</em>.</p>'}}),
    );
    expect(event.title).toBe('Putin & Xi');
    expect(event.summary).toBe('First\u00a0paragraph.\nSecond — with emphasis.');
  });

  it('takes the title from the first line of the text when there is no headline, cut to 80 characters', () => {
    const long = 'The leaders discussed partnership and strategic cooperation, trade, which reached 200 billion dollars, and more.';
    const {document, issues} = convert(slide({text: {text: `<p>${long}</p><p>More.</p>`}}));
    expect(document.events[0]!.title).toBe(`${long.slice(0, 79)}…`);
    expect(document.events[0]!.summary).toBe(`${long}\nMore.`);
    expect(issues).toEqual([]);
  });

  it('takes the title from the media caption when there is no text at all', () => {
    const {document, issues} = convert(slide({text: undefined, media: {url: 'https://example.org/a.jpg', caption: 'A <i>caption</i>'}}));
    expect(document.events[0]!.title).toBe('A caption');
    expect(issues).toEqual([]);
  });

  it('drops a slide with nothing to show as a title, with an error', () => {
    const {document, issues} = convert(slide({text: {headline: '<img src=x>', text: ' '}}));
    expect(document.events).toEqual([]);
    expect(issues).toEqual([error('events[0].text.headline', 'is required (or text.text); slide dropped')]);
  });

  it('reduces hostile markup to text: no script, no handler, no javascript: URL survives', () => {
    const hostile = slide({
      text: {
        headline: '<img src=x onerror="window.__pwned=1">Call<script>window.__pwned=1</script>',
        text: '<a href="javascript:alert(1)">click</a> <iframe src="javascript:alert(2)"></iframe><style>*{}</style>',
      },
      group: '<b onclick="alert(1)">Diplomacy</b>',
      media: {url: 'javascript:alert(3)', credit: '<script>alert(4)</script>Reuters'},
    });
    const {document} = convert(hostile);
    expect(document.events[0]).toEqual({id: 'call', date: '2026-02-03', title: 'Call', summary: 'click', category: 'Diplomacy'});
    expect(JSON.stringify(document)).not.toMatch(/javascript:|onerror|onclick|<script|alert|__pwned/);
    expect(parseTimeline(document).issues).toEqual([]);
  });

  it('keeps the words of links in text and drops their URLs, without a word', () => {
    const {document, issues} = convert(slide({text: {headline: 'A', text: 'See <a href="https://example.org/">this</a>.'}}));
    expect(document.events[0]!.summary).toBe('See this.');
    expect(JSON.stringify(document)).not.toContain('example.org');
    expect(issues).toEqual([]);
  });

  it('ignores text fields that are not text', () => {
    const {document, issues} = convert(slide({text: {headline: 'A', text: ['x']}, group: 7}));
    expect(document.events[0]).toEqual({id: 'a', date: '2026-02-03', title: 'A'});
    expect(issues).toEqual([]);
  });
});

describe('fromTimelineJs: groups, ids, media', () => {
  it('turns groups into categories named by the group, which parseTimeline lists in the order met', () => {
    const {document} = convert(
      slide({text: {headline: 'A'}, group: 'Security'}),
      slide({text: {headline: 'B'}, group: ' Diplomacy &amp; trade '}),
      slide({text: {headline: 'C'}, group: 'Security'}),
      slide({text: {headline: 'D'}}),
      slide({text: {headline: 'E'}, group: 'Дипломатия'}),
    );
    expect(document.events.map((event) => event.category)).toEqual(['Security', 'Diplomacy & trade', 'Security', undefined, 'Дипломатия']);
    expect(document.categories).toBeUndefined();
    const {timeline} = parseTimeline(document);
    expect(timeline!.categories.map((category) => category.label)).toEqual(['Security', 'Diplomacy & trade', 'Дипломатия']);
  });

  it('keeps unique_id as the id, makes it fit our pattern, and deduplicates', () => {
    const {document, issues} = convert(
      slide({unique_id: 'call'}),
      slide({unique_id: "Whitney's début"}),
      slide({unique_id: 'call'}),
      slide({unique_id: 'x'.repeat(80)}),
      slide({unique_id: 2026}),
      slide({unique_id: '!!!', text: {headline: 'Bang'}}),
    );
    expect(document.events.map((event) => event.id)).toEqual(['call', 'Whitney-s-debut', 'call-2', 'x'.repeat(64), '2026', 'bang']);
    expect(issues).toEqual([
      warning('events[1].unique_id', '"Whitney\'s début" is taken or not a valid id; read as "Whitney-s-debut"'),
      warning('events[2].unique_id', '"call" is taken or not a valid id; read as "call-2"'),
      warning('events[3].unique_id', `"${'x'.repeat(40)}…" is taken or not a valid id; read as "${'x'.repeat(64)}"`),
      warning('events[5].unique_id', '"!!!" is taken or not a valid id; ignored'),
    ]);
    expect(parseTimeline(document).issues).toEqual([]);
  });

  it("makes ids from headlines as TimelineJS does, after the data's own ids are taken", () => {
    const {document} = convert(
      slide({text: {headline: 'The Call'}}),
      slide({text: {headline: 'Разговор'}}),
      slide({unique_id: 'the-call', text: {headline: 'Other'}}),
      slide({text: {headline: 'The call!'}}),
    );
    expect(document.events.map((event) => event.id)).toEqual(['the-call-2', 'event-2', 'the-call', 'the-call-3']);
  });

  it.each([
    [
      'a web page, named by its credit',
      {url: 'https://en.wikipedia.org/wiki/New_START', credit: 'Wikipedia', caption: 'Caption'},
      {url: 'https://en.wikipedia.org/wiki/New_START', name: 'Wikipedia'},
    ],
    [
      'a web page, named by its caption',
      {url: 'http://example.org/story?id=1', caption: '<i>The</i> story'},
      {url: 'http://example.org/story?id=1', name: 'The story'},
    ],
    ['a web page without a name', {url: ' https://example.org/page?v=abc '}, {url: 'https://example.org/page?v=abc'}],
  ])('keeps media that is %s as the source', (_name, media, source) => {
    expect(only(slide({media})).source).toEqual(source);
  });

  it.each([
    [
      'an image, its alt from the caption',
      {url: 'https://example.org/photo.jpeg?size=large', credit: '<a href="https://ap.org">AP</a>', caption: 'The <i>call</i>'},
      {url: 'https://example.org/photo.jpeg?size=large', alt: 'The call', caption: 'The call', credit: 'AP'},
    ],
    [
      'an image with its own alt and a thumbnail',
      {
        url: 'https://upload.wikimedia.org/a/b.JPG',
        alt: 'A rock',
        link: 'https://en.wikipedia.org/wiki/B',
        thumbnail: 'https://example.org/t.jpg',
      },
      {url: 'https://upload.wikimedia.org/a/b.JPG', alt: 'A rock', thumbnail: 'https://example.org/t.jpg'},
    ],
    ['a video file, its alt from the headline', {url: 'https://example.org/clip.mp4'}, {url: 'https://example.org/clip.mp4', alt: 'Call'}],
    [
      'a YouTube video, its alt from its title',
      {url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', title: 'The song', thumbnail: 'javascript:alert(1)'},
      {url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', alt: 'The song'},
    ],
    [
      'a post',
      {url: 'https://bsky.app/profile/a/post/b', credit: 'A'},
      {url: 'https://bsky.app/profile/a/post/b', alt: 'Call', credit: 'A'},
    ],
  ])('keeps media that is %s as media, which the parser reads without a word', (_name, media, kept) => {
    const {document, issues} = convert(slide({media}));
    expect(document.events[0]!.media).toEqual(kept);
    expect(document.events[0]!.source).toBeUndefined();
    expect(issues).toEqual([]);
    expect(parseTimeline(document).issues).toEqual([]);
  });

  it.each([
    [
      'embed code without an http(s) address',
      {url: '<iframe src="/embed"></iframe>'},
      'is embed code (HTML) with no http: or https: address of an <iframe> or a <blockquote> link; not shown',
    ],
    [
      'a javascript: URL',
      {url: 'javascript:alert(1)', credit: 'x'},
      '"javascript:alert(1)" is not an absolute http: or https: URL; not shown',
    ],
    ['a data: URL', {url: 'data:image/png;base64,AAAA'}, '"data:image/png;base64,AAAA" is not an absolute http: or https: URL; not shown'],
    ['a mailto: URL', {url: 'mailto:desk@example.org'}, '"mailto:desk@example.org" is not an absolute http: or https: URL; not shown'],
    ['a relative URL', {url: '/images/a'}, '"/images/a" is not an absolute http: or https: URL; not shown'],
  ])('drops media that is %s, with a warning at its url', (_name, media, message) => {
    const {document, issues} = convert(slide({media}));
    expect(document.events[0]!.source).toBeUndefined();
    expect(document.events[0]!.media).toBeUndefined();
    expect(issues).toEqual([{path: 'events[0].media.url', message, severity: 'warning'}]);
    expect(JSON.stringify(document)).not.toMatch(/javascript:|data:|mailto:|example\.org|wiki/);
  });
});

describe('fromTimelineJs: the document', () => {
  it("maps the title slide's headline to the title, and drops its body and backgrounds", () => {
    const {document, issues} = fromTimelineJs({
      title: {
        text: {headline: 'Whitney <br>Houston', text: '<p>Intro</p>'},
        media: {url: 'https://example.org/a.jpg'},
        background: {color: 'red'},
      },
      events: [slide({background: {url: 'https://example.org/bg.jpg'}, autolink: false})],
    });
    expect(document.title).toBe('Whitney Houston');
    expect(JSON.stringify(document)).not.toMatch(/Intro|example\.org|red/);
    expect(issues).toEqual([]);
  });

  it('maps eras to titled intervals; an era without an end is its start alone', () => {
    const {document, issues} = fromTimelineJs({
      events: [slide()],
      eras: [
        {start_date: {year: -509}, end_date: {year: -27}, text: {headline: 'Roman Republic', text: 'ignored'}},
        {start_date: {year: 2001, month: 7, day: 16}, end_date: {year: 2001, month: 7, day: 16}, text: {headline: 'One day'}},
        {start_date: {year: 2001}, text: {headline: 'No end'}},
        {start_date: {year: 2001}, end_date: {year: 2002}},
        {start_date: {year: 2010}, end_date: {year: 2002}, text: {headline: 'Backwards'}},
        {start_date: {year: 2010, month: 13}, end_date: {year: 2012}, text: {headline: 'Bad month'}},
        'not an era',
      ],
    });
    expect(document.eras).toEqual([
      {title: 'Roman Republic', date: '-0508/-0026'},
      {title: 'One day', date: '2001-07-16'},
      {title: 'No end', date: '2001'},
      {title: 'Backwards', date: '2010'},
    ]);
    expect(issues).toEqual([
      warning('eras[3]', 'has no text.headline; dropped'),
      warning('eras[4].end_date', '2002 is before the start 2010; dropped'),
      warning('eras[5].start_date.month', '13 is not a month (1-12)'),
      warning('eras[6]', 'has no text.headline; dropped'),
    ]);
    expect(parseTimeline(document).issues).toEqual([]);
  });

  it('ignores eras that are not a list', () => {
    const {document, issues} = fromTimelineJs({events: [slide()], eras: {}});
    expect(document.eras).toBeUndefined();
    expect(issues).toEqual([]);
  });

  it('sets now to the latest event, so that a look-back timeline reads as past', () => {
    const {document} = convert(
      slide({start_date: {year: 1963}}),
      slide({text: {headline: 'Late'}, start_date: {year: 2012, month: 2}, end_date: {year: 2013}}),
      slide({text: {headline: 'Mid'}, start_date: {year: 1990}}),
    );
    expect(document.now).toBe('2012-02/2013');
    expect(parseTimeline(document).timeline!.events.map((event) => event.status)).toEqual(['happened', 'happened', 'happened']);
  });

  it('reports input that is not a TimelineJS document at its events', () => {
    expect(fromTimelineJs(null)).toEqual({
      document: {version: 1, events: []},
      issues: [error('events', 'must be an array, not undefined')],
    });
    expect(fromTimelineJs({events: 'x'}).issues).toEqual([error('events', 'must be an array, not a string')]);
  });

  it('never throws, whatever the fields hold', () => {
    const junk = [null, 0, -1, 'x', [], {}, true, {year: {}}, Number.NaN, '<script>'];
    for (const a of junk) {
      for (const b of junk) {
        const input = {
          title: a,
          scale: b,
          eras: [a, {start_date: a, end_date: b, text: b}],
          events: [{start_date: a, end_date: b, text: a, media: b, group: a, unique_id: b, background: a}],
        };
        expect(() => parseTimeline(fromTimelineJs(input).document)).not.toThrow();
      }
    }
  });
});

describe('fromTimelineJs: the sample documents', () => {
  it.each(SAMPLES)('converts %s into a document that parses without an error or warning', (name) => {
    const {document, issues} = fromTimelineJs(fixture(name));
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    const parsed = parseTimeline(document);
    expect(parsed.issues).toEqual([]);
    expect(parsed.timeline!.events).toHaveLength((fixture(name).events as unknown[]).length);
  });

  it('reads the biography: sources from pages (not from images), a time, an interval, groups', () => {
    const {document, issues} = fromTimelineJs(fixture('whitney-houston'));
    const byId = new Map(document.events.map((event) => [event.id, event]));
    expect(document.title).toBe('Whitney Houston 1963\u00a0–\u00a02012');
    expect(byId.get('born')).toEqual({
      id: 'born',
      date: '1963-08-09',
      title: 'Born in Newark, New Jersey',
      summary:
        'Whitney Elizabeth Houston is born to the gospel singer Cissy Houston and John Russell Houston. She grows up singing in the choir of the New Hope Baptist Church.',
      category: 'Life',
      source: {url: 'https://en.wikipedia.org/wiki/Whitney_Houston', name: 'Wikipedia'},
    });
    // Its media is an album cover (linking to a page, which is not taken as the source either).
    expect(byId.get('debut-album')!.source).toBeUndefined();
    expect(byId.get('debut-album')!.summary).toBe(
      'Her first album yields three No.\u00a01 singles & becomes one of the best-selling debuts by a solo artist.\nSee the album’s history.',
    );
    expect(byId.get('always-love-you')!.date).toBe('1992-11/1993-02');
    expect(byId.get('death')!.date).toBe('2012-02-11T15:55');
    expect([...new Set(document.events.map((event) => event.category))]).toEqual(['Life', 'Career']);
    expect(document.now).toBe('2012-02-11T15:55');
    expect(issues).toEqual([]);
  });

  it('reads the news story: eras, groups and a month-long interval', () => {
    const {document} = fromTimelineJs(fixture('russia-china-2026'));
    expect(document.eras).toEqual([
      {title: 'Treaty of Good-Neighbourliness: first twenty years', date: '2001-07-16/2021-07-16'},
      {title: 'New START in force', date: '2011-02-05/2026-02-05'},
    ]);
    expect([...new Set(document.events.map((event) => event.category))]).toEqual(['Treaties', 'Security', 'Diplomacy', 'Culture']);
    expect(document.events.find((event) => event.id === 'visit')!.date).toBe('2026-01/2026-06');
    expect(document.events.find((event) => event.id === 'abu-dhabi')!.date).toBe('2026-02');
  });

  it('reads BCE years one off, so that 44 BCE stays 44 BC', () => {
    const {document} = fromTimelineJs(fixture('ancient-rome'));
    const timeline = parseTimeline(document).timeline!;
    const caesar = timeline.events.find((event) => event.id === 'assassination-of-julius-caesar')!;
    expect(caesar.date.text).toBe('-0043-03-15');
    expect(new Date(caesar.start).getUTCFullYear()).toBe(-43);
    expect(timeline.eras.map((era) => [era.title, era.date.text])).toEqual([
      ['Roman Kingdom', '-0752/-0508'],
      ['Roman Republic', '-0508/-0026'],
      ['Roman Empire (in the West)', '-0026/0476'],
    ]);
  });
});

describe("fromTimelineJs: TimelineJS3's own samples (from @knight-lab/timelinejs 3.9.11)", () => {
  it('all-media-types.json: all 41 slides become events, each http(s) medium kept as media (or as the source, for a page), none lost', () => {
    const input = fixture('all-media-types');
    const slides = input.events as {media?: {url?: string}}[];
    const {document, issues} = fromTimelineJs(input);
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    const parsed = parseTimeline(document);
    expect(parsed.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(parsed.timeline!.events).toHaveLength(41);
    const web = slides.filter((slide) => /^https?:/.test(slide.media?.url ?? '')).length;
    expect(web).toBe(slides.length - 3);
    // The other 3 are HTML: an <iframe>'s address and a post's last link are kept as their media, a block quote's words as a quote.
    const kept = parsed.timeline!.events.filter((event) => event.media || event.source).length;
    expect(kept).toBe(web + 2);
    expect(parsed.timeline!.events.every((event) => event.media || event.source || event.quotes.length > 0)).toBe(true);
    const byTitle = (title: string) => parsed.timeline!.events.find((event) => event.title === title)!;
    expect(byTitle('Twitter Embed').media?.url).toBe('https://twitter.com/ItsMeKitB/status/947659340864876544?ref_src=twsrc%5Etfw');
    expect(byTitle('iFrame').source?.url).toMatch(/^https:\/\/cdn\.knightlab\.com\/libs\/timeline3\/latest\/embed\/index\.html\?source=/);
    expect(byTitle('Blockquote').quotes.map((quote) => [quote.text, quote.speaker])).toEqual([['This is a block quote.', 'Galactic']]);
    expect(issues.map((issue) => [issue.path, issue.severity])).toEqual([
      ['events[8].media.url', 'warning'],
      ['events[30].media.url', 'warning'],
      ['events[31].media.url', 'warning'],
    ]);
    const media = parsed.timeline!.events.map((event) => event.media).filter((item) => item !== undefined);
    expect(media.every((item) => item.alt.length > 0)).toBe(true);
    expect(media.find((item) => item.url.includes('vimeo.com'))).toEqual({
      url: 'http://vimeo.com/20839673',
      alt: 'Phat Tai, a story of Vietnamese fishermen on the Gulf Coast.',
      caption: 'Phat Tai, a story of Vietnamese fishermen on the Gulf Coast.',
      credit: 'Joe York/Southern Foodways Alliance',
    });
  });
});

describe('fromTimelineJs: the first view', () => {
  const slides = [
    slide({unique_id: 'late', start_date: {year: 2026}}),
    slide({unique_id: 'early', start_date: {year: 2001}}),
    slide({unique_id: 'middle', start_date: {year: 2010}}),
  ];
  it.each([
    ['start_at_end', {start_at_end: true}, false, 'late'],
    ['start_at_slide without a title (slides in time order)', {start_at_slide: 1}, false, 'middle'],
    ['start_at_slide after the title slide', {start_at_slide: 1}, true, 'early'],
    ['start_at_slide 0 with a title: the whole story', {start_at_slide: 0}, true, undefined],
    ['start_at_slide past the end', {start_at_slide: 99}, false, 'late'],
    ['start_at_slide under options', {options: {start_at_slide: '2'}}, false, 'late'],
    ['no option', {}, false, undefined],
  ])('maps %s onto startAt', (_name, options, titled, expected) => {
    const {document} = fromTimelineJs({...(titled ? {title: {text: {headline: 'Story'}}} : {}), events: slides, ...options});
    expect(document.startAt).toBe(expected);
    expect(parseTimeline(document).issues).toEqual([]);
  });
});

describe('fromTimelineJs: embed code as media (read as text for the address it points to)', () => {
  const TWEET =
    '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Good dogs <a href="https://twitter.com/hashtag/Dogs?src=hash&amp;ref_src=x">#Dogs</a></p>&mdash; A (@a) ' +
    '<a href="https://twitter.com/a/status/947659340864876544?ref_src=twsrc%5Etfw&amp;lang=en">January 1, 2018</a></blockquote> <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>';
  const BLUESKY =
    '<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:abc/app.bsky.feed.post/3k44" data-bluesky-cid="x"><p lang="en">Hello</p>&mdash; A (<a href="https://bsky.app/profile/did:plc:abc?ref_src=embed">@a.bsky.social</a>) ' +
    '<a href="https://bsky.app/profile/did:plc:abc/post/3k44?ref_src=embed">May 1, 2024</a></blockquote><script async src="https://embed.bsky.app/static/embed.js" charset="utf-8"></script>';

  it.each([
    [
      "YouTube's <iframe>, a video",
      '<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ?si=abc" title="YouTube video player" frameborder="0" allow="accelerometer; autoplay" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>',
      'https://www.youtube.com/embed/dQw4w9WgXcQ?si=abc',
      'iframe',
    ],
    [
      "Vimeo's <iframe>, in single quotes and capitals, with a paragraph after it",
      "<IFRAME SRC='https://player.vimeo.com/video/20839673?h=abc&amp;badge=0' width=640 allow='fullscreen'></IFRAME><p><a href=\"https://vimeo.com/20839673\">Phat Tai</a></p>",
      'https://player.vimeo.com/video/20839673?h=abc&badge=0',
      'iframe',
    ],
    ['an unquoted src', '<iframe src=https://player.vimeo.com/video/1 width=1></iframe>', 'https://player.vimeo.com/video/1', 'iframe'],
    [
      "an X post's <blockquote>: its last link, entities decoded",
      TWEET,
      'https://twitter.com/a/status/947659340864876544?ref_src=twsrc%5Etfw&lang=en',
      'blockquote',
    ],
    ["a Bluesky post's <blockquote>", BLUESKY, 'https://bsky.app/profile/did:plc:abc/post/3k44?ref_src=embed', 'blockquote'],
    [
      'a <blockquote cite> without links',
      '<blockquote cite="https://example.org/speech">Words</blockquote>',
      'https://example.org/speech',
      'blockquote',
    ],
  ])('takes the address of %s', (_name, url, taken, tag) => {
    const {document, issues} = convert(slide({media: {url, caption: 'Seen', credit: 'A'}}));
    const event = document.events[0]!;
    expect(event.media?.url ?? event.source?.url).toBe(taken);
    expect(issues).toEqual([
      warning(
        'events[0].media.url',
        `is embed code (HTML): the address ${tag === 'iframe' ? 'of its <iframe>' : 'of the last link in its <blockquote>'}, ${JSON.stringify(taken)}, is shown in its place`,
      ),
    ]);
    // Nothing of the code itself is kept: no markup, no script address, no other link.
    expect(JSON.stringify(document)).not.toMatch(/[<>]|widgets\.js|embed\.js|hashtag|allowfullscreen/);
    expect(parseTimeline(document).issues).toEqual([]);
  });

  it('gives YouTube, Vimeo and SoundCloud embed code their players (no-cookie YouTube), and a post its link out', () => {
    const {document} = convert(
      slide({unique_id: 'yt', media: {url: '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>'}}),
      slide({unique_id: 'x', media: {url: TWEET}}),
      slide({
        unique_id: 'sc',
        media: {
          url: '<iframe width="100%" height="166" scrolling="no" frameborder="no" allow="autoplay" src="https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/293&amp;color=%23ff5500&amp;auto_play=false"></iframe>',
        },
      }),
      slide({
        unique_id: 'vi',
        media: {url: '<iframe src="https://player.vimeo.com/video/20839673?h=1&amp;badge=0" allow="fullscreen"></iframe>'},
      }),
    );
    const target = (id: string) => mediaTarget(document.events.find((event) => event.id === id)!.media!.url);
    expect(target('yt')).toEqual({kind: 'video', provider: 'YouTube', embed: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'});
    expect(target('x')).toMatchObject({kind: 'post', provider: 'X'});
    expect(target('sc')).toEqual({
      kind: 'audio',
      provider: 'SoundCloud',
      embed: 'https://w.soundcloud.com/player/?url=https%3A%2F%2Fapi.soundcloud.com%2Ftracks%2F293',
    });
    expect(target('vi')).toEqual({kind: 'video', provider: 'Vimeo', embed: 'https://player.vimeo.com/video/20839673?dnt=1'});
  });

  it("keeps a link-less <blockquote>'s words as the event's quote, as plain text", () => {
    const {document, issues} = convert(
      slide({media: {url: '<blockquote>Ask <b>not</b> &amp; <script>alert(1)</script>then</blockquote>', credit: 'J. F. K.'}}),
    );
    expect(document.events[0]!.quotes).toEqual([{text: 'Ask not & then', speaker: 'J. F. K.'}]);
    expect(document.events[0]!.media).toBeUndefined();
    expect(issues).toEqual([warning('events[0].media.url', 'is a block quote (HTML): its text is kept as a quote')]);
  });

  const NO_ADDRESS = 'is embed code (HTML) with no http: or https: address of an <iframe> or a <blockquote> link; not shown';
  it.each([
    ['a javascript: src', '<iframe src="javascript:alert(1)"></iframe>'],
    ['a javascript: src written with a reference', '<iframe src="&#106;avascript:alert(1)"></iframe>'],
    ['a javascript: src written with a hexadecimal reference and no ";"', '<iframe src="&#x6A&#x61vascript:alert(1)"></iframe>'],
    ['a javascript: src with a tab written as a reference', '<iframe src="java&#x09;script:alert(1)"></iframe>'],
    ['a reference written twice (decoded once only)', '<iframe src="&amp;#106;avascript:alert(1)"></iframe>'],
    ['a data: src', '<iframe src="data:text/html,<script>alert(1)</script>"></iframe>'],
    [
      'a blockquote whose last link is javascript:',
      '<blockquote><a href="https://example.org/">ok</a> <a href="JaVaScRiPt:alert(1)">x</a></blockquote>',
    ],
    [
      'an address inside another attribute (quotes nested)',
      `<iframe title="src='https://example.org/'" src='javascript:alert(1)'></iframe>`,
    ],
    ['a src that never ends', '<iframe src="https://example.org/a'],
    ['an iframe in a script', '<script>document.write(\'<iframe src="https://example.org/">\')</script>'],
    ['an iframe in a comment', '<!-- <iframe src="https://example.org/"></iframe> -->'],
    ['an iframe in an unclosed comment', '<!-- <iframe src="https://example.org/"></iframe>'],
    ['an object, which is not read', '<object data="https://example.org/a.swf"></object>'],
    ['thousands of unclosed quotes', `<iframe${' a="'.repeat(4_900)}`],
  ])('refuses embed code with %s', (_name, url) => {
    const {document, issues} = convert(slide({media: {url}}));
    expect(document.events[0]!.media).toBeUndefined();
    expect(document.events[0]!.source).toBeUndefined();
    expect(issues).toEqual([warning('events[0].media.url', NO_ADDRESS)]);
    expect(JSON.stringify(document)).not.toMatch(/javascript|example\.org|data:/i);
  });

  it('takes the first of two src attributes, as HTML does, and only an http(s) one', () => {
    const {document} = convert(slide({media: {url: '<iframe src="javascript:alert(1)" src="https://player.vimeo.com/video/1"></iframe>'}}));
    expect(document.events[0]!.media).toBeUndefined();
    const other = convert(slide({media: {url: '<iframe data-src="javascript:alert(1)" src="https://player.vimeo.com/video/1"></iframe>'}}));
    expect(other.document.events[0]!.media?.url).toBe('https://player.vimeo.com/video/1');
  });

  it('does not read embed code of 20 MB, and says so', () => {
    const url = `<iframe src="https://player.vimeo.com/video/1"></iframe>${'<p a="'.repeat(3_500_000)}`;
    expect(url.length).toBeGreaterThan(20_000_000);
    const {document, issues} = convert(slide({media: {url}}), slide({text: {headline: 'Kept'}}));
    expect(document.events.map((event) => [event.title, event.media])).toEqual([
      ['Call', undefined],
      ['Kept', undefined],
    ]);
    expect(issues).toEqual([
      warning('events[0].media.url', 'is embed code (HTML) longer than 20000 characters, which is not read; not shown'),
    ]);
  });
});
