// Lengths of time in milliseconds, in one place. Calendar arithmetic (months, leap years)
// goes through d3-time or Date; these are for fixed spans and thresholds.
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
/** The mean Gregorian year, for spans not tied to a calendar (years between two events). */
export const YEAR = 365.2425 * DAY;
/** Date's range (±8.64e15 ms, years -271821 to 275760): beyond it a time is deep time, with no Date. */
export const DATE_LIMIT = 8.64e15;
/** True for a time beyond Date's range (an EDTF year such as Y-13799999999), placed at mean years from 1970. */
export const isDeep = (time: number): boolean => Math.abs(time) > DATE_LIMIT;
/**
 * True for a time before year -9999 (EDTF's long years, where calendar years mean little) or
 * beyond Date's range: a year tick there is written in years from now ("300 thousand years ago").
 */
export const isFar = (time: number): boolean => time < -377_705_116_800_000 || time > DATE_LIMIT;
