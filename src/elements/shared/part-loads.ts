// What one element waits for: the lazily loaded parts it asked for, and the work that needs them.
// The element's `updateComplete` waits for these too, so `await element.updateComplete` means
// "drawn, with everything it asked for"; a part that could not be loaded is named until it loads.
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {LazyPart} from './lazy-part.js';

export class PartLoads implements ReactiveController {
  /** Names of the parts that could not be loaded: the element says so, with a way to try again. */
  readonly failed = new Set<string>();
  readonly #waiting = new Set<Promise<unknown>>();
  readonly #loading = new Map<LazyPart<unknown>, Promise<unknown>>();

  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * The part when it is loaded. Otherwise starts loading it (the element updates when it arrives)
   * and gives undefined; a part that failed is not asked for again until `retry()`.
   */
  get<T>(part: LazyPart<T>): T | undefined {
    if (part.value === undefined && !this.failed.has(part.name)) void this.load(part);
    return part.value;
  }

  /** Loads a part (again, after a failure), then updates the element. */
  load<T>(part: LazyPart<T>): Promise<T | undefined> {
    let loading = this.#loading.get(part) as Promise<T | undefined> | undefined;
    if (!loading) {
      loading = part.load().then((module) => {
        this.#loading.delete(part);
        if (module) this.failed.delete(part.name);
        else this.failed.add(part.name);
        this.#host.requestUpdate();
        return module;
      });
      this.#loading.set(part, loading);
      this.track(loading);
    }
    return loading;
  }

  /** Forgets the failures, so that the parts still needed are asked for again. */
  retry(): void {
    this.failed.clear();
    this.#host.requestUpdate();
  }

  /** Counts `work` as something the element's updates wait for. */
  track<T>(work: Promise<T>): Promise<T> {
    this.#waiting.add(work);
    const done = () => this.#waiting.delete(work);
    work.then(done, done);
    return work;
  }

  get busy(): boolean {
    return this.#waiting.size > 0;
  }

  /**
   * The element's `getUpdateComplete`: its update (`update`, the element's own), then the parts it
   * waits for and the updates they ask for, until none is left.
   */
  async whenDrawn(update: () => Promise<boolean>): Promise<boolean> {
    let complete = await update();
    while (this.busy) {
      await this.settled();
      complete = await update();
    }
    return complete;
  }

  /** Resolves once nothing is waited for (work started meanwhile included). */
  async settled(): Promise<void> {
    while (this.#waiting.size) await Promise.allSettled([...this.#waiting]);
  }
}
