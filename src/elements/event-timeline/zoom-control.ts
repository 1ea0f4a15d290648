// The element's side of zooming: the transform it draws with, and the ways to change it. The
// gestures themselves are d3-zoom's (zoom-gestures.ts, the interaction part), loaded in idle time
// after the first frame; until they arrive the drawing is unzoomed, and zooms asked for (keys,
// buttons, methods) wait for them. The transform is d3-zoom's state on the <svg>: this reads it
// there, so there is one owner, and the element never keeps a copy that could flow back.
import {lazyPart} from '../shared/lazy-part.js';
import type {ZoomFrame, ZoomGestures} from './zoom-gestures.js';
import {IDENTITY, type ZoomState} from './zoom-transform.js';

export const interactionPart = lazyPart('interaction', () => import('./zoom-gestures.js'));

export class ZoomControl {
  private svg?: SVGSVGElement;
  private gestures?: ZoomGestures;
  private frame?: ZoomFrame;
  /** Zooms asked for before the gestures arrived, applied in order once they have. */
  private queued: ((gestures: ZoomGestures) => void)[] = [];

  constructor(
    private readonly onChange: (byUser: boolean) => void,
    private readonly reducedMotion: () => boolean,
    /** Loads the interaction part (the element counts the load as work its updates wait for). */
    private readonly load: () => Promise<typeof import('./zoom-gestures.js') | undefined>,
  ) {}

  /** The transform now shown (the identity until the gestures are bound). */
  get transform(): ZoomState {
    return this.gestures?.transform ?? IDENTITY;
  }

  /** Is a gesture or an eased zoom under way? */
  get moving(): boolean {
    return this.gestures?.moving ?? false;
  }

  /** Are the gestures bound to a drawing? */
  get bound(): boolean {
    return this.gestures !== undefined;
  }

  /** Binds to the drawing's <svg> (again after a re-render replaced it). */
  attach(svg: SVGSVGElement): void {
    if (this.svg === svg) return;
    this.detach();
    this.svg = svg;
    this.bind();
  }

  detach(): void {
    this.gestures?.detach();
    this.gestures = undefined;
    this.svg = undefined;
  }

  /** The drawn size and the deepest zoom, for a new view of the data; the transform goes back to the identity. */
  reset(frame: ZoomFrame): void {
    this.frame = frame;
    this.queued = [];
    this.gestures?.configure(frame);
    this.gestures?.set(IDENTITY, true);
  }

  /** Moves to a transform, eased unless `instant`. */
  set(target: ZoomState, instant: boolean): void {
    this.run((gestures) => gestures.set(target, instant));
  }

  /** Zooms by `factor` around the point `at` (drawing px). */
  scaleBy(factor: number, at: [number, number], instant: boolean): void {
    this.run((gestures) => gestures.scaleBy(factor, at, instant));
  }

  /** Loads the gestures (once) and binds them; resolves when that is done or has failed. */
  async ready(): Promise<void> {
    if (this.gestures) return;
    await this.load();
    this.bind();
  }

  private run(zoom: (gestures: ZoomGestures) => void): void {
    if (this.gestures) return zoom(this.gestures);
    this.queued.push(zoom);
    void this.ready();
  }

  private bind(): void {
    const module = interactionPart.value;
    if (!module || !this.svg || this.gestures) return;
    this.gestures = new module.ZoomGestures(this.svg, this.onChange, this.reducedMotion);
    if (this.frame) this.gestures.configure(this.frame);
    if (!this.queued.length) return;
    // After the update that bound them (binding happens in `updated`): a zoom is a change the
    // element draws in an update of its own.
    queueMicrotask(() => {
      const queued = this.queued;
      this.queued = [];
      for (const zoom of queued) if (this.gestures) zoom(this.gestures);
    });
  }
}
