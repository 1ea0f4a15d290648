// The normalised data model that parsing produces and layout and the elements consume.
// Plain data only: no DOM, no Lit, usable in Node.

/** How finely a date is known. Ordered from coarsest to finest in `PRECISIONS`. */
export type Precision =
  'century' | 'decade' | 'year' | 'half' | 'quadrimester' | 'quarter' | 'season' | 'month' | 'day' | 'minute' | 'second';

/**
 * One EDTF date value (not an interval): the span of instants it may denote.
 * `min`/`max` are milliseconds since the Unix epoch, UTC; `max` is the last
 * millisecond covered (for `2026-07`, 2026-07-31T23:59:59.999Z).
 * Dates without a time are calendar dates and are placed on a UTC axis so that
 * no reader's time zone moves them to another day.
 */
export interface EdtfPoint {
  min: number;
  max: number;
  precision: Precision;
  /** `~` or `%`: the value is a guess near the written one. */
  approximate: boolean;
  /** `?` or `%`: the value is not confirmed. */
  uncertain: boolean;
  /** Astronomical year as written: 0 is 1 BCE, -43 is 44 BCE. */
  year: number;
  /** 1–12 when the month is known. */
  month?: number;
  /** 1–31 when the day is known. */
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** Offset from UTC in minutes when a time was written with `Z` or `±hh:mm`. */
  offset?: number;
  /** EDTF sub-year grouping code 21–41 when precision is season, quarter, quadrimester or half. */
  division?: number;
}

/** An end of an interval that is not a date: `..` (open, goes on) or empty (unknown). */
export type EdtfOpenEnd = 'open' | 'unknown';

/** A parsed EDTF value: a single date (start === end) or an interval. */
export interface EdtfDate {
  /** The EDTF text as written (trimmed). */
  text: string;
  interval: boolean;
  start: EdtfPoint | EdtfOpenEnd;
  end: EdtfPoint | EdtfOpenEnd;
}

export type EventStatus = 'happened' | 'planned' | 'expected' | 'cancelled';

export const EVENT_STATUSES: readonly EventStatus[] = ['happened', 'planned', 'expected', 'cancelled'];

/** Link kinds with a meaning of their own; any other string is allowed and shown as written. */
export const LINK_KINDS = ['anniversary', 'invitation', 'deadline', 'follows', 'precedes', 'mentions', 'context'] as const;
export type KnownLinkKind = (typeof LINK_KINDS)[number];

export interface Source {
  name?: string;
  /** Only http:, https: and mailto: URLs survive parsing. */
  url?: string;
}

/** A picture, a video, a sound or a post on an event or a quote. What it is, and what may be
 * loaded for it, is read from its URL when it is drawn (elements/…/media-target.ts). */
export interface Media {
  /** http: or https: only. */
  url: string;
  /** What it shows, for a reader who cannot see it; `""` when it is decoration. */
  alt: string;
  credit?: string;
  caption?: string;
  /** A small picture (http: or https:) shown on the play button before a video or sound is loaded, and in place of a post or page. */
  thumbnail?: string;
}

export interface Quote {
  text: string;
  speaker?: string;
  role?: string;
  date?: EdtfDate;
  /** BCP 47 language of the quote's text. */
  lang?: string;
  url?: string;
  source?: string;
  media?: Media;
}

export interface TimelineEvent {
  id: string;
  title: string;
  date: EdtfDate;
  /** Earliest instant drawn (ms UTC). For an open or unknown start, the known end's earliest instant. */
  start: number;
  /** Latest instant drawn (ms UTC). For an open or unknown end, the known start's latest instant. */
  end: number;
  summary?: string;
  category?: string;
  place?: string;
  status: EventStatus;
  source?: Source;
  media?: Media;
  quotes: Quote[];
}

export interface TimelineLink {
  from: string;
  to: string;
  /** Free text; the kinds in LINK_KINDS have a meaning. Default `context`. */
  kind: string;
  label?: string;
}

export interface Category {
  id: string;
  label: string;
  color?: string;
}

/** A background band (a period such as an era of TimelineJS3). */
export interface Era {
  title: string;
  start: number;
  end: number;
  date: EdtfDate;
}

export interface Timeline {
  version: 1;
  lang?: string;
  title?: string;
  /** The story's reference date for relative phrases: never the reader's clock. */
  now: EdtfDate;
  /** ms UTC of `now` (its earliest instant). */
  nowTime: number;
  /** Id of the anchor event, when the document names one that exists. */
  anchor?: string;
  /** The first view the document asks for: `all`, `anchor`, an event's id or an EDTF date or interval (checked). */
  startAt?: string;
  categories: Category[];
  /** Sorted by start, then end, then id. */
  events: TimelineEvent[];
  links: TimelineLink[];
  eras: Era[];
}

export type IssueSeverity = 'error' | 'warning';

/** A problem found in the input, with the JSON path it concerns (`events[3].date`, or `(root)`). */
export interface TimelineIssue {
  path: string;
  message: string;
  severity: IssueSeverity;
}

export interface ParseResult {
  /** Undefined only when the document has no valid event at all. */
  timeline?: Timeline;
  issues: TimelineIssue[];
}
