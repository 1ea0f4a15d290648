// Reads the `links` of event JSON: each link's ends must be events, and the links between two
// events are kept once each and at most `maxLinksPerPair` of them, with the rest counted in a warning.
import {couldNotRead, pathOf, typeName} from './issue-log.js';
import type {TimelineLimits} from './limits.js';
import {readName, readObject, readText, warnUnknownKeys, type ReadContext} from './read-fields.js';
import type {ReadEvent} from './read-event.js';
import type {TimelineLink} from './types.js';

const LINK_KEYS = new Set(['from', 'to', 'kind', 'label']);

/**
 * Reads `links`. A link that repeats an earlier one (same ends, kind and label) is kept once, and at
 * most `maxLinksPerPair` are kept between two events: a thousand arcs between the same two marks
 * draw as one smear and make one event's accessible name endless. Each is said once, counted.
 */
export function readLinks(
  ctx: ReadContext,
  value: unknown,
  events: ReadonlyMap<string, ReadEvent>,
  limits: TimelineLimits,
): TimelineLink[] {
  const {log} = ctx;
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    log.add('links', `must be an array of links, not ${typeName(value)}`);
    return [];
  }
  const {maxLinks, maxLinksPerPair} = limits;
  if (value.length > maxLinks) log.add('links', `has ${value.length} links; only the first ${maxLinks} are read`);
  const links: TimelineLink[] = [];
  // Ids are [A-Za-z0-9_-] and cleaned text has no NUL, so "\0" joins keys unambiguously.
  const firstOf = new Map<string, number>();
  const perPair = new Map<string, number>();
  let [repeats, repeatedFirst, dropped, droppedFirst] = [0, '', 0, ''];
  const count = Math.min(value.length, maxLinks);
  for (let index = 0; index < count; index++) {
    const path = `links[${index}]`;
    let link: TimelineLink | undefined;
    try {
      link = readLink(ctx, value[index], path, events);
    } catch (error) {
      couldNotRead(log, path, error);
    }
    if (!link) continue;
    if (link.kind === 'anniversary' && !link.label && !wholeYearsApart(events.get(link.from)!, events.get(link.to)!)) {
      const [a, b] = [events.get(link.from)!.date.text, events.get(link.to)!.date.text];
      log.warn(
        path,
        `is an anniversary, but ${a} and ${b} are not a whole number of years apart; its label will say the years rounded (give it a "label", or another kind)`,
      );
    }
    const key = `${link.from}\0${link.to}\0${link.kind}\0${link.label ?? ''}`;
    const first = firstOf.get(key);
    if (first !== undefined) {
      if (!repeats++) repeatedFirst = `links[${index}] repeats links[${first}]`;
      continue;
    }
    const pair = link.from < link.to ? `${link.from}\0${link.to}` : `${link.to}\0${link.from}`;
    const kept = perPair.get(pair) ?? 0;
    if (kept >= maxLinksPerPair) {
      if (!dropped++) droppedFirst = `links[${index}]`;
      continue;
    }
    perPair.set(pair, kept + 1);
    firstOf.set(key, index);
    links.push(link);
  }
  if (repeats) log.warn('links', `${repeats} links repeat an earlier one and are drawn once (the first: ${repeatedFirst})`);
  if (dropped)
    log.warn('links', `${dropped} links past ${maxLinksPerPair} between the same two events are dropped (the first: ${droppedFirst})`);
  return links;
}

function readLink(ctx: ReadContext, value: unknown, path: string, ids: ReadonlyMap<string, unknown>): TimelineLink | undefined {
  const object = readObject(ctx, value, path);
  if (!object) return undefined;
  warnUnknownKeys(ctx, object, LINK_KEYS, path);
  const from = readEnd(ctx, object.from, path, 'from', ids);
  const to = readEnd(ctx, object.to, path, 'to', ids);
  if (from === undefined || to === undefined) return undefined;
  if (from === to) {
    ctx.log.add(path, `links event ${JSON.stringify(from)} to itself`);
    return undefined;
  }
  const link: TimelineLink = {from, to, kind: readName(ctx, object.kind, path, 'kind')?.toLowerCase() ?? 'context'};
  const label = readText(ctx, object.label, path, 'label');
  if (label) link.label = label;
  return link;
}

/**
 * Are the two events' starts a whole number of years apart, at the precision their dates give?
 * 2001-07-16 and 2026-07-16 are; 2021-12-25 and 2022-07-11 are not; 2001 and 2026-07 are (a year).
 */
function wholeYearsApart(a: ReadEvent, b: ReadEvent): boolean {
  const [x, y] = [new Date(a.start), new Date(b.start)];
  if (x.getUTCFullYear() === y.getUTCFullYear()) return false;
  const precision = (event: ReadEvent) => (typeof event.date.start === 'object' ? event.date.start.precision : 'year');
  const fine = (p: string) => (p === 'day' || p === 'minute' || p === 'second' ? 2 : p === 'month' ? 1 : 0);
  const level = Math.min(fine(precision(a)), fine(precision(b)));
  if (level >= 1 && x.getUTCMonth() !== y.getUTCMonth()) return false;
  return level < 2 || x.getUTCDate() === y.getUTCDate();
}

function readEnd(
  ctx: ReadContext,
  value: unknown,
  parent: string,
  key: 'from' | 'to',
  ids: ReadonlyMap<string, unknown>,
): string | undefined {
  const id = readName(ctx, value, parent, key, true);
  if (id === undefined) return undefined;
  if (ids.has(id)) return id;
  ctx.log.add(pathOf(parent, key), `${JSON.stringify(id.slice(0, 70))} is not the id of any event`);
  return undefined;
}
