// event-timeline/react: React components for both elements, made with @lit/react, with
// typed props and events (`onTimelineSelect`). Importing it defines the elements.
import * as React from 'react';
import {createComponent, type EventName} from '@lit/react';
import {
  EventTimeline as EventTimelineElement,
  type TimelineLoadDetail,
  type TimelineSelectDetail,
} from './elements/event-timeline/event-timeline.js';
import {QuoteCard as QuoteCardElement} from './elements/quote-card/quote-card.js';
import './elements/event-timeline/define.js';
import './elements/quote-card/define.js';

/** `<EventTimeline data={story} onTimelineSelect={(event) => event.detail.id} />` */
export const EventTimeline = createComponent({
  tagName: 'event-timeline',
  elementClass: EventTimelineElement,
  react: React,
  events: {
    onTimelineSelect: 'timeline-select' as EventName<CustomEvent<TimelineSelectDetail>>,
    onTimelineLoad: 'timeline-load' as EventName<CustomEvent<TimelineLoadDetail>>,
  },
  displayName: 'EventTimeline',
});

/** `<QuoteCard speaker="…" event="new-start">Words</QuoteCard>` */
export const QuoteCard = createComponent({
  tagName: 'quote-card',
  elementClass: QuoteCardElement,
  react: React,
  displayName: 'QuoteCard',
});

export type {TimelineLoadDetail, TimelineSelectDetail};
