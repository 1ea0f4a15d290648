import {describe, expect, it} from 'vitest';
// Russian is a translation file: importing it adds the table.
import '../../../src/locales/ru.js';
// Chinese is an opt-in table: importing its module adds it.
import '../../../src/locales/zh.js';
import {formatEdtf, formatOffset, formatPoint, formatTick} from '../../../src/i18n/format-date.js';
import {at, interval, plain, point, single} from './edtf-fixtures.js';

describe('the test environment', () => {
  it('runs in a time zone far from UTC, so that local-time mistakes show', () => {
    expect(new Date(at(2026, 7, 16)).getTimezoneOffset()).not.toBe(0);
  });
});

describe('formatPoint by precision', () => {
  it('writes a day with the month name, in UTC whatever the local zone', () => {
    const treaty = point(2001, {month: 7, day: 16});
    expect(formatPoint(treaty, 'en')).toBe('July 16, 2001');
    expect(formatPoint(treaty, 'en-GB')).toBe('16 July 2001');
    expect(formatPoint(treaty, 'ru')).toBe('16 июля 2001 г.');
    expect(formatPoint(treaty, 'zh')).toBe('2001年7月16日');
  });

  it('writes a month in the nominative, with its year', () => {
    const july = point(2026, {month: 7});
    expect(formatPoint(july, 'en')).toBe('July 2026');
    expect(formatPoint(july, 'ru')).toBe('июль 2026 г.');
    expect(formatPoint(july, 'zh')).toBe('2026年7月');
  });

  it('writes a year on its own', () => {
    expect(formatPoint(point(2026), 'en')).toBe('2026');
    expect(formatPoint(point(2026), 'ru')).toBe('2026');
    expect(formatPoint(point(2026), 'zh')).toBe('2026年');
  });

  it('writes years before the common era with the era', () => {
    expect(formatPoint(point(-43), 'en')).toBe('44 BC');
    expect(formatPoint(point(-43), 'ru')).toBe('44 г. до н. э.');
    expect(formatPoint(point(-43, {month: 3, day: 15}), 'en')).toBe('March 15, 44 BC');
    expect(formatPoint(point(0), 'en')).toBe('1 BC');
  });

  it('keeps years below 100 in the first century, not the 20th', () => {
    expect(formatPoint(point(33, {month: 4, day: 3}), 'en')).toBe('April 3, 33');
  });

  it('names seasons from the EDTF division code, in any hemisphere', () => {
    expect(formatPoint(point(2026, {precision: 'season', division: 22}), 'en')).toBe('summer 2026');
    expect(formatPoint(point(2026, {precision: 'season', division: 22}), 'ru')).toBe('лето 2026 г.');
    expect(formatPoint(point(2026, {precision: 'season', division: 22}), 'zh')).toBe('2026年夏季');
    expect(formatPoint(point(2026, {precision: 'season', division: 32}), 'en')).toBe('winter 2026');
  });

  it('falls back to the month for a season without a division code', () => {
    expect(formatPoint(point(2026, {precision: 'season', month: 10}), 'en')).toBe('autumn 2026');
    expect(formatPoint(point(2026, {precision: 'season', month: 1}), 'en')).toBe('winter 2026');
  });

  it('names quarters', () => {
    const q3 = point(2026, {precision: 'quarter', division: 35});
    expect(formatPoint(q3, 'en')).toBe('Q3 2026');
    expect(formatPoint(q3, 'ru')).toBe('III квартал 2026 г.');
    expect(formatPoint(q3, 'zh')).toBe('2026年第三季度');
  });

  it('names quadrimesters by their months', () => {
    const second = point(2026, {precision: 'quadrimester', division: 38});
    expect(formatPoint(second, 'en')).toBe('May–August 2026');
    expect(formatPoint(second, 'ru')).toBe('май–август 2026 г.');
    expect(formatPoint(second, 'zh')).toBe('2026年5—8月');
  });

  it('names halves of the year', () => {
    expect(formatPoint(point(2026, {precision: 'half', division: 40}), 'en')).toBe('first half of 2026');
    expect(formatPoint(point(2026, {precision: 'half', division: 41}), 'en')).toBe('second half of 2026');
    expect(formatPoint(point(2026, {precision: 'half', division: 40}), 'ru')).toBe('первое полугодие 2026 г.');
    expect(formatPoint(point(2026, {precision: 'half', division: 41}), 'zh')).toBe('2026年下半年');
  });

  it('names decades and centuries', () => {
    expect(formatPoint(point(2010, {precision: 'decade'}), 'en')).toBe('the 2010s');
    expect(formatPoint(point(2010, {precision: 'decade'}), 'ru')).toBe('2010-е');
    expect(formatPoint(point(2010, {precision: 'decade'}), 'zh')).toBe('2010年代');
    expect(formatPoint(point(1900, {precision: 'century'}), 'en')).toBe('the 20th century');
    expect(formatPoint(point(2000, {precision: 'century'}), 'en')).toBe('the 21st century');
    expect(formatPoint(point(1900, {precision: 'century'}), 'ru')).toBe('XX век');
    expect(formatPoint(point(1900, {precision: 'century'}), 'zh')).toBe('20世纪');
  });

  it('shows the years of decades and centuries before the common era', () => {
    // As the parser reads -01XX and -201X: the written digits, spanning back from them.
    const century = {...point(-199, {precision: 'century'}), year: -100, max: at(-100, 12, 31)};
    expect(formatPoint(century, 'en')).toBe('200 BC – 101 BC');
    const decade = {...point(-2019, {precision: 'decade'}), year: -2010, max: at(-2010, 12, 31)};
    expect(formatPoint(decade, 'en')).toBe('2020 BC – 2011 BC');
  });

  it('writes a time in the offset it was given, and names the offset', () => {
    const moment = point(2026, {month: 2, day: 3, hour: 14, minute: 5, offset: 180});
    expect(formatPoint(moment, 'ru')).toBe('3 февраля 2026 г. в 14:05 UTC+3');
    expect(formatPoint(moment, 'en')).toMatch(/^February 3, 2026.* 2:05\sPM UTC\+3$/);
    expect(formatPoint(moment, 'zh')).toBe('2026年2月3日 14:05 UTC+3');
  });

  it('writes a time without an offset as written, with no zone', () => {
    expect(formatPoint(point(2026, {month: 2, day: 3, hour: 9, minute: 30}), 'ru')).toBe('3 февраля 2026 г. в 9:30');
  });

  it('writes seconds when they are known', () => {
    expect(formatPoint(point(2026, {month: 2, day: 3, hour: 14, minute: 5, second: 9, offset: 0}), 'ru')).toBe(
      '3 февраля 2026 г. в 14:05:09 UTC',
    );
  });

  it('gives compact forms for labels', () => {
    expect(formatPoint(point(2001, {month: 7, day: 16}), 'en-GB', 'short')).toBe('16 Jul 2001');
    expect(formatPoint(point(2026, {month: 7}), 'en', 'short')).toBe('Jul 2026');
    expect(formatPoint(point(2001, {month: 7, day: 16}), 'ru', 'short')).toBe('16 июл. 2001 г.');
  });
});

describe('formatOffset', () => {
  it('writes hours, minutes and a real minus sign', () => {
    expect(formatOffset(0)).toBe('UTC');
    expect(formatOffset(180)).toBe('UTC+3');
    expect(formatOffset(-330)).toBe('UTC\u22125:30');
    expect(formatOffset(345)).toBe('UTC+5:45');
  });
});

describe('qualifiers', () => {
  const july = {month: 7};
  it('mark approximate dates', () => {
    expect(formatPoint(point(2026, {...july, approximate: true}), 'en')).toBe('c. July 2026');
    expect(formatPoint(point(2026, {...july, approximate: true}), 'ru')).toBe('июль 2026 г. (приблизительно)');
    expect(formatPoint(point(2026, {...july, approximate: true}), 'zh')).toBe('约2026年7月');
  });

  it('mark uncertain dates', () => {
    expect(formatPoint(point(2026, {...july, uncertain: true}), 'en')).toBe('July 2026 (unconfirmed)');
    expect(formatPoint(point(2026, {...july, uncertain: true}), 'ru')).toBe('июль 2026 г. (не подтверждено)');
    expect(formatPoint(point(2026, {...july, uncertain: true}), 'zh')).toBe('2026年7月（未确认）');
  });

  it('mark dates that are both', () => {
    expect(formatPoint(point(2026, {...july, approximate: true, uncertain: true}), 'en')).toBe('c. July 2026 (unconfirmed)');
  });

  it('apply to coarse precisions too', () => {
    expect(formatPoint(point(2026, {precision: 'quarter', division: 35, approximate: true}), 'en')).toBe('c. Q3 2026');
  });
});

describe('formatEdtf', () => {
  it('formats a single date like its point', () => {
    expect(formatEdtf(single(point(2001, {month: 7, day: 16})), 'ru')).toBe('16 июля 2001 г.');
  });

  it('shares the common parts of a day range through Intl', () => {
    const talks = interval(point(2026, {month: 2, day: 1}), point(2026, {month: 2, day: 4}));
    expect(formatEdtf(talks, 'en')).toMatch(/^February 1\s?–\s?4, 2026$/);
    expect(formatEdtf(talks, 'en-GB')).toMatch(/^1\s?–\s?4 February 2026$/);
    expect(plain(formatEdtf(talks, 'ru'))).toBe('1–4 февраля 2026 г.');
  });

  it('shares the year of a month range', () => {
    const spring = interval(point(2026, {month: 1}), point(2026, {month: 6}));
    expect(formatEdtf(spring, 'en')).toMatch(/^January\s?–\s?June 2026$/);
  });

  it('joins Chinese ranges with 至 rather than the numeric fallback of ICU', () => {
    expect(formatEdtf(interval(point(2026, {month: 2, day: 1}), point(2026, {month: 2, day: 4})), 'zh')).toBe('2026年2月1日至2026年2月4日');
    expect(formatEdtf(interval(point(2026, {month: 1}), point(2026, {month: 6})), 'zh')).toBe('2026年1月至2026年6月');
  });

  it('joins ends of different precisions with a dash', () => {
    const span = interval(point(2001, {month: 7, day: 16}), point(2026, {month: 6}));
    expect(formatEdtf(span, 'en')).toBe('July 16, 2001 – June 2026');
  });

  it('keeps qualifiers on the end they belong to', () => {
    const span = interval(point(2020, {approximate: true}), point(2026));
    expect(formatEdtf(span, 'en')).toBe('c. 2020 – 2026');
  });

  it('describes an open start and an open end', () => {
    expect(formatEdtf(interval('open', point(2026, {month: 6})), 'en')).toBe('until June 2026');
    expect(formatEdtf(interval(point(2026, {month: 3}), 'open'), 'en')).toBe('from March 2026 onwards');
    expect(formatEdtf(interval(point(2026, {month: 3}), 'open'), 'ru')).toBe('март 2026 г. и далее');
    expect(formatEdtf(interval('open', point(2026, {month: 6})), 'zh')).toBe('截至2026年6月');
    expect(formatEdtf(interval(point(2026, {month: 3}), 'open'), 'zh')).toBe('2026年3月起');
  });

  it('marks an unknown end with a question mark', () => {
    expect(formatEdtf(interval('unknown', point(2026, {month: 6})), 'en')).toBe('? – June 2026');
    expect(formatEdtf(interval(point(2026, {month: 3}), 'unknown'), 'ru')).toBe('март 2026 г. – ?');
  });

  it('shows the written text when neither end is a date', () => {
    expect(formatEdtf(interval('open', 'open', '../..'), 'en')).toBe('../..');
  });
});

describe('formatTick', () => {
  const feb3 = at(2026, 2, 3);
  const feb3at14 = at(2026, 2, 3, 14);

  it('labels years, with the era before the common era', () => {
    expect(formatTick(feb3, 'year', 'en', false)).toBe('2026');
    expect(formatTick(at(-43, 1, 1), 'year', 'en', false)).toBe('44 BC');
  });

  it('labels months briefly, adding the year as parent', () => {
    expect(formatTick(feb3, 'month', 'en', false)).toBe('Feb');
    expect(formatTick(feb3, 'month', 'ru', false)).toBe('февр.');
    expect(formatTick(feb3, 'month', 'zh', false)).toBe('2月');
    expect(formatTick(feb3, 'month', 'en', true)).toBe('Feb 2026');
  });

  it('labels days and weeks by day of month, adding the month as parent', () => {
    expect(formatTick(feb3, 'day', 'en', false)).toBe('3');
    expect(formatTick(Date.UTC(2001, 6, 16), 'day', 'en', false, true)).toBe('Jul 16, 2001');
    expect(formatTick(Date.UTC(2001, 6, 16), 'day', 'ru', true, true)).toBe('16 июл. 2001 г.');
    expect(formatTick(feb3, 'week', 'ru', false)).toBe('3');
    expect(formatTick(feb3, 'day', 'ru', true)).toBe('3 февр.');
    expect(formatTick(feb3, 'week', 'en-GB', true)).toBe('3 Feb');
    expect(formatTick(feb3, 'day', 'zh', true)).toBe('2月3日');
  });

  it('labels a tick late in the UTC day by its UTC date, not the local one', () => {
    expect(formatTick(at(2026, 2, 3, 23), 'day', 'en', false)).toBe('3');
    expect(formatTick(at(2026, 1, 31, 23), 'month', 'en', false)).toBe('Jan');
    expect(formatTick(at(2025, 12, 31, 23), 'year', 'en', false)).toBe('2025');
  });

  it('labels hours and minutes in the hour cycle of the language, in UTC', () => {
    expect(formatTick(feb3at14, 'hour', 'ru', false)).toBe('14:00');
    expect(formatTick(feb3at14, 'minute', 'en', false)).toMatch(/^2:00\sPM$/);
    expect(formatTick(feb3at14, 'hour', 'ru', true)).toBe('3 февр., 14:00');
    expect(formatTick(feb3at14, 'hour', 'zh', true)).toBe('2月3日 14:00');
  });
});
