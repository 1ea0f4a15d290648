// parseTimeline: event JSON (text or value) → a normalised, sorted Timeline plus the issues found.
// Pure and total: it never throws, keeps every valid event, and names the path of every problem.
import {earliest, latest, parseEdtf} from './edtf.js';
import {byTime, parsedById} from './event-index.js';
import {readJsonText} from './json-text.js';
import {couldNotRead, guarded, IssueLog, pathOf, shown, thrownMessage, typeName} from './issue-log.js';
import {DEFAULT_LIMITS, type TimelineLimits} from './limits.js';
import {readEvent, type ReadEvent} from './read-event.js';
import {readLinks} from './read-links.js';
import {cleanText, cutText, readDate, readLang, readName, readObject, readText, warnUnknownKeys, type ReadContext} from './read-fields.js';
import {safeColor} from './safe-color.js';
import type {Category, Era, ParseResult, Timeline, TimelineEvent} from './types.js';

const ROOT_KEYS = new Set(['$schema', 'version', 'lang', 'title', 'now', 'anchor', 'startAt', 'categories', 'events', 'links', 'eras']);
const ERA_KEYS = new Set(['title', 'date']);
const CATEGORY_KEYS = new Set(['label', 'color']);

export interface ParseOptions {
  limits?: Partial<TimelineLimits>;
}

/**
 * Reads an event JSON document (a parsed value or JSON text).
 * Invalid events and links are dropped with an issue each; valid ones are kept.
 * `timeline` is undefined only when no event is valid.
 */
export function parseTimeline(input: unknown, options: ParseOptions = {}): ParseResult {
  const limits = {...DEFAULT_LIMITS, ...options.limits};
  const log = new IssueLog();
  const ctx: ReadContext = {log, maxTextLength: limits.maxTextLength};
  try {
    const value = typeof input === 'string' ? readJsonText(input, limits, log) : input;
    // readJsonText gives undefined only after logging why; any other input, even undefined, is read and reported.
    const timeline = typeof input === 'string' && value === undefined ? undefined : readTimeline(ctx, value, limits);
    return {timeline, issues: log.finish()};
  } catch (error) {
    // A value that throws when read (a getter, a Proxy: `.data` may be any object a script made),
    // or a bug here: an issue, never an exception.
    log.add('(root)', `could not be read: ${thrownMessage(error)}`);
    return {issues: log.finish()};
  }
}

/** Why a value is no document. A string holding JSON text is a document encoded twice: said, never parsed again. */
export function notADocument(value: unknown): string {
  const twice = typeof value === 'string' && /^\s*[[{]/.test(value) ? ' (JSON text encoded twice; it is not read twice)' : '';
  return `must be an object with an "events" array, not ${typeName(value)}${twice}`;
}

function readTimeline(ctx: ReadContext, value: unknown, limits: TimelineLimits): Timeline | undefined {
  const {log} = ctx;
  const root = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  if (!root) {
    log.add('(root)', notADocument(value));
    return undefined;
  }
  warnUnknownKeys(ctx, root, ROOT_KEYS, '');
  if (root.version !== undefined && root.version !== 1) {
    log.warn('version', `${shown(root.version, 20)} is not a known version; read as version 1`);
  }

  // Each kept event by its id, and its index in the document (for the paths of later issues).
  const byId = new Map<string, ReadEvent>();
  const indexes: number[] = [];
  const events = readEvents(ctx, root.events, limits.maxEvents, byId, indexes);
  const categories = readCategories(ctx, root.categories, events, indexes);
  if (events.length === 0) {
    if (Array.isArray(root.events) && root.events.length > 0) log.add('events', 'has no valid event');
    return undefined;
  }
  sortByTime(events);

  let anchor = readName(ctx, root.anchor, '', 'anchor');
  if (anchor !== undefined && !byId.has(anchor)) {
    log.add('anchor', `${JSON.stringify(anchor.slice(0, 70))} is not the id of any event`);
    anchor = undefined;
  }
  const anchorEvent = anchor === undefined ? undefined : byId.get(anchor);
  const now = readDate(ctx, root.now, '', 'now') ?? (anchorEvent ?? events[0]!).date;
  const nowTime = earliest(now);
  for (let i = 0; i < events.length; i++) events[i]!.status ??= events[i]!.start <= nowTime ? 'happened' : 'expected';

  const timeline: Timeline = {
    version: 1,
    now,
    nowTime,
    categories,
    events: events as TimelineEvent[],
    links: readLinks(ctx, root.links, byId, limits),
    eras: readEras(ctx, root.eras),
  };
  const lang = readLang(ctx, root.lang, '', 'lang');
  if (lang) timeline.lang = lang;
  const title = readText(ctx, root.title, '', 'title');
  if (title) timeline.title = title;
  if (anchor !== undefined) timeline.anchor = anchor;
  parsedById.set(timeline, byId as Map<string, TimelineEvent>);
  // The first view: "all", "anchor", an event's id or an EDTF date or interval (layout/first-view.ts).
  const startAt = readName(ctx, root.startAt, '', 'startAt');
  if (startAt === 'all' || (startAt === 'anchor' && anchor) || (startAt && (byId.has(startAt) || parseEdtf(startAt).ok)))
    timeline.startAt = startAt;
  else if (startAt)
    log.warn('startAt', `${JSON.stringify(startAt.slice(0, 70))} is not "all", "anchor", an event's id or an EDTF date; ignored`);
  return timeline;
}

/** The valid events of `events`, in the document's order; `byId` and `indexes` (each one's index in the document) filled in. */
function readEvents(ctx: ReadContext, value: unknown, maxEvents: number, byId: Map<string, ReadEvent>, indexes: number[]): ReadEvent[] {
  const {log} = ctx;
  if (value === undefined) {
    log.add('events', 'is required: an array of at least one event');
    return [];
  }
  if (!Array.isArray(value)) {
    log.add('events', `must be an array of events, not ${typeName(value)}`);
    return [];
  }
  if (value.length === 0) {
    log.add('events', 'must hold at least one event');
    return [];
  }
  if (value.length > maxEvents) {
    log.add('events', `has ${value.length} events; only the first ${maxEvents} are read`);
  }
  const events: ReadEvent[] = [];
  // Where each id was first kept, for the message about a repeated one: made at the first repeat
  // (most stories have none), so that the rest read each id in one map, `byId`, not two.
  let firstIndexOfId: Map<string, number> | undefined;
  const count = Math.min(value.length, maxEvents);
  for (let index = 0; index < count; index++) {
    const path = `events[${index}]`;
    let event: ReadEvent | undefined;
    try {
      event = readEvent(ctx, value[index], path);
    } catch (error) {
      couldNotRead(log, path, error);
    }
    if (!event) continue;
    if (byId.has(event.id)) {
      firstIndexOfId ??= new Map(events.map((kept, k) => [kept.id, indexes[k]!]));
      log.add(
        `${path}.id`,
        `${JSON.stringify(event.id)} is already the id of events[${firstIndexOfId.get(event.id)}]; this event is dropped`,
      );
      continue;
    }
    firstIndexOfId?.set(event.id, index);
    byId.set(event.id, event);
    indexes.push(index);
    events.push(event);
  }
  return events;
}

function readCategories(ctx: ReadContext, value: unknown, events: ReadEvent[], indexes: number[]): Category[] {
  const categories = new Map<string, Category>();
  const object = value === undefined ? undefined : readObject(ctx, value, 'categories', 'warning');
  for (const [key, entry] of Object.entries(object ?? {})) {
    // Cut as events' categories are (readName), so that a long key still finds its events.
    const id = cutText(key, DEFAULT_LIMITS.maxTextLength);
    const path = pathOf('categories', key);
    const fields = typeof entry === 'string' ? {label: entry} : readObject(ctx, entry, path, 'warning');
    if (!fields) continue;
    warnUnknownKeys(ctx, fields, CATEGORY_KEYS, path);
    // Without a label the key is shown, cleaned and cut like any other text.
    const label = readText(ctx, fields.label, path, 'label') ?? cutText(cleanText(id), ctx.maxTextLength);
    const category: Category = {id, label};
    if (fields.color !== undefined) {
      const color = safeColor(fields.color);
      if (color) category.color = color;
      else ctx.log.warn(pathOf(path, 'color'), `${shown(fields.color)} is not a CSS colour; a default colour is used`);
    }
    categories.set(id, category);
  }
  // Categories used by events but not declared still get a legend entry, labelled by their key;
  // when some are declared, each such key is said once ("Mission" for "mission" is read as it).
  const declared = [...categories.keys()];
  const said = new Set<string>();
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    const key = event.category;
    if (!key || categories.has(key)) continue;
    const same = declared.length > 0 && declared.filter((id) => id.toLowerCase() === key.toLowerCase());
    if (same && same.length === 1) event.category = same[0];
    else categories.set(key, {id: key, label: cutText(key, ctx.maxTextLength)});
    if (same && !said.has(key) && said.add(key)) {
      ctx.log.warn(
        `events[${indexes[i]}].category`,
        `${JSON.stringify(key.slice(0, 70))} is not a key of "categories"${same.length === 1 ? `; read as ${JSON.stringify(same[0])}, the key in another case` : '; it gets a legend entry of its own: declare it, or use a declared key'}`,
      );
    }
  }
  // Listed in the order of a JSON object's keys (integer-like keys first), which is the order toDocument's
  // output is read back in: a saved and reloaded timeline keeps its legend order.
  const ordered: Record<string, Category> = Object.create(null);
  for (const category of categories.values()) ordered[category.id] = category;
  return Object.values(ordered);
}

function readEras(ctx: ReadContext, value: unknown): Era[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    ctx.log.warn('eras', `must be an array, not ${typeName(value)}`);
    return [];
  }
  const eras: Era[] = [];
  value.forEach((item, index) => {
    const path = pathOf('eras', index);
    const era = guarded(ctx.log, path, () => readEra(ctx, item, path));
    if (era) eras.push(era);
  });
  return eras.sort((a, b) => a.start - b.start);
}

function readEra(ctx: ReadContext, value: unknown, path: string): Era | undefined {
  const object = readObject(ctx, value, path, 'warning');
  if (!object) return undefined;
  warnUnknownKeys(ctx, object, ERA_KEYS, path);
  const title = readText(ctx, object.title, path, 'title', true);
  const date = readDate(ctx, object.date, path, 'date', true);
  return title && date ? {title, date, start: earliest(date), end: latest(date)} : undefined;
}

/**
 * `events.sort(byTime)` (ids are unique, so the order is total and any sort gives the same
 * result), without a comparator call per comparison: for 100,000 events those calls cost more
 * than a third of the parse. Starts are sorted natively, events placed by the rank of their
 * start (a counting sort), and only runs with equal starts are sorted by the comparator. Below a
 * few thousand events the comparator's calls cost less than ranking every start by bisection in
 * code a fresh page has not compiled yet (1,000 events in Node with only the baseline compiler:
 * 0.75 → 0.4 ms; 3,000: 1.9 → 1.4; at 10,000 the counting sort wins again).
 */
function sortByTime(events: ReadEvent[]): void {
  const n = events.length;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = byTime(events[i - 1]!, events[i]!) <= 0;
  if (sorted) return;
  if (n < 4096) {
    events.sort(byTime);
    return;
  }
  const starts = new Float64Array(n);
  for (let i = 0; i < n; i++) starts[i] = events[i]!.start;
  const keys = starts.slice().sort();
  let unique = 0;
  for (let i = 0; i < n; i++) if (i === 0 || keys[i] !== keys[unique - 1]) keys[unique++] = keys[i]!;
  const rank = new Int32Array(n);
  const next = new Int32Array(unique + 1);
  for (let i = 0; i < n; i++) {
    const start = starts[i]!;
    let low = 0;
    let high = unique - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (keys[mid]! < start) low = mid + 1;
      else high = mid;
    }
    rank[i] = low;
    next[low + 1]!++;
  }
  for (let r = 1; r <= unique; r++) next[r]! += next[r - 1]!;
  // Placed straight into `events`, each start beside it: the runs of equal starts are found in
  // those numbers rather than by reading each event object again (scattered in memory).
  const original = events.slice();
  const placedStart = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const at = next[rank[i]!]!++;
    events[at] = original[i]!;
    placedStart[at] = starts[i]!;
  }
  // Runs of equal starts (events of one day) are short: sorted in place by insertion, with no copy of each.
  for (let a = 0; a < n;) {
    let b = a + 1;
    while (b < n && placedStart[b] === placedStart[a]) b++;
    if (b - a > 32) {
      const run = events.slice(a, b).sort(byTime);
      for (let j = a; j < b; j++) events[j] = run[j - a]!;
    } else {
      for (let j = a + 1; j < b; j++) {
        const event = events[j]!;
        let k = j - 1;
        for (; k >= a && byTime(events[k]!, event) > 0; k--) events[k + 1] = events[k]!;
        events[k + 1] = event;
      }
    }
    a = b;
  }
}
