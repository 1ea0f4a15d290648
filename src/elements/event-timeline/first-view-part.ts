// The first view part (loaded when a story or the page asks for a first view other than the whole
// story: start-view.ts): works out the stretch of time `start-at` names (layout/first-view.ts) and
// shows it at once, never animated.
import {firstView} from '../../layout/first-view.js';
import type {Timeline} from '../../model/types.js';
import type {Viewport} from './viewport.js';

/** Shows what `choice` (`start-at`, else the document's own `startAt`) names in the story drawn; a choice it cannot use is warned about. */
export function showFirstView(viewport: Viewport, timeline: Timeline, choice: string, startAt: string | undefined): void {
  const {window, problem} = firstView(timeline, choice, viewport.model!.geometry.scale);
  if (problem) console.warn(`event-timeline: start-at ${JSON.stringify(startAt)} ${problem}; the whole story is shown`);
  if (window) viewport.showExactly(window);
}
