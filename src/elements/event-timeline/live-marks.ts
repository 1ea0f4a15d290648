// What a new version of a story changed, and the marks that show it: a part of its own, loaded
// when a second version of a story first arrives (a live refresh, or an app setting `data`
// again); a story drawn once never needs it. It compares the versions (model/diff-timeline.ts),
// marks the new and changed events for a minute, redraws when a mark ends, and brings the marks'
// style (a ring that pulses unless the reader prefers less motion).
import {css, type ReactiveControllerHost} from 'lit';
import {diffTimelines, type TimelineChanges} from '../../model/diff-timeline.js';
import type {Timeline} from '../../model/types.js';

/** How long new and changed events stay marked (ms). */
export const MARK_FOR = 60_000;

export const styles = css`
  .event.fresh .hit {
    stroke: var(--_focus);
    stroke-width: 2;
    stroke-dasharray: 4 3;
  }
  @media (prefers-reduced-motion: no-preference) {
    .event.fresh .hit {
      animation: fresh 1.2s ease-in-out 4;
    }
    @keyframes fresh {
      50% {
        stroke-opacity: 0.2;
      }
    }
  }
`;

export class LiveMarks {
  /** Ids of the events marked as new or changed, with when their mark ends (performance.now()). */
  readonly #marks = new Map<string, number>();
  #timer = 0;
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /**
   * The changes from `before` to `timeline` when both are versions of one story (they share an
   * event id), marking the new and changed events; undefined for another story (the marks go).
   */
  changes(before: Timeline, timeline: Timeline): TimelineChanges | undefined {
    const ids = new Set(before.events.map((event) => event.id));
    if (!timeline.events.some((event) => ids.has(event.id))) {
      this.#marks.clear();
      return undefined;
    }
    const changes = diffTimelines(before, timeline);
    const until = performance.now() + MARK_FOR;
    for (const id of changes.removed) this.#marks.delete(id);
    for (const id of [...changes.added, ...changes.changed]) this.#marks.set(id, until);
    this.#unmarkLater();
    return changes;
  }

  /** Is the event marked as new or changed? */
  marked(id: string): boolean {
    return (this.#marks.get(id) ?? 0) > performance.now();
  }

  /** The ids marked as new or changed, in no particular order. */
  markedIds(): string[] {
    const now = performance.now();
    return [...this.#marks].filter(([, until]) => until > now).map(([id]) => id);
  }

  /** Stops the timer (the element was removed). */
  stop(): void {
    clearTimeout(this.#timer);
  }

  /** Redraws when the first mark ends, so that marks fade on their own. */
  #unmarkLater(): void {
    clearTimeout(this.#timer);
    const now = performance.now();
    const next = Math.min(...[...this.#marks.values()].filter((until) => until > now));
    if (Number.isFinite(next)) {
      this.#timer = window.setTimeout(
        () => {
          this.#host.requestUpdate();
          this.#unmarkLater();
        },
        next - now + 1,
      );
    }
  }
}
