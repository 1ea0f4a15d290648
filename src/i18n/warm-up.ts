// The first use of an Intl service in a language loads that language's data: in headless
// Chromium on a 2-core machine about 20 ms for RelativeTimeFormat and 10 ms for ListFormat,
// where every later one costs 0.1 ms. A timeline needs both for its first drawing (relations
// to the story date, accessible names and their link phrases). Elements ask for them in idle time
// when they connect, while their data is still loading, so the first drawing does not pay.
import {DAY} from '../model/units.js';
import {durationYears, formatList, relativeLabel} from './relative.js';

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
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, {timeout: 2000});
  else setTimeout(run, 0);
}
