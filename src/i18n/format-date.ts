// Human-readable labels for EDTF dates and axis ticks, in the element's language.
// Days, months, years and times come from Intl.DateTimeFormat (and formatRange for
// intervals); coarser precisions, qualifiers and open ends wrap them in table phrases.
// Calendar dates are UTC, so every formatter is built with timeZone 'UTC': a reader in
// another zone must never see the 16th of July as the 15th.

import {deepTime} from './deep-hook.js';
import type {EdtfDate, EdtfPoint} from '../model/types.js';
import {dateTimeFormat, gregorian, numberFormat} from './intl-cache.js';
import {loadedStrings} from './strings.js';
import type {Season, LoadedStrings} from './strings.js';
import {isDeep, isFar, MINUTE, utc} from '../model/units.js';
import type {TickUnit} from '../layout/ticks.js';

export type {TickUnit};
/** `long` for sentences and details, `short` for compact labels ("16 Jul 2001"). */
export type DateStyle = 'long' | 'short';

// Options are frozen constants: intl-cache.ts finds their formatters by identity, without a key.
const DAY_OPTS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  long: Object.freeze({day: 'numeric', month: 'long', year: 'numeric'}),
  short: Object.freeze({day: 'numeric', month: 'short', year: 'numeric'}),
};
const MONTH_OPTS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  long: Object.freeze({month: 'long', year: 'numeric'}),
  short: Object.freeze({month: 'short', year: 'numeric'}),
};
const YEAR_OPTS: Intl.DateTimeFormatOptions = Object.freeze({year: 'numeric'});
/** A date with its time, to the minute and to the second, by style. */
const TIME_OPTS: Record<DateStyle, [Intl.DateTimeFormatOptions, Intl.DateTimeFormatOptions]> = {
  long: timeOpts('long'),
  short: timeOpts('short'),
};
const PLAIN_NUMBER: Intl.NumberFormatOptions = Object.freeze({useGrouping: false});

function timeOpts(style: DateStyle): [Intl.DateTimeFormatOptions, Intl.DateTimeFormatOptions] {
  const minute = {...DAY_OPTS[style], hour: 'numeric', minute: '2-digit'} as const;
  return [Object.freeze(minute), Object.freeze({...minute, second: '2-digit'} as const)];
}

/** Each options object in UTC, and in UTC with the era: made once per object, frozen. */
const utcVariants = new WeakMap<Intl.DateTimeFormatOptions, [Intl.DateTimeFormatOptions, Intl.DateTimeFormatOptions]>();

function inUtc(opts: Intl.DateTimeFormatOptions, bce: boolean): Intl.DateTimeFormatOptions {
  let variants = utcVariants.get(opts);
  if (!variants)
    utcVariants.set(
      opts,
      (variants = [Object.freeze({...opts, timeZone: 'UTC'}), Object.freeze({...opts, era: 'short', timeZone: 'UTC'} as const)]),
    );
  return variants[bce ? 1 : 0];
}

/**
 * A UTC formatter for `times`; years ≤ 0 get the era so that 44 BCE does not read as the year 44.
 * Past year ±9999 (EDTF's long years) dates are written in the Gregorian calendar, which they are
 * written in: the Chinese and Dangi calendars cannot reach there (ICU writes "" or "년", Chromium throws).
 */
function dtf(lang: string, opts: Intl.DateTimeFormatOptions, time: number, end = time): Intl.DateTimeFormat {
  const [first, last] = [utcYear(time), utcYear(end)];
  const bce = Boolean(opts.year) && (first <= 0 || last <= 0);
  const far = Math.abs(first) > 9999 || Math.abs(last) > 9999;
  return dateTimeFormat(far ? gregorian(lang) : lang, inUtc(opts, bce));
}

const format = (lang: string, opts: Intl.DateTimeFormatOptions, time: number) => dtf(lang, opts, time).format(time);

function utcYear(time: number): number {
  return new Date(time).getUTCFullYear();
}

/**
 * The instant whose UTC rendering shows the point's date and time as written.
 * The written fields win over `min` because `min` may be widened for qualifiers, and for
 * a time written with an offset the fields already are the wall clock of that offset.
 */
function wallClock(p: EdtfPoint): number {
  if (p.month !== undefined) {
    return utc(p.year, p.month - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  }
  return p.min + (p.offset ?? 0) * MINUTE;
}

/** `UTC`, `UTC+3`, `UTC−5:30` (with a real minus sign). Intl's shortOffset only knows real zones. */
export function formatOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const abs = Math.abs(offsetMinutes);
  const minutes = abs % 60;
  const hours = (abs - minutes) / 60;
  return `UTC${offsetMinutes > 0 ? '+' : '\u2212'}${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}

/** A year as the tables expect it: digits for CE, Intl's era form for years ≤ 0. */
function yearText(year: number, lang: string): string {
  if (year > 0) return numberFormat(lang, PLAIN_NUMBER).format(year);
  return format(lang, YEAR_OPTS, utc(year));
}

const SEASONS: Season[] = ['spring', 'summer', 'autumn', 'winter'];

/**
 * The 1-based part of the year for sub-year precisions, from the EDTF division code
 * (21–32 seasons, 33–36 quarters, 37–39 quadrimesters, 40–41 halves) or else the month.
 */
function part(p: EdtfPoint, first: number, last: number, monthsPer: number): number {
  if (p.division !== undefined && p.division >= first && p.division <= last) return p.division - first + 1;
  const month = p.month ?? new Date(p.min).getUTCMonth() + 1;
  return Math.floor((month - 1) / monthsPer) + 1;
}

function season(p: EdtfPoint): Season {
  if (p.division !== undefined && p.division >= 21 && p.division <= 32) {
    return SEASONS[(p.division - 21) % 4] ?? 'spring';
  }
  // Meteorological seasons of the northern hemisphere: March–May is spring.
  const month = p.month ?? new Date(p.min).getUTCMonth() + 1;
  return SEASONS[Math.floor((month % 12) / 3) - 1] ?? 'winter';
}

/**
 * Decades and centuries before year 1 have no customary name: show their first and last
 * years, from min/max because the parser counts `-201X` as -2019 … -2010.
 */
function yearSpan(p: EdtfPoint, lang: string, s: LoadedStrings): string {
  return s.range(yearText(utcYear(p.min), lang), yearText(utcYear(p.max), lang));
}

function bare(p: EdtfPoint, lang: string, style: DateStyle, s: LoadedStrings): string {
  // The year as the tables write it, for the precisions whose phrases hold it (not made for the others).
  const year = () => yearText(p.year, lang);
  switch (p.precision) {
    case 'second':
    case 'minute': {
      const text = format(lang, TIME_OPTS[style][p.precision === 'second' ? 1 : 0], wallClock(p));
      return p.offset === undefined ? text : `${text} ${formatOffset(p.offset)}`;
    }
    case 'day':
      return format(lang, DAY_OPTS[style], wallClock(p));
    case 'month':
      return format(lang, MONTH_OPTS[style], wallClock(p));
    case 'year':
      return format(lang, YEAR_OPTS, utc(p.year));
    case 'season':
      return s.season(season(p), year());
    case 'quarter':
      return s.quarter(part(p, 33, 36, 3) as 1 | 2 | 3 | 4, year());
    case 'quadrimester':
      return s.quadrimester(part(p, 37, 39, 4) as 1 | 2 | 3, year());
    case 'half':
      return s.half(part(p, 40, 41, 6) as 1 | 2, year());
    case 'decade': {
      const first = Math.floor(p.year / 10) * 10;
      return first > 0 ? s.decade(yearText(first, lang)) : yearSpan(p, lang, s);
    }
    case 'century': {
      // EDTF "19XX" is 1900–1999, which news style calls the 20th century.
      const hundreds = Math.floor(p.year / 100);
      return p.year >= 0 ? s.century(hundreds + 1) : yearSpan(p, lang, s);
    }
  }
}

function qualify(p: EdtfPoint, text: string, s: LoadedStrings): string {
  if (p.approximate && p.uncertain) return s.approximateUncertain(text);
  if (p.approximate) return s.approximate(text);
  if (p.uncertain) return s.uncertain(text);
  return text;
}

/** One EDTF point by its precision: "July 16, 2001", "июль 2026 г.", "2026年第三季度", "c. 2026". */
export function formatPoint(p: EdtfPoint, lang: string, style: DateStyle = 'long'): string {
  const s = loadedStrings(lang);
  // A year past Date's range: "13.8 billion years ago" (deep-time.ts, once loaded).
  return qualify(p, isDeep(p.min) ? (deepTime?.year(p.min, lang) ?? '') : bare(p, lang, style, s), s);
}

const RANGE_OPTS: Partial<Record<EdtfPoint['precision'], Record<DateStyle, Intl.DateTimeFormatOptions>>> = {
  day: DAY_OPTS,
  month: MONTH_OPTS,
  year: {long: YEAR_OPTS, short: YEAR_OPTS},
};

/**
 * Intl's formatRange shares what both ends have in common ("1–4 February 2026"); it can
 * only say that when both ends are plain dates of the same precision in order.
 */
function intlRange(a: EdtfPoint, b: EdtfPoint, lang: string, style: DateStyle, s: LoadedStrings): string | undefined {
  const opts = RANGE_OPTS[a.precision]?.[style];
  if (!opts || !s.intlRanges || a.precision !== b.precision) return undefined;
  if (a.approximate || a.uncertain || b.approximate || b.uncertain || isDeep(a.min) || isDeep(b.min)) return undefined;
  const start = a.precision === 'year' ? utc(a.year) : wallClock(a);
  const end = b.precision === 'year' ? utc(b.year) : wallClock(b);
  if (start > end) return undefined;
  return dtf(lang, opts, start, end).formatRange(start, end);
}

/** A whole EDTF value: a single date, an interval, or an interval with an open or unknown end. */
export function formatEdtf(d: EdtfDate, lang: string, style: DateStyle = 'long'): string {
  const {start, end} = d;
  if (!d.interval) {
    const point = typeof start === 'object' ? start : typeof end === 'object' ? end : undefined;
    return point ? formatPoint(point, lang, style) : d.text;
  }
  const s = loadedStrings(lang);
  if (typeof start === 'object' && typeof end === 'object') {
    return intlRange(start, end, lang, style, s) ?? s.range(formatPoint(start, lang, style), formatPoint(end, lang, style));
  }
  if (typeof end === 'object') {
    const text = formatPoint(end, lang, style);
    return start === 'open' ? s.openStart(text) : s.unknownStart(text);
  }
  if (typeof start === 'object') {
    const text = formatPoint(start, lang, style);
    return end === 'open' ? s.openEnd(text) : s.unknownEnd(text);
  }
  // Both ends open or unknown says nothing about time: show what was written.
  return d.text;
}

const tick = (
  short: Intl.DateTimeFormatOptions,
  withParent: Intl.DateTimeFormatOptions,
): [Intl.DateTimeFormatOptions, Intl.DateTimeFormatOptions, Intl.DateTimeFormatOptions] => [
  Object.freeze(short),
  Object.freeze(withParent),
  // With the year (a day or hour tick that names it).
  Object.freeze({...withParent, year: 'numeric'}),
];
const HOUR_TICK = tick({hour: 'numeric', minute: '2-digit'}, {day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit'});
const TICK_OPTS: Record<TickUnit, [Intl.DateTimeFormatOptions, Intl.DateTimeFormatOptions, Intl.DateTimeFormatOptions]> = {
  year: [YEAR_OPTS, YEAR_OPTS, YEAR_OPTS],
  month: tick({month: 'short'}, {month: 'short', year: 'numeric'}),
  week: tick({day: 'numeric'}, {day: 'numeric', month: 'short'}),
  day: tick({day: 'numeric'}, {day: 'numeric', month: 'short'}),
  hour: HOUR_TICK,
  minute: HOUR_TICK,
};

/**
 * An axis tick at `time` (ms UTC). `withParent` adds the next larger unit, for the first
 * tick and where it changes: "Feb" → "Feb 2026", "3" → "Feb 3", "14:00" → "3 Feb, 14:00".
 * Hours follow the language's hour cycle (2:00 PM in English, 14:00 in Russian). `withYear`
 * adds the year to a day or hour tick: "Jul 16, 2001".
 */
export function formatTick(time: number, unit: TickUnit, lang: string, withParent: boolean, withYear = false): string {
  // A year tick before -9999 (or past Date's range) in years ago, as deep time's ticks are.
  if (unit === 'year' && isFar(time)) return deepTime?.year(time, lang) ?? '';
  return format(lang, TICK_OPTS[unit][withYear ? 2 : withParent ? 1 : 0], time);
}
