// What a new version of a story changed, and the marks that show it: a part of its own, loaded
// when a second version of a story first arrives (a live refresh, or an app setting `data`
// again); a story drawn once never needs it. It compares the versions (model/diff-timeline.ts),
// keeps the reader's place, marks the new and changed events for a minute (redrawing when a mark
// ends), says what changed, words the button that shows new events out of view, and brings the
// marks' style (a ring that pulses unless the reader prefers less motion).
import {css, type ReactiveControllerHost} from 'lit';
import {countText} from '../../i18n/phrases.js';
import {withEnglish, type LoadedStrings} from '../../i18n/strings.js';
import {EN_LIVE} from '../../i18n/locales/en-live.js';
import {updatesLabel} from '../../i18n/updates-label.js';
import {diffTimelines, type TimelineChanges} from '../../model/diff-timeline.js';
import type {Timeline} from '../../model/types.js';
import type {ViewEvent, ViewLayout} from '../../layout/view.js';
import type {Selection} from './selection.js';
import type {TimelineView} from './timeline-view.js';

/** Where the reader is, which a new version of the story keeps (selection.ts and the element's `selected`). */
export interface Place {
  host: {selected?: string; readonly renderRoot: HTMLElement | DocumentFragment};
  selection: Selection;
  /** When an event of the version drawn before starts. */
  startOf(id: string): number | undefined;
}

/** What is drawn (the viewport's): the view model, and what the zoom shows. */
export interface Drawn {
  readonly model?: TimelineView;
  readonly shown?: ViewLayout;
}

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
  changes(before: Timeline, timeline: Timeline, place: Place): TimelineChanges | undefined {
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
    keepPlace(changes, timeline, place);
    return changes;
  }

  /** What changed, said once: "2 new events, 1 changed". */
  announcement(changes: TimelineChanges, lang: string): string {
    return updatesLabel(changes, lang);
  }

  /** Marked events that lie out of view (off screen, or not drawn at all), and the words of the button that takes the reader there ("Show 2 new"). */
  outOfView({model, shown}: Drawn, strings: LoadedStrings, lang: string): {label: string; ids: string[]} | undefined {
    if (!model || !shown) return undefined;
    const along = (event: ViewEvent) => (model.vertical ? event.y : event.x);
    const inView = new Set(shown.events.filter((event) => along(event) >= 0 && along(event) <= model.viewLength).map((event) => event.id));
    const ids = this.markedIds().filter((id) => model.byId.has(id) && !inView.has(id));
    return ids.length ? {label: withEnglish(strings, EN_LIVE).showNew(countText(ids.length, lang)), ids} : undefined;
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

/**
 * A new version of the story is about to be drawn (in `willUpdate`): a removed event's card
 * closes and its selection goes; the focus moves to the event nearest it in time.
 */
function keepPlace(changes: TimelineChanges, timeline: Timeline, {host, selection, startOf}: Place): void {
  const removed = new Set(changes.removed);
  if (host.selected && removed.has(host.selected)) host.selected = undefined;
  if (selection.detailId && removed.has(selection.detailId)) selection.detailId = undefined;
  if (selection.focusId && removed.has(selection.focusId)) {
    const was = startOf(selection.focusId) ?? 0;
    const nearest = timeline.events.reduce(
      (best, event) => (Math.abs(event.start - was) < Math.abs(best.start - was) ? event : best),
      timeline.events[0],
    );
    const hadFocus = (host.renderRoot as ShadowRoot).activeElement?.getAttribute('data-event-id') === selection.focusId;
    selection.focusId = nearest?.id;
    if (hadFocus) selection.focusOnceDrawn();
  }
}
