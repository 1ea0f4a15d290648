// Messages that teach: every problem says how to fix it, with the value to write when it can be guessed.
import {describe, expect, it} from 'vitest';
import {dateAdvice, guessDate, teach} from '../../../src/model/teach.js';
import {parseTimeline} from '../../../src/model/parse-timeline.js';

/** The taught issues of a document. */
function taught(document: Record<string, unknown>) {
  return teach(parseTimeline(document).issues, document);
}
const withDate = (date: string, lang = 'en') =>
  taught({
    lang,
    events: [
      {id: 'a', date, title: 'A'},
      {id: 'b', date: '2026', title: 'B'},
    ],
  })[0]!;

describe('dates written another way get the EDTF to write', () => {
  it.each([
    ['circa 1996', '1996~'],
    ['c. 1996', '1996~'],
    ['ca. 1996-07', '1996-07~'],
    ['2011-07-06 12:00', '2011-07-06T12:00'],
    ['25/12/2021', '2021-12-25'],
    ['12/25/2021', '2021-12-25'],
    ['2002/09/10', '2002-09-10'],
    ['3 February 2026', '2026-02-03'],
    ['February 3, 2026', '2026-02-03'],
    ['Feb 2026', '2026-02'],
    ['Q3 2026', '2026-35'],
    ['2026 Q1', '2026-33'],
    ['third quarter of 2026', '2026-35'],
    ['first half of 2026', '2026-40'],
    ['second half of 2026', '2026-41'],
    ['summer 2026', '2026-22'],
    ['1990s', '199X'],
    ['44 BC', '-0043'],
    ['?2004?', '2004?'],
    ['2026年2月3日', '2026-02-03'],
  ])('"%s" → "%s", said in the message', (text, fix) => {
    const issue = withDate(text);
    expect(issue.fix).toBe(fix);
    expect(issue.message).toContain(`write "${fix}"`);
    expect(issue.path).toBe('events[0].date');
  });

  it('reads month names in the story\'s language: "3 февраля 2026 г." in a Russian story', () => {
    expect(withDate('3 февраля 2026 г.', 'ru').fix).toBe('2026-02-03');
    expect(guessDate('июль 2026', 'ru')?.fix).toBe('2026-07');
  });

  it('says why "10/09/2002" cannot be guessed, with both readings written out', () => {
    const issue = withDate('10/09/2002');
    expect(issue.fix).toBeUndefined();
    expect(issue.message).toContain('ambiguous');
    expect(issue.message).toContain('10 September, "2002-09-10"');
    expect(issue.message).toContain('9 October, "2002-10-09"');
  });

  it('says how to write a date when nothing can be guessed, and how to fix a month, a day or a reversed interval', () => {
    expect(withDate('soon').message).toMatch(/: write year-month-day, as "2026-02-03"/);
    expect(withDate('2026-13').message).toContain(': write the month you mean, or the year alone ("2026") when it is not known');
    expect(withDate('2026-13-05').fix).toBe('2026-05-13');
    expect(withDate('2026-02-30').message).toMatch(/: write the day that month has/);
    const reversed = withDate('2026-06/2026-01');
    expect(reversed.fix).toBe('2026-01/2026-06');
    expect(reversed.message).toContain('write the earlier date first: "2026-01/2026-06"');
  });
});

describe('other problems say what to write', () => {
  const two = [
    {id: 'a', date: '2026-01', title: 'A'},
    {id: 'b', date: '2026-02', title: 'B'},
  ];

  it.each([
    ['end', 'an interval is one "date": "start/end"'],
    ['end_date', 'an interval is one "date": "start/end"'],
    ['endDate', 'an interval is one "date": "start/end"'],
    ['start_date', 'write the date in "date"'],
    ['image', 'a picture is "media": {"url", "alt"}'],
    ['headline', 'write it as "title"'],
  ])('a field of another format, "%s", says what to write instead', (field, hint) => {
    const [issue] = taught({events: [{...two[0], [field]: 'x'}, two[1]]});
    expect(issue!.path).toBe(`events[0].${field}`);
    expect(issue!.message).toContain(hint);
  });

  it('a misspelt field gets the one meant', () => {
    const [issue] = taught({events: [{...two[0], tittle: 'x'}, two[1]]});
    expect(issue!.message).toBe('is not a property of the format; it is ignored: did you mean "title"?');
    expect(issue!.fix).toBe('title');
  });

  it('an undeclared category gets the nearest declared key; one in another case is read as the key and said so', () => {
    const categories = {mission: {label: 'Mission'}, launch: {label: 'Launch'}};
    const [near] = taught({categories, events: [{...two[0], category: 'misson'}, two[1]]});
    expect(near!.message).toContain('did you mean "mission"?');
    const document = {categories, events: [{...two[0], category: 'Mission'}, two[1]]};
    const {timeline, issues} = parseTimeline(document);
    expect(timeline!.events[0]!.category).toBe('mission');
    expect(timeline!.categories.map((category) => category.id)).toEqual(['mission', 'launch']);
    expect(teach(issues, document)[0]!.message).toContain('read as "mission"');
  });

  it("a link to a misspelt id gets the id meant; one to an event left out names that event's problem", () => {
    const [near] = taught({events: two, links: [{from: 'a', to: 'bb'}]});
    expect(near!.message).toContain('did you mean "b"?');
    const issues = taught({events: [...two, {id: 'c', date: 'circa 1996', title: 'C'}], links: [{from: 'a', to: 'c'}]});
    expect(issues[1]!.path).toBe('links[0].to');
    expect(issues[1]!.message).toMatch(
      /^"c" is the id of events\[2\], left out for its own problem \(events\[2\]\.date: "circa 1996" is not a valid EDTF date: write "1996~"/,
    );
    const anchored = taught({anchor: 'c', events: [...two, {id: 'c', date: '2026-02-30', title: 'C'}]});
    expect(anchored.find((issue) => issue.path === 'anchor')!.message).toContain(
      'is the id of events[2], left out for its own problem (events[2].date: "2026-02-30" has day 30',
    );
  });

  it('a bad id, status, URL, language or colour says what to write', () => {
    const issues = taught({
      lang: 'en_US!',
      categories: {x: {color: 'url(x)'}},
      events: [
        {id: 'Summit 2026!', date: '2026', title: 'A'},
        {id: 'b', date: '2026', title: 'B', status: 'planed', source: {url: 'www.example.org/story'}},
      ],
    });
    const message = (path: string) => issues.find((issue) => issue.path === path)!.message;
    expect(message('events[0].id')).toContain('write "Summit-2026"');
    expect(message('events[1].status')).toContain('did you mean "planned"?');
    expect(message('events[1].source.url')).toContain('write "https://www.example.org/story"');
    expect(message('lang')).toContain('write a BCP 47 tag');
    expect(message('categories.x.color')).toContain('write "#b03a2e"');
  });
});

describe('dateAdvice: the advice on a date, for every reader to say in its own terms', () => {
  it('gives the EDTF to write when it can be guessed, and why not when it cannot', () => {
    expect(dateAdvice('circa 1996', 'is not a valid EDTF date')).toEqual({
      hint: 'write "1996~" (EDTF marks an approximate date with "~" after it)',
      fix: '1996~',
    });
    expect(dateAdvice('2026-13-05', 'has month 13 (must be 01–12)')?.fix).toBe('2026-05-13');
    expect(dateAdvice('10/09/2002', 'is not a valid EDTF date')?.fix).toBeUndefined();
    expect(dateAdvice('10/09/2002', 'is not a valid EDTF date')?.hint).toMatch(/^it is ambiguous/);
    expect(dateAdvice('2026-02', 'is a mystery')).toBeUndefined();
  });
});
