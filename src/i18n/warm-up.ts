// The first use of an Intl service in a language loads that language's data, and each new set of
// date options builds a pattern: in headless Chromium on a 2-core machine about 20 ms for
// RelativeTimeFormat, 10 ms for ListFormat and 1–3 ms per DateTimeFormat, where every later use
// costs 0.1 ms. A timeline needs them all for its first drawing (dates and ticks, relations to the
// story date, accessible names and their link phrases). Elements ask for them in idle time when
// they connect, while their data is still loading, so the first drawing does not pay.
import {DAY} from '../model/units.js';
import {parseEdtf} from '../model/edtf.js';
import {formatEdtf, formatTick} from './format-date.js';
import {numberFormat, pluralRules} from './intl-cache.js';
import {durationLabel, durationYears, formatList, relativeLabel} from './relative.js';

const warmed = new Set<string>();

/** Makes the costly formatters of `lang` in the next idle period; once per language. */
export function warmUpIntl(lang: string): void {
  if (warmed.has(lang)) return;
  warmed.add(lang);
  const run = () => {
    relativeLabel(0, 14 * DAY, lang);
    formatList(['a', 'b'], lang);
    formatList(['a', 'b'], lang, 'narrow');
    durationYears(25, lang);
    // The arcs' durations in each unit, and counts (a story's description, clusters).
    for (const days of [3, 20, 90, 1000]) durationLabel(0, days * DAY, lang);
    numberFormat(lang).format(3);
    pluralRules(lang).select(3);
    // The dates of events and the axis's ticks, in the forms stories hold most: long in names and
    // the list, short on the labels (the layout measures every event's), days and months and their
    // ranges (a range's first use builds its interval patterns), and a year in a quarter's phrase.
    for (const text of ['2026-02-03', '2026-02', '2026-02-03/2026-03-05', '2026-02/2026-05', '2026-33']) {
      const parsed = parseEdtf(text);
      if (parsed.ok) for (const style of ['long', 'short'] as const) formatEdtf(parsed.date, lang, style);
    }
    for (const unit of ['year', 'month'] as const) formatTick(0, unit, lang, true);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, {timeout: 2000});
  else setTimeout(run, 0);
}
