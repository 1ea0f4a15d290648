// What changed between two versions of a story, event by event (by id): for live stories, so
// that an update can keep the reader's place, mark what is new and say it once.
import type {Timeline, TimelineEvent} from './types.js';

export interface TimelineChanges {
  /** Ids of events new in the later version, in its time order. */
  added: string[];
  /** Ids of events in both whose content differs (title, date, text, links aside). */
  changed: string[];
  /** Ids of events gone from the later version, in the earlier one's time order. */
  removed: string[];
}

/** Compares two versions of a timeline; with no earlier version, every event is added. */
export function diffTimelines(before: Timeline | undefined, after: Timeline): TimelineChanges {
  const old = new Map((before?.events ?? []).map((event) => [event.id, event]));
  const ids = new Set(after.events.map((event) => event.id));
  const added: string[] = [];
  const changed: string[] = [];
  for (const event of after.events) {
    const earlier = old.get(event.id);
    if (!earlier) added.push(event.id);
    else if (contentOf(earlier) !== contentOf(event)) changed.push(event.id);
  }
  const removed = (before?.events ?? []).filter((event) => !ids.has(event.id)).map((event) => event.id);
  return {added, changed, removed};
}

/** An event's content as one string: the fields a reader sees, in a fixed order. */
function contentOf(event: TimelineEvent): string {
  const {title, date, summary, category, place, status, source, quotes} = event;
  return JSON.stringify([
    title,
    date.text,
    summary,
    category,
    place,
    status,
    source?.name,
    source?.url,
    quotes.map((quote) => [quote.text, quote.speaker, quote.role, quote.date?.text, quote.lang, quote.url, quote.source]),
  ]);
}
