// Loads the bundle unless the page was opened with ?nojs, to compare the page with and without JavaScript.
if (!new URLSearchParams(location.search).has('nojs')) await import('/dist/event-timeline.js');
