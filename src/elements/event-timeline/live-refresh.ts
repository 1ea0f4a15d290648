// The polling half of live stories, a part of its own (loaded when a page first sets `refresh`
// or calls refreshNow()): when to ask (as `src` and `refresh` say, never while the page is hidden:
// the schedule, src/model/refresh-schedule.ts), one conditional request at a time, and the problem
// of the last request while requests fail. live-updates.ts keeps the rest in the first frame: the
// problem shown, and what changed.
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {RefreshSchedule} from '../../model/refresh-schedule.js';
import type {loadJsonIfChanged, Validators} from './load-source.js';

/** The element, as the polling reads it. */
export interface LiveHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  refresh?: number;
}

/** Where a refreshed document goes (TimelineData), and the limits of its requests. */
export interface LiveSource {
  readonly limits: {timeout: number; maxBytes: number};
  refreshed(value: unknown): void;
}

/** What the polling shares with the first frame (LiveUpdates): the problem it shows, and load-source.ts's loader. */
export interface LiveCore {
  problem?: string;
  /** load-source.ts's, passed in: the first frame has it already. */
  readonly load: typeof loadJsonIfChanged;
}

/** Whether the element asks for a live story: a `src`, and a `refresh` that is a number above 0. */
export const isLive = (src: string | undefined, refresh: number | undefined, connected: boolean): boolean =>
  Boolean(src && refresh !== undefined && Number.isFinite(refresh) && refresh > 0 && connected);

/** Starts, restarts and stops asking for the story as `src` and `refresh` say; added to the element once loaded. */
export class Polling implements ReactiveController, PollHost {
  validators: Validators = {};
  #poll?: Poll;
  /** refreshNow()'s own request while no schedule runs. */
  #once?: Poll;
  /** What the poll runs for: src and interval. */
  #scheduled?: string;
  #validatorsFor?: string;
  readonly #onVisibility = () => {
    if (!document.hidden) this.#poll?.visible();
  };
  readonly #host: LiveHost;
  readonly #source: LiveSource;
  readonly #core: LiveCore;

  constructor(host: LiveHost, source: LiveSource, core: LiveCore) {
    this.#host = host;
    this.#source = source;
    this.#core = core;
    host.addController(this);
  }

  get src(): string | undefined {
    return this.#host.src;
  }
  get limits(): LiveSource['limits'] {
    return this.#source.limits;
  }
  get load(): LiveCore['load'] {
    return this.#core.load;
  }
  refreshed(value: unknown): void {
    this.#source.refreshed(value);
  }
  succeeded(): void {
    if (this.#core.problem === undefined) return;
    this.#core.problem = undefined;
    this.#host.requestUpdate();
  }
  failed(error: unknown, first: boolean): void {
    if ((error as Error)?.name === 'AbortError') return;
    // A LoadError (load-source.ts, which has a `kind`) says it in its message.
    this.#core.problem = error instanceof Error && 'kind' in error ? error.message : String(error);
    // Said once per run of failures; the story on screen stays, so there is no alert.
    if (first) console.warn(`<event-timeline>: could not check for updates: ${this.#core.problem}`);
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.hostUpdate();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#stop();
  }

  hostUpdate(): void {
    const {src, refresh} = this.#host;
    const key = isLive(src, refresh, this.#host.isConnected) ? `${src} ${refresh}` : undefined;
    if (src !== this.#validatorsFor) {
      this.validators = {};
      this.#validatorsFor = src;
    }
    if (key === this.#scheduled) return;
    this.#stop();
    this.#scheduled = key;
    if (!key) return;
    this.#poll = new Poll(this);
    this.#poll.start(refresh!);
  }

  /** Asks for the story now (once), whatever the schedule: an app's "check for updates". */
  async refreshNow(): Promise<void> {
    try {
      await (this.#poll ?? (this.#once = new Poll(this))).check();
      this.succeeded();
    } catch (error) {
      this.failed(error, this.#core.problem === undefined);
    }
  }

  #stop(): void {
    this.#poll?.stop();
    this.#once?.stop();
    this.#poll = undefined;
    this.#scheduled = undefined;
  }
}

/** What a poll reads from and tells its element (LiveUpdates). */
export interface PollHost {
  readonly src?: string;
  readonly limits: {timeout: number; maxBytes: number};
  /** load-source.ts's, passed in: the first frame has it already. */
  readonly load: typeof loadJsonIfChanged;
  /** The server's word on the version drawn, kept across polls and refreshNow(). */
  validators: Validators;
  /** A new version of the story came. */
  refreshed(value: unknown): void;
  succeeded(): void;
  failed(error: unknown, first: boolean): void;
}

/** One poll: the request in flight, if any, and the schedule. */
export class Poll {
  private request?: AbortController;
  private schedule?: RefreshSchedule;

  constructor(private readonly host: PollHost) {}

  /** Asks every `interval` seconds (later after failures, never while the page is hidden). */
  start(interval: number): void {
    this.schedule = new RefreshSchedule(
      {
        fetch: () => this.check().then(() => this.host.succeeded()),
        hidden: () => document.hidden,
        later: (callback, ms) => {
          const id = setTimeout(callback, ms);
          return () => clearTimeout(id);
        },
        failed: (error, first) => this.host.failed(error, first),
      },
      interval,
    );
    this.schedule.start();
  }

  /** The page shows again. */
  visible(): void {
    this.schedule?.visible();
  }

  stop(): void {
    this.schedule?.stop();
    this.request?.abort();
  }

  /** One conditional request; a changed story goes to the element. */
  async check(): Promise<void> {
    const {host} = this;
    const src = host.src;
    if (!src) return;
    this.request?.abort();
    const request = (this.request = new AbortController());
    const answer = await host.load(new URL(src, document.baseURI).href, {signal: request.signal, ...host.limits}, host.validators);
    if (request.signal.aborted || src !== host.src || !answer.changed) return;
    host.validators = answer.validators;
    host.refreshed(answer.value);
  }
}
