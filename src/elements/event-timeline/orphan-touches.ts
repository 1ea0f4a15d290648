// A touch's moves and its end are sent to the element the touch started on, and reach the drawing
// (and d3-zoom, which listens there) by bubbling up from it. A pinch's own zoom steps redraw: a
// cluster badge or an event that the new zoom level no longer draws leaves the document, and the
// touches that started on it would then reach nobody: the pinch would stop following the fingers
// and never end. This hands the events of such orphaned touches to the drawing instead (not
// composed: they reach the drawing's listeners, not the page's, which never saw them before either).

/**
 * Watches the targets of the touches that start inside `root`; while a target is out of the
 * document, its touch events are dispatched again on `root`. Returns the function that stops.
 */
export function keepOrphanTouches(root: Element): () => void {
  let live = true;
  // One function for every target: adding it twice to one target adds it once.
  const forward = (event: TouchEvent) => {
    if (live && !(event.target as Node).isConnected)
      try {
        const copy = new TouchEvent(event.type, {
          bubbles: true,
          cancelable: true,
          touches: [...event.touches],
          targetTouches: [...event.targetTouches],
          changedTouches: [...event.changedTouches],
        });
        root.dispatchEvent(copy);
        // What the drawing's listeners decided (a pinch is not a page zoom) holds for the real event.
        if (copy.defaultPrevented && event.cancelable) event.preventDefault();
      } catch {
        // A browser without the TouchEvent constructor (desktop Firefox): the touch stays lost, as before.
      }
  };
  const started = (event: TouchEvent) => {
    for (const {target} of event.changedTouches)
      if (target !== root)
        for (const type of ['touchmove', 'touchend', 'touchcancel']) target.addEventListener(type, forward as EventListener);
  };
  // In the capture phase: d3-zoom stops a touchstart it takes from going further.
  root.addEventListener('touchstart', started as EventListener, {capture: true, passive: true});
  return () => {
    live = false;
    root.removeEventListener('touchstart', started as EventListener, {capture: true});
  };
}
