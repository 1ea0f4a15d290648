// Turns a TimelineJS3 date object ({year, month, day, hour, minute, second, millisecond}) into
// EDTF text at the precision it was written with, reporting each bad field at its own path.
import {parseEdtf} from '../model/edtf.js';
import {pathOf, shown, typeName, type IssueLog} from '../model/issue-log.js';
import type {IssueSeverity} from '../model/types.js';

/** Things in a date object that are read but not kept. */
export type DateDrop = 'display_date' | 'millisecond';

export interface DateContext {
  log: IssueLog;
  drops: {add(kind: DateDrop, path: string): void};
  /** `error` where a bad date drops the event, `warning` where it only loses an end or an era. */
  severity: IssueSeverity;
  /** scale "cosmological": TimelineJS reads only the year. */
  cosmological: boolean;
}

// The whole years parseEdtf can place (every instant must fit in a JS Date), in astronomical numbering.
const MIN_YEAR = -271820;
const MAX_YEAR = 275759;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
const TIME_FIELDS = ['hour', 'minute', 'second'] as const;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** Days in a month of the proleptic Gregorian calendar (astronomical year, month 1–12). */
function daysInMonth(year: number, month: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0);
  return d.getUTCDate();
}

/**
 * Reads one whole-number field. TimelineJS writes them as numbers or as strings ("06"); an empty
 * string or null means the field is not given. Returns undefined when absent, null when invalid (logged).
 */
function readWhole(ctx: DateContext, value: unknown, path: string): number | undefined | null {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') {
    const text = value.trim();
    if (text === '') return undefined;
    if (/^[+-]?\d{1,20}$/.test(text)) return Number(text) || 0;
  } else if (typeof value === 'number' && Number.isInteger(value)) {
    return value || 0;
  }
  ctx.log.add(path, `${shown(value)} is not a whole number`, ctx.severity);
  return null;
}

/** `BCE` years as TimelineJS shows them: its year -44 is "44 BCE". */
function yearName(year: number): string {
  return year < 0 ? `${-year} BCE` : String(year);
}

/**
 * EDTF text for a TimelineJS date object at `path` (`events[2].start_date`), or undefined with the
 * reason logged. TimelineJS counts years as people do (-44 is 44 BCE, there is no year 0) while EDTF
 * counts astronomically (0000 is 1 BCE), so negative years shift by one.
 */
export function edtfFromTimelineJsDate(ctx: DateContext, value: unknown, path: string): string | undefined {
  const {log, severity} = ctx;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    log.add(path, `must be a date object such as {"year": 2026, "month": 2, "day": 3}, not ${typeName(value)}`, severity);
    return undefined;
  }
  const date = value as Record<string, unknown>;
  const values = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'].map((name) =>
    readWhole(ctx, date[name], pathOf(path, name)));
  if (values.includes(null)) return undefined;
  const [year, month, day, hour, minute, second, millisecond] = values as (number | undefined)[];
  if (typeof date.display_date === 'string' && date.display_date.trim()) ctx.drops.add('display_date', pathOf(path, 'display_date'));
  if (year === undefined) {
    log.add(pathOf(path, 'year'), 'is required', severity);
    return undefined;
  }

  if (year === 0) log.warn(pathOf(path, 'year'), '0 is not a year of the BCE/CE count that TimelineJS shows; read as 1 BCE');
  const astronomical = year < 0 ? year + 1 : year;
  if (astronomical < MIN_YEAR || astronomical > MAX_YEAR) {
    log.add(pathOf(path, 'year'), `${year} is outside the years a timeline can show (${yearName(MIN_YEAR - 1)} to ${MAX_YEAR})`, severity);
    return undefined;
  }
  const yearText = Math.abs(astronomical) > 9999 ? `Y${astronomical}` : `${astronomical < 0 ? '-' : ''}${pad(Math.abs(astronomical), 4)}`;
  // Cosmological timelines use the year alone; EDTF writes years past four digits only on their own.
  if (ctx.cosmological || yearText.startsWith('Y')) return checked(ctx, yearText, path);

  let text = yearText;
  let monthNumber = month;
  if (monthNumber === undefined && day !== undefined) {
    log.warn(pathOf(path, 'day'), 'is given without a month; read as a day of January, as TimelineJS does');
    monthNumber = 1;
  }
  if (monthNumber === undefined) return checked(ctx, text, path);
  if (monthNumber < 1 || monthNumber > 12) {
    log.add(pathOf(path, 'month'), `${monthNumber} is not a month (1–12)`, severity);
    return undefined;
  }
  text += `-${pad(monthNumber)}`;
  if (day === undefined) {
    if (TIME_FIELDS.some((name) => date[name] !== undefined && date[name] !== null && date[name] !== '')) {
      log.warn(pathOf(path, 'hour'), 'is given without a day; the time is ignored');
    }
    return checked(ctx, text, path);
  }
  const length = daysInMonth(astronomical, monthNumber);
  if (day < 1 || day > length) {
    log.add(pathOf(path, 'day'), `${day} is not a day of ${MONTHS[monthNumber - 1]} ${yearName(year)} (1–${length})`, severity);
    return undefined;
  }
  text += `-${pad(day)}`;
  if (hour === undefined && minute === undefined && second === undefined) return checked(ctx, text, path);

  const limits: [number | undefined, string, number][] = [[hour, 'hour', 23], [minute, 'minute', 59], [second, 'second', 59]];
  for (const [number, name, max] of limits) {
    if (number !== undefined && (number < 0 || number > max)) {
      log.add(pathOf(path, name), `${number} is not ${name === 'hour' ? 'an' : 'a'} ${name} (0–${max})`, severity);
      return undefined;
    }
  }
  // TimelineJS fills a missing hour or minute with 0, as we do.
  text += `T${pad(hour ?? 0)}:${pad(minute ?? 0)}${second === undefined ? '' : `:${pad(second)}`}`;
  if (millisecond) ctx.drops.add('millisecond', pathOf(path, 'millisecond'));
  return checked(ctx, text, path);
}

/** The EDTF text when our parser reads it (always, by construction; checked so a slip shows as an issue). */
function checked(ctx: DateContext, text: string, path: string): string | undefined {
  const result = parseEdtf(text);
  if (result.ok) return text;
  ctx.log.add(path, `gives ${JSON.stringify(text)}, which ${result.error}`, ctx.severity);
  return undefined;
}
