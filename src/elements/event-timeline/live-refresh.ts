// The polling half of live stories, a part of its own (loaded when a page first sets `refresh`
// or calls refreshNow()): the schedule (src/model/refresh-schedule.ts) and one conditional
// request at a time. live-updates.ts keeps the rest (what changed, the marks) in the first frame.
import {RefreshSchedule} from '../../model/refresh-schedule.js';
import type {loadJsonIfChanged, Validators} from './load-source.js';

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
