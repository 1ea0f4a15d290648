// The language and direction an element formats and lays out in: the nearest `lang` and `dir`,
// on it or an ancestor, crossing shadow roots, up to the document's <html>. On the server (Lit's
// server renderer) an element has no ancestors to ask: its own attributes alone count.
import {isServer} from 'lit';

/** The first value `read` finds on the element or an ancestor (crossing shadow roots). */
function nearest<T>(element: Element, read: (node: Element) => T | undefined): T | undefined {
  if (isServer) return read(element) || undefined;
  for (let node: Node | null = element; node; node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null)) {
    const value = node instanceof Element ? read(node) : undefined;
    if (value) return value;
  }
  return undefined;
}

/** The nearest `lang`; empty when the page says nothing. */
export function resolveLang(element: Element): string {
  return nearest(element, (node) => node.getAttribute('lang')?.trim()) ?? '';
}

/** The nearest `dir` that says `ltr` or `rtl`. */
export function resolveDir(element: Element): 'ltr' | 'rtl' | undefined {
  return nearest(element, (node) => {
    const dir = node.getAttribute('dir')?.toLowerCase();
    return dir === 'rtl' || dir === 'ltr' ? dir : undefined;
  });
}
