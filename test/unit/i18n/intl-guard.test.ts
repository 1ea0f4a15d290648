// Every Intl call is guarded: a language tag that is valid (`zh-u-ca-chinese`, `ko-u-ca-dangi`)
// with a date that is valid (the ends of the Date range) made Chromium's Intl throw, and the whole
// timeline went blank. Node's ICU gives '' there instead; both fall back to the Gregorian calendar,
// and a formatter that still fails gives '' rather than an exception.
import {afterEach, describe, expect, it} from 'vitest';
import {formatEdtf, formatTick} from '../../../src/i18n/format-date.js';
import {dateTimeFormat, listFormat, numberFormat, pluralRules, relativeTimeFormat} from '../../../src/i18n/intl-cache.js';
import {countText} from '../../../src/i18n/phrases.js';
import {formatList, relativeLabel} from '../../../src/i18n/relative.js';
import {parseEdtf} from '../../../src/model/edtf.js';
import type {EdtfDate} from '../../../src/model/types.js';

const date = (text: string): EdtfDate => {
  const result = parseEdtf(text);
  if (!result.ok) throw new Error(result.error);
  return result.date;
};
const LATEST = 8.64e15;
const EARLIEST = -8.64e15;

const restore: (() => void)[] = [];
afterEach(() => restore.splice(0).forEach((undo) => undo()));

/** Makes `method` of an Intl prototype throw as Chromium's does (for the calls `when` picks). */
function breakIntl<T extends object>(proto: T, method: string, when: (self: T) => boolean = () => true): void {
  // `format` is an accessor that hands out a bound function; the others are plain methods.
  const descriptor = Object.getOwnPropertyDescriptor(proto, method)!;
  const original = (self: T, args: unknown[]) =>
    descriptor.get
      ? (descriptor.get.call(self) as (...args: unknown[]) => unknown)(...args)
      : (descriptor.value as (...args: unknown[]) => unknown).apply(self, args);
  Object.defineProperty(proto, method, {
    configurable: true,
    value(this: T, ...args: unknown[]) {
      if (when(this)) throw new RangeError('Invalid argument for Temporal');
      return original(this, args);
    },
  });
  restore.push(() => Object.defineProperty(proto, method, descriptor));
}
const lunar = (format: Intl.DateTimeFormat) => ['chinese', 'dangi'].includes(format.resolvedOptions().calendar);

describe('dates at the ends of the Date range in calendars that cannot show them', () => {
  it.each([
    ['zh-u-ca-chinese', 'Y275759', '275759'],
    ['zh-u-ca-chinese', 'Y-271820', '271821'],
    ['ko-u-ca-dangi', 'Y275759', '275759'],
    ['ko-u-ca-dangi', 'Y-271820', '271821'],
  ])('formats %s %s in the Gregorian calendar of the language (the year %s shows)', (lang, text, year) => {
    expect(formatEdtf(date(text), lang)).toContain(year);
  });

  it('still formats them when the calendar throws, as in Chromium: dates, ranges and ticks', () => {
    breakIntl(Intl.DateTimeFormat.prototype, 'format', lunar);
    breakIntl(Intl.DateTimeFormat.prototype, 'formatRange', lunar);
    expect(formatEdtf(date('Y275759'), 'zh-u-ca-chinese-nu-hanidec')).toContain('275759');
    expect(formatEdtf(date('2026-01/2026-06'), 'ko-u-ca-dangi')).toMatch(/2026/);
    expect(formatTick(LATEST, 'year', 'zh-u-ca-chinese', true)).toContain('275760');
    expect(formatTick(EARLIEST, 'month', 'ko-u-ca-dangi', true)).not.toBe('');
  });

  it('keeps the calendar of the language where it can show the date', () => {
    expect(formatEdtf(date('2026-02-03'), 'zh-u-ca-chinese')).toBe(
      dateTimeFormat('zh-u-ca-chinese', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'}).format(Date.UTC(2026, 1, 3)),
    );
    expect(formatEdtf(date('2026-02-03'), 'zh-u-ca-chinese')).not.toContain('2月3日');
  });
});

describe('an Intl call that fails gives a fallback, never an exception', () => {
  it('for numbers, plurals, relative times and lists', () => {
    breakIntl(Intl.NumberFormat.prototype, 'format');
    breakIntl(Intl.PluralRules.prototype, 'select');
    breakIntl(Intl.RelativeTimeFormat.prototype, 'format');
    breakIntl(Intl.ListFormat.prototype, 'format');
    expect(countText(5, 'ru')).toEqual({text: '', plural: 'other'});
    expect(relativeLabel(0, 14 * 86_400_000, 'en')).toBe('');
    expect(formatList(['a', 'b'], 'en')).toBe('');
    expect(numberFormat('de').format(1)).toBe('');
    expect(pluralRules('de').select(1)).toBe('other');
    expect(relativeTimeFormat('de').format(1, 'day')).toBe('');
    expect(listFormat('de').format(['a'])).toBe('');
  });

  it('and works again once Intl does', () => {
    expect(countText(5, 'ru')).toEqual({text: '5', plural: 'many'});
    expect(formatList(['a', 'b'], 'en')).toBe('a and b');
  });
});
