// A keyed join written straight into a layer's element by a directive, the shape of d3's
// selection.join: one element per item, keyed by id, created when it enters, written when it
// changes, removed when it leaves, in the items' order at the start of the layer. Lit's `repeat`
// would wrap every item in two comment markers of its own; the drawn events (their options and
// their labels) are the most numerous nodes of the picture, so they are joined here instead.
// Elements the server rendered as markup (a layer's key attribute on them) are adopted by the
// first join, so that a hydrating element keeps them, and keeps the focus that may be in one.
import {noChange} from 'lit';
import {Directive, type ElementPart} from 'lit/directive.js';

export const SVG = 'http://www.w3.org/2000/svg';

/** An element of a layer, with the attribute values the layer wrote on it. */
export type Written = Element & {written?: Record<string, string>};

/**
 * Sets an attribute only when it changes: panning rewrites transforms, nothing else. What was
 * written is remembered on the node rather than read back from the DOM (getAttribute on an SVG
 * element first synchronises it, and was the costliest call of the first frame's drawing).
 * Nothing else writes these attributes; a node the server wrote is written once more, the same.
 */
export function set(node: Written, name: string, value: string): void {
  const written = (node.written ??= {});
  if (written[name] === value) return;
  written[name] = value;
  node.setAttribute(name, value);
}

/** `<g ${layer(items, context)}>`: keeps the layer's first children one element per item, in order. */
export abstract class KeyedLayer<T extends {id: string}, C, N extends Element> extends Directive {
  private nodes?: Map<string, N>;
  /** The attribute holding an item's key on its element (and on the server's markup of it). */
  protected abstract readonly key: string;
  protected abstract create(document: Document, item: T): N;
  protected abstract write(node: N, item: T, context: C): void;

  render(_items: readonly T[], _context: C): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [items, context]: [readonly T[], C]): typeof noChange {
    const layer = part.element;
    let old = this.nodes;
    if (!old) {
      old = new Map();
      for (const child of layer.children) if (child.hasAttribute(this.key)) old.set(child.getAttribute(this.key)!, child as N);
    }
    const nodes = new Map<string, N>();
    for (const item of items) {
      const node = old.get(item.id);
      if (node) {
        old.delete(item.id);
        nodes.set(item.id, node);
      }
    }
    // Those leaving go first, so that those staying are not moved (moving the focused option would blur it).
    for (const gone of old.values()) gone.remove();
    let next = layer.firstChild;
    for (const item of items) {
      let node = nodes.get(item.id);
      if (!node) {
        node = this.create(layer.ownerDocument, item);
        node.setAttribute(this.key, item.id);
        nodes.set(item.id, node);
      }
      this.write(node, item, context);
      if (node === next) next = node.nextSibling;
      else layer.insertBefore(node, next);
    }
    this.nodes = nodes;
    return noChange;
  }
}
