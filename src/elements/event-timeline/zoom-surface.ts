// Zoom and pan gestures on the drawing surface, with Pointer Events: Ctrl/⌘ + wheel or a
// trackpad pinch (which browsers report as Ctrl + wheel), a two-finger pinch, a mouse or pen
// drag, and the buttons. A plain wheel and a one-finger swipe are left to the page, which
// scrolls. The transform {k, x, y} maps a drawn point p to p · k + (x, y), as d3-zoom's does;
// the element keeps it as state and Lit draws from it.
//
// Why not d3-zoom: it does the same, but with d3-selection, d3-drag, d3-dispatch,
// d3-interpolate and d3-transition it costs 9–18 KB gzipped of the 45 KB budget (README).

export interface ZoomState {
  k: number;
  x: number;
  y: number;
}

const IDENTITY: ZoomState = {k: 1, x: 0, y: 0};
/** A drag shorter than this (px) is still a click. */
const CLICK_DISTANCE = 4;

export class ZoomSurface {
  private surface?: Element;
  private state: ZoomState = IDENTITY;
  private size: [number, number] = [1, 1];
  private maxK = 1;
  /** The axis time runs along: the other coordinate of the transform stays 0. */
  private axis: 'x' | 'y' = 'x';
  private frame = 0;
  private readonly pointers = new Map<number, {x: number; y: number}>();
  private travelled = 0;
  private suppressClick = false;
  private readonly listeners: [string, EventListener, AddEventListenerOptions][] = [
    ['wheel', (event) => this.onWheel(event as WheelEvent), {passive: false}],
    ['pointerdown', (event) => this.onPointerDown(event as PointerEvent), {}],
    ['pointermove', (event) => this.onPointerMove(event as PointerEvent), {}],
    ['pointerup', (event) => this.onPointerUp(event as PointerEvent), {}],
    ['pointercancel', (event) => this.onPointerUp(event as PointerEvent), {}],
    ['click', (event) => this.onClick(event), {capture: true}],
  ];

  constructor(private readonly onZoom: (state: ZoomState, byUser: boolean) => void) {}

  /** Binds to `surface` (again after a re-render replaced it). */
  attach(surface: Element): void {
    if (this.surface === surface) return;
    this.detach();
    this.surface = surface;
    for (const [type, listener, options] of this.listeners) surface.addEventListener(type, listener, options);
  }

  detach(): void {
    this.stop();
    this.pointers.clear();
    if (!this.surface) return;
    for (const [type, listener, options] of this.listeners) this.surface.removeEventListener(type, listener, options);
    this.surface = undefined;
  }

  /** The drawn size and the deepest zoom; keeps the current transform inside them. */
  configure(width: number, height: number, maxK: number, axis: 'x' | 'y'): void {
    this.size = [width, height];
    this.maxK = Math.max(1, maxK);
    this.axis = axis;
    this.apply(this.state, false);
  }

  current(): ZoomState {
    return this.state;
  }

  /** Is an animated zoom under way? */
  get moving(): boolean {
    return this.frame !== 0;
  }

  /** Moves to a transform, eased over 250 ms unless `instant` (reduced motion asks for instant). */
  set(target: ZoomState, instant: boolean): void {
    this.stop();
    const to = this.constrain(target);
    // Nothing to move (already at the limit): no animation, so `moving` is false at once.
    if (instant || (to.k === this.state.k && to.x === this.state.x && to.y === this.state.y)) return this.apply(to, false);
    const from = this.state;
    const started = performance.now();
    // The scale moves geometrically and the translation linearly, eased in and out.
    const step = (now: number) => {
      const t = Math.min(1, (now - started) / 250);
      const e = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
      this.apply({k: from.k * (to.k / from.k) ** e, x: from.x + (to.x - from.x) * e, y: from.y + (to.y - from.y) * e}, false);
      this.frame = t < 1 ? requestAnimationFrame(step) : 0;
    };
    this.frame = requestAnimationFrame(step);
  }

  /** Zooms by `factor` around the point `at` (surface px), which stays where it is. */
  scaleBy(factor: number, at: [number, number], instant: boolean): void {
    this.set(this.scaled(this.state, factor, at), instant);
  }

  private scaled(from: ZoomState, factor: number, [px, py]: [number, number]): ZoomState {
    const k = Math.max(1, Math.min(this.maxK, from.k * factor));
    const ratio = k / from.k;
    return {k, x: px - (px - from.x) * ratio, y: py - (py - from.y) * ratio};
  }

  /** Keeps the drawing covering the surface: no zooming out past 1, no panning past the edges. */
  private constrain({k, x, y}: ZoomState): ZoomState {
    const scale = Math.max(1, Math.min(this.maxK, k));
    const [width, height] = this.size;
    const clamp = (value: number, length: number) => Math.max(length * (1 - scale), Math.min(0, value));
    return {k: scale, x: this.axis === 'x' ? clamp(x, width) : 0, y: this.axis === 'y' ? clamp(y, height) : 0};
  }

  private apply(next: ZoomState, byUser: boolean): void {
    const state = this.constrain(next);
    if (state.k === this.state.k && state.x === this.state.x && state.y === this.state.y) return;
    this.state = state;
    this.onZoom(state, byUser);
  }

  private stop(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** Surface coordinates of a pointer or wheel event (the drawing may be scaled by CSS). */
  private local(event: MouseEvent): [number, number] {
    const box = this.surface!.getBoundingClientRect();
    const [width, height] = this.size;
    return [((event.clientX - box.left) * width) / (box.width || width), ((event.clientY - box.top) * height) / (box.height || height)];
  }

  private onWheel(event: WheelEvent): void {
    if (!event.ctrlKey && !event.metaKey) return; // a plain wheel scrolls the page
    event.preventDefault();
    this.stop();
    // The same wheel-to-zoom rate as d3-zoom: pinches (Ctrl + small deltas) ten times faster.
    const delta = -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) * (event.ctrlKey ? 10 : 1);
    this.apply(this.scaled(this.state, 2 ** delta, this.local(event)), true);
  }

  private onPointerDown(event: PointerEvent): void {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    this.stop();
    this.suppressClick = false;
    this.pointers.set(event.pointerId, {x: event.clientX, y: event.clientY});
    if (this.pointers.size === 1) this.travelled = 0;
  }

  private onPointerMove(event: PointerEvent): void {
    const last = this.pointers.get(event.pointerId);
    if (!last) return;
    const touches = [...this.pointers.entries()];
    if (event.pointerType === 'touch' && touches.length < 2) return;
    const now = {x: event.clientX, y: event.clientY};
    this.travelled += Math.hypot(now.x - last.x, now.y - last.y);
    if (this.travelled <= CLICK_DISTANCE) return;
    // A drag, not a click: keep the pointers ours even when they leave the surface. (Captured
    // from the start, a click would land on the surface rather than on the event under it.)
    // A single finger never gets here: it scrolls the page, which touch-action leaves to the browser.
    for (const id of this.pointers.keys()) if (!this.surface!.hasPointerCapture?.(id)) this.surface!.setPointerCapture?.(id);
    if (touches.length >= 2) {
      // Pinch: scale by the change in distance between the two fingers, around their midpoint.
      const other = touches.find(([id]) => id !== event.pointerId)![1];
      const before = Math.hypot(last.x - other.x, last.y - other.y) || 1;
      const after = Math.hypot(now.x - other.x, now.y - other.y) || 1;
      const box = this.surface!.getBoundingClientRect();
      const mid: [number, number] = [(now.x + other.x) / 2 - box.left, (now.y + other.y) / 2 - box.top];
      const moved = this.scaled(this.state, after / before, mid);
      this.apply({...moved, x: moved.x + (now.x - last.x) / 2, y: moved.y + (now.y - last.y) / 2}, true);
    } else {
      this.apply({...this.state, x: this.state.x + now.x - last.x, y: this.state.y + now.y - last.y}, true);
    }
    this.pointers.set(event.pointerId, now);
  }

  private onPointerUp(event: PointerEvent): void {
    if (!this.pointers.delete(event.pointerId)) return;
    if (this.pointers.size === 0 && this.travelled > CLICK_DISTANCE) this.suppressClick = true;
  }

  /** The click that ends a drag is not a click on an event. */
  private onClick(event: Event): void {
    if (!this.suppressClick) return;
    this.suppressClick = false;
    event.stopPropagation();
    event.preventDefault();
  }
}
