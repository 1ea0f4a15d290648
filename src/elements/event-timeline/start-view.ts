// What a story shows first (`start-at`, else the document's own `startAt`): worked out by the
// first view part (first-view-part.ts and layout/first-view.ts, loaded when a story or the page
// asks for one) and drawn at once, never animated, in the update that draws the story, or in the
// one after the part came.
import type {Timeline} from '../../model/types.js';
import {lazyPart} from '../shared/lazy-part.js';
import type {PartLoads} from '../shared/part-loads.js';
import type {Viewport} from './viewport.js';

const firstViewPart = lazyPart('first view', () => import('./first-view-part.js'));

/** Whether `start-at` (or the story's own) asks for more than the whole story. */
const chosen = (choice: string | undefined): choice is string => Boolean(choice && choice !== 'all');

export class StartView {
  /** The story whose first view is still to be shown, waiting for its part. */
  #of?: Timeline;
  readonly #parts: PartLoads;
  readonly #viewport: Viewport;

  constructor(parts: PartLoads, viewport: Viewport) {
    this.#parts = parts;
    this.#viewport = viewport;
  }

  /**
   * In `willUpdate`, once the view model is set: a new story (`timeline`, the one read) gets its
   * first view; a new `start-at` too, when a story was drawn before (`hadModel`).
   */
  update(
    startAt: string | undefined,
    timeline: Timeline | undefined,
    {newStory, startAtChanged, hadModel}: {newStory: boolean; startAtChanged: boolean; hadModel: boolean},
  ): void {
    if (newStory && timeline && chosen(startAt ?? timeline.startAt)) this.#of = timeline;
    if (startAtChanged) {
      // Asked for as soon as `start-at` is set: usually before the data has come.
      if (chosen(startAt)) this.#parts.get(firstViewPart);
      if (hadModel) this.#of = timeline;
    }
    if (this.#of && this.#of === this.#viewport.model?.timeline) this.#show(this.#of, startAt);
  }

  #show(timeline: Timeline, startAt: string | undefined): void {
    const choice = startAt ?? timeline.startAt;
    const part = chosen(choice) ? this.#parts.get(firstViewPart) : undefined;
    if (part === undefined && chosen(choice) && !this.#parts.failed.has(firstViewPart.name)) return;
    this.#of = undefined;
    // "all", set after the story was drawn: the whole story again.
    if (!part) return this.#viewport.showExactly(undefined);
    part.showFirstView(this.#viewport, timeline, choice!, startAt);
  }
}
