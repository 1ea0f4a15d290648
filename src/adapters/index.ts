// Readers of other ways to write a timeline: TimelineJS3 JSON (pure, no DOM) and an HTML list in
// the element's light DOM. Each returns an event JSON document for parseTimeline, and its issues.
export {fromTimelineJs, isTimelineJs} from './timelinejs.js';
export {readLightDomList} from './light-dom-list.js';
export {htmlToText} from './html-text.js';
export {parseInput, type InputFormat, type InputResult} from './read-input.js';
