// One way in for every input format: event JSON as it is, TimelineJS3 JSON converted first
// (when asked for, or detected), then parseTimeline. The issues of both steps come back
// together; those found after a conversion say so, since their paths are of the converted document.
import {DEFAULT_LIMITS} from '../model/limits.js';
import {parseTimeline, type ParseOptions} from '../model/parse-timeline.js';
import type {ParseResult} from '../model/types.js';
import {fromTimelineJs, isTimelineJs} from './timelinejs.js';

export type InputFormat = 'auto' | 'event-timeline' | 'timelinejs';

export interface InputResult extends ParseResult {
  format: 'event-timeline' | 'timelinejs';
}

/** `input` is a parsed JSON value or JSON text. */
export function parseInput(input: unknown, format: InputFormat = 'auto', options?: ParseOptions): InputResult {
  let value = input;
  // Text over the size limit is never parsed: parseTimeline refuses it by its length.
  const maxBytes = options?.limits?.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  try {
    if (typeof input === 'string' && format !== 'event-timeline' && input.length <= maxBytes) value = JSON.parse(input);
  } catch {
    // Left as text: parseTimeline says why it is not JSON.
  }
  // Only an explicit "timelinejs" forces the conversion; any other value (a typo included) detects.
  if (typeof value === 'string' || format === 'event-timeline' || (format !== 'timelinejs' && !isTimelineJs(value))) {
    return {...parseTimeline(value, options), format: 'event-timeline'};
  }
  const converted = fromTimelineJs(value);
  const {timeline, issues} = parseTimeline(converted.document, options);
  return {timeline, issues: [...converted.issues, ...issues.map((issue) => ({...issue, path: `${issue.path} (after conversion)`}))], format: 'timelinejs'};
}
