// Building converted documents: other formats' ids made to fit ours (1–64 characters of
// A–Z a–z 0–9 _ -), ids made from titles, the hand-out that keeps them unique, and objects
// without the fields a reader found empty.
import {ID_PATTERN} from '../model/id-pattern.js';
import type {IssueLog} from '../model/issue-log.js';
import {shown} from '../model/shown.js';

/** `object` without its undefined and '' fields, which a document leaves out. */
export const compact = <T extends object>(object: T): T =>
  Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && value !== '')) as T;

/**
 * `Whitney's début!` → `Whitney-s-debut`: accents folded to ASCII, anything else between letters
 * made one "-", cut to 64. Text with no Latin letter or digit (Cyrillic, Chinese…) gives ''.
 */
export function fitId(text: string): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\W+/g, '-');
  return ascii.replace(/^-/, '').slice(0, 64).replace(/-$/, '');
}

/**
 * Hands out unique ids: `wanted` when no id handed out has it yet, else the first free `wanted-2`,
 * `wanted-3`… (cut to fit). Where each wanted id's count got to is kept, so that a thousand slides
 * with the same headline take a thousand steps, not half a million.
 */
export function idClaimer(): (wanted: string) => string {
  const taken = new Set<string>();
  const next = new Map<string, number>();
  return (wanted) => {
    let id = wanted;
    let n = next.get(wanted) ?? 2;
    while (taken.has(id)) id = `${wanted.slice(0, 63 - String(n).length)}-${n++}`;
    next.set(wanted, n);
    taken.add(id);
    return id;
  };
}

/** An item of a converted document, before ids are handed out. */
export interface Item<Event> {
  event: Event;
  /** The id the data gives, and where to report a change to it. */
  id?: string;
  path: string;
  /** The id wanted when the data gives none (or none that can be fitted). */
  fallback: string;
}

/**
 * Gives each item its id: the data's own first (made to fit and unique, with a warning when
 * changed, since a quote card may name it), then the fallbacks.
 */
export function assignIds<Event>(log: IssueLog, items: Item<Event>[]): (Event & {id: string})[] {
  const claim = idClaimer();
  const ids = new Map<Item<Event>, string>();
  for (const item of items) {
    if (!item.id) continue;
    const fitted = ID_PATTERN.test(item.id) ? item.id : fitId(item.id);
    const id = fitted && claim(fitted);
    if (id !== item.id) log.warn(item.path, `${shown(item.id)} is taken or not a valid id; ${id ? `read as "${id}"` : 'ignored'}`);
    if (id) ids.set(item, id);
  }
  return items.map((item) => ({id: ids.get(item) ?? claim(item.fallback), ...item.event}));
}
