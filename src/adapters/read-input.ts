// One way in for every input format: event JSON as it is, TimelineJS3 JSON converted first
// (when asked for, or detected), then parseTimeline. The issues of both steps come back
// together; those found after a conversion say so, since their paths are of the converted document.
// (The element does the same in steps, loading the converter only when it needs it.)
import {parseTimeline, type ParseOptions} from '../model/parse-timeline.js';
import {teach} from '../model/teach.js';
import type {ParseResult} from '../model/types.js';
import {afterConversion, readInput, total, type InputFormat} from './input-format.js';
import {teachTimelineJs} from './teach-formats.js';
import {fromTimelineJs} from './timelinejs.js';

export type {InputFormat} from './input-format.js';

export interface InputResult extends ParseResult {
  format: 'event-timeline' | 'timelinejs';
}

/** `input` is JSON text (a string) or a parsed JSON value (anything else). */
export function parseInput(input: unknown, format: InputFormat = 'auto', options?: ParseOptions): InputResult {
  return readWith(input, format, typeof input === 'string', options);
}

/**
 * `value` is a parsed JSON value, never JSON text: a string is a document that is a string (JSON text
 * that held JSON text), reported as such and not parsed a second time.
 */
export function parseValue(value: unknown, format: InputFormat = 'auto', options?: ParseOptions): InputResult {
  return readWith(value, format, false, options);
}

// Each issue says how to fix it (teach.ts; for TimelineJS3, in TimelineJS3's terms: teach-formats.ts).
function readWith(input: unknown, format: InputFormat, text: boolean, options?: ParseOptions): InputResult {
  const reading = readInput(input, format, text, options?.limits);
  if ('failed' in reading) return {...reading.failed, format: 'event-timeline'};
  const {value, timelinejs} = reading;
  if (!timelinejs) {
    const result = total(() => parseTimeline(value, options));
    return {...result, issues: total(() => ({issues: teach(result.issues, value)})).issues, format: 'event-timeline'};
  }
  return {
    ...total(() => {
      const converted = fromTimelineJs(value, options?.limits?.maxTextLength);
      const result = afterConversion(converted, parseTimeline(converted.document, options));
      return {...result, issues: teachTimelineJs(result.issues, value, converted.document)};
    }),
    format: 'timelinejs',
  };
}
