// Deep time in words and ticks, through Intl in the element's language: a year far before or
// after ours becomes "13.8 billion years ago" / "in 170 million years" — the language's own
// relative phrase (Intl.RelativeTimeFormat) with the number in its compact long form
// (Intl.NumberFormat, "13.8 billion", "13,8 миллиарда", "138亿") — and ticks fall on round
// numbers of years. Years are counted from 1950, as "before present" is. A part of its own,
// loaded for stories that reach that far, and registered with deep-hook.ts by whoever loads it
// (no side effect here: the package is free of them, and a bundler would drop one).
import type {DeepTime} from './deep-hook.js';

// The mean Gregorian year (model/units.ts's YEAR), written here: importing it from the first
// frame's file would make the bundler split that module into a file of its own.
const YEAR = 31_556_952_000;

const PRESENT = 1950;
const yearsFromPresent = (time: number) => 1970 + time / YEAR - PRESENT;
const cache = new Map<string, Intl.NumberFormat | Intl.RelativeTimeFormat>();
const compact = (lang: string, unit?: string): Intl.NumberFormat => {
  const key = `n${lang}${unit}`;
  if (!cache.has(key))
    cache.set(
      key,
      new Intl.NumberFormat(lang, {
        notation: 'compact',
        compactDisplay: 'long',
        maximumSignificantDigits: 3,
        ...(unit ? {style: 'unit', unit, unitDisplay: 'long'} : {}),
      }),
    );
  return cache.get(key) as Intl.NumberFormat;
};
const relative = (lang: string): Intl.RelativeTimeFormat => {
  if (!cache.has(lang)) cache.set(lang, new Intl.RelativeTimeFormat(lang, {numeric: 'always'}));
  return cache.get(lang) as Intl.RelativeTimeFormat;
};

/**
 * `years` (negative: ago) as the language's relative phrase with a compact number in it: the
 * phrase chooses its plural from the whole number ("лет", "שנים"), which reads right with the
 * compact word before it ("13,8 миллиарда лет назад").
 */
function yearsPhrase(years: number, lang: string): string {
  const whole = Math.round(years) || (years < 0 ? -1 : 1);
  const number = compact(lang).format(Math.abs(whole));
  let written = false;
  return relative(lang)
    .formatToParts(whole, 'year')
    .map((part) => (part.type === 'literal' ? part.value : written ? '' : ((written = true), number)))
    .join('');
}

/** Round steps of years (1, 2 or 5 times a power of ten, the nearest to `count` ticks, as d3's tickStep chooses), at their multiples. */
function yearTicks(t0: number, t1: number, count: number): number[] {
  const [y0, y1] = [1970 + t0 / YEAR, 1970 + t1 / YEAR];
  const raw = Math.abs(y1 - y0) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw || 1));
  const ratio = raw / power;
  const step = power * (ratio >= 7.07 ? 10 : ratio >= 3.16 ? 5 : ratio >= 1.41 ? 2 : 1);
  const ticks: number[] = [];
  for (let year = Math.ceil(y0 / step) * step; year <= y1 && ticks.length < 1000; year += step) ticks.push((year - 1970) * YEAR);
  return ticks;
}

export const deepTimeWords: DeepTime = {
  year: (time, lang) => yearsPhrase(yearsFromPresent(time), lang),
  relative: (from, to, lang) => yearsPhrase((to - from) / YEAR, lang),
  duration: (from, to, lang) => compact(lang, 'year').format(Math.round(Math.abs(to - from) / YEAR)),
  ticks: yearTicks,
};
