// event-timeline/model: the parser, EDTF dates and types, without any DOM (usable in Node).
export {parseTimeline, type ParseOptions} from './parse-timeline.js';
export {teach, guessDate, type TaughtIssue} from './teach.js';
export {toDocument} from './to-document.js';
export {parseEdtf, earliest, latest, isFuzzy, edtfFromTime, type EdtfResult} from './edtf.js';
export {safeUrl} from './safe-url.js';
export {safeColor} from './safe-color.js';
export {DEFAULT_LIMITS, type TimelineLimits} from './limits.js';
export type * from './types.js';
export type * from './document.js';
export {EVENT_STATUSES, LINK_KINDS} from './types.js';
