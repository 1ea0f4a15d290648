// Live stories: asks `src` again every `refresh` seconds (conditional requests, none while the
// page is hidden, later and later after failures: src/model/refresh-schedule.ts), and keeps
// track of what each new version of a story adds, changes and removes, so that the element can
// keep the reader's place, mark what is new for a while, and say it once.
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {diffTimelines, type TimelineChanges} from '../../model/diff-timeline.js';
import type {RefreshSchedule} from '../../model/refresh-schedule.js';
import {lazyPart} from '../shared/lazy-part.js';
import type {Timeline} from '../../model/types.js';
import {LoadError, loadJsonIfChanged, type Validators} from './load-source.js';

// The schedule comes when a story is live: most stories never ask for it.
const schedulePart = lazyPart('live updates', () => import('../../model/refresh-schedule.js'));

/** How long new and changed events stay marked (ms). */
export const MARK_FOR = 60_000;

/** What the controller reads from its element. */
export interface LiveHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  refresh?: number;
}

/** Where a refreshed document goes (TimelineData), and the limits of its requests. */
export interface LiveSource {
  readonly limits: {timeout: number; maxBytes: number};
  refreshed(value: unknown): void;
}

export class LiveUpdates implements ReactiveController {
  /** The problem of the last request while requests fail (the story on screen stays); undefined when all is well. */
  problem?: string;
  /** Ids of the events marked as new or changed, with when their mark ends (performance.now()). */
  readonly #marks = new Map<string, number>();
  #schedule?: RefreshSchedule;
  /** What the schedule runs for: src and interval. */
  #scheduled?: string;
  #validators: Validators = {};
  #validatorsFor?: string;
  #previous?: Timeline;
  #request?: AbortController;
  #markTimer = 0;
  readonly #onVisibility = () => {
    if (!document.hidden) this.#schedule?.visible();
  };

  readonly #host: LiveHost;
  readonly #source: LiveSource;

  constructor(host: LiveHost, source: LiveSource) {
    this.#host = host;
    this.#source = source;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#sync();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#stop();
    clearTimeout(this.#markTimer);
  }

  /** Starts, restarts or stops asking for the story as `src` and `refresh` say. */
  hostUpdate(): void {
    this.#sync();
  }

  /** Asks for the story now (once), whatever the schedule: an app's "check for updates". */
  async refreshNow(): Promise<void> {
    try {
      await this.#check();
      this.#succeeded();
    } catch (error) {
      this.#failed(error, this.problem === undefined);
    }
  }

  /**
   * The changes from the timeline drawn before to `timeline`, when both are versions of one story
   * (they share an event id); marks the new and changed events. Undefined for a first or another story.
   */
  changesFor(timeline: Timeline): TimelineChanges | undefined {
    if (timeline === this.#previous) return undefined;
    const before = this.#previous;
    this.#previous = timeline;
    if (!before || !timeline.events.some((event) => before.events.some((other) => other.id === event.id))) {
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

  #sync(): void {
    const {src, refresh} = this.#host;
    const key = src && refresh !== undefined && Number.isFinite(refresh) && refresh > 0 && this.#host.isConnected ? `${src} ${refresh}` : undefined;
    if (src !== this.#validatorsFor) {
      this.#validators = {};
      this.#validatorsFor = src;
    }
    if (key === this.#scheduled) return;
    this.#stop();
    this.#scheduled = key;
    if (!key) return;
    void schedulePart.load().then((module) => {
      // (Stopped, or asked for something else, while it loaded; or it could not be loaded: the story stays as it is.)
      if (!module || this.#scheduled !== key) return;
      this.#schedule = new module.RefreshSchedule(
        {
          fetch: () => this.#check().then(() => this.#succeeded()),
          hidden: () => document.hidden,
          later: (callback, ms) => {
            const id = setTimeout(callback, ms);
            return () => clearTimeout(id);
          },
          failed: (error, first) => this.#failed(error, first),
        },
        refresh!,
      );
      this.#schedule.start();
    });
  }

  #stop(): void {
    this.#schedule?.stop();
    this.#schedule = undefined;
    this.#scheduled = undefined;
    this.#request?.abort();
  }

  /** One conditional request; a changed story goes to the data's reader. */
  async #check(): Promise<void> {
    const src = this.#host.src;
    if (!src) return;
    this.#request?.abort();
    const request = (this.#request = new AbortController());
    const answer = await loadJsonIfChanged(new URL(src, document.baseURI).href, {signal: request.signal, ...this.#source.limits}, this.#validators);
    if (request.signal.aborted || src !== this.#host.src || !answer.changed) return;
    this.#validators = answer.validators;
    this.#source.refreshed(answer.value);
  }

  #succeeded(): void {
    if (this.problem === undefined) return;
    this.problem = undefined;
    this.#host.requestUpdate();
  }

  #failed(error: unknown, first: boolean): void {
    if ((error as Error)?.name === 'AbortError') return;
    this.problem = error instanceof LoadError ? error.message : String(error);
    // Said once per run of failures; the story on screen stays, so there is no alert.
    if (first) console.warn(`<event-timeline>: could not check for updates: ${this.problem}`);
    this.#host.requestUpdate();
  }

  /** Redraws when the first mark ends, so that marks fade on their own. */
  #unmarkLater(): void {
    clearTimeout(this.#markTimer);
    const now = performance.now();
    const next = Math.min(...[...this.#marks.values()].filter((until) => until > now));
    if (Number.isFinite(next)) {
      this.#markTimer = window.setTimeout(() => {
        this.#host.requestUpdate();
        this.#unmarkLater();
      }, next - now + 1);
    }
  }
}
