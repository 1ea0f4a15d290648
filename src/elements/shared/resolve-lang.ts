// The language an element formats in: its own `lang`, else the nearest ancestor's, crossing
// shadow roots, up to the document's <html lang>. Empty when the page says nothing. On the server
// (Lit's server renderer) an element has no ancestors to ask: its own attributes alone count.
import {isServer} from 'lit';

export function resolveLang(element: Element): string {
  if (isServer) return element.getAttribute('lang')?.trim() ?? '';
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const lang = node.getAttribute('lang')!.trim();
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return '';
}

/** The direction an element lays out in: `dir` on it or an ancestor, crossing shadow roots. */
export function resolveDir(element: Element): 'ltr' | 'rtl' | undefined {
  if (isServer) {
    const dir = element.getAttribute('dir')?.toLowerCase();
    return dir === 'rtl' || dir === 'ltr' ? dir : undefined;
  }
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const dir = node.getAttribute('dir')?.toLowerCase();
      if (dir === 'rtl' || dir === 'ltr') return dir;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}
