// Readers for the small field types of the format: text, ids, language tags, URLs, dates.
// Each returns the clean value or undefined, and logs an issue for anything it rejects.
// A field is named by its parent's path and its key (`events[3]`, `"title"`): its own path is
// written only when an issue is logged. Parsing reads every field of every event, while issues
// are few: a path written for each field would be work thrown away, in a page's first frame.
import {cutText} from './cut-text.js';
import {failed, readEdtf} from './edtf.js';
import {DEFAULT_LIMITS} from './limits.js';
import {safeUrl} from './safe-url.js';
import type {IssueLog} from './issue-log.js';
import {pathOf, shown, typeName} from './issue-log.js';
import type {EdtfDate} from './types.js';

export {cutText};

export {ID_PATTERN} from './id-pattern.js';

// Bidi embeddings/overrides/isolates and C0/C1 controls (but tab and newline) could reorder or
// hide the text around a field; rendering isolates text too, and this keeps stored text honest.
const UNSAFE_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
// Half of a character written with two UTF-16 units is no character at all: XML (an exported
// SVG) and JSON encoders refuse it, so it becomes U+FFFD, as a UTF-8 decoder would make it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Either of the above, or any surrogate: most text has none, and one test is cheaper than two replaces.
const MAY_NEED_CLEANING = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/;

export interface ReadContext {
  log: IssueLog;
  maxTextLength: number;
}

/** `parent[key]` as a trimmed, cleaned string, cut to the length limit. Empty strings count as missing. */
export function readText(ctx: ReadContext, value: unknown, parent: string, key: string | number, required = false): string | undefined {
  if (value === undefined || value === null) {
    if (required) ctx.log.add(pathOf(parent, key), 'is required');
    return undefined;
  }
  if (typeof value !== 'string') {
    ctx.log.add(pathOf(parent, key), `must be a string, not ${typeName(value)}`, required ? 'error' : 'warning');
    return undefined;
  }
  const text = cleanText(value);
  if (!text) {
    if (required) ctx.log.add(pathOf(parent, key), 'must not be empty');
    return undefined;
  }
  if (text.length > ctx.maxTextLength) {
    ctx.log.warn(pathOf(parent, key), `is ${text.length} characters long; cut to ${ctx.maxTextLength}`);
    return cutText(text, ctx.maxTextLength);
  }
  return text;
}

/**
 * A reference (a link end, the anchor, an event's category, a link kind): cleaned like text, and
 * cut at the documented length whatever `maxTextLength` says, so that a small text limit never
 * breaks a reference while a name of megabytes (drawn as a kind, written in an attribute) is cut.
 */
export function readName(ctx: ReadContext, value: unknown, parent: string, key: string | number, required = false): string | undefined {
  let names = ctx.maxTextLength === DEFAULT_LIMITS.maxTextLength ? ctx : nameContexts.get(ctx);
  if (!names) nameContexts.set(ctx, (names = {...ctx, maxTextLength: DEFAULT_LIMITS.maxTextLength}));
  return readText(names, value, parent, key, required);
}

// One context for names per context with another text limit (readName runs for every event's category and every link's ends).
const nameContexts = new WeakMap<ReadContext, ReadContext>();

/** Text without unsafe characters and surrounding spaces. */
export function cleanText(value: string): string {
  if (!MAY_NEED_CLEANING.test(value)) return value.trim();
  return value.replace(UNSAFE_CHARS, '').replace(LONE_SURROGATE, '\uFFFD').trim();
}

/** An EDTF date; a bad one is logged as an error with the text quoted. */
export function readDate(ctx: ReadContext, value: unknown, parent: string, key: string | number, required = false): EdtfDate | undefined {
  if (value === undefined || value === null) {
    if (required) ctx.log.add(pathOf(parent, key), 'is required');
    return undefined;
  }
  if (typeof value !== 'string') {
    ctx.log.add(pathOf(parent, key), `must be an EDTF date string, not ${typeName(value)}`, required ? 'error' : 'warning');
    return undefined;
  }
  const result = readEdtf(value);
  if (!failed(result)) return result;
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  ctx.log.add(pathOf(parent, key), `${JSON.stringify(shown)} ${result.error}`, required ? 'error' : 'warning');
  return undefined;
}

/** An absolute http(s) or mailto URL; anything else is dropped with a warning. */
export function readUrl(ctx: ReadContext, value: unknown, parent: string, key: string | number): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const url = safeUrl(value);
  if (!url) ctx.log.warn(pathOf(parent, key), 'is not an absolute http:, https: or mailto: URL; it is not linked');
  return url;
}

/** A well-formed BCP 47 language tag, canonicalised (`ru`, `zh-Hans`). */
export function readLang(ctx: ReadContext, value: unknown, parent: string, key: string | number): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') {
    try {
      return Intl.getCanonicalLocales(value)[0];
    } catch {
      // fall through to the warning
    }
  }
  ctx.log.warn(pathOf(parent, key), `${shown(value)} is not a language tag (like "ru" or "zh-Hans")`);
  return undefined;
}

/** A plain object (not null, not an array), or undefined with an issue. */
export function readObject(
  ctx: ReadContext,
  value: unknown,
  path: string,
  severity: 'error' | 'warning' = 'error',
): Record<string, unknown> | undefined {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  ctx.log.add(path, `must be an object, not ${typeName(value)}`, severity);
  return undefined;
}

/** Warns once per property that the format does not know: usually a typo (`tittle`). */
export function warnUnknownKeys(ctx: ReadContext, object: Record<string, unknown>, known: Set<string>, path: string): void {
  const keys = Object.keys(object);
  for (let i = 0; i < keys.length; i++) {
    if (!known.has(keys[i]!)) ctx.log.warn(pathOf(path, keys[i]!), 'is not a property of the format; it is ignored');
  }
}
