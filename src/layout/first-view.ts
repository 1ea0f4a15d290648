// The first view of a story: the `start-at` choice turned into a stretch of time to show.
// `all` (or nothing) shows the whole story; `anchor` the anchor with some time around it; an
// event's id that event with some time around it; an EDTF date or interval (`2026-01/2026-03`,
// `2026-02`) that stretch. Pure: the element zooms to the stretch it returns.
import {earliest, latest, parseEdtf} from '../model/edtf.js';
import type {Timeline} from '../model/types.js';
import {DAY} from '../model/units.js';

/** A stretch of time [start, end] (ms UTC) to show first, or undefined to show the whole story; `problem` says why a choice was not used. */
export interface FirstView {
  window?: [number, number];
  problem?: string;
}

/**
 * The stretch `startAt` names in `timeline`. Around an event the view keeps a twentieth of the
 * story on each side (at least its own length and a day), so that the neighbours it is read with
 * show.
 */
export function firstView(timeline: Timeline, startAt: string | undefined): FirstView {
  const choice = startAt?.trim() ?? '';
  if (choice === '' || choice === 'all') return {};
  const id = choice === 'anchor' ? timeline.anchor : choice;
  const event = id === undefined ? undefined : timeline.events.find((candidate) => candidate.id === id);
  if (event) {
    const events = timeline.events;
    const story = Math.max(...events.map((e) => e.end)) - events[0]!.start;
    const pad = Math.max(story / 20, event.end - event.start, DAY);
    return {window: [event.start - pad, event.end + pad]};
  }
  if (choice === 'anchor') return {problem: 'the story names no anchor'};
  const parsed = parseEdtf(choice);
  if (!parsed.ok) return {problem: `is neither "all", "anchor", an event's id nor an EDTF date (it ${parsed.error})`};
  const [start, end] = [earliest(parsed.date), latest(parsed.date)];
  return {window: [start, end]};
}
