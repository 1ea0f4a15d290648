// Behaviour of the EDTF parser: which texts it accepts, the UTC spans they cover, and how it rejects the rest.
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {earliest, edtfFromTime, isFuzzy, latest, parseEdtf} from '../../src/model/edtf.js';
import type {EdtfDate, EdtfPoint} from '../../src/model/types.js';

const iso = (ms: number) => new Date(ms).toISOString();

function parsed(text: string): EdtfDate {
  const r = parseEdtf(text);
  if (!r.ok) throw new Error(`expected "${text}" to parse, got: ${r.error}`);
  return r.date;
}

/** The single point of a non-interval date. */
function point(text: string): EdtfPoint {
  const date = parsed(text);
  expect(date.interval).toBe(false);
  expect(date.end).toBe(date.start);
  return date.start as EdtfPoint;
}

/** [first, last] instant covered, as ISO strings. */
function span(text: string): [string, string] {
  const p = point(text);
  return [iso(p.min), iso(p.max)];
}

function error(text: unknown): string {
  const r = parseEdtf(text as string);
  if (r.ok) throw new Error(`expected "${String(text)}" to be rejected`);
  return r.error;
}

describe('parseEdtf: calendar dates', () => {
  it('gives "2001" year precision covering all of 2001', () => {
    expect(point('2001')).toEqual({
      min: Date.parse('2001-01-01T00:00:00.000Z'),
      max: Date.parse('2001-12-31T23:59:59.999Z'),
      precision: 'year',
      approximate: false,
      uncertain: false,
      year: 2001,
    });
  });

  it('gives "2026-07" month precision covering all of July', () => {
    const p = point('2026-07');
    expect([iso(p.min), iso(p.max)]).toEqual(['2026-07-01T00:00:00.000Z', '2026-07-31T23:59:59.999Z']);
    expect(p).toMatchObject({precision: 'month', year: 2026, month: 7});
    expect(p.day).toBeUndefined();
  });

  it('gives "2026-07-16" day precision covering that UTC day', () => {
    const p = point('2026-07-16');
    expect([iso(p.min), iso(p.max)]).toEqual(['2026-07-16T00:00:00.000Z', '2026-07-16T23:59:59.999Z']);
    expect(p).toMatchObject({precision: 'day', year: 2026, month: 7, day: 16});
    expect(p.offset).toBeUndefined();
  });

  it('keeps the trimmed text and marks a single date as not an interval with start === end', () => {
    const date = parsed('  2026-07-16\n');
    expect(date.text).toBe('2026-07-16');
    expect(date.interval).toBe(false);
    expect(date.start).toBe(date.end);
  });

  it('places years 0–99 in antiquity, not in the 1900s', () => {
    expect(span('0044')).toEqual(['0044-01-01T00:00:00.000Z', '0044-12-31T23:59:59.999Z']);
    expect(span('0099-12-31')).toEqual(['0099-12-31T00:00:00.000Z', '0099-12-31T23:59:59.999Z']);
  });

  it('reads year 0000 as astronomical year 0 (1 BCE)', () => {
    const p = point('0000');
    expect(p.year).toBe(0);
    expect(iso(p.min)).toBe('0000-01-01T00:00:00.000Z');
  });

  it('reads "-0000" as year 0, never -0', () => {
    expect(Object.is(point('-0000').year, 0)).toBe(true);
  });

  it('stores a negative year as written (-0044 is astronomical -44, i.e. 45 BCE)', () => {
    const p = point('-0044-03-15');
    expect(p).toMatchObject({year: -44, month: 3, day: 15, precision: 'day'});
    expect([iso(p.min), iso(p.max)]).toEqual(['-000044-03-15T00:00:00.000Z', '-000044-03-15T23:59:59.999Z']);
  });

  it('accepts 29 February only in leap years of the Gregorian calendar', () => {
    expect(point('2024-02-29').day).toBe(29);
    expect(point('2000-02-29').day).toBe(29);
    expect(error('2026-02-29')).toBe('has day 29, but February 2026 has 28 days');
    expect(error('1900-02-29')).toBe('has day 29, but February 1900 has 28 days');
  });

  it('covers 28 or 29 days for February depending on the year', () => {
    expect(span('2024-02')[1]).toBe('2024-02-29T23:59:59.999Z');
    expect(span('2026-02')[1]).toBe('2026-02-28T23:59:59.999Z');
  });
});

describe('parseEdtf: long years and the JS Date range', () => {
  it('accepts a Y-year with more than four digits as year precision', () => {
    const p = point('Y12345');
    expect(p).toMatchObject({year: 12345, precision: 'year'});
    expect(iso(p.min)).toBe('+012345-01-01T00:00:00.000Z');
  });

  it('accepts the first and last whole years a JS Date can hold', () => {
    expect(span('Y-271820')).toEqual(['-271820-01-01T00:00:00.000Z', '-271820-12-31T23:59:59.999Z']);
    expect(span('Y275759')).toEqual(['+275759-01-01T00:00:00.000Z', '+275759-12-31T23:59:59.999Z']);
  });

  it('reads deep time beyond the JS Date range at mean Gregorian years from 1970, a year long', () => {
    const YEAR = 365.2425 * 86_400_000;
    for (const [text, year] of [
      ['Y-13799999999', -13_799_999_999],
      ['Y17E7', 170_000_000],
      ['Y-17E7', -170_000_000],
      ['Y170000002', 170_000_002],
      ['Y275760', 275_760],
    ] as const) {
      const p = point(text);
      expect(p).toMatchObject({year, precision: 'year'});
      expect(p.min).toBe((year - 1970) * YEAR);
      expect(p.max).toBe((year - 1969) * YEAR - 1);
    }
    expect(point('Y-13799999999~')).toMatchObject({approximate: true, year: -13_799_999_999});
    expect(parseEdtf('Y-13799999999/Y-13799630000').ok).toBe(true);
  });

  it('rejects years past 100 billion, and long years not written with Y', () => {
    expect(error('Y99999999999999999999999')).toBe('has year 99999999999999999999999 (must be within 100 billion years of year 0)');
    expect(error('Y1E12')).toBe('has year 1E12 (must be within 100 billion years of year 0)');
    expect(error('Y17E7-01')).toBe('is not a valid EDTF date');
  });

  it('rejects a Y-year with only four digits, or with a month, as EDTF does', () => {
    expect(error('Y2026')).toBe('is not a valid EDTF date');
    expect(error('Y12345-01')).toBe('is not a valid EDTF date');
  });

  it('rejects years of more than four digits written without Y', () => {
    expect(error('12345')).toBe('is not a valid EDTF date');
  });
});

describe('parseEdtf: date-times', () => {
  it('gives "2026-02-03T14:00" minute precision as floating time placed on UTC, with no offset', () => {
    const p = point('2026-02-03T14:00');
    expect([iso(p.min), iso(p.max)]).toEqual(['2026-02-03T14:00:00.000Z', '2026-02-03T14:00:59.999Z']);
    expect(p).toMatchObject({precision: 'minute', hour: 14, minute: 0, day: 3});
    expect(p.offset).toBeUndefined();
    expect(p.second).toBeUndefined();
  });

  it('gives "2026-02-03T14:00:30" second precision covering that second', () => {
    const p = point('2026-02-03T14:00:30');
    expect([iso(p.min), iso(p.max)]).toEqual(['2026-02-03T14:00:30.000Z', '2026-02-03T14:00:30.999Z']);
    expect(p).toMatchObject({precision: 'second', second: 30});
  });

  it('reads Z as offset 0', () => {
    const p = point('2026-02-03T14:00Z');
    expect(p.offset).toBe(0);
    expect(iso(p.min)).toBe('2026-02-03T14:00:00.000Z');
  });

  it.each([
    ['2026-02-03T14:00+03:00', 180, '2026-02-03T11:00:00.000Z'],
    ['2026-02-03T14:00+0300', 180, '2026-02-03T11:00:00.000Z'],
    ['2026-02-03T14:00+03', 180, '2026-02-03T11:00:00.000Z'],
    ['2026-02-03T14:00:30-05:00', -300, '2026-02-03T19:00:30.000Z'],
    ['2026-02-03T14:00+05:45', 345, '2026-02-03T08:15:00.000Z'],
    ['2026-01-01T01:00+03:00', 180, '2025-12-31T22:00:00.000Z'],
  ])('places "%s" at its true UTC instant with offset %i minutes', (text, offset, min) => {
    const p = point(text);
    expect(p.offset).toBe(offset);
    expect(iso(p.min)).toBe(min);
  });

  it('keeps the local wall-clock fields as written when there is an offset', () => {
    expect(point('2026-01-01T01:00+03:00')).toMatchObject({year: 2026, month: 1, day: 1, hour: 1, minute: 0});
  });

  it('rejects the offset -00:00 (-0000), which ISO 8601 does not allow, and says to write Z', () => {
    expect(error('2026-02-03T14:00-00:00')).toBe('has offset -00:00, which ISO 8601 does not allow (write Z for UTC)');
    expect(error('2026-02-03T14:00-0000')).toBe('has offset -00:00, which ISO 8601 does not allow (write Z for UTC)');
    expect(point('2026-02-03T14:00+00:00').offset).toBe(0);
  });

  it('reads fractional seconds, as Date.prototype.toISOString writes them, to the millisecond', () => {
    const p = point('2026-02-03T14:00:00.000Z');
    expect([p.precision, iso(p.min)]).toEqual(['second', '2026-02-03T14:00:00.000Z']);
    expect(iso(point('2026-02-03T14:00:30.25').min)).toBe('2026-02-03T14:00:30.250Z');
  });

  it('reads 24:00 as the end of the day: the first instant of the next', () => {
    expect(iso(point('2026-07-16T24:00').min)).toBe('2026-07-17T00:00:00.000Z');
    expect(error('2026-07-16T24:30')).toBe('has hour 24 (must be 00–23, or 24:00 for the end of the day)');
  });

  it('accepts offsets to ±14:00 and rejects those beyond', () => {
    expect(point('2026-02-03T14:00+14:00').offset).toBe(840);
    expect(point('2026-02-03T14:00-14:00').offset).toBe(-840);
    expect(error('2026-02-03T14:00+14:30')).toBe('has a time zone offset out of range (must be -14:00 to +14:00)');
    expect(error('2026-02-03T14:00-15:00')).toBe('has a time zone offset out of range (must be -14:00 to +14:00)');
  });

  it('rejects two qualifiers around one part ("?2004?")', () => {
    expect(error('?2004?')).toBe('has two qualifiers around one part; write one, after it (2004?, 2004~, or 2004% for both)');
    expect(point('?2004').uncertain).toBe(true);
  });

  it('rejects hours, minutes, seconds and offsets out of range', () => {
    expect(error('2026-07-16T25:00')).toBe('has hour 25 (must be 00–23, or 24:00 for the end of the day)');
    expect(error('2026-07-16T14:60')).toBe('has minute 60 (must be 00–59)');
    expect(error('2026-07-16T14:00:60')).toBe('has second 60 (must be 00–59)');
    expect(error('2026-07-16T14:00+24:00')).toBe('has a time zone offset out of range (must be -14:00 to +14:00)');
    expect(error('2026-07-16T14:00+03:75')).toBe('has a time zone offset out of range (must be -14:00 to +14:00)');
  });

  it('rejects a time after a date that is not a full day', () => {
    expect(error('2026-07T14:00')).toBe('has a time but not a full date (YYYY-MM-DD)');
    expect(error('2026-07-XXT14:00')).toBe('has a time but not a full date (YYYY-MM-DD)');
  });

  it('rejects qualifiers on date-times, which EDTF does not allow', () => {
    expect(error('2026-02-03~T14:00')).toBe('has a qualifier (~ ? %) on a date with a time, which EDTF does not allow');
    expect(error('2026-02-03T14:00~')).toBe('is not a valid EDTF date');
  });

  it('rejects malformed times', () => {
    for (const text of [
      '2026-02-03T14',
      '2026-02-03T1400',
      '2026-02-03T14:00:30.',
      '2026-02-03T',
      '2026-02-03t14:00',
      '2026-02-03T14:00z',
      '2026-02-03 14:00',
    ]) {
      expect(error(text), text).toBe('is not a valid EDTF date');
    }
  });
});

describe('parseEdtf: qualifiers', () => {
  it('marks "2026-07~" approximate but not uncertain', () => {
    expect(point('2026-07~')).toMatchObject({approximate: true, uncertain: false, precision: 'month', month: 7});
  });

  it('marks "2001?" uncertain but not approximate', () => {
    expect(point('2001?')).toMatchObject({approximate: false, uncertain: true, precision: 'year'});
  });

  it('marks "2026-02-03%" both approximate and uncertain', () => {
    expect(point('2026-02-03%')).toMatchObject({approximate: true, uncertain: true, precision: 'day'});
  });

  it('does not change the span covered by a qualified date', () => {
    expect(span('2026-07~')).toEqual(span('2026-07'));
  });

  it('applies level-2 component qualifiers to the whole point', () => {
    expect(point('2004-06~-11')).toMatchObject({approximate: true, uncertain: false, day: 11});
    expect(point('?2004-06')).toMatchObject({approximate: false, uncertain: true, month: 6});
    expect(point('2004?-06-~11')).toMatchObject({approximate: true, uncertain: true, day: 11});
  });

  it('rejects two qualifiers in a row and qualifiers inside a number', () => {
    expect(error('2026~?')).toBe('is not a valid EDTF date');
    expect(error('20~26')).toBe('is not a valid EDTF date');
  });
});

describe('parseEdtf: unspecified digits', () => {
  it('gives "201X" decade precision covering 2010–2019', () => {
    const p = point('201X');
    expect(p).toMatchObject({precision: 'decade', year: 2010});
    expect([iso(p.min), iso(p.max)]).toEqual(['2010-01-01T00:00:00.000Z', '2019-12-31T23:59:59.999Z']);
  });

  it('gives "19XX" century precision covering 1900–1999', () => {
    const p = point('19XX');
    expect(p).toMatchObject({precision: 'century', year: 1900});
    expect([iso(p.min), iso(p.max)]).toEqual(['1900-01-01T00:00:00.000Z', '1999-12-31T23:59:59.999Z']);
  });

  it('covers -2019 to -2010 for the negative decade "-201X"', () => {
    expect(span('-201X')).toEqual(['-002019-01-01T00:00:00.000Z', '-002010-12-31T23:59:59.999Z']);
  });

  it('gives "2026-XX" and "2026-XX-XX" year precision covering the whole year', () => {
    for (const text of ['2026-XX', '2026-XX-XX']) {
      const p = point(text);
      expect(p.precision).toBe('year');
      expect(p.month).toBeUndefined();
      expect([iso(p.min), iso(p.max)]).toEqual(['2026-01-01T00:00:00.000Z', '2026-12-31T23:59:59.999Z']);
    }
  });

  it('gives "2026-07-XX" month precision covering all of July', () => {
    const p = point('2026-07-XX');
    expect(p).toMatchObject({precision: 'month', month: 7});
    expect(p.day).toBeUndefined();
    expect([iso(p.min), iso(p.max)]).toEqual(['2026-07-01T00:00:00.000Z', '2026-07-31T23:59:59.999Z']);
  });

  it('allows qualifiers on unspecified dates', () => {
    expect(point('201X?')).toMatchObject({precision: 'decade', uncertain: true});
  });

  it.each(['XXXX', '2XXX', '20X6', '2026-0X', '2026-X7', '2026-07-1X', '2026-XX-16', '201X-07', '19XX-XX', 'X026'])(
    'rejects X in an unsupported place: "%s"',
    (text) => {
      expect(error(text)).toBe('has unspecified digits (X) in an unsupported place (supported: 201X, 19XX, 2026-XX, 2026-07-XX)');
    },
  );
});

describe('parseEdtf: seasons, quarters, quadrimesters and halves', () => {
  it.each([
    ['2026-21', 'season', '2026-03-01', '2026-05-31'],
    ['2026-22', 'season', '2026-06-01', '2026-08-31'],
    ['2026-23', 'season', '2026-09-01', '2026-11-30'],
    ['2026-24', 'season', '2026-12-01', '2027-02-28'],
    ['2026-25', 'season', '2026-03-01', '2026-05-31'],
    ['2026-26', 'season', '2026-06-01', '2026-08-31'],
    ['2026-27', 'season', '2026-09-01', '2026-11-30'],
    ['2026-28', 'season', '2026-12-01', '2027-02-28'],
    ['2026-29', 'season', '2026-09-01', '2026-11-30'],
    ['2026-30', 'season', '2026-12-01', '2027-02-28'],
    ['2026-31', 'season', '2026-03-01', '2026-05-31'],
    ['2026-32', 'season', '2026-06-01', '2026-08-31'],
    ['2026-33', 'quarter', '2026-01-01', '2026-03-31'],
    ['2026-34', 'quarter', '2026-04-01', '2026-06-30'],
    ['2026-35', 'quarter', '2026-07-01', '2026-09-30'],
    ['2026-36', 'quarter', '2026-10-01', '2026-12-31'],
    ['2026-37', 'quadrimester', '2026-01-01', '2026-04-30'],
    ['2026-38', 'quadrimester', '2026-05-01', '2026-08-31'],
    ['2026-39', 'quadrimester', '2026-09-01', '2026-12-31'],
    ['2026-40', 'half', '2026-01-01', '2026-06-30'],
    ['2026-41', 'half', '2026-07-01', '2026-12-31'],
  ])('gives "%s" %s precision from %s to %s', (text, precision, first, last) => {
    const p = point(text);
    expect(p.precision).toBe(precision);
    expect(p.division).toBe(Number(text.slice(5)));
    expect(p.month).toBeUndefined();
    expect(p.year).toBe(2026);
    expect([iso(p.min), iso(p.max)]).toEqual([`${first}T00:00:00.000Z`, `${last}T23:59:59.999Z`]);
  });

  it('runs winter into a leap February of the next year', () => {
    expect(span('2027-24')[1]).toBe('2028-02-29T23:59:59.999Z');
  });

  it('reads "2026-40?" as an uncertain first half of 2026', () => {
    expect(point('2026-40?')).toMatchObject({precision: 'half', division: 40, uncertain: true, approximate: false});
  });

  // The plain forms (a qualifier only at the end) are read from character codes, the others by
  // the regular expressions: both give the same point, property for property and in that order.
  it.each([
    ['2026-40?', '2026?-40'],
    ['2026-33~', '2026~-33'],
    ['2026-24%', '2026%-24'],
    ['2026-07?', '2026?-07'],
    ['2026-07-16~', '2026~-07-16'],
    ['2026%', '%2026'],
    ['2026-37', '2026-37'],
  ])('reads "%s" as "%s" is read', (plain, general) => {
    expect(JSON.stringify(point(plain))).toBe(JSON.stringify(point(general)));
  });

  it('reads a day and a time of day into the point the regular expressions made, property for property and in that order', () => {
    expect(JSON.stringify(point('2026-07-16T14:00+03:00'))).toBe(
      '{"min":1784199600000,"max":1784199659999,"precision":"minute","approximate":false,"uncertain":false,"year":2026,"month":7,"day":16,"offset":180,"hour":14,"minute":0}',
    );
    expect(JSON.stringify(point('2026-07-16T14:00:05.5Z'))).toBe(
      '{"min":1784210405500,"max":1784210405500,"precision":"second","approximate":false,"uncertain":false,"year":2026,"month":7,"day":16,"offset":0,"hour":14,"minute":0,"second":5}',
    );
    expect(error('2026-02-30T10:00')).toBe('has day 30, but February 2026 has 28 days');
    expect(error('2026-07-16?T10:00')).toBe('has a qualifier (~ ? %) on a date with a time, which EDTF does not allow');
  });

  it('rejects codes between the months and the groupings, and past the groupings', () => {
    expect(error('2026-20')).toBe('has month 20 (must be 01–12)');
    expect(error('2026-42')).toBe('has sub-year grouping 42 (must be 21–41)');
    expect(error('2026-99')).toBe('has sub-year grouping 99 (must be 21–41)');
  });

  it('rejects a day after a grouping', () => {
    expect(error('2026-21-05')).toBe('has a day after a season, quarter or other sub-year grouping');
  });
});

describe('parseEdtf: intervals', () => {
  it('reads "2026-01/2026-06" as January through June', () => {
    const date = parsed('2026-01/2026-06');
    expect(date.interval).toBe(true);
    expect(date.start).toMatchObject({precision: 'month', month: 1});
    expect(date.end).toMatchObject({precision: 'month', month: 6});
    expect([iso(earliest(date)), iso(latest(date))]).toEqual(['2026-01-01T00:00:00.000Z', '2026-06-30T23:59:59.999Z']);
  });

  it('reads "2026-02-01/2026-02-04" as four whole days', () => {
    const date = parsed('2026-02-01/2026-02-04');
    expect([iso(earliest(date)), iso(latest(date))]).toEqual(['2026-02-01T00:00:00.000Z', '2026-02-04T23:59:59.999Z']);
  });

  it('allows ends of different precision, as in "2001/2026-07-16"', () => {
    const date = parsed('2001/2026-07-16');
    expect(date.start).toMatchObject({precision: 'year', year: 2001});
    expect(date.end).toMatchObject({precision: 'day', day: 16});
  });

  it('allows an interval within a single unit, and one whose ends overlap', () => {
    expect(parsed('2026-07/2026-07').interval).toBe(true);
    expect(parsed('2026/2026-03').interval).toBe(true);
  });

  it('reads ".." as an open end and takes the known end for both instants', () => {
    const after = parsed('2026-03/..');
    expect(after.end).toBe('open');
    expect([iso(earliest(after)), iso(latest(after))]).toEqual(['2026-03-01T00:00:00.000Z', '2026-03-31T23:59:59.999Z']);
    const before = parsed('../2026-06');
    expect(before.start).toBe('open');
    expect([iso(earliest(before)), iso(latest(before))]).toEqual(['2026-06-01T00:00:00.000Z', '2026-06-30T23:59:59.999Z']);
  });

  it('reads an empty end as unknown', () => {
    expect(parsed('2026-03/')).toMatchObject({interval: true, end: 'unknown'});
    expect(parsed('/2026-06')).toMatchObject({interval: true, start: 'unknown'});
  });

  it('keeps qualifiers on each end, as in "2026-01~/2026-06?"', () => {
    const date = parsed('2026-01~/2026-06?');
    expect(date.start).toMatchObject({approximate: true, uncertain: false});
    expect(date.end).toMatchObject({approximate: false, uncertain: true});
  });

  it('accepts date-times with offsets at both ends', () => {
    const date = parsed('2026-02-03T14:00+03:00/2026-02-03T14:30:15-05:00');
    expect([iso(earliest(date)), iso(latest(date))]).toEqual(['2026-02-03T11:00:00.000Z', '2026-02-03T19:30:15.999Z']);
  });

  it.each(['/', '../..', '/..', '../'])('rejects "%s", which has no date at either end', (text) => {
    expect(error(text)).toBe('is an interval with neither a start nor an end date');
  });

  it('rejects an interval whose end is before its start', () => {
    expect(error('2026-06/2026-01')).toBe('is an interval whose end is before its start');
    expect(error('2026-02-03T14:00Z/2026-02-03T16:00+03:00')).toBe('is an interval whose end is before its start');
  });

  it('reports the first invalid end of an interval', () => {
    expect(error('2026-13/2026-14')).toBe('has month 13 (must be 01–12)');
    expect(error('2026-01/2026-02-30')).toBe('has day 30, but February 2026 has 28 days');
  });

  it('rejects more than one slash, and ".." outside an interval', () => {
    expect(error('2026/07/16')).toBe('is not a valid EDTF date');
    expect(error('2026//2027')).toBe('is not a valid EDTF date');
    expect(error('..')).toBe('is not a valid EDTF date');
  });
});

describe('parseEdtf: invalid input', () => {
  it('says "is empty" for an empty or blank string', () => {
    expect(error('')).toBe('is empty');
    expect(error('   \t\n')).toBe('is empty');
  });

  it('says "is not a string" for anything that is not a string', () => {
    for (const value of [42, null, undefined, {}, ['2026'], new String('2026'), Symbol('x')]) {
      expect(error(value)).toBe('is not a string');
    }
  });

  it('rejects months and days out of range with the allowed range', () => {
    expect(error('2026-13')).toBe('has month 13 (must be 01–12)');
    expect(error('2026-00')).toBe('has month 00 (must be 01–12)');
    expect(error('2026-07-00')).toBe('has day 00 (must be 01–31)');
    expect(error('2026-07-32')).toBe('has day 32 (must be 01–31)');
    expect(error('2026-02-30')).toBe('has day 30, but February 2026 has 28 days');
    expect(error('2026-04-31')).toBe('has day 31, but April 2026 has 30 days');
  });

  it('names negative years as written in day errors', () => {
    expect(error('-0043-02-29')).toBe('has day 29, but February -0043 has 28 days');
  });

  it.each([
    '2026-7-16',
    '26-07-16',
    '2026-07-16-01',
    'July 2026',
    'tomorrow',
    '2026.07.16',
    '2026-07-16Z',
    '+2026',
    '20260716',
    '2026 07',
    '~',
    '?',
    'T14:00',
    '2026--07',
  ])('rejects "%s" as not a valid EDTF date', (text) => {
    expect(error(text)).toBe('is not a valid EDTF date');
  });

  it('rejects a string of 1000 characters without trying to parse it', () => {
    expect(error('2'.repeat(1000))).toBe('is too long to be an EDTF date');
    expect(error(`2026-07-16/${'.'.repeat(990)}`)).toBe('is too long to be an EDTF date');
  });

  it('never throws, and returns finite spans, for random strings from the EDTF alphabet', () => {
    const token = fc.constantFrom(
      '0',
      '1',
      '2',
      '9',
      '20',
      '2026',
      '-',
      '/',
      '..',
      'X',
      'XX',
      'Y',
      'T',
      ':',
      'Z',
      '+',
      '~',
      '?',
      '%',
      ' ',
      '12',
      '24',
      '31',
      '41',
      '-0044',
    );
    fc.assert(
      fc.property(
        fc.array(token, {maxLength: 12}).map((parts) => parts.join('')),
        (text) => {
          const r = parseEdtf(text);
          if (r.ok) {
            expect(Number.isFinite(earliest(r.date))).toBe(true);
            expect(Number.isFinite(latest(r.date))).toBe(true);
            expect(latest(r.date)).toBeGreaterThanOrEqual(earliest(r.date));
          } else {
            expect(r.error).toMatch(/^(is|has) /);
          }
        },
      ),
      {numRuns: 2000},
    );
  });

  it('never throws for arbitrary strings', () => {
    fc.assert(fc.property(fc.string({maxLength: 120}), (text) => parseEdtf(text) !== undefined));
  });
});

describe('earliest and latest', () => {
  it('return the first and last millisecond of a single date', () => {
    const date = parsed('2026-07');
    expect(iso(earliest(date))).toBe('2026-07-01T00:00:00.000Z');
    expect(iso(latest(date))).toBe('2026-07-31T23:59:59.999Z');
  });

  it('fall back to the known end of an interval with an unknown end', () => {
    const date = parsed('/2026-06-15');
    expect(iso(earliest(date))).toBe('2026-06-15T00:00:00.000Z');
    expect(iso(latest(date))).toBe('2026-06-15T23:59:59.999Z');
  });
});

describe('isFuzzy', () => {
  it('is false for exact day and time precision dates and intervals', () => {
    for (const text of ['2026-07-16', '2026-02-03T14:00', '2026-02-03T14:00:30Z', '2026-02-01/2026-02-04']) {
      expect(isFuzzy(parsed(text)), text).toBe(false);
    }
  });

  it('is true for precision coarser than a day', () => {
    for (const text of ['2026', '2026-07', '201X', '19XX', '2026-21', '2026-33', '2026-07-XX', '2026-01-01/2026-06']) {
      expect(isFuzzy(parsed(text)), text).toBe(true);
    }
  });

  it('is true when either end is approximate or uncertain', () => {
    for (const text of ['2026-07-16~', '2026-07-16?', '2026-07-16%', '2026-02-01/2026-02-04?']) {
      expect(isFuzzy(parsed(text)), text).toBe(true);
    }
  });

  it('is true when an end is open or unknown', () => {
    for (const text of ['2026-07-16/..', '../2026-07-16', '2026-07-16/', '/2026-07-16']) {
      expect(isFuzzy(parsed(text)), text).toBe(true);
    }
  });
});

describe('edtfFromTime', () => {
  const t = Date.UTC(2026, 1, 3, 14, 5, 9);

  it('writes a day by default', () => {
    expect(edtfFromTime(Date.UTC(2026, 1, 3))).toBe('2026-02-03');
    expect(edtfFromTime(t)).toBe('2026-02-03');
  });

  it('writes the requested precision, with Z on times', () => {
    expect(edtfFromTime(t, 'year')).toBe('2026');
    expect(edtfFromTime(t, 'month')).toBe('2026-02');
    expect(edtfFromTime(Date.UTC(2026, 1, 3), 'minute')).toBe('2026-02-03T00:00Z');
    expect(edtfFromTime(t, 'minute')).toBe('2026-02-03T14:05Z');
    expect(edtfFromTime(t, 'second')).toBe('2026-02-03T14:05:09Z');
  });

  it('writes years 0 and below as four-digit astronomical years', () => {
    expect(edtfFromTime(earliest(parsed('-0044-03-15')))).toBe('-0044-03-15');
    expect(edtfFromTime(earliest(parsed('0000')), 'year')).toBe('0000');
    expect(edtfFromTime(earliest(parsed('0044-07')), 'month')).toBe('0044-07');
  });

  it('writes years beyond four digits as a bare Y-year', () => {
    expect(edtfFromTime(earliest(parsed('Y12345')))).toBe('Y12345');
    expect(edtfFromTime(earliest(parsed('Y-12345')))).toBe('Y-12345');
  });

  it('produces text that parses back to a span containing the time, at the requested precision', () => {
    for (const precision of ['year', 'month', 'day', 'minute', 'second'] as const) {
      const p = point(edtfFromTime(t, precision));
      expect(p.precision).toBe(precision);
      expect(p.min).toBeLessThanOrEqual(t);
      expect(p.max).toBeGreaterThanOrEqual(t);
    }
  });

  it('throws a RangeError for a time outside the JS Date range', () => {
    expect(() => edtfFromTime(NaN)).toThrow(RangeError);
    expect(() => edtfFromTime(8.64e15 + 1)).toThrow(RangeError);
  });
});
