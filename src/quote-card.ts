// event-timeline/quote-card.js: defines <quote-card> only.
export * from './elements/quote-card/define.js';
