// Table phrases that contain numbers, with the numbers formatted and their plural
// category chosen here, so that elements never hand a table an unformatted number.

import {numberFormat, pluralRules} from './intl-cache.js';
import {loadedStrings} from './strings.js';
import type {CountText} from './strings.js';

/** `n` formatted for the language with its cardinal plural category, as tables expect. */
export function countText(n: number, lang: string): CountText {
  return {text: numberFormat(lang).format(n), plural: pluralRules(lang).select(n)};
}

/** "12 events from 2001 to July 2026"; `first`/`last` are formatted dates. */
export function describeTimeline(count: number, first: string, last: string, lang: string): string {
  return loadedStrings(lang).description(countText(count, lang), first, last);
}

/** Accessible name of a cluster mark: "5 more events". */
export function clusterLabel(count: number, lang: string): string {
  return loadedStrings(lang).cluster(countText(count, lang));
}

/** "and 3 more issues", after the issues that are listed. */
export function moreIssuesLabel(count: number, lang: string): string {
  return loadedStrings(lang).moreIssues(countText(count, lang));
}

/** "25th anniversary of …" / "25-я годовщина: …". */
export function anniversaryLabel(years: number, title: string, lang: string): string {
  const s = loadedStrings(lang);
  return s.anniversaryOf(s.ordinal(years), title);
}

/**
 * The name of a link kind, seen from the event the link starts at ("Mentions") or from the one it
 * points to ("Mentioned in"); kinds without a meaning of their own are shown as written.
 */
export function linkKindLabel(kind: string, lang: string, seenFrom: 'from' | 'to' = 'from'): string {
  const strings = loadedStrings(lang);
  const names: Record<string, string> = seenFrom === 'to' ? strings.linkKindInverse : strings.linkKind;
  return Object.hasOwn(names, kind) ? (names[kind] ?? kind) : kind;
}

/** A size limit for `errorTooLarge`: "5 MB", "5 МБ", "512 kB". */
export function formatBytes(bytes: number, lang: string): string {
  const [unit, value] = bytes >= 1_000_000 ? ['megabyte', bytes / 1_000_000] : ['kilobyte', bytes / 1000];
  return numberFormat(lang, {style: 'unit', unit, maximumFractionDigits: 1}).format(value);
}
