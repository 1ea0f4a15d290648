// event-timeline/elements: the element classes without registering any tag, for apps that
// register their own names, as subclasses: `customElements.define('news-timeline', class extends EventTimeline {})`
// (a class can be registered once, and the main entry registers these).
export {EventTimeline, type TimelineSelectDetail, type TimelineLoadDetail} from './elements/event-timeline/event-timeline.js';
export {QuoteCard} from './elements/quote-card/quote-card.js';
