// event-timeline/elements: the element classes without registering any tag, for apps that
// register their own names (`customElements.define('news-timeline', EventTimeline)`).
export {EventTimeline, type TimelineSelectDetail, type TimelineLoadDetail} from './elements/event-timeline/event-timeline.js';
export {QuoteCard} from './elements/quote-card/quote-card.js';
