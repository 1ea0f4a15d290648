// The registry of added and overridden string tables. It lives on a global (under a
// Symbol.for key), so that every copy of the library on a page, and translation files loaded
// before or after it, register into one place and elements redraw whichever copy drew them.
import {canonicalLang} from './intl-cache.js';
import type {TimelineStrings, TimelineStringsOverride} from './strings.js';

interface Registry {
  tables: Map<string, TimelineStringsOverride>;
  listeners: Set<() => void>;
  /** Counts registrations, so that caches of resolved tables know when they are stale. */
  version: number;
}

const KEY = Symbol.for('event-timeline.strings');
export const registry: Registry = ((globalThis as unknown as Record<symbol, Registry>)[KEY] ??= {
  tables: new Map(),
  listeners: new Set(),
  version: 0,
});

/** Registry key of a tag: canonical and lowercased (`zh_hant_TW` → `zh-hant-tw`, `iw` → `he`). */
export function keyOf(lang: string): string {
  return canonicalLang(lang).toLowerCase();
}

/**
 * `over` laid on `base`: its strings win, and its status and link names win one by one. The one
 * merge of string tables (registering, resolving a language, a built-in translation under a page's).
 */
export function mergeStrings<T extends TimelineStringsOverride | TimelineStrings>(base: T, over: TimelineStringsOverride | undefined): T {
  if (!over) return base;
  return {
    ...base,
    ...over,
    status: {...base.status, ...over.status},
    linkKind: {...base.linkKind, ...over.linkKind},
    linkKindInverse: {...base.linkKindInverse, ...over.linkKindInverse},
  } as T;
}

/**
 * Add a language, or override strings of one; later registrations win.
 * Registering `ru-UA` overrides only for that tag: `ru` stays as it was.
 */
export function registerStrings(lang: string, strings: TimelineStringsOverride): void {
  const key = keyOf(lang);
  registry.tables.set(key, mergeStrings(registry.tables.get(key) ?? {}, strings));
  registry.version++;
  for (const listener of registry.listeners) listener();
}

/**
 * Calls `listener` whenever strings are registered, so that elements drawn before a
 * translation arrived (a translation file may load after the bundle) redraw in it.
 * Returns the function that stops it.
 */
export function watchStrings(listener: () => void): () => void {
  registry.listeners.add(listener);
  return () => registry.listeners.delete(listener);
}
