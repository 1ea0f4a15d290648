// The words the elements show and announce for events and links, in one language:
// formatted dates, relations to the story's date, link labels and accessible names.
// Pure: a timeline and a language in, strings out.
import {cutText} from '../model/cut-text.js';
import {DEFAULT_LIMITS} from '../model/limits.js';
import type {EdtfPoint, Timeline, TimelineEvent, TimelineLink} from '../model/types.js';
import {formatEdtf} from './format-date.js';
import {durationLabel, durationYears, formatList, relativeLabel} from './relative.js';
import {anniversaryLabel, linkKindLabel} from './phrases.js';
import {loadedStrings} from './strings.js';
import {DAY, isDeep, YEAR} from '../model/units.js';

export interface EventTexts {
  /** The date as formatted at its precision: "16 July 2001", "first half of 2026 (unconfirmed)". */
  date: string;
  /** Compact form for labels. */
  shortDate: string;
  /** Where the event lies from the story's date: "in 2 weeks", "24 years ago"; empty for the anchor. */
  relation: string;
  /** Spoken name: title, date, relation, status when not plain "happened". */
  name: string;
}

/** The precision of the start of an event's date (for relative phrases). */
function precisionOf(event: TimelineEvent) {
  const start = event.date.start;
  const end = event.date.end;
  const point = typeof start === 'object' ? start : typeof end === 'object' ? end : undefined;
  return (point as EdtfPoint | undefined)?.precision;
}

/**
 * Where an event lies from the story's date; empty when its span takes in that date but
 * spans more than a day ("first half of 2026" seen from 3 February is neither past nor future),
 * and for an event in deep time, whose date already says it ("13.8 billion years ago").
 */
export function relationToNow(event: TimelineEvent, timeline: Timeline, lang: string): string {
  const now = timeline.nowTime;
  if ((event.start <= now && now <= event.end && event.end - event.start > DAY) || isDeep(event.start)) return '';
  return relativeLabel(now, event.start, lang, precisionOf(event));
}

/**
 * The event's words, each made when first read: a story lays out with every event's short date,
 * while its long date, relation and spoken name are read only for the events drawn (and the card
 * and list): formatting them for all up front was most of the Intl work of a first frame.
 */
export function describeEvent(event: TimelineEvent, timeline: Timeline, lang: string): EventTexts {
  const isAnchor = event.id === timeline.anchor;
  let date: string | undefined;
  let shortDate: string | undefined;
  let relation: string | undefined;
  let name: string | undefined;
  return {
    get date() {
      return (date ??= formatEdtf(event.date, lang, 'long'));
    },
    get shortDate() {
      return (shortDate ??= formatEdtf(event.date, lang, 'short'));
    },
    get relation() {
      return (relation ??= isAnchor ? '' : relationToNow(event, timeline, lang));
    },
    get name() {
      if (name === undefined) {
        const strings = loadedStrings(lang);
        const parts = [event.title, this.date];
        if (isAnchor) parts.push(strings.anchor);
        else if (this.relation) parts.push(this.relation);
        if (event.status !== 'happened') parts.push(strings.status[event.status]);
        name = formatList(parts, lang, 'narrow');
      }
      return name;
    },
  };
}

/** Whole years between two events, for anniversaries: 2001-07-16 → 2026-07-16 is 25. */
export function yearsBetween(from: TimelineEvent, to: TimelineEvent): number {
  return Math.round(Math.abs(to.start - from.start) / YEAR);
}

/**
 * The label drawn on a link says what the arc spans: the author's own label; for anniversaries
 * the years ("25 years"); for a link from the anchor, when the story's date is the anchor's,
 * where the other end lies from it ("in 2 weeks"); otherwise the time between the two ends
 * ("19 years"), never a distance from the story's date that the arc does not span.
 */
export function linkLabel(link: TimelineLink, byId: ReadonlyMap<string, TimelineEvent>, timeline: Timeline, lang: string): string {
  if (link.label) return link.label;
  const from = byId.get(link.from)!;
  const to = byId.get(link.to)!;
  if (link.kind === 'anniversary') return durationYears(yearsBetween(from, to), lang);
  const anchor = link.from === timeline.anchor ? from : link.to === timeline.anchor ? to : undefined;
  if (anchor && anchor.start <= timeline.nowTime && timeline.nowTime <= Math.max(anchor.end, anchor.start + DAY)) {
    const relation = relationToNow(anchor === from ? to : from, timeline, lang);
    if (relation) return relation;
  }
  return from.start === to.start ? linkKindLabel(link.kind, lang) : durationLabel(from.start, to.start, lang);
}

/** The time a break in a vertical story's axis skips: "13 years later". */
export function gapPhrase(start: number, end: number, lang: string): string {
  return loadedStrings(lang).later(durationLabel(start, end, lang));
}

/**
 * "Anniversary: Treaty signed; Invitation: Official visit": the links of one event, as read aloud;
 * cut at the length of any text (the card and the list show every link), so that an event with
 * thousands of links is not announced for hours, nor its name built for seconds.
 */
export function linksPhrase(
  eventId: string,
  links: readonly TimelineLink[],
  byId: ReadonlyMap<string, TimelineEvent>,
  lang: string,
): string {
  const max = DEFAULT_LIMITS.maxTextLength;
  const phrases: string[] = [];
  for (let i = 0, length = 0; i < links.length && length <= max; i++) {
    const link = links[i]!;
    if (link.from !== eventId && link.to !== eventId) continue;
    const other = byId.get(link.from === eventId ? link.to : link.from)!;
    // The later end of an anniversary says which one it is: "25th anniversary of the treaty".
    const phrase =
      link.kind === 'anniversary' && link.to === eventId
        ? anniversaryLabel(yearsBetween(other, byId.get(eventId)!), other.title, lang)
        : `${linkKindLabel(link.kind, lang, link.to === eventId ? 'to' : 'from')}: ${other.title}`;
    phrases.push(phrase);
    length += phrase.length + 2;
  }
  return phrases.length ? cutText(formatList(phrases, lang), max) : '';
}
