// Hydration of pages made by the server renderer (server.ts), and the entry of
// dist/event-timeline.hydrate.js (the drop-in bundle in one file, with it). Lit's hydration
// support comes first, as it must come before Lit's element class; then the elements, and how
// they take over the server's markup (elements/shared/hydration.ts) instead of drawing it again.
// Apps that bundle: `import 'event-timeline/hydrate'` before anything else that imports Lit.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './elements/shared/hydration.js';

export * from './bundle.js';
