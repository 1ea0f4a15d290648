// Turns the value of an HTML <time datetime> into EDTF. The date forms are the same; a date-time
// may be written with a space (or "t") for the "T", a "z" for "Z", and with fractions of a second,
// which EDTF has not. Patterns of single runs, without nested repeats: linear whatever the input.

/**
 * `2026-02-03 14:00` → `2026-02-03T14:00`; `2026-02-03T14:00:00.000+03:00` → `2026-02-03T14:00:00+03:00`.
 * Anything else (`2026`, `2026-07~`, `2026-01/2026-06`) is returned trimmed, for the EDTF parser to judge.
 */
export const edtfFromDatetime = (value: string) =>
  value
    .trim()
    .replace(/^(-?\d{4}-\d\d-\d\d)[t ]/i, '$1T')
    .replace(/(:\d\d)[.,]\d+/, '$1')
    .replace(/z$/, 'Z');
