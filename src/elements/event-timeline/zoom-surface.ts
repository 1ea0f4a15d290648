// d3-zoom on the drawing surface. D3 owns only the gesture handling; the transform it
// reports is kept as element state and Lit draws from it. A plain wheel and a one-finger
// swipe are left to the page (they scroll it): zooming takes Ctrl/⌘ + wheel, a trackpad
// pinch (which browsers report as Ctrl + wheel), two fingers, a drag, or the buttons.
import {select, type Selection} from 'd3-selection';
import 'd3-transition';
import {zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform} from 'd3-zoom';

export interface ZoomState {
  k: number;
  x: number;
  y: number;
}

export class ZoomSurface {
  private behavior: ZoomBehavior<Element, unknown>;
  private selection?: Selection<Element, unknown, null, undefined>;

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
    if (!this.selection) return;
    this.selection.interrupt();
    this.selection.on('.zoom', null);
    this.selection = undefined;
  }

  /** The drawn size and the zoom limits; keeps the current transform inside them. */
  configure(width: number, height: number, maxK: number): void {
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

  /** Moves to a transform, animated unless `instant`. */
  set(state: ZoomState, instant: boolean): void {
    if (!this.selection) return;
    const transform = zoomIdentity.translate(state.x, state.y).scale(state.k);
    if (instant) this.selection.interrupt().call(this.behavior.transform, transform);
    else this.selection.transition().duration(300).call(this.behavior.transform, transform);
  }

  /** Zooms by `factor` around the point `at` ([x, y] in surface px). */
  scaleBy(factor: number, at: [number, number], instant: boolean): void {
    if (!this.selection) return;
    if (instant) this.selection.interrupt().call(this.behavior.scaleBy, factor, at);
    else this.selection.transition().duration(250).call(this.behavior.scaleBy, factor, at);
  }

  current(): ZoomTransform | undefined {
    const node = this.selection?.node();
    return node ? ((node as unknown as {__zoom?: ZoomTransform}).__zoom ?? zoomIdentity) : undefined;
  }
}
