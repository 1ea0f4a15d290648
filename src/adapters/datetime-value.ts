// Turns the value of an HTML <time datetime> into EDTF. The date forms are the same; a date-time
// may be written with a space for the "T" and with fractions of a second, which EDTF has not.

// Anchored, with no nested or adjacent repeats: linear whatever the input.
const HTML_DATE_TIME = /^(-?\d{4}-\d\d-\d\d)[Tt ](\d\d:\d\d)(:\d\d)?(?:[.,]\d{1,9})?(Z|z|[+-]\d\d(?::?\d\d)?)?$/;

/**
 * `2026-02-03 14:00` → `2026-02-03T14:00`; `2026-02-03T14:00:00.000+03:00` → `2026-02-03T14:00:00+03:00`.
 * Anything else (`2026`, `2026-07~`, `2026-01/2026-06`) is returned trimmed, for the EDTF parser to judge.
 */
export function edtfFromDatetime(value: string): string {
  const text = value.trim();
  const m = HTML_DATE_TIME.exec(text);
  if (!m) return text;
  return `${m[1]}T${m[2]}${m[3] ?? ''}${(m[4] ?? '').toUpperCase()}`;
}
