// What the element tells the page once a story is drawn: `timeline-load` for newly read data,
// `timeline-update` for a new version of the story on screen, and the JSON-LD it writes when
// `structured-data` is set. After the update that drew it, so that listeners (quote cards, apps)
// find it drawn; added after the controllers that touch the DOM, so after their work.
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {TimelineChanges} from '../../model/diff-timeline.js';
import type {ParseResult} from '../../model/types.js';
import type {PartLoads} from '../shared/part-loads.js';
import {syncJsonLd} from '../shared/structured-data-part.js';
import type {TimelineLoadDetail, TimelineUpdateDetail} from './event-timeline.js';

interface StoryHost extends ReactiveControllerHost, HTMLElement {
  structuredData: boolean;
}

export class StoryEvents implements ReactiveController {
  /** What the last new version of the story changed, told to listeners once it is drawn. */
  #pendingChanges?: TimelineChanges;
  /** The result of reading the data last drawn: a new one fires `timeline-load`. */
  #drawnResult?: unknown;
  #structuredData = false;
  readonly #host: StoryHost;
  readonly #result: () => ParseResult | undefined;
  readonly #parts: PartLoads;

  constructor(host: StoryHost, result: () => ParseResult | undefined, parts: PartLoads) {
    this.#host = host;
    this.#result = result;
    this.#parts = parts;
    host.addController(this);
  }

  /** A new version of the story is drawn in this update (`willUpdate`): `timeline-update` follows it. */
  updated(changes: TimelineChanges): void {
    this.#pendingChanges = changes;
  }

  hostUpdated(): void {
    const host = this.#host;
    const result = this.#result();
    const fresh = result !== this.#drawnResult;
    if (fresh || host.structuredData !== this.#structuredData) {
      this.#structuredData = host.structuredData;
      const wanted = () => (host.structuredData ? this.#result()?.timeline : undefined);
      syncJsonLd(
        host,
        wanted() !== undefined,
        (part) => {
          const timeline = wanted();
          return timeline && part.timelineJsonLd(timeline);
        },
        this.#parts,
      );
    }
    const send = <T>(type: string, detail: T) => host.dispatchEvent(new CustomEvent<T>(type, {detail, bubbles: true, composed: true}));
    if (this.#pendingChanges) {
      const detail = this.#pendingChanges;
      this.#pendingChanges = undefined;
      send<TimelineUpdateDetail>('timeline-update', detail);
    }
    if (!fresh) return;
    this.#drawnResult = result;
    if (result) send<TimelineLoadDetail>('timeline-load', {timeline: result.timeline, issues: result.issues});
  }
}
