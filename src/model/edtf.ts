// Parses the subset of EDTF (ISO 8601-2) that timelines use into spans of UTC instants, with no dependencies.
import type {EdtfDate, EdtfOpenEnd, EdtfPoint, Precision} from './types.js';
import {DAY, utc, YEAR} from './units.js';

export type EdtfResult = {ok: true; date: EdtfDate} | {ok: false; error: string};
/** Why a text is no date. Inside this module a point or date is returned as it is, or this: no wrapper object per date read. */
export type EdtfFailure = {ok: false; error: string};
type PointResult = EdtfPoint | EdtfFailure;

const INVALID = 'is not a valid EDTF date';
const X_ERROR = 'has unspecified digits (X) in an unsupported place (supported: 201X, 19XX, 2026-XX, 2026-07-XX)';
// Whole years whose every instant fits in a JS Date (±8.64e15 ms, i.e. -271821-04-20 to 275760-09-13).
const MIN_YEAR = -271820;
const MAX_YEAR = 275759;
const DEEP_YEARS = 1e11;
// The longest useful text is an interval of two date-times with offsets (~51 characters); capping the
// length keeps junk input (pasted paragraphs) cheap to reject.
const MAX_LENGTH = 100;
const MINUTE = 60_000;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// A qualifier (~ ? %) may stand before or after each component (level 2) or at the very end (level 1);
// we do not track which component it qualifies and apply it to the whole point.
const DATE_RE = /^([~?%]?)(Y-?\d+E\d+|Y-?\d{5,}|-?[\dX]{4})([~?%]?)(?:-([~?%]?)([\dX]{2})([~?%]?)(?:-([~?%]?)([\dX]{2})([~?%]?))?)?$/;
// Seconds may carry a fraction (what Date.prototype.toISOString writes: "14:00:00.000Z"), kept to the millisecond.
const TIME_RE = /^(\d\d):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?(Z|[+-]\d\d(?::?\d\d)?)?$/;

const fail = (error: string): EdtfFailure => ({ok: false, error});
/** A failure rather than a point, an open or unknown end, or a date (none of which has `ok`). */
export const failed = (result: object | string): result is EdtfFailure =>
  typeof result === 'object' && (result as Partial<EdtfFailure>).ok === false;
// Object.assign with a typed patch, so that field names and values stay checked.
const set = (p: EdtfPoint, patch: Partial<EdtfPoint>): EdtfPoint => Object.assign(p, patch);
const isPoint = (end: EdtfPoint | EdtfOpenEnd): end is EdtfPoint => typeof end === 'object';

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Days in `month` (1–12) of `year`, proleptic Gregorian as Date is. */
const daysInMonth = (year: number, month: number): number =>
  month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : MONTH_DAYS[month - 1]!;

/** [precision, first month (0-based; 11 runs into the next year), months covered] of a grouping code 21–41. */
function division(code: number): [Precision, number, number] {
  if (code <= 28) return ['season', [2, 5, 8, 11][(code - 21) % 4]!, 3]; // 21–24 and northern 25–28
  if (code <= 32) return ['season', [8, 11, 2, 5][code - 29]!, 3]; // southern spring, summer, autumn, winter
  if (code <= 36) return ['quarter', (code - 33) * 3, 3];
  if (code <= 39) return ['quadrimester', (code - 37) * 4, 4];
  return ['half', (code - 40) * 6, 6];
}

/**
 * The forms most dates are written in, 2026, 2026-07 and 2026-07-16 (no sign, qualifier, X or
 * time), read from their character codes without the regular expressions: the point parsePoint
 * makes of them, or undefined for any other text, and for a month or a day out of range, which
 * parsePoint reports.
 */
function plainPoint(text: string): EdtfPoint | undefined {
  const length = text.length;
  if (length !== 4 && length !== 7 && length !== 10) return undefined;
  const year = digits(text, 0, 4);
  if (year < 0) return undefined;
  // Fields in the order every parsed point has them; a month's or a day's span is set once, below.
  const p: EdtfPoint = {min: 0, max: 0, precision: 'year', approximate: false, uncertain: false, year};
  if (length === 4) {
    p.min = utc(year, 0);
    p.max = utc(year + 1, 0) - 1;
    return p;
  }
  const month = text.charCodeAt(4) === 45 ? digits(text, 5, 7) : -1;
  if (month < 1 || month > 12) return undefined;
  if (length === 7) return inMonth(p, month);
  const day = text.charCodeAt(7) === 45 ? digits(text, 8, 10) : -1;
  return day < 1 || day > daysInMonth(year, month) ? undefined : onDay(p, month, day);
}

// A point narrowed to a month, or to a day of a month (both in range), of its year: its fields
// added after the year's, in the order every parsed point has them (written one by one: the
// plain forms of a large story come here, and Object.assign is slower).
function inMonth(p: EdtfPoint, month: number): EdtfPoint {
  p.precision = 'month';
  p.month = month;
  p.min = utc(p.year, month - 1);
  p.max = utc(p.year, month) - 1;
  return p;
}
function onDay(p: EdtfPoint, month: number, day: number): EdtfPoint {
  p.precision = 'day';
  p.month = month;
  p.day = day;
  p.min = utc(p.year, month - 1, day);
  p.max = p.min + DAY - 1;
  return p;
}

/** The number written by the decimal digits from `from` to `to` of `text`, or -1 when one is no digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function parsePoint(text: string): PointResult {
  const plain = plainPoint(text);
  if (plain) return plain;
  const t = text.indexOf('T');
  const m = DATE_RE.exec(t < 0 ? text : text.slice(0, t));
  if (!m) return fail(INVALID);
  const quals = (m[1] ?? '') + (m[3] ?? '') + (m[4] ?? '') + (m[6] ?? '') + (m[7] ?? '') + (m[9] ?? '');
  if ((m[1] && m[3]) || (m[4] && m[6]) || (m[7] && m[9]))
    return fail('has two qualifiers around one part; write one, after it (2004?, 2004~, or 2004% for both)');
  const yText = m[2]!.replace('Y', '');
  const [mText, dText] = [m[5], m[8]];
  const unspecified = yText.includes('X');
  // `|| 0` turns "-0000" into year 0 rather than -0, which would compare unequal under Object.is.
  const year = Number(unspecified ? yText.replace(/X/g, '0') : yText) || 0;
  const p: EdtfPoint = {min: 0, max: 0, precision: 'year', approximate: /[~%]/.test(quals), uncertain: /[?%]/.test(quals), year};

  // EDTF long years (Y12345) stand alone: no month, day or time.
  if (m[2]!.startsWith('Y') && (mText !== undefined || t >= 0)) return fail(INVALID);
  let span = 1;
  if (unspecified) {
    if (mText !== undefined || !/^-?\d+X{1,2}$/.test(yText)) return fail(X_ERROR);
    span = yText.endsWith('XX') ? 100 : 10;
    p.precision = span === 100 ? 'century' : 'decade';
  }
  // For a negative decade such as -201X the years run -2019 … -2010.
  const first = yText.startsWith('-') ? year - span + 1 : year;
  const last = first + span - 1;
  if (first < MIN_YEAR || last > MAX_YEAR) {
    // Deep time: EDTF's long years (Y-13799999999, Y17E7) beyond Date's range, at mean Gregorian
    // years from 1970 (a year's day and month mean nothing there). Within 100 billion years.
    if (!m[2]!.startsWith('Y') || !(Math.abs(year) <= DEEP_YEARS))
      return fail(`has year ${yText} (must be within 100 billion years of year 0)`);
    return set(p, {min: (year - 1970) * YEAR, max: (year - 1969) * YEAR - 1});
  }
  p.min = utc(first, 0);
  p.max = utc(last + 1, 0) - 1;

  if (mText === 'XX') {
    if (dText !== undefined && dText !== 'XX') return fail(X_ERROR);
  } else if (mText !== undefined) {
    if (mText.includes('X')) return fail(X_ERROR);
    const month = Number(mText);
    if (month >= 42) return fail(`has sub-year grouping ${mText} (must be 21–41)`);
    if (month >= 21) {
      if (dText !== undefined) return fail('has a day after a season, quarter or other sub-year grouping');
      const [precision, start, length] = division(month);
      set(p, {precision, division: month, min: utc(year, start), max: utc(year, start + length) - 1});
    } else {
      if (month < 1 || month > 12) return fail(`has month ${mText} (must be 01–12)`);
      inMonth(p, month);
      if (dText !== undefined && dText !== 'XX') {
        if (dText.includes('X')) return fail(X_ERROR);
        const day = Number(dText);
        const length = daysInMonth(year, month);
        if (day < 1 || day > 31) return fail(`has day ${dText} (must be 01–31)`);
        if (day > length) return fail(`has day ${dText}, but ${MONTHS[month - 1]} ${yText} has ${length} days`);
        onDay(p, month, day);
      }
    }
  }
  return t < 0 ? p : addTime(p, text.slice(t + 1), quals);
}

function addTime(p: EdtfPoint, text: string, quals: string): PointResult {
  if (p.precision !== 'day') return fail('has a time but not a full date (YYYY-MM-DD)');
  if (quals) return fail('has a qualifier (~ ? %) on a date with a time, which EDTF does not allow');
  const m = TIME_RE.exec(text);
  if (!m) return fail(INVALID);
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  const second = m[3] === undefined ? undefined : Number(m[3]);
  // 24:00 is the end of the day, which ISO 8601 allows: the first instant of the next.
  const midnight = hour === 24 && !minute && !second && !/[1-9]/.test(m[4] ?? '');
  if (hour > 23 && !midnight) return fail(`has hour ${m[1]} (must be 00–23, or 24:00 for the end of the day)`);
  if (minute > 59) return fail(`has minute ${m[2]} (must be 00–59)`);
  if (second !== undefined && second > 59) return fail(`has second ${m[3]} (must be 00–59)`);
  const zone = m[5];
  if (zone) {
    const [oh, om] = [Number(zone.slice(1, 3)), zone.length > 3 ? Number(zone.slice(-2)) : 0];
    if (oh * 60 + om > 14 * 60 || om > 59) return fail('has a time zone offset out of range (must be -14:00 to +14:00)');
    if (zone[0] === '-' && !oh && !om) return fail('has offset -00:00, which ISO 8601 does not allow (write Z for UTC)');
    p.offset = zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  // Without an offset the time is floating local time; we place it as if it were UTC.
  set(p, {precision: second === undefined ? 'minute' : 'second', hour, minute});
  if (second !== undefined) p.second = second;
  p.min = utc(p.year, p.month! - 1, p.day, hour, minute, second) - (p.offset ?? 0) * MINUTE + Number(`0.${m[4] ?? 0}`.slice(0, 5)) * 1000;
  p.max = p.min + (second === undefined ? MINUTE : m[4] ? 1 : 1000) - 1;
  return p;
}

function parseEnd(text: string): EdtfPoint | EdtfOpenEnd | EdtfFailure {
  if (text === '..') return 'open';
  if (text === '') return 'unknown';
  return parsePoint(text);
}

/** Parses an EDTF string. Never throws, for any input (including non-strings cast as any). */
export function parseEdtf(text: string): EdtfResult {
  const date = readEdtf(text);
  return failed(date) ? date : {ok: true, date};
}

/** parseEdtf's date itself, or why there is none (see `failed`): what the parser reads every event's date with. */
export function readEdtf(text: string): EdtfDate | EdtfFailure {
  if (typeof text !== 'string') return fail('is not a string');
  const s = text.trim();
  if (!s) return fail('is empty');
  if (s.length > MAX_LENGTH) return fail('is too long to be an EDTF date');
  const slash = s.indexOf('/');
  if (slash < 0) {
    const point = parsePoint(s);
    return failed(point) ? point : {text: s, interval: false, start: point, end: point};
  }
  if (s.indexOf('/', slash + 1) >= 0) return fail(INVALID);
  const start = parseEnd(s.slice(0, slash));
  const end = parseEnd(s.slice(slash + 1));
  if (failed(start)) return start;
  if (failed(end)) return end;
  if (!isPoint(start) && !isPoint(end)) return fail('is an interval with neither a start nor an end date');
  if (isPoint(start) && isPoint(end) && end.max < start.min) return fail('is an interval whose end is before its start');
  return {text: s, interval: true, start, end};
}

/** Earliest instant of a parsed date (ms UTC); for an open/unknown start, the end's earliest. */
export function earliest(date: EdtfDate): number {
  // NaN only for a hand-built date with no point at all, which parseEdtf never returns.
  return isPoint(date.start) ? date.start.min : isPoint(date.end) ? date.end.min : NaN;
}

/** Latest instant (ms UTC, last millisecond covered); for an open/unknown end, the start's latest. */
export function latest(date: EdtfDate): number {
  return isPoint(date.end) ? date.end.max : isPoint(date.start) ? date.start.max : NaN;
}

/** A precision that names a moment (a day or finer) rather than a stretch of time. */
// Three comparisons rather than a search of a list: asked up to three times per event when the layout reads the events.
export const isFinePrecision = (precision: Precision): boolean => precision === 'day' || precision === 'minute' || precision === 'second';

/** True when an end is open or unknown, approximate or uncertain, or coarser than a day: it is drawn fading out. */
export function isFuzzyEnd(end: EdtfPoint | EdtfOpenEnd): boolean {
  return !isPoint(end) || end.approximate || end.uncertain || !isFinePrecision(end.precision);
}

/** True when either end of a date is fuzzy (see isFuzzyEnd). */
export function isFuzzy(date: EdtfDate): boolean {
  return isFuzzyEnd(date.start) || isFuzzyEnd(date.end);
}

/**
 * Builds a day-precision EdtfDate text from a ms UTC time, e.g. 2026-02-03 (for converting other formats).
 * Throws a RangeError for a time outside the JS Date range (NaN, ±Infinity), which is a caller bug.
 */
export function edtfFromTime(ms: number, precision: 'year' | 'month' | 'day' | 'minute' | 'second' = 'day'): string {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) throw new RangeError(`edtfFromTime: ${ms} is not a valid time`);
  const y = d.getUTCFullYear();
  // EDTF writes years beyond four digits only as a bare Y-year, so such dates lose their month and day.
  if (Math.abs(y) > 9999) return `Y${y}`;
  const two = (n: number) => String(n).padStart(2, '0');
  let out = (y < 0 ? '-' : '') + String(Math.abs(y)).padStart(4, '0');
  if (precision === 'year') return out;
  out += `-${two(d.getUTCMonth() + 1)}`;
  if (precision === 'month') return out;
  out += `-${two(d.getUTCDate())}`;
  if (precision === 'day') return out;
  out += `T${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
  return `${out}${precision === 'second' ? `:${two(d.getUTCSeconds())}` : ''}Z`;
}
