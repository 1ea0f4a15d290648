// When a live story is asked for again: every `interval` seconds (never more often than every
// 15), not while the page is hidden (one request as soon as it shows again), and after a failure
// later and later (the wait doubles, up to ten minutes) until a request succeeds. Pure
// scheduling: the caller gives it a clock and a way to fetch, so it is tested without a network.

/** Never poll more often than this (seconds): a newsroom's server is shared by every reader. */
export const MIN_REFRESH = 15;
/** The longest wait after failures (seconds). */
export const MAX_BACKOFF = 600;

export interface RefreshHost {
  /** Starts one request; resolves when it is done, rejects when it failed. */
  fetch(): Promise<void>;
  /** Is the page hidden (Page Visibility)? */
  hidden(): boolean;
  /** Calls `callback` after `ms`; returns what cancels it. */
  later(callback: () => void, ms: number): () => void;
  /** Told of each failure with whether it is the first of a run (so it is reported once). */
  failed(error: unknown, first: boolean): void;
}

export class RefreshSchedule {
  private cancel?: () => void;
  private running = false;
  private failures = 0;
  /** A request came due while the page was hidden: make it when the page shows. */
  private owed = false;
  private inFlight = false;

  constructor(
    private readonly host: RefreshHost,
    private interval: number,
  ) {
    this.interval = Math.max(MIN_REFRESH, interval);
  }

  /** Seconds until the next request: the interval, doubled for each failure in a row, capped. */
  get delay(): number {
    return Math.min(MAX_BACKOFF, this.interval * 2 ** this.failures);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule();
  }

  stop(): void {
    this.running = false;
    this.owed = false;
    this.cancel?.();
    this.cancel = undefined;
  }

  /** The page shows again: one request now if one came due while it was hidden. */
  visible(): void {
    if (!this.running || !this.owed) return;
    this.owed = false;
    this.cancel?.();
    void this.tick();
  }

  private schedule(): void {
    this.cancel?.();
    this.cancel = this.host.later(() => void this.tick(), this.delay * 1000);
  }

  private async tick(): Promise<void> {
    if (!this.running || this.inFlight) return;
    if (this.host.hidden()) {
      this.owed = true;
      return;
    }
    this.inFlight = true;
    try {
      await this.host.fetch();
      this.failures = 0;
    } catch (error) {
      this.host.failed(error, this.failures === 0);
      this.failures++;
    } finally {
      this.inFlight = false;
    }
    if (this.running) this.schedule();
  }
}
