// d3-zoom on the drawing surface. D3 owns only the gesture handling; the transform it
// reports is kept as element state and Lit draws from it. A plain wheel and a one-finger
// swipe are left to the page (they scroll it): zooming takes Ctrl/⌘ + wheel, a trackpad
// pinch (which browsers report as Ctrl + wheel), two fingers, a drag, or the buttons.
import {select, type Selection} from 'd3-selection';
import {zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform} from 'd3-zoom';

export interface ZoomState {
  k: number;
  x: number;
  y: number;
}

export class ZoomSurface {
  private behavior: ZoomBehavior<Element, unknown>;
  private selection?: Selection<Element, unknown, null, undefined>;
  private frame = 0;
  private size: [number, number] = [0, 0];

  constructor(private readonly onZoom: (state: ZoomState, byUser: boolean) => void) {
    this.behavior = zoom<Element, unknown>()
      .filter((event: Event) => {
        if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        if (event.type.startsWith('touch')) return (event as TouchEvent).touches.length >= 2;
        if (event.type === 'dblclick') return false;
        return !(event as MouseEvent).button;
      })
      .on('zoom', (event: D3ZoomEvent<Element, unknown>) => {
        const {k, x, y} = event.transform;
        this.onZoom({k, x, y}, Boolean(event.sourceEvent));
      });
  }

  /** Binds to `surface` (again after a re-render replaced it). */
  attach(surface: Element): void {
    if (this.selection?.node() === surface) return;
    this.detach();
    this.selection = select(surface);
    this.selection.call(this.behavior);
  }

  detach(): void {
    this.stop();
    if (!this.selection) return;
    this.selection.on('.zoom', null);
    this.selection = undefined;
  }

  /** The drawn size and the zoom limits; keeps the current transform inside them. */
  configure(width: number, height: number, maxK: number): void {
    this.size = [width, height];
    this.behavior
      .extent([
        [0, 0],
        [width, height],
      ])
      .translateExtent([
        [0, 0],
        [width, height],
      ])
      .scaleExtent([1, Math.max(1, maxK)]);
  }

  /** Moves to a transform, animated unless `instant` (reduced motion asks for instant). */
  set(state: ZoomState, instant: boolean): void {
    const selection = this.selection;
    if (!selection) return;
    this.stop();
    // d3-zoom constrains gestures, not transforms set from code: keep those inside the drawing too.
    const [kMin, kMax] = this.behavior.scaleExtent();
    const k = Math.max(kMin, Math.min(kMax, state.k));
    const [width, height] = this.size;
    const clamp = (value: number, length: number) => Math.max(length * (1 - k), Math.min(0, value));
    const target = zoomIdentity.translate(clamp(state.x, width), clamp(state.y, height)).scale(k);
    const from = this.current() ?? zoomIdentity;
    if (instant) {
      selection.call(this.behavior.transform, target);
      return;
    }
    // Scale moves geometrically and the translation linearly, eased in and out over 250 ms.
    const started = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - started) / 250);
      const e = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
      const k = from.k * (target.k / from.k) ** e;
      selection.call(this.behavior.transform, zoomIdentity.translate(from.x + (target.x - from.x) * e, from.y + (target.y - from.y) * e).scale(k));
      this.frame = t < 1 ? requestAnimationFrame(step) : 0;
    };
    this.frame = requestAnimationFrame(step);
  }

  /** Zooms by `factor` around the point `at` ([x, y] in surface px), keeping that point still. */
  scaleBy(factor: number, at: [number, number], instant: boolean): void {
    const from = this.current();
    if (!from) return;
    const [kMin, kMax] = this.behavior.scaleExtent();
    const k = Math.max(kMin, Math.min(kMax, from.k * factor));
    const ratio = k / from.k;
    this.set({k, x: at[0] - (at[0] - from.x) * ratio, y: at[1] - (at[1] - from.y) * ratio}, instant);
  }

  private stop(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  current(): ZoomTransform | undefined {
    const node = this.selection?.node();
    return node ? ((node as unknown as {__zoom?: ZoomTransform}).__zoom ?? zoomIdentity) : undefined;
  }
}
