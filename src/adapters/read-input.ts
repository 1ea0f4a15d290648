// One way in for every input format: event JSON as it is, TimelineJS3 JSON converted first
// (when asked for, or detected), then parseTimeline. The issues of both steps come back
// together; those found after a conversion say so, since their paths are of the converted document.
// (The element does the same in steps, loading the converter only when it needs it.)
import {parseTimeline, type ParseOptions} from '../model/parse-timeline.js';
import type {ParseResult} from '../model/types.js';
import {afterConversion, readInput, type InputFormat} from './input-format.js';
import {fromTimelineJs} from './timelinejs.js';

export type {InputFormat} from './input-format.js';

export interface InputResult extends ParseResult {
  format: 'event-timeline' | 'timelinejs';
}

/** `input` is a parsed JSON value or JSON text. */
export function parseInput(input: unknown, format: InputFormat = 'auto', options?: ParseOptions): InputResult {
  const {value, timelinejs} = readInput(input, format, options?.limits?.maxBytes);
  if (!timelinejs) return {...parseTimeline(value, options), format: 'event-timeline'};
  const converted = fromTimelineJs(value);
  return {...afterConversion(converted, parseTimeline(converted.document, options)), format: 'timelinejs'};
}
