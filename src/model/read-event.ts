// Reads one event (and its source and quotes) of the event JSON into the model.
import {earliest, latest} from './edtf.js';
import {pathOf, shown} from './issue-log.js';
import {readMedia} from './read-media.js';
import {ID_PATTERN, readDate, readLang, readName, readObject, readText, readUrl, warnUnknownKeys, type ReadContext} from './read-fields.js';
import {EVENT_STATUSES, type EventStatus, type Quote, type Source, type TimelineEvent} from './types.js';

const EVENT_KEYS = new Set(['id', 'date', 'title', 'summary', 'category', 'place', 'status', 'source', 'media', 'quotes']);
const QUOTE_KEYS = new Set(['text', 'speaker', 'role', 'date', 'lang', 'url', 'source', 'media']);

/** An event with its status still to be derived from `now` when the data gave none. */
export type ReadEvent = Omit<TimelineEvent, 'status'> & {status?: EventStatus};

/** Reads `events[i]`. Returns undefined (with an error logged) when the event cannot be kept. */
export function readEvent(ctx: ReadContext, value: unknown, path: string): ReadEvent | undefined {
  const object = readObject(ctx, value, path);
  if (!object) return undefined;
  warnUnknownKeys(ctx, object, EVENT_KEYS, path);

  const id = readId(ctx, object.id, path);
  const date = readDate(ctx, object.date, path, 'date', true);
  const title = readText(ctx, object.title, path, 'title', true);
  if (id === undefined || !date || title === undefined) return undefined;

  const event: ReadEvent = {id, title, date, start: earliest(date), end: latest(date), quotes: []};
  const summary = readText(ctx, object.summary, path, 'summary');
  if (summary) event.summary = summary;
  const place = readText(ctx, object.place, path, 'place');
  if (place) event.place = place;
  const category = readName(ctx, object.category, path, 'category');
  if (category) event.category = category;
  const status = readStatus(ctx, object.status, path);
  if (status) event.status = status;
  const source = readSource(ctx, object.source, path, 'source');
  if (source) event.source = source;
  const media = readMedia(ctx, object.media, path, 'media');
  if (media) event.media = media;
  if (object.quotes !== undefined) event.quotes = readQuotes(ctx, object.quotes, pathOf(path, 'quotes'));
  return event;
}

function readId(ctx: ReadContext, value: unknown, parent: string): string | undefined {
  if (typeof value === 'string' && ID_PATTERN.test(value)) return value;
  if (value === undefined || value === null) {
    ctx.log.add(pathOf(parent, 'id'), 'is required');
    return undefined;
  }
  const text = typeof value === 'string' ? JSON.stringify(value.slice(0, 70)) : shown(value);
  ctx.log.add(pathOf(parent, 'id'), `${text} is not a valid id (1–64 characters of A–Z, a–z, 0–9, "_" and "-")`);
  return undefined;
}

function readStatus(ctx: ReadContext, value: unknown, parent: string): EventStatus | undefined {
  if (value === undefined || value === null) return undefined;
  if (EVENT_STATUSES.includes(value as EventStatus)) return value as EventStatus;
  ctx.log.warn(pathOf(parent, 'status'), `${shown(value)} is not one of ${EVENT_STATUSES.join(', ')}; derived from the date instead`);
  return undefined;
}

const SOURCE_KEYS = new Set(['name', 'url']);
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\S*$/i;

/** Reads `parent[key]`, an event's or a quote's source. */
export function readSource(ctx: ReadContext, value: unknown, parent: string, key: string): Source | undefined {
  if (value === undefined || value === null) return undefined;
  // A bare string is read as the source's URL when it looks like one (a scheme and no spaces), else as
  // its name, so that "Reuters: interview" stays a name.
  if (typeof value === 'string') {
    return URL_LIKE.test(value.trim())
      ? optionalSource({url: readUrl(ctx, value, parent, key)})
      : optionalSource({name: readText(ctx, value, parent, key)});
  }
  const path = pathOf(parent, key);
  const object = readObject(ctx, value, path, 'warning');
  if (!object) return undefined;
  warnUnknownKeys(ctx, object, SOURCE_KEYS, path);
  return optionalSource({name: readText(ctx, object.name, path, 'name'), url: readUrl(ctx, object.url, path, 'url')});
}

function optionalSource(source: Source): Source | undefined {
  if (!source.name) delete source.name;
  if (!source.url) delete source.url;
  return source.name || source.url ? source : undefined;
}

function readQuotes(ctx: ReadContext, value: unknown, path: string): Quote[] {
  if (!Array.isArray(value)) {
    ctx.log.warn(path, 'must be an array of quotes');
    return [];
  }
  const quotes: Quote[] = [];
  value.forEach((item, index) => {
    const quotePath = pathOf(path, index);
    const object = readObject(ctx, item, quotePath, 'warning');
    if (!object) return;
    warnUnknownKeys(ctx, object, QUOTE_KEYS, quotePath);
    const text = readText(ctx, object.text, quotePath, 'text', true);
    if (!text) return;
    const quote: Quote = {text};
    for (const key of ['speaker', 'role', 'source'] as const) {
      const field = readText(ctx, object[key], quotePath, key);
      if (field) quote[key] = field;
    }
    const date = readDate(ctx, object.date, quotePath, 'date');
    if (date) quote.date = date;
    const lang = readLang(ctx, object.lang, quotePath, 'lang');
    if (lang) quote.lang = lang;
    const url = readUrl(ctx, object.url, quotePath, 'url');
    if (url) quote.url = url;
    const media = readMedia(ctx, object.media, quotePath, 'media');
    if (media) quote.media = media;
    quotes.push(quote);
  });
  return quotes;
}
