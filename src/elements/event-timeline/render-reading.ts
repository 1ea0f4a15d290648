// What a reader reads beside the picture, one part (dist/chunks/render-reading-*.js): the detail
// card (render-detail.ts) and the list (render-list.ts), with the media they share
// (render-media.ts). A page loads both soon after the first frame anyway (the list kept for screen
// readers up to 300 events, the detail card in the same idle time), and one file costs less than
// three (0.7 KB gzipped less in all).
export * as detail from './render-detail.js';
export * as list from './render-list.js';
