// schema.org JSON-LD as one part, loaded when a page first asks for `structured-data`: what to
// write (schema-org.ts) and how (json-ld.ts, through the Trusted Types policy).
export {writeJsonLd} from './json-ld.js';
export {quotationJsonLd, timelineJsonLd} from './schema-org.js';
