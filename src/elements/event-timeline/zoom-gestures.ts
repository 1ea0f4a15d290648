// Zoom and pan gestures on the drawing, by d3-zoom (the interaction part, loaded in idle time after
// the first frame): Ctrl/⌘ + wheel and trackpad pinches (which browsers send as Ctrl + wheel), a
// two-finger pinch, a mouse or pen drag, a double-click (Shift + double-click zooms out), and eased
// zooms asked for by keys, buttons and methods. A plain wheel and a one-finger swipe are left to the
// page, which scrolls. d3-zoom reads pointer positions through getScreenCTM, so a drawing inside a
// CSS-scaled container still zooms at the pointer. The transform lives where d3-zoom keeps it, on
// the <svg>: the element reads it there (`transform`) and keeps no copy of its own.
import {interpolateZoom} from 'd3-interpolate';
import {zoom, zoomTransform, ZoomTransform, type D3ZoomEvent, type ZoomBehavior} from 'd3-zoom';
import {select, type Selection} from 'd3-selection';
// The types of selection.transition() and .interrupt(), which d3-zoom's own import of d3-transition adds.
// The build keeps only the selection and transition methods used here and in d3-zoom
// (scripts/d3-trim.js): a method it does not list is missing at run time, and the tests say so.
import type {} from 'd3-transition';
import type {ZoomNumbers} from '../../layout/zoom-axis.js';
import {keepOrphanTouches} from './orphan-touches.js';
import {constrain, sameTransform, scaleAround, transformOf, type ZoomFrame} from './zoom-transform.js';

export type {ZoomFrame};

/** Eased zooms (keys, buttons, methods, double-click) take this long, as they always have. */
const DURATION = 250;
/** A drag shorter than this (px) is still a click. */
const CLICK_DISTANCE = 4;

export class ZoomGestures {
  private readonly behavior: ZoomBehavior<SVGSVGElement, unknown>;
  private readonly selection: Selection<SVGSVGElement, unknown, null, undefined>;
  private frame: ZoomFrame = {width: 1, height: 1, maxK: 1, axis: 'x'};
  /** Gestures and transitions under way (d3-zoom's start…end). */
  private active = 0;
  /** Eased zooms asked for that have not started yet (d3 starts transitions on the next frame). */
  private scheduled = 0;
  /** Set while a transform the element has already drawn is written to d3-zoom: no change to report. */
  private quiet = false;
  /** Stops handing the touches of removed elements to the drawing (orphan-touches.ts). */
  private readonly releaseTouches: () => void;

  /**
   * `onChange(byUser)` is called on every change of the transform (byUser: a reader's own gesture)
   * and once more when a gesture or an eased zoom has ended, so that `moving` is read again.
   */
  constructor(
    readonly svg: SVGSVGElement,
    private readonly onChange: (byUser: boolean) => void,
    private readonly reducedMotion: () => boolean,
  ) {
    this.behavior = zoom<SVGSVGElement, unknown>()
      .filter((event: Event) => this.accepts(event))
      // Touch listeners whatever the device says now: a laptop may get a touch screen later.
      .touchable(true)
      .clickDistance(CLICK_DISTANCE)
      .constrain((transform) => constrain(transform, this.frame))
      .interpolate((a, b) => this.interpolate(a, b))
      .on('start', () => this.active++)
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => this.quiet || this.onChange(Boolean(event.sourceEvent)))
      .on('end', () => {
        this.active--;
        this.onChange(false);
      });
    this.selection = select(svg).call(this.behavior);
    // At the zoom limit d3-zoom lets a Ctrl + wheel through, and the browser would zoom the page.
    this.selection.on('wheel.limit', (event: WheelEvent) => (event.ctrlKey || event.metaKey) && event.preventDefault(), {passive: false});
    this.releaseTouches = keepOrphanTouches(svg);
  }

  /** The transform now shown. */
  get transform(): ZoomTransform {
    return zoomTransform(this.svg);
  }

  /** Is a gesture or an eased zoom under way (or about to start)? */
  get moving(): boolean {
    return this.active > 0 || this.scheduled > 0;
  }

  /** The drawn size and the deepest zoom; keeps the current transform inside them. */
  configure(frame: ZoomFrame): void {
    this.frame = frame;
    this.behavior.extent([
      [0, 0],
      [frame.width, frame.height],
    ]);
    this.behavior.scaleExtent([1, Math.max(1, frame.maxK)]);
    const now = zoomTransform(this.svg);
    const kept = constrain(now, frame);
    if (kept !== now) this.selection.call(this.behavior.transform, kept);
  }

  /** Writes a transform the element has already drawn (it worked it out in its update): no change is reported. */
  adopt(target: ZoomNumbers): void {
    this.quiet = true;
    try {
      this.selection.interrupt().call(this.behavior.transform, transformOf(target, this.frame));
    } finally {
      this.quiet = false;
    }
  }

  /** Moves to a transform (kept inside the frame), eased unless `instant`. */
  set(target: ZoomNumbers, instant: boolean): void {
    const to = transformOf(target, this.frame);
    const from = zoomTransform(this.svg);
    // Nothing to move (already there, or at the limit): no transition, so `moving` stays false.
    if (sameTransform(to, from)) {
      this.selection.interrupt();
      return;
    }
    if (instant) {
      this.selection.call(this.behavior.transform, to);
      return;
    }
    this.scheduled++;
    let started = false;
    const begun = () => {
      if (started) return;
      started = true;
      this.scheduled--;
      this.onChange(false);
    };
    this.selection.transition().duration(DURATION).on('start.moving cancel.moving', begun).call(this.behavior.transform, to);
  }

  /** Zooms by `factor` around the point `at` (drawing px), which stays where it is. */
  scaleBy(factor: number, at: [number, number], instant: boolean): void {
    this.set(scaleAround(zoomTransform(this.svg), factor, at, this.frame), instant);
  }

  /** Unbinds every listener and stops any eased zoom; the transform stays on the <svg>. */
  detach(): void {
    this.selection.interrupt();
    this.selection.on('.zoom', null).on('.limit', null);
    this.releaseTouches();
  }

  /** Which input d3-zoom may take (the header says why). */
  private accepts(event: Event): boolean {
    switch (event.type) {
      case 'wheel':
        return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
      case 'touchstart':
        // One finger scrolls the page; a second one turns it into a pinch (d3 takes both touches).
        return (event as TouchEvent).touches.length >= 2;
      case 'dblclick':
        // d3-zoom reads its duration as the double-click lands: set it then, so a change of the
        // reader's motion setting counts at once.
        this.behavior.duration(this.reducedMotion() ? 0 : DURATION);
        return true;
      default:
        // mousedown: the main button only; Ctrl + click is a context menu on macOS.
        return !(event as MouseEvent).ctrlKey && !(event as MouseEvent).button;
    }
  }

  /**
   * d3's smooth zoom (van Wijk and Nuij's path, as interpolateZoom gives it), kept inside the
   * frame at every step: d3-zoom does not constrain the steps of a transition, and left alone
   * they would move the drawing across time's axis and out past its edges. Views are d3-zoom's
   * [centre x, centre y, width] around the frame's centre.
   */
  private interpolate(a: [number, number, number], b: [number, number, number]): (t: number) => [number, number, number] {
    const path = interpolateZoom(a, b);
    const {width, height} = this.frame;
    const [cx, cy, size] = [width / 2, height / 2, Math.max(width, height)];
    return (t) => {
      const [x, y, w] = path(t);
      const k = size / w;
      const kept = constrain(new ZoomTransform(k, cx - x * k, cy - y * k), this.frame);
      return [(cx - kept.x) / kept.k, (cy - kept.y) / kept.k, size / kept.k];
    };
  }
}
