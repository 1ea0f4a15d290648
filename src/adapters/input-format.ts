// Which format an input is in, without the converters: JSON text parsed, and TimelineJS3
// recognised. Kept apart from read-input.ts so that the element can tell the formats apart in its
// first frame and load the TimelineJS3 converter only for the documents that need it.
import {DEFAULT_LIMITS} from '../model/limits.js';
import type {ParseResult} from '../model/types.js';

export type InputFormat = 'auto' | 'event-timeline' | 'timelinejs';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** True for a TimelineJS3 document: an `events` array whose items carry `start_date` objects. */
export function isTimelineJs(value: unknown): boolean {
  const events = isObject(value) ? value.events : undefined;
  return Array.isArray(events) && events.some((event) => isObject(event) && isObject(event.start_date));
}

/**
 * `input` (a JSON value, or JSON text — parsed here unless it is over `maxBytes`, which
 * parseTimeline then refuses by its length) and whether it is to be read as TimelineJS3.
 */
export function readInput(input: unknown, format: InputFormat = 'auto', maxBytes = DEFAULT_LIMITS.maxBytes): {value: unknown; timelinejs: boolean} {
  let value = input;
  try {
    if (typeof input === 'string' && format !== 'event-timeline' && input.length <= maxBytes) value = JSON.parse(input);
  } catch {
    // Left as text: parseTimeline says why it is not JSON.
  }
  // Only an explicit "timelinejs" forces the conversion; any other value (a typo included) detects.
  const timelinejs = typeof value !== 'string' && format !== 'event-timeline' && (format === 'timelinejs' || isTimelineJs(value));
  return {value, timelinejs};
}

/** The issues of a conversion and of parsing its result, together; the latter say their paths are of the converted document. */
export function afterConversion(conversion: {issues: ParseResult['issues']}, parsed: ParseResult): ParseResult {
  return {timeline: parsed.timeline, issues: [...conversion.issues, ...parsed.issues.map((issue) => ({...issue, path: `${issue.path} (after conversion)`}))]};
}
