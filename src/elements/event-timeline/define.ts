// Registers <event-timeline>, once: loading the library twice must not throw.
import {EventTimeline} from './event-timeline.js';

if (!customElements.get('event-timeline')) customElements.define('event-timeline', EventTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
  }
  interface HTMLElementEventMap {
    'timeline-select': CustomEvent<import('./event-timeline.js').TimelineSelectDetail>;
    'timeline-load': CustomEvent<import('./event-timeline.js').TimelineLoadDetail>;
    'timeline-update': CustomEvent<import('./event-timeline.js').TimelineUpdateDetail>;
  }
}

export {EventTimeline};
