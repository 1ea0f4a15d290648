// Hydration of elements the server renderer made (server.ts): loaded after Lit's own hydration
// support (hydrate.ts), never by the drop-in's first frame. Lit takes over the server's markup
// only when the element's first render is exactly the server's, so an element found with a
// declared shadow root waits, before that first render, for what the server had: its language's
// strings, the list kept for screen readers, a quote card's drawing; it lays out at
// `initial-width` and keeps the ids the markup uses. Afterwards it measures itself as usual.
import type {ReactiveElement} from 'lit';
import {EventTimeline, listPart} from '../event-timeline/event-timeline.js';
import {QuoteCard, viewPart} from '../quote-card/quote-card.js';
import type {QuoteCardView} from '../quote-card/quote-card-view.js';
import type {PartLoads} from './part-loads.js';
import {translationFor} from './translations.js';

/** What hydration reaches into: the elements' private state, by name. */
interface Hydrated extends HTMLElement {
  readonly hasUpdated: boolean;
  readonly renderRoot?: unknown;
  requestUpdate(): void;
  hydrating?: boolean;
  parts: PartLoads;
  viewport: {width: number};
  locale: {resolve(): void; lang: string};
  idPrefix: string;
  view?: QuoteCardView;
}

/**
 * Takes the elements the server rendered in a layer's first part out of it: the part's own two
 * markers stay, after them, so that it hydrates as the empty part it is in the browser (the
 * elements are not moved: a focused one keeps the focus); its items' markers go, within them too
 * (nodes the browser's own elements do not have).
 */
function liftServerNodes(layer: Element): void {
  const open = layer.firstChild;
  if (!(open instanceof Comment)) return;
  for (let node = open.nextSibling, depth = 0; node;) {
    const next = node.nextSibling;
    if (node instanceof Comment) {
      if (node.data.startsWith('/lit-part') && !depth--) return void layer.insertBefore(open, node);
      if (node.data.startsWith('lit-part')) depth++;
      node.remove();
    } else if (node instanceof Element) {
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_COMMENT);
      const markers: Node[] = [];
      while (walker.nextNode()) markers.push(walker.currentNode);
      for (const marker of markers) marker.parentNode!.removeChild(marker);
    }
    node = next;
  }
}

/** Wraps the element's connectedCallback, scheduleUpdate and firstUpdated to hydrate. */
function hydrateWith(
  element: typeof ReactiveElement,
  start: (host: Hydrated) => (() => void) | void,
  ready: (host: Hydrated) => Promise<unknown>,
): void {
  /** What to do once the first update has taken over the markup, by element. */
  const after = new WeakMap<Hydrated, () => void>();
  type Method = (this: Hydrated, ...args: unknown[]) => unknown;
  const proto = element.prototype as unknown as {connectedCallback: Method; scheduleUpdate: Method; firstUpdated: Method};
  const {connectedCallback, scheduleUpdate, firstUpdated} = proto;
  proto.connectedCallback = function () {
    // A shadow root before the first connection was declared in the markup: the server's.
    if (!this.hasUpdated && !this.renderRoot && this.shadowRoot) {
      this.hydrating = true;
      const then = start(this);
      if (then) after.set(this, then);
    }
    connectedCallback.call(this);
  };
  proto.scheduleUpdate = async function () {
    if (this.hydrating) await ready(this);
    return scheduleUpdate.call(this);
  };
  proto.firstUpdated = function (changed) {
    firstUpdated.call(this, changed);
    if (!this.hydrating) return;
    this.hydrating = false;
    after.get(this)?.();
    // What only the browser knows (a linked timeline, the share sheet) is drawn now.
    this.requestUpdate();
  };
}

hydrateWith(
  EventTimeline,
  (timeline) => {
    timeline.viewport.width = Math.max(0, Number(timeline.getAttribute('initial-width') ?? 720)) || 720;
    const description = timeline.shadowRoot!.querySelector('p.description')?.id;
    if (description?.endsWith('-description')) timeline.idPrefix = description.slice(0, -'-description'.length);
    // The options, badges, labels, ticks and arcs the server wrote as markup, each layer's in a part
    // that the browser leaves empty (a directive on the layer writes them): out of that part, they
    // are adopted by the directive's first update (keyed-layer.ts) and stay on screen, focused if
    // they were; those no one can focus (ticks, arcs) are written again, the same.
    for (const layer of timeline.shadowRoot!.querySelectorAll('g.events, g.labels, g.axis, g.links')) liftServerNodes(layer);
  },
  (timeline) => {
    timeline.locale.resolve();
    const translation = translationFor(timeline.locale.lang);
    return Promise.all([translation && timeline.parts.load(translation), timeline.parts.load(listPart)]);
  },
);

hydrateWith(
  QuoteCard,
  () => undefined,
  async (card) => {
    const part = await card.parts.load(viewPart);
    if (part && !card.view) card.view = new part.QuoteCardView(card as unknown as QuoteCard, card.parts);
    card.locale.resolve();
    const translation = translationFor(card.locale.lang);
    if (translation) await card.parts.load(translation);
  },
);
