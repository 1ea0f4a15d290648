// The entry of the drop-in bundle (dist/event-timeline.js): defines both elements, and exports
// what a page without a build step may call. Apps importing from npm get the full API from index.ts.
import './elements/event-timeline/define.js';
import './elements/quote-card/define.js';

export {EventTimeline, QuoteCard} from './elements.js';
export {parseTimeline} from './model/parse-timeline.js';
export {registerStrings} from './i18n/strings.js';
