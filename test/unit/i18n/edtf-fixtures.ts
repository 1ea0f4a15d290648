// Hand-built EDTF values for the i18n tests, so that they do not depend on the parser.

import type {EdtfDate, EdtfOpenEnd, EdtfPoint, Precision} from '../../../src/model/types.js';

export interface PointFields {
  precision?: Precision;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  offset?: number;
  division?: number;
  approximate?: boolean;
  uncertain?: boolean;
}

function utc(year: number, month = 1, day = 1, hour = 0, minute = 0, second = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  return d.getTime();
}

/** A point; precision defaults to the finest field given. min/max only roughly bound it. */
export function point(year: number, fields: PointFields = {}): EdtfPoint {
  const precision: Precision =
    fields.precision ??
    (fields.second !== undefined
      ? 'second'
      : fields.minute !== undefined
        ? 'minute'
        : fields.day !== undefined
          ? 'day'
          : fields.month !== undefined
            ? 'month'
            : 'year');
  const wall = utc(year, fields.month, fields.day, fields.hour, fields.minute, fields.second);
  const min = wall - (fields.offset ?? 0) * 60_000;
  return {
    approximate: false,
    uncertain: false,
    ...fields,
    precision,
    year,
    min,
    max: min,
  };
}

export function single(p: EdtfPoint, text = 'test'): EdtfDate {
  return {text, interval: false, start: p, end: p};
}

export function interval(start: EdtfPoint | EdtfOpenEnd, end: EdtfPoint | EdtfOpenEnd, text = 'a/b'): EdtfDate {
  return {text, interval: true, start, end};
}

/** ms UTC of a calendar date, for relative labels. */
export function at(year: number, month: number, day: number, hour = 0): number {
  return utc(year, month, day, hour);
}

/**
 * The text with ICU's narrow and no-break spaces as plain spaces. Which space ICU puts
 * before "PM" or "г." changes between ICU versions; the words and their order do not.
 */
export function plain(text: string): string {
  return text.replace(/[\u00a0\u2009\u202f]/g, ' ');
}
