// schema.org JSON-LD: a timeline as an ItemList of Event items (dates, status, place, source)
// with its quotes as Quotations, and a quote card as one Quotation. Pure: data in, data out.
import {htmlDatetime} from '../../model/html-datetime.js';
import type {EdtfDate, EdtfPoint, Quote, Timeline, TimelineEvent} from '../../model/types.js';

const STATUS: Record<TimelineEvent['status'], string> = {
  happened: 'https://schema.org/EventScheduled',
  planned: 'https://schema.org/EventScheduled',
  expected: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
};

/** ISO 8601 for one end of a date, as precise as it is known (schema.org Date or DateTime). */
function isoEnd(date: EdtfDate, which: 'start' | 'end'): string | undefined {
  const end = date[which];
  if (typeof end !== 'object') return undefined;
  return htmlDatetime({text: '', interval: false, start: end as EdtfPoint, end: end as EdtfPoint});
}

export function timelineJsonLd(timeline: Timeline): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    ...(timeline.title ? {name: timeline.title} : {}),
    itemListOrder: 'https://schema.org/ItemListOrderAscending',
    numberOfItems: timeline.events.length,
    itemListElement: timeline.events.map((event, index) => {
      const start = isoEnd(event.date, 'start');
      const end = event.date.interval ? isoEnd(event.date, 'end') : undefined;
      const item: Record<string, unknown> = {
        '@type': 'Event',
        '@id': `#${event.id}`,
        name: event.title,
        ...(start ? {startDate: start} : {}),
        ...(end ? {endDate: end} : {}),
        eventStatus: STATUS[event.status],
        ...(event.summary ? {description: event.summary} : {}),
        ...(event.place ? {location: {'@type': 'Place', name: event.place}} : {}),
        ...(event.source?.url ? {url: event.source.url} : {}),
        ...(timeline.lang ? {inLanguage: timeline.lang} : {}),
      };
      if (event.quotes.length) item.subjectOf = event.quotes.map(quotationJsonLd);
      return {'@type': 'ListItem', position: index + 1, item};
    }),
  };
}

/** A quote as a schema.org Quotation (used inside an Event, and alone by <quote-card>). */
export function quotationJsonLd(quote: Quote): Record<string, unknown> {
  const date = quote.date && htmlDatetime(quote.date);
  return {
    '@type': 'Quotation',
    text: quote.text,
    ...(quote.speaker ? {creator: {'@type': 'Person', name: quote.speaker, ...(quote.role ? {jobTitle: quote.role} : {})}} : {}),
    ...(date ? {dateCreated: date} : {}),
    ...(quote.lang ? {inLanguage: quote.lang} : {}),
    ...(quote.url ? {isBasedOn: quote.url} : {}),
    ...(quote.source ? {citation: quote.source} : {}),
  };
}
