// Lengths of time in milliseconds, in one place, and `utc`, the one conversion of a calendar date
// to them. Other calendar arithmetic goes through d3-time or Date.
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

// ms UTC of a proleptic Gregorian date and time, as Date.UTC computes it but with years 0–99 taken as
// written (Date.UTC maps them to 1900–1999). Months and days past the end roll over, which the season
// and "next day" arithmetic below relies on. Integer arithmetic (days from the civil date, H. Hinnant's
// algorithm): parsing 100,000 events asks this 200,000 times, and a Date object per call was a tenth
// of the parse.
export function utc(year: number, month0 = 0, day = 1, hour = 0, minute = 0, second = 0): number {
  const y = year + Math.floor(month0 / 12) - (((month0 % 12) + 12) % 12 < 2 ? 1 : 0);
  const m = ((month0 % 12) + 12) % 12; // 0 = January
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((m + 10) % 12) + 2) / 5) + day - 1; // day of the year from 1 March
  const days = era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
  const time = days * 86_400_000 + hour * 3_600_000 + minute * 60_000 + second * 1000;
  // Date's range (TimeClip): outside it, NaN as Date would give.
  return Math.abs(time) > 8.64e15 ? NaN : time + 0;
}
