// English strings: the table every other language falls back to, less the strings only a part
// shows, whose English comes with that part (en-quote-card.ts, en-reading.ts, en-download.ts,
// en-live.ts; see PART_STRING_KEYS in strings.ts).

import type {PartStringKey, TimelineStrings} from '../strings.js';
import {pluralRules} from '../intl-cache.js';

const ORDINAL_SUFFIX: Record<Intl.LDMLPluralRule, string> = {
  zero: 'th',
  one: 'st',
  two: 'nd',
  few: 'rd',
  many: 'th',
  other: 'th',
};

// English ordinals follow PluralRules' ordinal categories: 1st, 2nd, 3rd, 11th, 21st, 112th.
function ordinal(n: number): string {
  return `${n}${ORDINAL_SUFFIX[pluralRules('en', {type: 'ordinal'}).select(n)]}`;
}

const nth = ['first', 'second'] as const;

export const en: Omit<TimelineStrings, PartStringKey> = {
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show all',
  showList: 'Show as list',
  retry: 'Try again',
  loading: 'Loading…',
  legend: 'Legend',
  events: 'Events',
  timeline: 'Timeline',
  controls: 'Timeline controls',
  description: (count, first, last) => {
    const events = `${count.text} ${count.plural === 'one' ? 'event' : 'events'}`;
    return first === last ? `${events}, ${first}` : `${events} from ${first} to ${last}`;
  },
  cluster: (count) => `${count.text} more ${count.plural === 'one' ? 'event' : 'events'}`,
  now: 'Story date',
  anchor: 'Main event',
  selected: (title) => `Selected: ${title}`,
  download: 'Download',

  errorHeading: 'This timeline has problems',
  errorNoEvents: 'There are no events to show.',
  errorHttp: (status) => `The data could not be loaded (HTTP ${status}).`,
  errorTimeout: 'The server took too long to answer.',
  errorNotJson: 'The server did not send JSON.',
  errorBadJson: (reason) => `The file is not valid JSON: ${reason}`,
  errorTooLarge: (limit) => `The file is too large (over ${limit}).`,
  errorNetwork: 'A network error stopped the data from loading.',
  errorPart: 'Part of the timeline could not be loaded. Check the connection.',
  moreIssues: (count) => `and ${count.text} more ${count.plural === 'one' ? 'issue' : 'issues'}`,
  later: (duration) => `${duration} later`,
  liveFailed: 'Could not check for updates; trying again later.',

  status: {
    happened: 'Happened',
    planned: 'Planned',
    expected: 'Expected',
    cancelled: 'Cancelled',
  },
  linkKind: {
    anniversary: 'Anniversary',
    invitation: 'Invitation',
    deadline: 'Deadline',
    follows: 'Follows',
    precedes: 'Precedes',
    mentions: 'Mentions',
    context: 'Context',
  },
  linkKindInverse: {
    anniversary: 'Anniversary of',
    invitation: 'Invitation made in',
    deadline: 'Deadline for',
    follows: 'Precedes',
    precedes: 'Follows',
    mentions: 'Mentioned in',
    context: 'Context',
  },

  half: (n, year) => `${nth[n - 1]} half of ${year}`,
  quarter: (n, year) => `Q${n} ${year}`,
  quadrimester: (n, year) => `${['January', 'May', 'September'][n - 1]}–${['April', 'August', 'December'][n - 1]} ${year}`,
  season: (season, year) => `${season} ${year}`,
  decade: (year) => `the ${year}s`,
  century: (n) => `the ${ordinal(n)} century`,
  approximate: (text) => `c. ${text}`,
  uncertain: (text) => `${text} (unconfirmed)`,
  approximateUncertain: (text) => `c. ${text} (unconfirmed)`,
  openStart: (end) => `until ${end}`,
  openEnd: (start) => `from ${start} onwards`,
  unknownStart: (end) => `? – ${end}`,
  unknownEnd: (start) => `${start} – ?`,
  range: (start, end) => `${start} – ${end}`,
  intlRanges: true,

  ordinal,
  anniversaryOf: (ord, title) => `${ord} anniversary of ${title}`,
};
