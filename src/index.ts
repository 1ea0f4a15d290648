// event-timeline: defines every element of the library and exports the public API.
import './elements/event-timeline/define.js';
import './elements/quote-card/define.js';

export * from './elements.js';
export * from './model/index.js';
export {registerStrings, type TimelineStrings, type TimelineStringsOverride} from './i18n/strings.js';
export {stringsFor} from './i18n/complete-strings.js';
