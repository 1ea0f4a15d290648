// The reader's place among the events: the one with the keyboard's focus, the one hovered, and
// the one whose detail card is open (`selected` is the element's public property). The drawing's
// pointer and focus handlers, closing the card, moving the browser's focus once the event is drawn
// (what a new version of the story does to all of these: live-marks.ts). Browser globals only in handlers and
// after updates.
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {ViewLayout} from '../../layout/view.js';
import {prefersReducedMotion} from './viewport.js';

export interface SelectionHost extends ReactiveControllerHost, HTMLElement {
  selected?: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The event (an option of the drawing) or the cluster an input event happened on. */
export function targetOf(event: Event): {id?: string; cluster?: number} {
  for (const node of event.composedPath()) {
    if (!(node instanceof Element)) continue;
    if (node.hasAttribute('data-event-id') && node.getAttribute('role') === 'option') return {id: node.getAttribute('data-event-id')!};
    if (node.hasAttribute('data-cluster')) return {cluster: Number(node.getAttribute('data-cluster'))};
    if (node.tagName.toLowerCase() === 'svg') break;
  }
  return {};
}

/** The Tab stop when nothing has had focus yet: the anchor when it is drawn, else the earliest event drawn. */
export function defaultFocus(view: ViewLayout, anchor: string | undefined): string | undefined {
  if (anchor && view.events.some((event) => event.id === anchor)) return anchor;
  return view.events.reduce<{id?: string; at: number}>((best, event) => (event.index < best.at ? {id: event.id, at: event.index} : best), {
    at: Infinity,
  }).id;
}

export class Selection implements ReactiveController {
  /** The event with the keyboard's focus (the drawing's one Tab stop). */
  focusId?: string;
  /** The event whose detail card is open. */
  detailId?: string;
  /** The event under the pointer. */
  hoverId?: string;
  /** The browser's focus goes to `focusId` once it is drawn. */
  #pendingFocus = false;
  #hideTimer = 0;

  readonly #host: SelectionHost;

  constructor(host: SelectionHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#hideTimer);
  }

  /** The drawn option of an event. */
  optionOf(id: string | undefined): SVGGElement | null {
    return this.#host.renderRoot.querySelector<SVGGElement>(`[data-event-id="${CSS.escape(id ?? '')}"][role="option"]`);
  }

  /** Gives an event the focus and its card; the browser's focus follows once it is drawn. */
  focus(id: string): void {
    this.focusId = this.detailId = id;
    this.#pendingFocus = true;
    this.#host.requestUpdate();
  }

  /** Selects an event: it takes the focus and its card opens. */
  select(id: string): void {
    this.#host.selected = this.focusId = this.detailId = id;
    this.#host.requestUpdate(); // the card opens again when the event was selected already
  }

  /** Closes the detail card; focus inside it goes back to the event it belonged to. */
  closeDetail = (): void => {
    if (this.#host.renderRoot.querySelector('.detail')?.contains((this.#host.renderRoot as ShadowRoot).activeElement)) {
      this.focusId = this.detailId;
      this.#pendingFocus = true;
    }
    this.detailId = this.hoverId = undefined;
    this.#host.requestUpdate();
  };

  onCardKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') this.closeDetail();
  };

  onPointerOver = (event: PointerEvent): void => {
    const {id} = targetOf(event);
    clearTimeout(this.#hideTimer);
    if (id) {
      if (id !== this.hoverId) {
        this.hoverId = this.detailId = id;
        this.#host.requestUpdate();
      }
    } else if (!event.composedPath().some((node) => node instanceof Element && node.classList.contains('detail'))) {
      // Between an event and its card: give the pointer a moment to reach the card (WCAG 1.4.13).
      this.#hideTimer = window.setTimeout(this.onPointerLeave, 300);
    }
  };

  onPointerLeave = (): void => {
    clearTimeout(this.#hideTimer);
    this.hoverId = undefined;
    if (this.detailId !== this.#host.selected && this.detailId !== this.focusId) this.detailId = this.#host.selected;
    this.#host.requestUpdate();
  };

  onFocusIn = (event: FocusEvent): void => {
    const {id} = targetOf(event);
    if (id && id !== this.focusId) {
      this.focusId = this.detailId = id;
      this.#host.requestUpdate();
    }
  };

  /** The browser's focus goes to `focusId` once it is drawn (a new version of the story moved it: live-marks.ts). */
  focusOnceDrawn(): void {
    this.#pendingFocus = true;
  }

  hostUpdated(): void {
    if (!this.#pendingFocus) return;
    this.#pendingFocus = false;
    const option = this.optionOf(this.focusId);
    option?.focus({preventScroll: true});
    // Panning keeps the option inside the drawing; a tall vertical drawing may also need the page to scroll.
    const box = option?.getBoundingClientRect();
    if (box && (box.top < 0 || box.bottom > innerHeight))
      scrollBy({top: box.top - innerHeight / 3, behavior: prefersReducedMotion() ? 'auto' : 'smooth'});
  }
}
