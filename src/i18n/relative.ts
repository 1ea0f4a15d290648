// Relative phrases ("in 2 weeks", "24 years ago"), durations, counts and lists via Intl.
// Relative phrases are measured from the story's date, never the reader's clock, and
// in UTC calendar units so that "today" and "in 5 months" mean the same in every zone.

import type {Precision} from '../model/types.js';
import {listFormat, numberFormat, relativeTimeFormat} from './intl-cache.js';
import {deepTime} from './deep-hook.js';
import {isDeep} from '../model/units.js';
import {DAY} from '../model/units.js';

// Dates known only to the month (or a part of the year) are never described in days or weeks.
const MONTH_GRAIN = new Set<Precision>(['month', 'season', 'quarter', 'quadrimester', 'half']);
const YEAR_GRAIN = new Set<Precision>(['year', 'decade', 'century']);
// Options are frozen constants: intl-cache.ts finds their formatters by identity.
const AUTO: Intl.RelativeTimeFormatOptions = Object.freeze({numeric: 'auto'});
const LISTS = {
  long: Object.freeze({type: 'conjunction', style: 'long'}),
  narrow: Object.freeze({type: 'conjunction', style: 'narrow'}),
} as const;
const units = new Map<string, Intl.NumberFormatOptions>();

function utcDayNumber(time: number): number {
  return Math.floor(time / DAY);
}

/** Difference in calendar months between the UTC months of two instants (Jan 31 → Feb 1 is 1). */
function calendarMonths(from: number, to: number): number {
  const f = new Date(from);
  const t = new Date(to);
  return (t.getUTCFullYear() - f.getUTCFullYear()) * 12 + t.getUTCMonth() - f.getUTCMonth();
}

/** Whole months elapsed between two instants, signed: Feb 3 → Jul 16 is 5, Feb 3 → Jul 2 is 4. */
function completedMonths(from: number, to: number): number {
  const sign = to < from ? -1 : 1;
  const [a, b] = sign > 0 ? [from, to] : [to, from];
  let months = calendarMonths(a, b);
  if (new Date(b).getUTCDate() < new Date(a).getUTCDate()) months -= 1;
  return sign * months;
}

/**
 * Where `to` lies relative to `from` (both ms UTC), e.g. from the story date to an event.
 * Same UTC day → "today"; under 14 days → days; under 8 weeks → rounded weeks; under
 * 24 months → completed months; else completed years. `precision` is that of `to`: a date
 * known to the month gets calendar months or years ("this month", "next month"), a date
 * known to the year gets calendar years ("this year").
 */
export function relativeLabel(from: number, to: number, lang: string, precision?: Precision): string {
  if (isDeep(from) || isDeep(to)) return deepTime?.relative(from, to, lang) ?? '';
  const rtf = relativeTimeFormat(lang, AUTO);
  const years = new Date(to).getUTCFullYear() - new Date(from).getUTCFullYear();
  if (precision && YEAR_GRAIN.has(precision)) return rtf.format(years, 'year');
  if (precision && MONTH_GRAIN.has(precision)) {
    const months = calendarMonths(from, to);
    // 24 calendar months apart are at least 2 calendar years apart, so "next year" cannot appear.
    return Math.abs(months) < 24 ? rtf.format(months, 'month') : rtf.format(years, 'year');
  }

  const days = utcDayNumber(to) - utcDayNumber(from);
  const abs = Math.abs(days);
  if (abs < 14) return rtf.format(days, 'day');
  const weeks = Math.sign(days) * Math.round(abs / 7);
  if (abs < 56) return rtf.format(weeks, 'week');
  const months = completedMonths(from, to);
  // One completed month would print as "next month", a calendar phrase that may be wrong
  // (Feb 3 → Apr 1 is not next month): stay with weeks until two months have passed.
  if (Math.abs(months) < 2) return rtf.format(weeks, 'week');
  if (Math.abs(months) < 24) return rtf.format(months, 'month');
  return rtf.format(Math.trunc(months / 12), 'year');
}

function unitFormat(lang: string, unit: string, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${unit}${maximumFractionDigits}`;
  let opts = units.get(key);
  if (!opts) units.set(key, (opts = Object.freeze({style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits})));
  return numberFormat(lang, opts);
}

/** "25 years", "25 лет", "21 год", "25年". */
export function durationYears(years: number, lang: string): string {
  return unitFormat(lang, 'year', 1).format(years);
}

/**
 * The time between two instants in the largest unit that reads well, through Intl:
 * "19 years", "5 months", "2 weeks", "3 days", "4 hours". Years and months are calendar
 * ones, completed (2002-09-10 → 2021-12-25 is 19 years).
 */
export function durationLabel(from: number, to: number, lang: string): string {
  if (isDeep(from) || isDeep(to)) return deepTime?.duration(from, to, lang) ?? '';
  const [a, b] = from <= to ? [from, to] : [to, from];
  const months = completedMonths(a, b);
  if (months >= 24 || (months >= 12 && months % 12 === 0)) return unitFormat(lang, 'year', 0).format(Math.floor(months / 12));
  if (months >= 2) return unitFormat(lang, 'month', 0).format(months);
  const days = utcDayNumber(b) - utcDayNumber(a);
  if (days >= 14) return unitFormat(lang, 'week', 0).format(Math.round(days / 7));
  if (days >= 1 && b - a >= DAY / 2) return unitFormat(lang, 'day', 0).format(Math.max(1, Math.round((b - a) / DAY)));
  const minutes = Math.round((b - a) / 60_000);
  return minutes >= 120 ? unitFormat(lang, 'hour', 0).format(Math.round(minutes / 60)) : unitFormat(lang, 'minute', 0).format(minutes);
}

/** "a, b, and c" / "a, b и c" / "a、b和c"; the `narrow` style drops the conjunction where the language allows ("a, b, c"). */
export function formatList(items: string[], lang: string, style: 'long' | 'narrow' = 'long'): string {
  return listFormat(lang, LISTS[style]).format(items);
}
