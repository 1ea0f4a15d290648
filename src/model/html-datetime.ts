// A machine-readable value for <time datetime> from an EDTF date. HTML accepts fewer forms
// than EDTF (no qualifiers, seasons or BCE years), so coarse or unusual dates fall back to
// the most precise valid form of their earliest known point.
import type {EdtfDate, EdtfPoint} from './types.js';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function pointValue(point: EdtfPoint): string | undefined {
  if (point.year < 1 || point.year > 9999) return undefined;
  const year = pad(point.year, 4);
  if (point.precision === 'minute' || point.precision === 'second') {
    const offset = point.offset;
    const zone =
      offset === undefined
        ? ''
        : offset === 0
          ? 'Z'
          : `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
    const seconds = point.precision === 'second' ? `:${pad(point.second ?? 0)}` : '';
    return `${year}-${pad(point.month!)}-${pad(point.day!)}T${pad(point.hour ?? 0)}:${pad(point.minute ?? 0)}${seconds}${zone}`;
  }
  if (point.day !== undefined) return `${year}-${pad(point.month!)}-${pad(point.day)}`;
  if (point.month !== undefined) return `${year}-${pad(point.month)}`;
  return year;
}

/** `2026-07-16`, `2026-07`, `2026`, `2026-02-03T14:00+03:00`; undefined where HTML has no form for it. */
export function htmlDatetime(date: EdtfDate): string | undefined {
  const point = typeof date.start === 'object' ? date.start : typeof date.end === 'object' ? date.end : undefined;
  return point ? pointValue(point) : undefined;
}
