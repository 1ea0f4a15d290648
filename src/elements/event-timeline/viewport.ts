// The viewport: the one owner of what part of the drawing is on screen. It measures the element's
// width, holds the zoom, lays out what the zoom shows, keeps the stretch of time a reader zoomed to
// across a new size, language or version of the story, and keeps the focused event in view.
//
// The zoom transform is d3-zoom's state on the <svg>; the gestures (zoom-gestures.ts, the
// interaction part) arrive in idle time after the first frame, and until then the drawing is
// unzoomed and zooms asked for (keys, buttons, methods) wait for them. A transform worked out in an
// update (for a new view model) is drawn in that update and handed to d3-zoom after it, quietly:
// nothing flows back, and nothing is set during an update. Browser globals only once connected,
// after an update, or in the reader's handlers.
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {ViewLayout} from '../../layout/view.js';
import {keepInside, screenScale, transformRevealing, transformShowing, type ZoomFrame, type ZoomNumbers} from '../../layout/zoom-axis.js';
import {whenIdle} from '../shared/idle.js';
import {lazyPart} from '../shared/lazy-part.js';
import type {PartLoads} from '../shared/part-loads.js';
import type {TimelineView} from './timeline-view.js';
import type {ZoomGestures} from './zoom-gestures.js';

export const interactionPart = lazyPart('interaction', () => import('./zoom-gestures.js'));

const IDENTITY: ZoomNumbers = {k: 1, x: 0, y: 0};
/** The zoom levels the warm-up lays out (TimelineView.warmZoom): the zoom keys' first two steps in. */
const WARM_LEVELS = [2, 4];

type ViewportHost = ReactiveControllerHost &
  HTMLElement & {readonly renderRoot: HTMLElement | DocumentFragment; readonly hasUpdated: boolean};

/** The reader's motion setting, asked once: a query list follows the setting, and each zoom step reads it. */
let reducedMotion: MediaQueryList | undefined;

/** Whether the reader asked for less motion (false where there is no window). */
export function prefersReducedMotion(): boolean {
  if (typeof matchMedia !== 'function') return false;
  return (reducedMotion ??= matchMedia('(prefers-reduced-motion: reduce)')).matches;
}

function frameOf(model: TimelineView): ZoomFrame {
  const {width, height} = model.geometry;
  return {width, height, maxK: model.maxK, axis: model.vertical ? 'y' : 'x'};
}

export class Viewport implements ReactiveController {
  /** The element's width in px, once measured (0 before). */
  width = 0;
  /** The view model drawn; undefined until there is data and a width. */
  model?: TimelineView;
  /** What the transform shows. */
  shown?: ViewLayout;
  readonly #host: ViewportHost;
  readonly #parts: PartLoads;
  /** The event with the keyboard's focus. */
  readonly #focused: () => string | undefined;
  #svg?: SVGSVGElement;
  #gestures?: ZoomGestures;
  /** Zooms asked for before the gestures arrived, applied in order once they have. */
  #queued: ((gestures: ZoomGestures) => void)[] = [];
  /** A transform worked out in an update (a new view model, a first view): drawn from then on, and handed to d3-zoom once the gestures are bound. */
  #drawn?: ZoomNumbers;
  /** A zoom from the keyboard: once it has settled, the focused event is panned into view. */
  #revealAfterZoom = false;
  /** Cancels the zoom steps' warm-up, when one is waiting. */
  #cancelWarm?: () => void;
  #resizeObserver?: ResizeObserver;
  #resizeFrame = 0;
  /** What `shown` was laid out for. */
  #laidOut?: {model: TimelineView; k: number; x: number; y: number; keep: (string | undefined)[]};

  constructor(host: ViewportHost, parts: PartLoads, focused: () => string | undefined) {
    this.#host = host;
    this.#parts = parts;
    this.#focused = focused;
    host.addController(this);
  }

  /** The transform now shown (d3-zoom's; the identity until the gestures are bound). */
  get transform(): ZoomNumbers {
    return this.#drawn ?? this.#gestures?.transform ?? IDENTITY;
  }

  /** Is a gesture or an eased zoom under way? */
  get moving(): boolean {
    return this.#gestures?.moving ?? false;
  }

  /** The gestures are still to be loaded and bound (in idle time, by the element). */
  get gesturesPending(): boolean {
    return !this.#gestures && !this.#parts.failed.has(interactionPart.name);
  }

  /** Loads the gestures (once) and binds them; resolves when that is done or has failed. */
  async gesturesReady(): Promise<void> {
    if (this.#gestures) return;
    await this.#parts.load(interactionPart);
    this.#bind();
  }

  hostConnected(): void {
    this.#resizeObserver = new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1].contentRect.width);
      // Redraw in the next frame: a redraw changes our height, and doing it inside this
      // callback would make the browser report a ResizeObserver loop to the page.
      cancelAnimationFrame(this.#resizeFrame);
      if (width !== this.width) {
        this.#resizeFrame = requestAnimationFrame(() => {
          this.width = width;
          this.#host.requestUpdate();
        });
      }
    });
    this.#resizeObserver.observe(this.#host);
    // After a move: the next update binds the gestures to the drawing again.
    if (this.#host.hasUpdated) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
    cancelAnimationFrame(this.#resizeFrame);
    this.#detach();
  }

  /**
   * A new view model (in `willUpdate`). With `keepTime` (a new size or language, or a new version
   * of the story) it shows exactly the stretch of time shown before; else all of it.
   */
  setModel(model: TimelineView | undefined, keepTime: boolean): void {
    const [old, before] = [this.model, this.transform];
    this.model = model;
    this.#queued = [];
    this.showExactly(keepTime && old && before.k > 1 ? old.window(before) : undefined);
  }

  /** Shows the stretch of time [start, end] exactly, in this update, never animated (a story's first view); undefined: all of it. */
  showExactly(window: [number, number] | undefined): void {
    const model = this.model;
    if (!model) return;
    const frame = frameOf(model);
    this.#drawn = window ? keepInside(transformShowing(this.#atZoom1(model, window), 1, this.transform, frame), frame) : IDENTITY;
  }

  /**
   * Lays out what the transform shows, with `keep` (the selected and focused events) always placed.
   * An update that changes none of these (the advice on a story's problems arriving just after its
   * first frame, a highlight, a part's styles) keeps the layout it has, rather than place every
   * arc and label again to the same result.
   */
  layout(keep: (string | undefined)[]): ViewLayout | undefined {
    const {model, transform} = this;
    const last = this.#laidOut;
    if (
      model &&
      last?.model === model &&
      last.k === transform.k &&
      last.x === transform.x &&
      last.y === transform.y &&
      last.keep.length === keep.length &&
      last.keep.every((id, i) => id === keep[i])
    )
      return this.shown;
    this.#laidOut = model && {model, k: transform.k, x: transform.x, y: transform.y, keep: [...keep]};
    return (this.shown = model?.layout(transform, keep));
  }

  hostUpdated(): void {
    const svg = this.#host.renderRoot.querySelector<SVGSVGElement>('svg[role="group"]');
    // (An update may still run after the element was removed: nothing to bind to then.)
    if (!svg || !this.#host.isConnected) this.#detach();
    else if (svg !== this.#svg) {
      this.#detach();
      this.#svg = svg;
      this.#bind();
    }
    this.#handOver();
    if (this.#revealAfterZoom && this.#gestures && !this.moving) {
      this.#revealAfterZoom = false;
      // A pan is a change drawn in an update of its own: after this one.
      queueMicrotask(() => this.reveal(this.#focused(), true));
    }
  }

  /** Zooms so that [start, end] takes `share` of the view, centred. */
  zoomTo(start: Date | number | string, end: Date | number | string, instant: boolean, share = 0.9): void {
    const model = this.model;
    if (!model) return;
    this.#revealAfterZoom = false; // a zoom asked for by the page or a cluster goes where it was asked
    const times: [number, number] = [new Date(start).getTime(), new Date(end).getTime()];
    if (!times.every(Number.isFinite)) return;
    const target = transformShowing(this.#atZoom1(model, times), share, this.transform, frameOf(model));
    this.#run((gestures) => gestures.set(target, instant));
  }

  /** Zooms by `factor` around a point of the drawing (its centre by default). */
  zoomBy(factor: number, around?: [number, number]): void {
    const geometry = this.model?.geometry;
    const at = around ?? (geometry && [geometry.width / 2, geometry.height / 2]);
    if (at) this.#run((gestures) => gestures.scaleBy(factor, at, prefersReducedMotion()));
  }

  /** A zoom from the keyboard, around the focused event: once it settles, the focused event is kept in view. */
  zoomByKey(factor: number, around?: [number, number]): void {
    this.zoomBy(factor, around);
    this.#revealAfterZoom = true;
    this.#host.requestUpdate(); // even when the zoom was already at its limit
  }

  /** Shows every event. */
  fit(): void {
    this.#revealAfterZoom = false;
    this.#run((gestures) => gestures.set(IDENTITY, prefersReducedMotion()));
  }

  /** Pans so that the event is on screen, a third of the way in, when it is not (zoom follows focus). */
  reveal(id: string | undefined, instant: boolean): void {
    const {model, shown} = this;
    const placed = shown?.events.find((event) => event.id === id);
    if (!model || !placed) return;
    const room = model.vertical ? 0 : Math.min(placed.labelWidth, model.viewLength / 3);
    const target = transformRevealing(model.vertical ? placed.y : placed.x, room, this.transform, frameOf(model));
    if (target) this.#run((gestures) => gestures.set(target, instant || prefersReducedMotion()));
  }

  /** Where two times lie on screen at zoom 1. */
  #atZoom1(model: TimelineView, [t0, t1]: [number, number]): [number, number] {
    const at = screenScale(model.geometry.scale, IDENTITY, {
      vertical: model.vertical,
      rtl: model.settings.rtl,
      width: model.geometry.width,
    });
    return [at(t0), at(t1)];
  }

  #run(zoom: (gestures: ZoomGestures) => void): void {
    if (this.#gestures) return zoom(this.#gestures);
    this.#queued.push(zoom);
    void this.gesturesReady();
  }

  #bind(): void {
    const module = interactionPart.value;
    if (!module || !this.#svg || this.#gestures) return;
    const onChange = (byUser: boolean) => {
      // A reader's own gesture wins over a reveal still waiting for a keyboard zoom to settle.
      if (byUser) this.#revealAfterZoom = false;
      this.#host.requestUpdate();
    };
    this.#gestures = new module.ZoomGestures(this.#svg, onChange, prefersReducedMotion);
    if (this.model) this.#gestures.configure(frameOf(this.model));
    this.#handOver();
    // The reader may zoom from now on: the zoom steps' layout runs beforehand, in idle time, one
    // zoom level per idle task (at 10,000 events each takes about what a zoom step's layout does).
    this.#cancelWarm?.();
    const warm = (levels: readonly number[]) => {
      this.#cancelWarm = levels.length
        ? whenIdle(() => {
            this.model?.warmZoom(levels[0]);
            warm(levels.slice(1));
          }, 2000)
        : undefined;
    };
    warm(WARM_LEVELS);
    if (!this.#queued.length) return;
    // After the update that bound them (binding happens after an update): a zoom is a change the
    // element draws in an update of its own.
    queueMicrotask(() => {
      const queued = this.#queued;
      this.#queued = [];
      for (const zoom of queued) if (this.#gestures) zoom(this.#gestures);
    });
  }

  /** Gives d3-zoom the transform drawn since a new view model or a first view, quietly: it is drawn already. */
  #handOver(): void {
    if (!this.#drawn || !this.#gestures || !this.model) return;
    this.#gestures.configure(frameOf(this.model));
    this.#gestures.adopt(this.#drawn);
    this.#drawn = undefined;
  }

  #detach(): void {
    this.#cancelWarm?.();
    this.#cancelWarm = undefined;
    this.#gestures?.detach();
    this.#gestures = undefined;
    this.#svg = undefined;
  }
}
