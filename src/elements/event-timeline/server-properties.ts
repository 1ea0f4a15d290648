// What <event-timeline> reads on the server only, declared before the element is defined there
// (server.ts imports this first): `initial-width`, the width the server lays out at. The browser's
// first frame needs no code for it; hydration reads the attribute (shared/hydration.ts).
import {EventTimeline} from './event-timeline.js';

EventTimeline.createProperty('initialWidth', {type: Number, attribute: 'initial-width'});
