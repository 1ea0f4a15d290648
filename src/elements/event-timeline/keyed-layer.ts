// A keyed join for the drawing's per-event layers (the shape of d3's selection.join): keeps a
// layer's children one element per item, by id, in the items' order, writing each through the
// functions given. Lit's `repeat` would put two comment markers round every item; this puts
// none, and keeps each item's element while it stays (so focus stays on an option). The layer's
// other children (Lit's own, with their markers) stay after the items.
import {noChange} from 'lit';
import {Directive, directive, type ElementPart} from 'lit/directive.js';

/** Makes an item's element (written next, by `write`). */
export type Create<T, E extends Element> = (doc: Document, item: T) => E;
/** Brings an item's element up to date; called for every item at every update. */
export type Write<T, E extends Element> = (node: E, item: T) => void;

/** Sets an attribute only when it changes: panning rewrites positions, nothing else. */
export function set(node: Element, name: string, value: string | number): void {
  const text = String(value);
  if (node.getAttribute(name) !== text) node.setAttribute(name, text);
}

class KeyedLayer extends Directive {
  private nodes = new Map<string, Element>();

  render(_items: readonly {id: string}[], _create: Create<never, Element>, _write: Write<never, Element>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [items, create, write]: [readonly {id: string}[], Create<{id: string}, Element>, Write<{id: string}, Element>]): typeof noChange {
    const layer = part.element;
    // Items gone go first, so that no element that stays is moved (a moved element loses focus).
    const wanted = new Set(items.map((item) => item.id));
    for (const [id, node] of this.nodes) if (!wanted.has(id)) node.remove();
    const nodes = new Map<string, Element>();
    let next = layer.firstChild;
    for (const item of items) {
      const node = this.nodes.get(item.id) ?? create(layer.ownerDocument, item);
      nodes.set(item.id, node);
      write(node, item);
      if (node === next) next = node.nextSibling;
      else layer.insertBefore(node, next);
    }
    this.nodes = nodes;
    return noChange;
  }
}

/** `<g ${keyedLayer(items, create, write)}>`: one element per item (each with an `id`), in order. */
export const keyedLayer = directive(KeyedLayer) as <T extends {id: string}, E extends Element>(items: readonly T[], create: Create<T, E>, write: Write<T, E>) => ReturnType<ReturnType<typeof directive>>;
