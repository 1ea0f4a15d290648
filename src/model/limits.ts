// Documented limits on what one document may hold. Past them parsing stays quick and says why.
// SECURITY.md's "Limits" table lists these; each is applied in one place (named below).

export interface TimelineLimits {
  /** Events read from one document; the rest are dropped with one issue. */
  maxEvents: number;
  /** Links read from one document. */
  maxLinks: number;
  /** Links kept between any two events (either way round); identical links count once. */
  maxLinksPerPair: number;
  /**
   * Characters kept of any one text field, name, issue path or issue message (longer ones are
   * cut with an ellipsis: `cutText`, applied by `readText` and by `IssueLog`).
   */
  maxTextLength: number;
  /** Characters of JSON text accepted by `parseTimeline` (and bytes fetched for `src`). */
  maxBytes: number;
  /**
   * Levels of arrays and objects inside each other that JSON text may nest (json-text.ts): room for
   * any document (and for a broken field thousands deep beside valid events), none for 19 MB of "[".
   */
  maxDepth: number;
  /**
   * Arrays and objects that JSON text may hold in all (json-text.ts), counted before JSON.parse,
   * which spends about 0.3 µs on each: room for any story (a 20 MB one holds a few hundred
   * thousand), none for 20 MB of "[],". A value given already parsed is not counted.
   */
  maxContainers: number;
}

export const DEFAULT_LIMITS: Readonly<TimelineLimits> = Object.freeze({
  maxEvents: 1_000_000,
  maxLinks: 1_000_000,
  maxLinksPerPair: 10,
  maxTextLength: 10_000,
  maxBytes: 200 * 1024 * 1024,
  maxDepth: 10_000,
  maxContainers: 1_000_000,
});
