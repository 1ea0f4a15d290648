// Documented limits on what one document may hold. Past them parsing stays quick and says why.

export interface TimelineLimits {
  /** Events read from one document; the rest are dropped with one issue. */
  maxEvents: number;
  /** Links read from one document. */
  maxLinks: number;
  /** Characters kept of any one text field (longer text is cut with an ellipsis). */
  maxTextLength: number;
  /** Characters of JSON text accepted by `parseTimeline` (and bytes fetched for `src`). */
  maxBytes: number;
}

export const DEFAULT_LIMITS: Readonly<TimelineLimits> = Object.freeze({
  maxEvents: 1_000_000,
  maxLinks: 1_000_000,
  maxTextLength: 10_000,
  maxBytes: 200 * 1024 * 1024,
});
