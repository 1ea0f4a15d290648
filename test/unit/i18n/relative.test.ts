import {describe, expect, it} from 'vitest';
// Russian is a translation file: importing it adds the table.
import '../../../src/locales/ru.js';
// Chinese is an opt-in table: importing its module adds it.
import '../../../src/locales/zh.js';
import {durationLabel, durationYears, formatList, relativeLabel} from '../../../src/i18n/relative.js';
import {at} from './edtf-fixtures.js';

// The seed story is dated 3 February 2026.
const storyDate = at(2026, 2, 3);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('relativeLabel for the seed story', () => {
  it('calls the story date itself today', () => {
    expect(relativeLabel(storyDate, storyDate, 'en')).toBe('today');
    expect(relativeLabel(storyDate, storyDate, 'ru')).toBe('сегодня');
    expect(relativeLabel(storyDate, storyDate, 'zh')).toBe('今天');
  });

  it('counts the New START expiry in days', () => {
    expect(relativeLabel(storyDate, at(2026, 2, 5), 'en')).toBe('in 2 days');
    expect(relativeLabel(storyDate, at(2026, 2, 5), 'zh')).toMatch(/后天|2天后/);
  });

  it('counts Chinese New Year in weeks', () => {
    expect(relativeLabel(storyDate, at(2026, 2, 17), 'en')).toBe('in 2 weeks');
    expect(relativeLabel(storyDate, at(2026, 2, 17), 'ru')).toBe('через 2 недели');
    expect(relativeLabel(storyDate, at(2026, 2, 17), 'zh')).toBe('2周后');
  });

  it('counts the 25th anniversary in months', () => {
    expect(relativeLabel(storyDate, at(2026, 7, 16), 'en')).toBe('in 5 months');
    expect(relativeLabel(storyDate, at(2026, 7, 16), 'ru')).toBe('через 5 месяцев');
    expect(relativeLabel(storyDate, at(2026, 7, 16), 'zh')).toBe('5个月后');
  });

  it('counts the treaty in completed years', () => {
    expect(relativeLabel(storyDate, at(2001, 7, 16), 'en')).toBe('24 years ago');
    expect(relativeLabel(storyDate, at(2001, 7, 16), 'ru')).toBe('24 года назад');
    expect(relativeLabel(storyDate, at(2001, 7, 16), 'zh')).toBe('24年前');
  });
});

describe('relativeLabel units', () => {
  it('treats any time on the same UTC day as today', () => {
    expect(relativeLabel(storyDate + HOUR, storyDate + 23 * HOUR, 'en')).toBe('today');
  });

  it('crosses midnight UTC as a new day', () => {
    expect(relativeLabel(storyDate + 23 * HOUR, storyDate + 25 * HOUR, 'en')).toBe('tomorrow');
    expect(relativeLabel(storyDate, storyDate - HOUR, 'en')).toBe('yesterday');
  });

  it('rounds to the nearest week between 14 and 55 days', () => {
    expect(relativeLabel(storyDate, storyDate + 13 * DAY, 'en')).toBe('in 13 days');
    expect(relativeLabel(storyDate, storyDate + 20 * DAY, 'en')).toBe('in 3 weeks');
    expect(relativeLabel(storyDate, storyDate - 20 * DAY, 'en')).toBe('3 weeks ago');
  });

  it('counts only completed months', () => {
    expect(relativeLabel(storyDate, at(2026, 7, 2), 'en')).toBe('in 4 months');
    expect(relativeLabel(storyDate, at(2025, 9, 3), 'en')).toBe('5 months ago');
    expect(relativeLabel(storyDate, at(2025, 9, 4), 'en')).toBe('4 months ago');
  });

  it('stays with weeks rather than saying "next month" for a date two months on', () => {
    expect(relativeLabel(storyDate, at(2026, 4, 1), 'en')).toBe('in 8 weeks');
  });

  it('switches to years at 24 completed months', () => {
    expect(relativeLabel(storyDate, at(2028, 2, 2), 'en')).toBe('in 23 months');
    expect(relativeLabel(storyDate, at(2028, 2, 3), 'en')).toBe('in 2 years');
  });

  it('never goes below months for a date known to the month', () => {
    expect(relativeLabel(storyDate, at(2026, 2, 1), 'en', 'month')).toBe('this month');
    expect(relativeLabel(storyDate, at(2026, 2, 1), 'ru', 'month')).toBe('в этом месяце');
    expect(relativeLabel(storyDate, at(2026, 3, 1), 'en', 'month')).toBe('next month');
    expect(relativeLabel(storyDate, at(2026, 7, 1), 'en', 'month')).toBe('in 5 months');
    expect(relativeLabel(storyDate, at(2026, 7, 1), 'en', 'quarter')).toBe('in 5 months');
    expect(relativeLabel(storyDate, at(2030, 1, 1), 'en', 'season')).toBe('in 4 years');
  });

  it('never goes below years for a date known to the year', () => {
    expect(relativeLabel(storyDate, at(2026, 1, 1), 'en', 'year')).toBe('this year');
    expect(relativeLabel(storyDate, at(2027, 1, 1), 'en', 'year')).toBe('next year');
    expect(relativeLabel(storyDate, at(1990, 1, 1), 'en', 'decade')).toBe('36 years ago');
  });

  it('treats day and time precisions like no precision', () => {
    expect(relativeLabel(storyDate, at(2026, 2, 5), 'en', 'day')).toBe('in 2 days');
    expect(relativeLabel(storyDate, at(2026, 2, 3, 20), 'en', 'minute')).toBe('today');
  });
});

describe('durations', () => {
  it('agree with Russian plural rules', () => {
    expect(durationYears(25, 'ru')).toBe('25 лет');
    expect(durationYears(21, 'ru')).toBe('21 год');
    expect(durationYears(22, 'ru')).toBe('22 года');
  });

  it('count years in English and Chinese', () => {
    expect(durationYears(25, 'en')).toBe('25 years');
    expect(durationYears(1, 'en')).toBe('1 year');
    expect(durationYears(25, 'zh')).toBe('25年');
  });

  it('say the time between two instants in the largest unit that reads well, completed calendar years and months', () => {
    const at = (iso: string) => Date.parse(iso);
    expect(durationLabel(at('2002-09-10'), at('2021-12-25'), 'en')).toBe('19 years');
    expect(durationLabel(at('2021-12-25'), at('2002-09-10'), 'en')).toBe('19 years'); // either order
    expect(durationLabel(at('2026-02-03'), at('2026-07-16'), 'en')).toBe('5 months');
    expect(durationLabel(at('2021-12-25'), at('2022-12-24'), 'en')).toBe('11 months');
    expect(durationLabel(at('2021-12-25'), at('2022-12-25'), 'en')).toBe('1 year');
    expect(durationLabel(at('2026-02-03'), at('2026-02-17'), 'en')).toBe('2 weeks');
    expect(durationLabel(at('2026-02-03'), at('2026-02-05'), 'ru')).toBe('2 дня');
    expect(durationLabel(at('2019-04-15T18:20Z'), at('2019-04-15T23:00Z'), 'fr')).toMatch(/^5\sheures$/);
    expect(durationLabel(at('1989-11-09T17:00Z'), at('1989-11-09T17:53Z'), 'de')).toMatch(/^53\sMinuten$/);
    expect(durationLabel(at('2001-07-16'), at('2026-07-16'), 'zh')).toBe('25年');
  });
});

describe('counts and lists', () => {
  it('join lists with the language conjunction', () => {
    expect(formatList(['Moscow', 'Beijing', 'Washington'], 'en')).toBe('Moscow, Beijing, and Washington');
    expect(formatList(['Москва', 'Пекин', 'Вашингтон'], 'ru')).toBe('Москва, Пекин и Вашингтон');
    expect(formatList(['莫斯科', '北京', '华盛顿'], 'zh')).toBe('莫斯科、北京和华盛顿');
  });

  // The parts of a spoken name: separated in the language's way, never run together (a "unit"
  // list gives "a b c" in Russian and "abc" in Chinese).
  it('list the parts of a name without a conjunction where the language has such a list', () => {
    expect(formatList(['Putin and Xi call', '3 February 2026', 'Main event'], 'en', 'narrow')).toBe(
      'Putin and Xi call, 3 February 2026, Main event',
    );
    expect(formatList(['Разговор', '3 февраля 2026 г.', 'через 2 недели'], 'ru', 'narrow')).toBe(
      'Разговор, 3 февраля 2026 г., через 2 недели',
    );
    expect(formatList(['普京与习近平通话', '2026年2月3日', '2周后'], 'zh', 'narrow')).toBe('普京与习近平通话、2026年2月3日、2周后');
  });
});
