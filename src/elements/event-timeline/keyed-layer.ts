// Keyed joins written straight into a layer's element by a directive, the shape of d3's
// selection.join: one element per item, keyed by id, created when it enters, written when it
// changes, removed when it leaves, in the items' order. Lit's `repeat` would wrap every item in two
// comment markers of its own and re-render its template at every zoom step; what changes at every
// step (the drawn events' options and labels, the cluster badges, the axis ticks, the link arcs)
// is joined here instead, at the start of its layer, one join after another.
// Elements the server rendered as markup sit before the layer's first comment (its Lit part, see
// shared/hydration.ts): the first update adopts those that carry a join's key attribute, so that
// a hydrating element keeps them, and keeps the focus that may be in one; the rest (nothing in
// them takes the focus) are removed and written again, the same.
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

/** Writes a shape's geometry (and its class, when it has one) as attributes. */
export function place(node: Element, shape: object): void {
  for (const name in shape) set(node, name === 'className' ? 'class' : name, String(shape[name as keyof typeof shape]));
}

/** Sets a style property through the CSSOM (never a style attribute: strict CSPs block those) when it changes. */
export function setStyle(node: Written & ElementCSSInlineStyle, name: string, value: string | undefined): void {
  const written = (node.written ??= {});
  if (written[name] === value) return;
  if (value === undefined) {
    delete written[name];
    node.style.removeProperty(name);
  } else node.style.setProperty(name, (written[name] = value));
}

/** Sets an element's text when it changes. */
export function setText(node: Written, text: string): void {
  const written = (node.written ??= {});
  if (written['#text'] === text) return;
  node.textContent = written['#text'] = text;
}

/** One kind of element in a layer: how to make it and how to write an item into it. */
export abstract class Join<T extends {id: string}, C, N extends Element> {
  private nodes = new Map<string, N>();
  /** The attribute holding an item's key on its element and on the server's markup of it; none: not adopted. */
  protected readonly key?: string;
  protected abstract create(document: Document, item: T): N;
  protected abstract write(node: N, item: T, context: C): void;

  /** Takes over the server's elements that carry this join's key; returns those it took. */
  adopt(server: readonly Element[]): Set<Element> {
    const taken = new Set<Element>();
    if (!this.key) return taken;
    for (const node of server) {
      const id = node.getAttribute(this.key);
      if (id === null) continue;
      this.nodes.set(id, node as N);
      taken.add(node);
    }
    return taken;
  }

  /** Keeps the items' elements in `layer` in order from `next` on; returns the node after the last. */
  join(layer: Element, next: ChildNode | null, items: readonly T[], context: C): ChildNode | null {
    const old = this.nodes;
    const nodes = new Map<string, N>();
    for (const item of items) {
      const node = old.get(item.id);
      if (node) {
        old.delete(item.id);
        nodes.set(item.id, node);
      }
    }
    // Those leaving go first, so that those staying are not moved (moving the focused option would blur it).
    for (const gone of old.values()) {
      if (gone === next) next = gone.nextSibling;
      gone.remove();
    }
    for (const item of items) {
      let node = nodes.get(item.id);
      if (!node) {
        node = this.create(layer.ownerDocument, item);
        if (this.key) node.setAttribute(this.key, item.id);
        nodes.set(item.id, node);
      }
      this.write(node, item, context);
      if (node === next) next = node.nextSibling;
      else layer.insertBefore(node, next);
    }
    this.nodes = nodes;
    return next;
  }
}

/**
 * `<g ${layer(...values)}>`: a directive that keeps the layer's first children its joins' elements;
 * `V` is what it is given (the types of its arguments in templates).
 */
export abstract class JoinLayer<V extends unknown[]> extends Directive {
  private started = false;
  protected abstract readonly joins: readonly Pick<Join<{id: string}, unknown, Element>, 'adopt'>[];
  /** Runs the joins, each from where the one before stopped (`layer.firstChild` for the first). */
  protected abstract draw(layer: Element, values: V): void;

  render(..._values: V): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, values: V): typeof noChange {
    const layer = part.element;
    if (!this.started) {
      this.started = true;
      const server: Element[] = [];
      for (let node = layer.firstChild; node && !(node instanceof Comment); node = node.nextSibling) {
        if (node instanceof Element) server.push(node);
      }
      const taken = new Set<Element>();
      for (const join of this.joins) for (const node of join.adopt(server)) taken.add(node);
      for (const node of server) if (!taken.has(node)) node.remove();
    }
    this.draw(layer, values);
    return noChange;
  }
}
