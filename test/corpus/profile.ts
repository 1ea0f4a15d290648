// What a corpus story is like, computed from its parsed timeline: the numbers the corpus must
// cover (languages, sizes, spans, gaps, a breaking-news day, future share, long headlines,
// uncertain dates, link kinds). Pure: used by the unit test and printed by the layout report.
import type {EdtfPoint, Timeline, TimelineEvent} from '../../src/model/index.js';

const DAY = 86_400_000;
const YEAR = 365.2425 * DAY;

export interface StoryProfile {
  events: number;
  /** From the earliest start to the latest end, in days. */
  spanDays: number;
  /** The longest stretch between consecutive event starts, in years. */
  longestGapYears: number;
  /** The most events starting within any 60 days. */
  densest60Days: number;
  /** The day (as written) with the most events written with a time of day, and the offsets used. */
  busiestTimedDay: {day: string; events: number; offsets: number};
  /** Share of events starting after the story's own date. */
  futureShare: number;
  /** Titles of 60–90 characters, and the longest title (characters, not UTF-16 units). */
  longTitles: number;
  longestTitle: number;
  /** The honest-uncertainty forms used: approximate, uncertain, month, season, quarter, interval, open-end, year. */
  uncertainForms: Set<string>;
  linkKinds: Set<string>;
}

const points = (event: TimelineEvent): EdtfPoint[] =>
  [event.date.start, event.date.end].filter((end): end is EdtfPoint => typeof end === 'object');

function formsOf(event: TimelineEvent): string[] {
  const forms: string[] = [];
  const {date} = event;
  if (date.interval) forms.push('interval');
  if (date.start === 'open' || date.start === 'unknown' || date.end === 'open' || date.end === 'unknown') forms.push('open-end');
  for (const point of points(event)) {
    if (point.approximate) forms.push('approximate');
    if (point.uncertain) forms.push('uncertain');
    if (['year', 'decade', 'century', 'month', 'season', 'quarter', 'half', 'quadrimester'].includes(point.precision)) forms.push(point.precision);
  }
  return forms;
}

export function profileStory(timeline: Timeline): StoryProfile {
  const events = timeline.events;
  const starts = events.map((event) => event.start).sort((a, b) => a - b);
  const span = Math.max(...events.map((event) => event.end)) - starts[0];
  let gap = 0;
  let dense = 0;
  for (let i = 0, j = 0; i < starts.length; i++) {
    if (i > 0) gap = Math.max(gap, starts[i] - starts[i - 1]);
    while (starts[i] - starts[j] > 60 * DAY) j++;
    dense = Math.max(dense, i - j + 1);
  }
  const timed = new Map<string, EdtfPoint[]>();
  for (const event of events) {
    const start = event.date.start;
    if (typeof start !== 'object' || start.hour === undefined) continue;
    const day = event.date.text.slice(0, 10);
    timed.set(day, [...(timed.get(day) ?? []), start]);
  }
  const busiest = [...timed].map(([day, list]) => ({day, events: list.length, offsets: new Set(list.map((p) => p.offset ?? 'floating')).size}));
  busiest.sort((a, b) => b.events - a.events || b.offsets - a.offsets);
  const lengths = events.map((event) => [...event.title].length);
  return {
    events: events.length,
    spanDays: span / DAY,
    longestGapYears: gap / YEAR,
    densest60Days: dense,
    busiestTimedDay: busiest[0] ?? {day: '', events: 0, offsets: 0},
    futureShare: events.filter((event) => event.start > timeline.nowTime).length / events.length,
    longTitles: lengths.filter((length) => length >= 60 && length <= 90).length,
    longestTitle: Math.max(...lengths),
    uncertainForms: new Set(events.flatMap(formsOf)),
    linkKinds: new Set(timeline.links.map((link) => link.kind)),
  };
}

/** A span in words for tables: "20 days", "7 months", "150 years". */
export function spanText(days: number): string {
  if (days < 60) return `${Math.round(days)} days`;
  if (days < 730) return `${Math.round(days / 30.44)} months`;
  return `${Math.round(days / 365.2425)} years`;
}
