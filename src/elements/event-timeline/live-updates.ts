// Live stories: asks `src` again every `refresh` seconds (conditional requests, none while the
// page is hidden, later and later after failures, the problem of the last request: the live
// refresh part, live-refresh.ts, loaded when a page first asks for it), and keeps track of what
// each new version of a story adds, changes and removes (the live marks part, live-marks.ts,
// loaded when a second version first arrives), so that the element can keep the reader's place,
// mark what is new for a while, and say it once. Here, in the first frame, only what tells when
// to load them, and what the element draws from them.
import type {ReactiveController} from 'lit';
import type {LoadedStrings} from '../../i18n/strings.js';
import type {TimelineChanges} from '../../model/diff-timeline.js';
import type {Timeline} from '../../model/types.js';
import {adoptStyles} from '../shared/adopt-styles.js';
import {lazyPart} from '../shared/lazy-part.js';
import type {PartLoads} from '../shared/part-loads.js';
import type {Drawn, LiveMarks, Place} from './live-marks.js';
import {loadJsonIfChanged} from './load-source.js';
import type {LiveCore, LiveHost, LiveSource, Polling} from './live-refresh.js';

const refreshPart = lazyPart('live updates', () => import('./live-refresh.js'));
const marksPart = lazyPart('live marks', () => import('./live-marks.js'));

/** `changesFor`'s answer while the part that compares versions is on its way. */
export const COMPARING = 'comparing';

/** What the controller reads from its element. */
type ElementHost = LiveHost & {readonly renderRoot: HTMLElement | DocumentFragment};

export class LiveUpdates implements ReactiveController, LiveCore {
  /** The problem of the last request while requests fail (the story on screen stays); undefined when all is well. */
  problem?: string;
  readonly load = loadJsonIfChanged;
  /** The polling, once the element has asked for a live story (or refreshNow() was called); undefined when its part could not be loaded. */
  #polling?: Promise<Polling | undefined>;
  /** The marks of new and changed events, once a second version of a story has come. */
  #marks?: LiveMarks;
  #previous?: Timeline;
  /** The src and refresh the polling part could not be loaded for. */
  #failedFor?: string;

  readonly #host: ElementHost;
  readonly #source: LiveSource;
  readonly #parts: PartLoads;

  constructor(host: ElementHost, source: LiveSource, parts: PartLoads) {
    this.#host = host;
    this.#source = source;
    this.#parts = parts;
    host.addController(this);
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
      void this.#startPolling(true).then((polling) => polling || (this.#failedFor = key));
    // Again after a move to another document, which takes a part's styles away.
    if (this.#marks && marksPart.value) adoptStyles(this.#host.renderRoot as ShadowRoot, marksPart.value.styles);
  }

  /** Asks for the story now (once), whatever the schedule: an app's "check for updates". */
  async refreshNow(): Promise<void> {
    await (await this.#startPolling(this.problem === undefined))?.refreshNow();
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
  freshOutOfView(viewport: Drawn, view: 'chart' | 'list', strings: LoadedStrings, lang: string) {
    return view === 'list' ? undefined : this.#marks?.outOfView(viewport, strings, lang);
  }

  /**
   * Loads the polling part and adds its controller; resolves to undefined when it could not be
   * loaded (offline: said as a problem of the live story, warned about when `first`), and is tried again next time.
   */
  #startPolling(first: boolean): Promise<Polling | undefined> {
    this.#polling ??= refreshPart.load().then((part) => {
      if (part) return new part.Polling(this.#host, this.#source, this);
      this.#polling = undefined;
      this.problem = `its ${refreshPart.name} part could not be loaded`;
      if (first) console.warn(`<event-timeline>: could not check for updates: ${this.problem}`);
      this.#host.requestUpdate();
      return undefined;
    });
    return this.#polling;
  }
}
