// event-timeline/event-timeline.js: defines <event-timeline> only.
export * from './elements/event-timeline/define.js';
