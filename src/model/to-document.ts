// toDocument: the model back to event JSON, so that model → JSON → model round-trips
// (and so tools can save what a user edited).
import type {CategoryDocument, EventDocument, TimelineDocument} from './document.js';
import type {Timeline} from './types.js';

/** Writes a parsed timeline as a version 1 document; `parseTimeline(toDocument(t))` gives `t` back. */
export function toDocument(timeline: Timeline): TimelineDocument {
  const document: TimelineDocument = {version: 1, events: []};
  if (timeline.lang) document.lang = timeline.lang;
  if (timeline.title) document.title = timeline.title;
  document.now = timeline.now.text;
  if (timeline.anchor) document.anchor = timeline.anchor;
  if (timeline.startAt) document.startAt = timeline.startAt;
  if (timeline.categories.length) {
    // Object.fromEntries defines own properties, so that a category named "__proto__" is kept as JSON.parse would keep it.
    document.categories = Object.fromEntries(
      timeline.categories.map((category): [string, CategoryDocument] => {
        const entry: CategoryDocument = {label: category.label};
        if (category.color) entry.color = category.color;
        return [category.id, entry];
      }),
    );
  }
  document.events = timeline.events.map((event) => {
    const entry: EventDocument = {id: event.id, date: event.date.text, title: event.title};
    if (event.summary) entry.summary = event.summary;
    if (event.category) entry.category = event.category;
    if (event.place) entry.place = event.place;
    entry.status = event.status;
    if (event.source) entry.source = {...event.source};
    if (event.media) entry.media = {...event.media};
    if (event.quotes.length) {
      entry.quotes = event.quotes.map(({date, media, ...quote}) => ({
        ...quote,
        ...(date ? {date: date.text} : {}),
        ...(media ? {media: {...media}} : {}),
      }));
    }
    return entry;
  });
  if (timeline.links.length) document.links = timeline.links.map((link) => ({...link}));
  if (timeline.eras.length) document.eras = timeline.eras.map((era) => ({title: era.title, date: era.date.text}));
  return document;
}
