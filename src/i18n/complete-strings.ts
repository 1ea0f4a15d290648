// The public `stringsFor`: a language's complete table, the English of the parts' strings included
// (the elements resolve tables without them: each part brings its own English, see strings.ts).
import {EN_DOWNLOAD} from './locales/en-download.js';
import {EN_LIVE} from './locales/en-live.js';
import {EN_QUOTE_CARD} from './locales/en-quote-card.js';
import {EN_READING} from './locales/en-reading.js';
import {loadedStrings, type TimelineStrings} from './strings.js';

/**
 * The complete table for a language: English, overlaid by the base language (`zh` for
 * `zh-Hant-TW`), overlaid by the exact tag; built-in tables first, then what was registered.
 * Unknown or invalid tags give English.
 */
export function stringsFor(lang: string): TimelineStrings {
  return {...EN_QUOTE_CARD, ...EN_READING, ...EN_DOWNLOAD, ...EN_LIVE, ...loadedStrings(lang)};
}
