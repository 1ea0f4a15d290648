// One way in for every input format: event JSON as it is, TimelineJS3 JSON converted first
// (when asked for, or detected), then parseTimeline. The issues of both steps come back
// together; those found after a conversion say so, since their paths are of the converted document.
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
  if (typeof input === 'string' && format !== 'event-timeline') {
    try {
      value = JSON.parse(input);
    } catch {
      return {...parseTimeline(input, options), format: 'event-timeline'}; // says why it is not JSON
    }
  }
  if (format === 'timelinejs' || (format === 'auto' && isTimelineJs(value))) {
    const converted = fromTimelineJs(value);
    const result = parseTimeline(converted.document, options);
    const issues = [...converted.issues, ...result.issues.map((issue) => ({...issue, path: `${issue.path} (after conversion)`}))];
    return {timeline: result.timeline, issues, format: 'timelinejs'};
  }
  return {...parseTimeline(value, options), format: 'event-timeline'};
}
