// Lengths of time in milliseconds, in one place. Calendar arithmetic (months, leap years)
// goes through d3-time or Date; these are for fixed spans and thresholds.
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
/** The mean Gregorian year, for spans not tied to a calendar (years between two events). */
export const YEAR = 365.2425 * DAY;
