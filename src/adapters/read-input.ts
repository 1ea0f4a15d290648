// One way in for every input format: event JSON as it is, TimelineJS3 JSON converted first
// (when asked for, or detected), then parseTimeline. The issues of both steps come back
// together; those found after a conversion say so, since their paths are of the converted document.
// Total, like parseTimeline: whatever the input (a Proxy, a throwing getter), issues, never an exception.
import {IssueLog, thrownMessage} from '../model/issue-log.js';
import {readJsonText} from '../model/json-text.js';
import {DEFAULT_LIMITS} from '../model/limits.js';
import {notADocument, parseTimeline, type ParseOptions} from '../model/parse-timeline.js';
import type {ParseResult} from '../model/types.js';
import {fromTimelineJs, isTimelineJs} from './timelinejs.js';

export type InputFormat = 'auto' | 'event-timeline' | 'timelinejs';

export interface InputResult extends ParseResult {
  format: 'event-timeline' | 'timelinejs';
}

/** `input` is JSON text (a string) or a parsed JSON value (anything else). */
export function parseInput(input: unknown, format: InputFormat = 'auto', options?: ParseOptions): InputResult {
  if (typeof input !== 'string') return parseValue(input, format, options);
  // Parsed once, here, within the limits (the format is told by the value); text that is not read
  // gives the one issue that says why.
  const log = new IssueLog();
  const value = readJsonText(input, {...DEFAULT_LIMITS, ...options?.limits}, log);
  return value === undefined ? {issues: log.finish(), format: 'event-timeline'} : parseValue(value, format, options);
}

/**
 * `value` is a parsed JSON value, never JSON text: a string is a document that is a string (JSON text
 * that held JSON text), reported as such and not parsed a second time.
 */
export function parseValue(value: unknown, format: InputFormat = 'auto', options?: ParseOptions): InputResult {
  try {
    if (typeof value === 'string') return failed(notADocument(value));
    // Only an explicit "timelinejs" forces the conversion; any other value (a typo included) detects.
    if (format === 'event-timeline' || (format !== 'timelinejs' && !isTimelineJs(value))) return {...parseTimeline(value, options), format: 'event-timeline'};
    const converted = fromTimelineJs(value, options?.limits?.maxTextLength);
    const {timeline, issues} = parseTimeline(converted.document, options);
    return {timeline, issues: [...converted.issues, ...issues.map((issue) => ({...issue, path: `${issue.path} (after conversion)`}))], format: 'timelinejs'};
  } catch (error) {
    // Detection or conversion read a value that throws (a getter, a Proxy).
    return failed(`could not be read: ${thrownMessage(error)}`);
  }
}

function failed(message: string): InputResult {
  const log = new IssueLog();
  log.add('(root)', message);
  return {issues: log.finish(), format: 'event-timeline'};
}
