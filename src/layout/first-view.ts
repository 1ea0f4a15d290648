// The first view of a story: the `start-at` choice turned into a stretch of time to show.
// `all` (or nothing) shows the whole story; `anchor` the anchor with some time around it; an
// event's id that event with some time around it; an EDTF date or interval (`2026-01/2026-03`,
// `2026-02`) that stretch. Pure: the element zooms to the stretch it returns.
import {earliest, latest, parseEdtf} from '../model/edtf.js';
import type {Timeline} from '../model/types.js';
import type {TimeScale} from './time-scale.js';

/** A stretch of time [start, end] (ms UTC) to show first, or undefined to show the whole story; `problem` says why a choice was not used. */
export interface FirstView {
  window?: [number, number];
  problem?: string;
}

/**
 * The stretch `startAt` names in `timeline`, drawn on `scale`. Around an event the view keeps a
 * tenth of the drawn story on each side (at least half the event's own length), measured in
 * pixels of the scale — so that an axis break next to the event does not bring the far side of
 * the break into the first view — so that the neighbours it is read with show.
 */
export function firstView(
  timeline: Timeline,
  startAt: string | undefined,
  scale: Pick<TimeScale, 'invert'> & ((t: number) => number),
): FirstView {
  const choice = startAt?.trim() ?? '';
  if (choice === '' || choice === 'all') return {};
  const id = choice === 'anchor' ? timeline.anchor : choice;
  const event = id === undefined ? undefined : timeline.events.find((candidate) => candidate.id === id);
  if (event) {
    const events = timeline.events;
    const [p0, p1] = [scale(event.start), scale(event.end)];
    const story = scale(Math.max(...events.map((e) => e.end))) - scale(events[0]!.start);
    const pad = Math.max(story / 10, (p1 - p0) / 2, 1);
    return {window: [scale.invert(p0 - pad), scale.invert(p1 + pad)]};
  }
  const parsed = parseEdtf(choice);
  return parsed.ok && choice !== 'anchor'
    ? {window: [earliest(parsed.date), latest(parsed.date)]}
    : {problem: 'names no event and is no EDTF date'};
}
