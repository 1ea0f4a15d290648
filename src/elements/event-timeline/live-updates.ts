// Live stories: asks `src` again every `refresh` seconds (conditional requests, none while the
// page is hidden, later and later after failures: the live refresh part, live-refresh.ts, loaded
// when a page first asks for it), and keeps track of what each new version of a story adds,
// changes and removes, so that the element can keep the reader's place, mark what is new for a
// while, and say it once.
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {diffTimelines, type TimelineChanges} from '../../model/diff-timeline.js';
import type {Timeline} from '../../model/types.js';
import {lazyPart} from '../shared/lazy-part.js';
import {LoadError, loadJsonIfChanged, type Validators} from './load-source.js';
import type {Poll, PollHost} from './live-refresh.js';

const refreshPart = lazyPart('live updates', () => import('./live-refresh.js'));

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

export class LiveUpdates implements ReactiveController, PollHost {
  /** The problem of the last request while requests fail (the story on screen stays); undefined when all is well. */
  problem?: string;
  validators: Validators = {};
  readonly load = loadJsonIfChanged;
  /** Ids of the events marked as new or changed, with when their mark ends (performance.now()). */
  readonly #marks = new Map<string, number>();
  #poll?: Poll;
  /** refreshNow()'s own request while no schedule runs. */
  #once?: Poll;
  /** What the poll runs for: src and interval. */
  #scheduled?: string;
  #validatorsFor?: string;
  #previous?: Timeline;
  #markTimer = 0;
  readonly #onVisibility = () => {
    if (!document.hidden) this.#poll?.visible();
  };

  readonly #host: LiveHost;
  readonly #source: LiveSource;

  constructor(host: LiveHost, source: LiveSource) {
    this.#host = host;
    this.#source = source;
    host.addController(this);
  }

  get src(): string | undefined {
    return this.#host.src;
  }

  get limits(): LiveSource['limits'] {
    return this.#source.limits;
  }

  refreshed(value: unknown): void {
    this.#source.refreshed(value);
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
      const part = await this.#refreshPart();
      await (this.#poll ?? (this.#once = new part.Poll(this))).check();
      this.succeeded();
    } catch (error) {
      this.failed(error, this.problem === undefined);
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
    const key =
      src && refresh !== undefined && Number.isFinite(refresh) && refresh > 0 && this.#host.isConnected ? `${src} ${refresh}` : undefined;
    if (src !== this.#validatorsFor) {
      this.validators = {};
      this.#validatorsFor = src;
    }
    if (key === this.#scheduled) return;
    this.#stop();
    this.#scheduled = key;
    if (!key) return;
    this.#refreshPart().then(
      (part) => {
        if (this.#scheduled !== key) return;
        this.#poll = new part.Poll(this);
        this.#poll.start(refresh!);
      },
      (error: unknown) => this.failed(error, true),
    );
  }

  /** The live refresh part, or a LoadError saying it could not be loaded (offline). */
  async #refreshPart() {
    const part = await refreshPart.load();
    if (!part) throw new LoadError('part', `its ${refreshPart.name} part could not be loaded`);
    return part;
  }

  #stop(): void {
    this.#poll?.stop();
    this.#once?.stop();
    this.#poll = undefined;
    this.#scheduled = undefined;
  }

  succeeded(): void {
    if (this.problem === undefined) return;
    this.problem = undefined;
    this.#host.requestUpdate();
  }

  failed(error: unknown, first: boolean): void {
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
      this.#markTimer = window.setTimeout(
        () => {
          this.#host.requestUpdate();
          this.#unmarkLater();
        },
        next - now + 1,
      );
    }
  }
}
