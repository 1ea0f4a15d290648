// Messages that teach, for TimelineJS3 documents and light-DOM lists: each problem says how to fix
// it in that format, with the value to write when it can be guessed, at the place it was found.
import {describe, expect, it} from 'vitest';
import {parseInput} from '../../../src/adapters/read-input.js';
import {teachList, teachTimelineJs} from '../../../src/adapters/teach-formats.js';
import {fromTimelineJs} from '../../../src/adapters/timelinejs.js';
import {listPaths} from '../../../src/adapters/light-dom-list.js';
import type {TimelineIssue} from '../../../src/model/types.js';

type Json = Record<string, unknown>;
const slide = (fields: Json = {}): Json => ({start_date: {year: 2026, month: 2, day: 3}, text: {headline: 'Call'}, ...fields});
/** The taught issue of the second slide of a TimelineJS3 document (the first is valid), read as parseInput reads it. */
const secondSlide = (fields: Json) => {
  const {issues, timeline, format} = parseInput({events: [slide(), slide(fields)]});
  expect(format).toBe('timelinejs');
  expect(timeline?.events.length, 'the valid slide is kept').toBeGreaterThanOrEqual(1);
  expect(issues).toHaveLength(1);
  return issues[0]!;
};
const error = (path: string, message: string): TimelineIssue => ({path, message, severity: 'error'});
const warning = (path: string, message: string): TimelineIssue => ({path, message, severity: 'warning'});

describe('TimelineJS3: dates', () => {
  it('turns {year: "circa 1996"} into the numbers to write, and says where the "circa" can go', () => {
    expect(secondSlide({start_date: {year: 'circa 1996'}})).toEqual({
      ...error(
        'events[1].start_date',
        'read as "circa 1996", which is not a valid EDTF date: write {"year": 1996} (the parts of a date are numbers); TimelineJS3 has no mark for an approximate or uncertain date: keep the words in "display_date": "circa 1996" (event JSON writes "1996~")',
      ),
      fix: '{"year": 1996}',
    });
  });

  it.each([
    ['3 February 2026', '{"year": 2026, "month": 2, "day": 3}'],
    ['2002/09/10', '{"year": 2002, "month": 9, "day": 10}'],
    ['Q3 2026', undefined],
    ['44 BC', '{"year": -44}'],
  ])('reads a year written %s as the parts it says', (year, fix) => {
    const issue = secondSlide({start_date: {year}});
    expect(issue.path).toBe('events[1].start_date');
    if (fix)
      expect(issue).toMatchObject({fix, message: expect.stringContaining(`: write ${fix} (the parts of a date are numbers)`) as string});
    // A quarter has no place in TimelineJS3's fields: no value is guessed, the words are kept aside.
    else
      expect(issue.message).toContain(
        ': TimelineJS3 has no quarters, halves or seasons: write "year": 2026 and keep the words in "display_date": "Q3 2026" (event JSON writes "2026-35")',
      );
  });

  it('says why 10/09/2002 cannot be guessed, and which fields to write', () => {
    expect(secondSlide({start_date: {year: '10/09/2002'}}).message).toBe(
      'read as "10/09/2002", which is not a valid EDTF date: it is ambiguous: day/month (as in most of the world) makes it 10 September, "2002-09-10"; month/day (as in the US) makes it 9 October, "2002-10-09". Write the one you mean as the numbers "year", "month" and "day"',
    );
  });

  it('sees a month and a day swapped (month 13, day 5), and asks for a month from 1 to 12 otherwise', () => {
    expect(secondSlide({start_date: {year: 2026, month: 13, day: 5}})).toEqual({
      ...error(
        'events[1].start_date.month',
        '13 is not a month (1-12): write "month": 5, "day": 13 (the month and the day seem swapped; the month is from 1 to 12)',
      ),
      fix: '5',
    });
    expect(secondSlide({start_date: {year: 2026, month: 13}}).message).toBe(
      '13 is not a month (1-12): write a month from 1 to 12, or leave "month" out when it is not known',
    );
  });

  it('writes a month name as its number, and asks for a day the month has', () => {
    expect(secondSlide({start_date: {year: 2026, month: 'February'}})).toMatchObject({
      path: 'events[1].start_date',
      message: 'read as "2026-February", which is not a valid EDTF date: write "month": 2 (a number from 1 to 12)',
      fix: '2',
    });
    expect(secondSlide({start_date: {year: 2026, month: 2, day: 30}}).message).toBe(
      'read as "2026-02-30", which has day 30, but February 2026 has 28 days: write a day that month has, or leave "day" out',
    );
  });

  it('asks for a start date where there is none, and for the later date as the end', () => {
    expect(secondSlide({start_date: {month: 2}}).message).toBe(
      'is required: write when it happened, as "start_date": {"year": 2026, "month": 2, "day": 3} ("month" and "day" when known)',
    );
    expect(secondSlide({end_date: {year: 2020}})).toEqual(
      warning(
        'events[1].end_date',
        '2020 is before the start 2026-02-03; dropped: write the later date as "end_date" (are the two swapped?)',
      ),
    );
  });
});

describe('TimelineJS3: text, media and ids', () => {
  it('asks for a headline, and sees one written outside "text"', () => {
    expect(secondSlide({text: {}, headline: 'Misplaced'})).toEqual(
      error(
        'events[1].text.headline',
        'is required (or text.text); slide dropped: write what happened as "text": {"headline": "…"} ("headline" belongs inside "text")',
      ),
    );
  });

  it('gives a media address without its https:// back with it, and says what embed code needs', () => {
    expect(secondSlide({media: {url: 'www.example.org/photo.jpg'}})).toEqual({
      ...warning(
        'events[1].media.url',
        '"www.example.org/photo.jpg" is not an absolute http: or https: URL; not shown: write "https://www.example.org/photo.jpg"',
      ),
      fix: 'https://www.example.org/photo.jpg',
    });
    expect(secondSlide({media: {url: '<iframe src="javascript:alert(1)"></iframe>'}}).message).toBe(
      'is embed code (HTML) with no http: or https: address of an <iframe> or a <blockquote> link; not shown: write the address of the picture, video, sound or post, as "https://…"',
    );
    expect(secondSlide({media: {url: '<iframe src="https://example.org/embed?a=1&amp;b=2"></iframe>'}})).toEqual({
      ...warning(
        'events[1].media.url',
        'is embed code (HTML): the address of its <iframe>, "https://example.org/embed?a=1&b=2", is shown in its place: write the address itself, "https://example.org/embed?a=1&b=2", to show it without a warning',
      ),
      fix: 'https://example.org/embed?a=1&b=2',
    });
    // An address too long to quote whole in the message gets the advice without a fix.
    const long = `https://example.org/${'a'.repeat(300)}`;
    expect(secondSlide({media: {url: `<iframe src="${long}"></iframe>`}}).message).toMatch(
      /…", is shown in its place: write the address itself \(beginning with https:\/\/\) to show it without a warning$/,
    );
    expect(secondSlide({media: {url: `<iframe src="${long}"></iframe>`}})).not.toHaveProperty('fix');
    expect(secondSlide({media: {url: 'javascript:alert(1)'}}).message).toBe(
      '"javascript:alert(1)" is not an absolute http: or https: URL; not shown: write the whole address, beginning with https://',
    );
  });

  it('gives the id it read for one that is not valid', () => {
    expect(secondSlide({unique_id: 'the call'})).toEqual({
      ...warning(
        'events[1].unique_id',
        '"the call" is taken or not a valid id; read as "the-call": write "the-call" (letters, digits, "_" and "-", unique in the story)',
      ),
      fix: 'the-call',
    });
  });

  it('teaches the problems found after the conversion as event JSON, keeping their mark', () => {
    const value = {events: [slide()]};
    const converted = fromTimelineJs(value).document;
    const [taught] = teachTimelineJs([error('events[0].date (after conversion)', '"circa 1996" is not a valid EDTF date')], value, {
      events: [{...converted.events[0], date: 'circa 1996'}],
    });
    expect(taught).toMatchObject({path: 'events[0].date (after conversion)', fix: '1996~'});
  });

  it('leaves an issue it has no advice for as it was, and never throws on any document', () => {
    const cut = warning('events[0].text.headline', 'is more than 10000 characters long as text; cut');
    expect(teachTimelineJs([cut], {events: [slide()]})).toEqual([cut]);
    for (const value of [null, 7, 'x', [], {events: 'x'}, {events: [null]}])
      expect(() => teachTimelineJs([error('events[0].start_date.month', '13 is not a month (1-12)')], value)).not.toThrow();
  });
});

describe('light-DOM lists', () => {
  it('turns <time datetime="circa 1996"> into the datetime to write, at the item', () => {
    expect(teachList([error('li[1]', '<time> "circa 1996" is not a valid EDTF date')])).toEqual([
      {
        ...error(
          'li[1]',
          '<time> "circa 1996" is not a valid EDTF date: write <time datetime="1996~"> (EDTF marks an approximate date with "~" after it)',
        ),
        fix: '1996~',
      },
    ]);
  });

  it('says why <time datetime="10/09/2002"> is ambiguous', () => {
    expect(teachList([error('li[2]', '<time> "10/09/2002" is not a valid EDTF date')])[0]!.message).toBe(
      '<time> "10/09/2002" is not a valid EDTF date: it is ambiguous: day/month (as in most of the world) makes it 10 September, "2002-09-10"; month/day (as in the US) makes it 9 October, "2002-10-09". Write the one you mean as year-month-day',
    );
  });

  it('swaps a data-date month and day, reads month names in the list language, and shows the form of a date otherwise', () => {
    expect(teachList([error('li[3]', 'data-date "2026-13-05" has month 13 (must be 01–12)')])[0]).toMatchObject({
      message:
        'data-date "2026-13-05" has month 13 (must be 01–12): write data-date="2026-05-13" (EDTF writes year-month-day: the month comes before the day)',
      fix: '2026-05-13',
    });
    expect(teachList([error('li[1]', '<time> "3 февраля 2026" is not a valid EDTF date')], {lang: 'ru', events: []})[0]!.fix).toBe(
      '2026-02-03',
    );
    expect(teachList([error('li[1]', '<time> "yesterday" is not a valid EDTF date')])[0]!.message).toContain(
      ': write year-month-day, as "2026-02-03"',
    );
  });

  it('says how to give an item its date or title, and a link its https://', () => {
    const [date, title, href] = teachList([
      error('li[4]', 'has no <time datetime> (or data-date)'),
      error('li[5]', 'has no title'),
      warning('li[2]/a/@href', '"www.example.org/report" is not an absolute http:, https: or mailto: URL; it is not linked'),
    ]);
    expect(date!.message).toBe(
      'has no <time datetime> (or data-date): put its date in <time datetime="2026-02-03">3 February 2026</time>, or write data-date="2026-02-03" on the <li>',
    );
    expect(title!.message).toBe('has no title: write what happened in the item, in <strong>…</strong> when more text follows');
    expect(href).toMatchObject({path: 'li[2]/a/@href', fix: 'https://www.example.org/report'});
    expect(href!.message).toMatch(/: write href="https:\/\/www\.example\.org\/report"$/);
  });

  it('teaches the problems of the document it made as event JSON', () => {
    const document = {events: [{id: 'a', date: '2026', title: 'A', status: 'planed'}]};
    const [status] = teachList(
      [warning('events[0].status', '"planed" is not one of happened, planned, expected, cancelled; derived from the date instead')],
      document,
    );
    expect(status).toMatchObject({fix: 'planned'});
  });
});

describe("light-DOM lists: the problems of the document a list made, at the list's own places", () => {
  const places = {events: [1, 3], links: [3], eras: [4]};
  it.each([
    ['events[1].status', 'li[3]/@data-status'],
    ['events[0].category', 'li[1]/@data-category'],
    ['events[1].quotes[0].lang', 'li[3]/blockquote[1] (lang)'],
    ['events[1].summary', 'li[3] (summary)'],
    ['events[0]', 'li[1]'],
    ['links[0].to', 'li[3]'],
    ['eras[0].date', 'li[4]'],
    ['li[2]', 'li[2]'],
    ['events', 'events'],
    ['events[5].status', 'events[5].status'],
  ])('says %s as %s', (path, place) => {
    expect(listPaths([warning(path, 'x')], places)).toEqual([warning(place, 'x')]);
  });

  it('keeps the advice and the value to write', () => {
    const document = {events: [{id: 'a', date: '2026', title: 'A', status: 'planed'}]};
    const taught = teachList(
      [warning('events[0].status', '"planed" is not one of happened, planned, expected, cancelled; derived from the date instead')],
      document,
    );
    expect(listPaths(taught, {events: [2], links: [], eras: []})).toEqual([{...taught[0], path: 'li[2]/@data-status'}]);
    expect(taught[0]!.fix).toBe('planned');
  });
});
