// Live stories: asks `src` again every `refresh` seconds (conditional requests, none while the
// page is hidden, later and later after failures: the live refresh part, live-refresh.ts, loaded
// when a page first asks for it; here, the problem of the last request), and keeps track of what each new version of a story adds,
// changes and removes (the live marks part, live-marks.ts, loaded when a second version first
// arrives), so that the element can keep the reader's place, mark what is new for a while, and
// say it once.
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {TimelineStrings} from '../../i18n/strings.js';
import type {TimelineChanges} from '../../model/diff-timeline.js';
import type {Timeline} from '../../model/types.js';
import {adoptStyles} from '../shared/adopt-styles.js';
import {lazyPart} from '../shared/lazy-part.js';
import type {PartLoads} from '../shared/part-loads.js';
import type {LiveMarks, Place} from './live-marks.js';
import {LoadError, loadJsonIfChanged} from './load-source.js';
import type {LiveCore, Polling} from './live-refresh.js';

const refreshPart = lazyPart('live updates', () => import('./live-refresh.js'));
const marksPart = lazyPart('live marks', () => import('./live-marks.js'));

/** `changesFor`'s answer while the part that compares versions is on its way. */
export const COMPARING = 'comparing';

/** What the controller reads from its element. */
export interface LiveHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  refresh?: number;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** Where a refreshed document goes (TimelineData), and the limits of its requests. */
export interface LiveSource {
  readonly limits: {timeout: number; maxBytes: number};
  refreshed(value: unknown): void;
}

export class LiveUpdates implements ReactiveController, LiveCore {
  /** The problem of the last request while requests fail (the story on screen stays); undefined when all is well. */
  problem?: string;
  readonly load = loadJsonIfChanged;
  /** The polling, once the element has asked for a live story (or refreshNow() was called). */
  #polling?: Promise<Polling>;
  /** The marks of new and changed events, once a second version of a story has come. */
  #marks?: LiveMarks;
  #previous?: Timeline;
  /** The src and refresh the polling part could not be loaded for. */
  #failedFor?: string;

  readonly #host: LiveHost;
  readonly #source: LiveSource;
  readonly #parts: PartLoads;

  constructor(host: LiveHost, source: LiveSource, parts: PartLoads) {
    this.#host = host;
    this.#source = source;
    this.#parts = parts;
    host.addController(this);
  }

  get src(): string | undefined {
    return this.#host.src;
  }

  get refresh(): number | undefined {
    return this.#host.refresh;
  }

  get limits(): LiveSource['limits'] {
    return this.#source.limits;
  }

  refreshed(value: unknown): void {
    this.#source.refreshed(value);
  }

  hostDisconnected(): void {
    this.#marks?.stop();
  }

  /** A live story (`src` and `refresh`) loads the polling (once; it keeps the schedule from then on). */
  hostUpdate(): void {
    const {src, refresh} = this.#host;
    const key = src && refresh !== undefined && refresh > 0 && this.#host.isConnected ? `${src} ${refresh}` : undefined;
    // (Not again for the src and refresh it could not be loaded for: each failure asks for an update.)
    if (!this.#polling && key && key !== this.#failedFor)
      this.#startPolling().catch((error: unknown) => {
        this.#failedFor = key;
        this.failed(error, true);
      });
    // Again after a move to another document, which takes a part's styles away.
    if (this.#marks && marksPart.value) adoptStyles(this.#host.renderRoot as ShadowRoot, marksPart.value.styles);
  }

  /** Asks for the story now (once), whatever the schedule: an app's "check for updates". */
  async refreshNow(): Promise<void> {
    try {
      await (await this.#startPolling()).refreshNow();
    } catch (error) {
      this.failed(error, this.problem === undefined);
    }
  }

  /**
   * The changes from the timeline drawn before to `timeline`, when both are versions of one story
   * (they share an event id); keeps the reader's `place` and marks the new and changed events. Undefined for a first or another
   * story; COMPARING while the part that compares them is loading (the element updates when it
   * comes, and asks again).
   */
  changesFor(timeline: Timeline, place: Place): TimelineChanges | typeof COMPARING | undefined {
    const before = this.#previous;
    if (timeline === before) return undefined;
    if (before) {
      const part = this.#parts.get(marksPart);
      if (!part && !this.#parts.failed.has(marksPart.name)) return COMPARING;
      if (part && !this.#marks) {
        this.#marks = new part.LiveMarks(this.#host);
        adoptStyles(this.#host.renderRoot as ShadowRoot, part.styles);
      }
    }
    this.#previous = timeline;
    // (Without the part, offline: drawn as another story, and the element says a part is missing.)
    return before && this.#marks?.changes(before, timeline, place);
  }

  /** Is the event marked as new or changed? */
  marked(id: string): boolean {
    return this.#marks?.marked(id) ?? false;
  }

  /** What a new version changed, said once. */
  announcement(changes: TimelineChanges, lang: string): string {
    return this.#marks!.announcement(changes, lang);
  }

  /** Events new or changed in a live update that lie out of view, and the words of the button that takes the reader there ("Show 2 new"). */
  freshOutOfView(viewport: {outOfView(ids: readonly string[]): string[]}, view: 'chart' | 'list', strings: TimelineStrings, lang: string) {
    return view === 'list' ? undefined : this.#marks?.outOfView((ids) => viewport.outOfView(ids), strings, lang);
  }

  /** Loads the polling part and adds its controller; rejects with a LoadError when it could not be loaded (offline), and is tried again next time. */
  #startPolling(): Promise<Polling> {
    this.#polling ??= refreshPart.load().then((part) => {
      if (part) return new part.Polling(this.#host, this);
      this.#polling = undefined;
      throw new LoadError('part', `its ${refreshPart.name} part could not be loaded`);
    });
    return this.#polling;
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
}
