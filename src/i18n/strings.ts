// The typed table of UI strings and date phrases, the registry of languages, and text direction.
// Dates, numbers and plurals themselves come from Intl; a table only holds words and word
// order, so its functions receive pieces that are already formatted for the language.

import type {EventStatus, KnownLinkKind} from '../model/types.js';
import {canonicalLang} from './intl-cache.js';
import {keyOf, mergeStrings, registry} from './string-registry.js';
import {en} from './locales/en.js';
import type {MediaStrings} from './media-strings.js';

/**
 * A number formatted for the language together with its cardinal plural category.
 * Tables need both: "1 more event" / "5 more events", "ещё 1 событие" / "ещё 5 событий".
 * Build one with `countText(n, lang)` from `phrases.ts`.
 */
export interface CountText {
  /** As Intl.NumberFormat writes it: "100,000", "100 000". */
  text: string;
  /** Intl.PluralRules(lang).select(n). */
  plural: Intl.LDMLPluralRule;
}

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/**
 * Every string of the library for one language.
 * "year" arguments are the digits of a CE year ("2026"), or for years ≤ 0 the whole
 * era form that Intl gives ("44 BC", "44 г. до н. э.", "公元前44年"): a table adds its
 * own year word ("г.", "年") only after digits.
 * "text" arguments are complete formatted dates or phrases.
 */
export interface TimelineStrings {
  // Controls and headings.
  zoomIn: string;
  zoomOut: string;
  /** Zoom to show every event. */
  fit: string;
  /** Switch to the accessible list view. */
  showList: string;
  close: string;
  retry: string;
  loading: string;
  /** Heading of the legend. */
  legend: string;
  /** Accessible name of the group of events. */
  events: string;
  /** Default accessible name when the timeline has no title. */
  timeline: string;
  /** Accessible name of the toolbar: "Timeline controls". */
  controls: string;
  /** Short description: "12 events from 2001 to July 2026". `first`/`last` are formatted dates. */
  description(count: CountText, first: string, last: string): string;
  /** Accessible name of a cluster of events drawn as one mark: "5 more events". */
  cluster(count: CountText): string;
  /** Label of the story's reference date. */
  now: string;
  /** Label of the main event. */
  anchor: string;
  /** Live-region announcement: "Selected: …". */
  selected(title: string): string;
  source: string;
  place: string;
  linksHeading: string;
  download: string;
  /** Download menu: images to publish (title, legend, credit): the whole story, and the sizes of the presets. */
  imageKinds: {story: string; social: string; newsletter: string; print: string};
  /** Quote card: the button that shows its event on the timeline. */
  showOnTimeline: string;
  /** Quote card: share button (Web Share), and its clipboard fallback and confirmation. */
  share: string;
  copyLink: string;
  copied: string;
  /** List view: load the next page of events. */
  showMore(count: CountText): string;
  /** Accessible name of a quote card: "Quote by Yuri Ushakov". */
  quoteBy(speaker: string): string;

  // Errors shown instead of the timeline.
  errorHeading: string;
  errorNoEvents: string;
  /** `status` is the HTTP status code as text. */
  errorHttp(status: string): string;
  errorTimeout: string;
  errorNotJson: string;
  /** A body that is not valid JSON; `reason` is the browser's parser message (with the line and column). */
  errorBadJson(reason: string): string;
  /** `limit` is a formatted size such as "5 MB". */
  errorTooLarge(limit: string): string;
  errorNetwork: string;
  /** A part of the library (gestures, the detail card, a reader of other formats…) could not be loaded: offline, or a blocked file. */
  errorPart: string;
  /** After a list of issues: "and 3 more issues". */
  moreIssues(count: CountText): string;
  /** A stretch of time an axis break skips: "13 years later"; `duration` from Intl ("13 years"). */
  later(duration: string): string;
  /** Said once when a live story changes: "2 new events, 1 changed" (no count is given for none). */
  updates(added?: CountText, changed?: CountText, removed?: CountText): string;
  /** The button that takes the reader to new events out of view: "Show 2 new". */
  showNew(count: CountText): string;
  /** A live story could not be asked for again; the one on screen stays. */
  liveFailed: string;
  /**
   * The media part's phrases (play, open, the notice), for a language added by a page. The five
   * languages of the library have theirs in `locales/media.ts`, loaded with the media part.
   */
  media?: Partial<MediaStrings>;

  status: Record<EventStatus, string>;
  linkKind: Record<KnownLinkKind, string>;
  /** A link kind seen from the event it points to: `mentions` → "Mentioned in", `precedes` → "Follows". */
  linkKindInverse: Record<KnownLinkKind, string>;

  // Phrases for dates of coarse precision and for qualifiers.
  half(n: 1 | 2, year: string): string;
  quarter(n: 1 | 2 | 3 | 4, year: string): string;
  quadrimester(n: 1 | 2 | 3, year: string): string;
  season(season: Season, year: string): string;
  /** `year` is the first year of the decade, digits: "2010". */
  decade(year: string): string;
  /** `n` is the century's ordinal number: 20 for 1900–1999. */
  century(n: number): string;
  approximate(text: string): string;
  uncertain(text: string): string;
  approximateUncertain(text: string): string;
  /** Interval whose start is open (`../2026-06`). */
  openStart(endText: string): string;
  /** Interval whose end is open (`2026-03/..`). */
  openEnd(startText: string): string;
  /** Interval whose start is unknown (`/2026-06`). */
  unknownStart(endText: string): string;
  unknownEnd(startText: string): string;
  /** Two formatted ends of an interval that Intl's formatRange did not join. */
  range(startText: string, endText: string): string;
  /**
   * Whether Intl.DateTimeFormat#formatRange reads well in this language. ICU's Chinese
   * interval patterns fall back to "2026/2/1 – 2026/2/4", so zh sets false and uses `range`.
   */
  intlRanges: boolean;

  /** Ordinal number as used before "anniversary": "25th", "25-я", "第25". */
  ordinal(n: number): string;
  /** "25th anniversary of …"; `ordinal` comes from `ordinal(n)`. */
  anniversaryOf(ordinal: string, title: string): string;
}

export {registerStrings, watchStrings} from './string-registry.js';

/**
 * The strings only a part shows: the quote card's, the list's and the detail card's, the download
 * menu's and the live marks'. Their English comes with the part (locales/en-*.ts), not with the
 * first frame. A translation still gives every string (TimelineStrings); a table as the first
 * frame resolves it (LoadedStrings) has these where a language or a page gave them, and the part
 * lays its English under them (`withEnglish`, below).
 */
export const PART_STRING_KEYS = [
  'showOnTimeline',
  'share',
  'copyLink',
  'copied',
  'quoteBy',
  'showMore',
  'close',
  'place',
  'source',
  'linksHeading',
  'imageKinds',
  'updates',
  'showNew',
] as const;
export type PartStringKey = (typeof PART_STRING_KEYS)[number];

/** A table as resolved for a language: every string, except those of parts where none was given. */
export type LoadedStrings = Omit<TimelineStrings, PartStringKey> & Partial<Pick<TimelineStrings, PartStringKey>>;

/** A part's strings: `strings`, with the part's English under them where the language and the page gave none. */
export function withEnglish<K extends PartStringKey>(strings: LoadedStrings, english: Pick<TimelineStrings, K>) {
  return {...english, ...strings} as LoadedStrings & Pick<TimelineStrings, K>;
}

/** What `registerStrings` accepts: any subset, with status and link names overridable one by one. */
export type TimelineStringsOverride = Partial<Omit<TimelineStrings, 'status' | 'linkKind' | 'linkKindInverse'>> & {
  status?: Partial<Record<EventStatus, string>>;
  linkKind?: Partial<Record<KnownLinkKind, string>>;
  linkKindInverse?: Partial<Record<KnownLinkKind, string>>;
};

// English is built in. Russian, Chinese, Arabic, Hebrew and any other language are added with
// registerStrings, usually by importing event-timeline/locales/ru.js (or loading
// dist/locales/ru.js): as with Shoelace's translations, a page carries only the tables it uses.
const resolved = new Map<string, LoadedStrings>();
let resolvedAt = -1;

/**
 * The complete table for a language: English, overlaid by the base language (`zh` for
 * `zh-Hant-TW`), overlaid by the exact tag; built-in tables first, then what was registered.
 * Unknown or invalid tags give English. The strings of parts are left out where no language or
 * page gave them (the public `stringsFor`, complete-strings.ts, adds their English).
 */
export function loadedStrings(lang: string): LoadedStrings {
  if (resolvedAt !== registry.version) {
    resolved.clear();
    resolvedAt = registry.version;
  }
  const key = keyOf(lang);
  let table = resolved.get(key);
  if (!table) {
    const base = key.split('-')[0] ?? key;
    table = mergeStrings(en, registry.tables.get('en'));
    if (base !== 'en') table = mergeStrings(table, registry.tables.get(base));
    if (key !== base) table = mergeStrings(table, registry.tables.get(key));
    resolved.set(key, table);
  }
  return table;
}

// Scripts written right to left that news is written in (ISO 15924), for tags whose script
// decides: ku-Arab, pa-Arab. Historic scripts (Avestan, Phoenician…) are left to textInfo.
const RTL_SCRIPTS = new Set(['Adlm', 'Arab', 'Hebr', 'Mand', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa']);
// Languages written right to left by default, for runtimes without Intl.Locale#maximize data.
const RTL_LANGS = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ks',
  'lrc',
  'mzn',
  'nqo',
  'pnb',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);

interface TextInfoLocale extends Intl.Locale {
  textInfo?: {direction?: string};
  getTextInfo?: () => {direction?: string};
}

/**
 * Whether a language is written right to left.
 * The script decides first (explicit, or the likely one from `maximize()`), because ICU's
 * textInfo misses some tags (ICU 78 says `ku-Arab` and `dv` are ltr); textInfo is the
 * next resort, then a list of languages.
 */
export function isRtl(lang: string): boolean {
  // Asked on every update (the element's language and the data's): answered once per tag.
  let rtl = directions.get(lang);
  if (rtl === undefined) directions.set(lang, (rtl = writtenRightToLeft(lang)));
  return rtl;
}

const directions = new Map<string, boolean>();

function writtenRightToLeft(lang: string): boolean {
  const tag = canonicalLang(lang);
  let locale: TextInfoLocale;
  try {
    locale = new Intl.Locale(tag) as TextInfoLocale;
  } catch {
    return false;
  }
  const script = locale.script ?? locale.maximize().script;
  if (script) return RTL_SCRIPTS.has(script);
  const info = locale.getTextInfo?.() ?? locale.textInfo;
  if (info?.direction) return info.direction === 'rtl';
  return RTL_LANGS.has(locale.language);
}
