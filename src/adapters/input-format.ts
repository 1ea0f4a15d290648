// Which format an input is in, without the converters: JSON text read within the limits, and
// TimelineJS3 recognised. Kept apart from read-input.ts so that the element can tell the formats
// apart in its first frame and load the TimelineJS3 converter only for the documents that need
// it. Total, like parseTimeline: whatever the input (a Proxy, a throwing getter), issues, never
// an exception.
import {IssueLog, thrownMessage} from '../model/issue-log.js';
import {readJsonText} from '../model/json-text.js';
import {DEFAULT_LIMITS, type TimelineLimits} from '../model/limits.js';
import {notADocument} from '../model/parse-timeline.js';
import type {ParseResult} from '../model/types.js';

/** `csv` and `tsv`: a spreadsheet's text (src/adapters/spreadsheet.ts), in either template. */
export type InputFormat = 'auto' | 'event-timeline' | 'timelinejs' | 'csv' | 'tsv';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** True for a TimelineJS3 document: an `events` array whose items carry `start_date` objects. */
export function isTimelineJs(value: unknown): boolean {
  const events = isObject(value) ? value.events : undefined;
  if (!Array.isArray(events)) return false;
  for (let i = 0; i < events.length; i++) if (isObject(events[i]) && isObject((events[i] as Json).start_date)) return true;
  return false;
}

/** How to read an input: as event JSON or as TimelineJS3 (its value), or not at all (the issues that say why). */
export type Reading = {value: unknown; timelinejs: boolean} | {failed: ParseResult};

/**
 * Reads `input`: JSON text (`text`) within the limits, else a parsed value. A value that is a
 * string is a document that is a string (JSON text that held JSON text), reported and not read a
 * second time. Only an explicit "timelinejs" forces the conversion; any other format (a typo
 * included) detects it.
 */
export function readInput(input: unknown, format: InputFormat, text: boolean, limits: Partial<TimelineLimits> = {}): Reading {
  let value = input;
  if (text && typeof input === 'string') {
    const log = new IssueLog();
    value = readJsonText(input, {...DEFAULT_LIMITS, ...limits}, log);
    if (value === undefined) return {failed: {issues: log.finish()}};
  }
  try {
    if (typeof value === 'string') return {failed: failed(notADocument(value))};
    const timelinejs = format !== 'event-timeline' && (format === 'timelinejs' || isTimelineJs(value));
    return {value, timelinejs};
  } catch (error) {
    // Detection read a value that throws (a getter, a Proxy).
    return {failed: failed(`could not be read: ${thrownMessage(error)}`)};
  }
}

/** The issues of a conversion and of parsing its result, together; the latter say their paths are of the converted document. */
export function afterConversion(conversion: {issues: ParseResult['issues']}, parsed: ParseResult): ParseResult {
  return {
    timeline: parsed.timeline,
    issues: [...conversion.issues, ...parsed.issues.map((issue) => ({...issue, path: `${issue.path} (after conversion)`}))],
  };
}

/** A result with one error at "(root)". */
export function failed(message: string): ParseResult {
  const log = new IssueLog();
  log.add('(root)', message);
  return {issues: log.finish()};
}

/** Runs a reading step that may meet a value that throws; its exception becomes an issue. */
export function total(read: () => ParseResult): ParseResult {
  try {
    return read();
  } catch (error) {
    return failed(`could not be read: ${thrownMessage(error)}`);
  }
}
