// Reads the text of a DOM subtree as a reader sees it laid out, without touching the DOM and
// without innerText (which needs layout, and the light DOM of an element is often not rendered).
import {BLOCK_ELEMENTS, PlainText} from './plain-text.js';

// Never shown as text: code, inert templates, and what is there only without scripting.
const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript']);
const TEXT_NODE = 3;
const CDATA_NODE = 4;
const ELEMENT_NODE = 1;

/** The text under `root`, one line per block, leaving out elements for which `skip` is true and hidden ones. */
export function domText(root: Node, skip: (element: Element) => boolean = () => false): string {
  const out = new PlainText();
  walk(root, out, skip);
  return out.toString();
}

function walk(node: Node, out: PlainText, skip: (element: Element) => boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_NODE) {
      out.text(child.nodeValue ?? '');
    } else if (child.nodeType === ELEMENT_NODE) {
      const element = child as Element;
      if (NOT_TEXT.has(element.localName) || element.hasAttribute('hidden') || skip(element)) continue;
      const block = BLOCK_ELEMENTS.has(element.localName);
      if (block) out.block();
      walk(element, out, skip);
      if (block) out.block();
    }
  }
}

/** True when `element` is `within` or lies inside it. */
export function isWithin(element: Element, within: Element | undefined): boolean {
  return within !== undefined && (element === within || within.contains(element));
}

/**
 * The nearest ancestor of `element` (itself included) named `name`, looking no higher than `limit`:
 * unlike closest(), a quote around the whole list does not make every item a quote.
 */
export function ancestorNamed(element: Element, name: string, limit: Element): Element | undefined {
  for (let node: Element | null = element; node && node !== limit; node = node.parentElement) {
    if (node.localName === name) return node;
  }
  return undefined;
}
