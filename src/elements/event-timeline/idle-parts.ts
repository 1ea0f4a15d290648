// The parts a reader soon needs but the first frame does not draw: the gestures, the reader's
// actions, the detail card a first hover or focus shows, and the list kept for screen readers.
// They arrive in idle time after the first frame, so that neither the first frame nor the first
// gesture waits for them; the element's updates wait for them (PartLoads).
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {whenIdle} from '../shared/idle.js';
import {lazyPart} from '../shared/lazy-part.js';
import type {PartLoads} from '../shared/part-loads.js';
import {actionsPart} from './reader-input.js';
import type {Viewport} from './viewport.js';

// (Both in one file: render-reading.ts.)
export const detailPart = lazyPart('detail card', () => import('./render-reading.js').then((module) => module.detail));
/** @internal The server renderer loads it before rendering (server.ts). */
export const listPart = lazyPart('list', () => import('./render-reading.js').then((module) => module.list));

export class IdleParts implements ReactiveController {
  /** Cancels the idle-time load, when one is waiting. */
  #cancel?: () => void;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #parts: PartLoads;
  readonly #viewport: Viewport;
  /** Whether the list is drawn (or kept for screen readers) for the story on screen. */
  readonly #listWanted: () => boolean;

  constructor(host: ReactiveControllerHost & HTMLElement, parts: PartLoads, viewport: Viewport, listWanted: () => boolean) {
    this.#host = host;
    this.#parts = parts;
    this.#viewport = viewport;
    this.#listWanted = listWanted;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#cancel?.();
  }

  /** Once a story is drawn, asks the idle time for the parts still missing. */
  hostUpdated(): void {
    const parts = this.#parts;
    if (!this.#viewport.model || !this.#host.isConnected || this.#cancel) return;
    const missing = (part: {value?: unknown; name: string}) => !part.value && !parts.failed.has(part.name);
    if (this.#viewport.gesturesPending || missing(actionsPart) || (this.#listWanted() && missing(listPart))) this.#loadWhenIdle();
  }

  #loadWhenIdle(): void {
    const parts = this.#parts;
    void parts.track(
      new Promise<void>((resolve) => {
        const list = () => (this.#listWanted() && !parts.failed.has(listPart.name) ? parts.load(listPart) : undefined);
        const cancel = whenIdle(
          () =>
            void Promise.all([
              this.#viewport.gesturesReady(),
              actionsPart.value ?? parts.load(actionsPart),
              detailPart.value ?? parts.load(detailPart),
              listPart.value ?? list(),
            ]).then(done),
          1000,
        );
        const done = () => {
          this.#cancel = undefined;
          resolve();
        };
        this.#cancel = () => {
          cancel();
          done();
        };
      }),
    );
  }
}
