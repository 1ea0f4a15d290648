// Live stories: asks `src` again every `refresh` seconds (conditional requests, none while the
// page is hidden, later and later after failures: src/model/refresh-schedule.ts), and keeps
// track of what each new version of a story adds, changes and removes, so that the element can
// keep the reader's place, mark what is new for a while, and say it once.
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {diffTimelines, type TimelineChanges} from '../../model/diff-timeline.js';
import {RefreshSchedule} from '../../model/refresh-schedule.js';
import type {Timeline} from '../../model/types.js';
import {LoadError, loadJsonIfChanged, type Validators} from './load-source.js';

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
  private readonly marks = new Map<string, number>();
  private schedule?: RefreshSchedule;
  /** What the schedule runs for: src and interval. */
  private scheduled?: string;
  private validators: Validators = {};
  private validatorsFor?: string;
  private previous?: Timeline;
  private request?: AbortController;
  private markTimer = 0;
  private readonly onVisibility = () => {
    if (!document.hidden) this.schedule?.visible();
  };

  constructor(
    private readonly host: LiveHost,
    private readonly source: LiveSource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
    this.sync();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stop();
    clearTimeout(this.markTimer);
  }

  /** Starts, restarts or stops asking for the story as `src` and `refresh` say. */
  hostUpdate(): void {
    this.sync();
  }

  /** Asks for the story now (once), whatever the schedule: an app's "check for updates". */
  async refreshNow(): Promise<void> {
    try {
      await this.check();
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
    if (timeline === this.previous) return undefined;
    const before = this.previous;
    this.previous = timeline;
    if (!before || !timeline.events.some((event) => before.events.some((other) => other.id === event.id))) {
      this.marks.clear();
      return undefined;
    }
    const changes = diffTimelines(before, timeline);
    const until = performance.now() + MARK_FOR;
    for (const id of changes.removed) this.marks.delete(id);
    for (const id of [...changes.added, ...changes.changed]) this.marks.set(id, until);
    this.unmarkLater();
    return changes;
  }

  /** Is the event marked as new or changed? */
  marked(id: string): boolean {
    return (this.marks.get(id) ?? 0) > performance.now();
  }

  /** The ids marked as new or changed, in no particular order. */
  markedIds(): string[] {
    const now = performance.now();
    return [...this.marks].filter(([, until]) => until > now).map(([id]) => id);
  }

  private sync(): void {
    const {src, refresh} = this.host;
    const key = src && refresh !== undefined && Number.isFinite(refresh) && refresh > 0 && this.host.isConnected ? `${src} ${refresh}` : undefined;
    if (src !== this.validatorsFor) {
      this.validators = {};
      this.validatorsFor = src;
    }
    if (key === this.scheduled) return;
    this.stop();
    this.scheduled = key;
    if (!key) return;
    this.schedule = new RefreshSchedule(
      {
        fetch: () => this.check().then(() => this.succeeded()),
        hidden: () => document.hidden,
        later: (callback, ms) => {
          const id = setTimeout(callback, ms);
          return () => clearTimeout(id);
        },
        failed: (error, first) => this.failed(error, first),
      },
      refresh!,
    );
    this.schedule.start();
  }

  private stop(): void {
    this.schedule?.stop();
    this.schedule = undefined;
    this.scheduled = undefined;
    this.request?.abort();
  }

  /** One conditional request; a changed story goes to the data's reader. */
  private async check(): Promise<void> {
    const src = this.host.src;
    if (!src) return;
    this.request?.abort();
    const request = (this.request = new AbortController());
    const answer = await loadJsonIfChanged(new URL(src, document.baseURI).href, {signal: request.signal, ...this.source.limits}, this.validators);
    if (request.signal.aborted || src !== this.host.src || !answer.changed) return;
    this.validators = answer.validators;
    this.source.refreshed(answer.value);
  }

  private succeeded(): void {
    if (this.problem === undefined) return;
    this.problem = undefined;
    this.host.requestUpdate();
  }

  private failed(error: unknown, first: boolean): void {
    if ((error as Error)?.name === 'AbortError') return;
    this.problem = error instanceof LoadError ? error.message : String(error);
    // Said once per run of failures; the story on screen stays, so there is no alert.
    if (first) console.warn(`<event-timeline>: could not check for updates: ${this.problem}`);
    this.host.requestUpdate();
  }

  /** Redraws when the first mark ends, so that marks fade on their own. */
  private unmarkLater(): void {
    clearTimeout(this.markTimer);
    const now = performance.now();
    const next = Math.min(...[...this.marks.values()].filter((until) => until > now));
    if (Number.isFinite(next)) {
      this.markTimer = window.setTimeout(() => {
        this.host.requestUpdate();
        this.unmarkLater();
      }, next - now + 1);
    }
  }
}
