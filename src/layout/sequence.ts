// The vertical layout of a story: sequential with interim durations (Brehmer et al.,
// "Timelines Revisited", 2017). Each event gets its own room in time order, its label beside
// its mark, so a phone shows a column of events rather than a long, mostly empty axis. Time
// still shows: the space between two events grows a little with the time between them, and a
// long empty stretch (the rule of axis-breaks.ts) becomes an axis break with the time it skips
// written beside it ("13 years later"). Events at one instant stack under each other; within
// one day that is the day's own room, which is all that a date known to the day claims.
import {findSpanBreaks} from './axis-breaks.js';
import {createPointScale, type TimeScale} from './time-scale.js';
import {DAY} from '../model/units.js';

export interface SequenceNote {
  /** Middle of the note along the axis (px at zoom 1). */
  at: number;
  /** The stretch of time it stands for. */
  start: number;
  end: number;
}

export interface Sequence {
  scale: TimeScale;
  /** Each event's mark along the axis (px at zoom 1), level with its title's first line. */
  startPx: Float64Array;
  length: number;
  /** Breaks, with the time they skip, written in the label column. */
  notes: SequenceNote[];
  /** First event of each run of events at one instant: where the axis names the year, month or day. */
  groups: number[];
}

/** Room above a label's top for its mark, so that the mark sits level with the first title line. */
export const MARK_DROP = 10;
const GAP = 10;
const NOTE = 30;
const EDGE = 14;

/** `events` sorted by start; `heights` their label heights. */
export function sequencePositions(
  events: readonly {start: number; end: number}[],
  heights: ArrayLike<number>,
  options: {breaks: boolean},
): Sequence {
  const n = events.length;
  const startPx = new Float64Array(n);
  // Each break ends where an event starts: the gap before that event's instant is cut.
  const gaps = new Map((options.breaks ? findSpanBreaks(events, {maxBreaks: 8}) : []).map((gap) => [gap.end, gap]));
  const points: {t: number; p: number}[] = [];
  const breakAfter = new Set<number>();
  const notes: SequenceNote[] = [];
  const groups: number[] = [];
  let y = EDGE;
  for (let i = 0; i < n; i++) {
    if (i === 0 || events[i].start !== events[i - 1].start) {
      if (i > 0) {
        // The room between two instants: a few px more for each doubling of the time between.
        const previous = events[i - 1].start;
        const broken = gaps.get(events[i].start);
        if (broken) {
          notes.push({at: y + NOTE / 2 - GAP / 2, start: broken.start, end: broken.end});
          breakAfter.add(points.length - 1);
          y += NOTE;
        } else y += Math.min(30, Math.max(2, 6 * Math.log2(1 + (events[i].start - previous) / DAY)));
      }
      groups.push(i);
      points.push({t: events[i].start, p: y + MARK_DROP});
    }
    startPx[i] = y + MARK_DROP;
    y += heights[i] + GAP;
  }
  // Bars that end after the last start run on at the sequence's slowest pace, a day per px at most.
  let end = -Infinity;
  for (const event of events) if (event.end > end) end = event.end;
  const last = points[points.length - 1];
  if (last && end > last.t) {
    const room = Math.max(y - last.p, Math.min(60, (end - last.t) / DAY));
    points.push({t: end, p: last.p + room});
    y = Math.max(y, last.p + room);
  }
  return {scale: createPointScale(points, breakAfter), startPx, length: y + EDGE, notes, groups};
}
