// Styles that survive a move to another document. Constructed stylesheets belong to the document
// they were made in: a shadow root adopted into another one (`adoptNode` into a same-origin
// iframe, and back) loses them, and the element, no longer `display: block`, measures 0 px wide and
// never draws again. Connecting gives the shadow root its styles again, made for its document.
import {adoptStyles, type CSSResult, type CSSResultOrNative} from 'lit';

/** Re-adopts `styles` (the element's `css` results) into `root` when it has lost them; made in its own document when that is not the page's. */
export function keepStyles(root: ShadowRoot, styles: CSSResultOrNative[]): void {
  // Undefined where shadow roots take <style> elements instead, which move with them.
  if (root.adoptedStyleSheets?.length !== 0) return;
  try {
    // The page's own sheets (Lit's), in the document they were made in.
    adoptStyles(root, styles);
  } catch {
    const Sheet = root.ownerDocument.defaultView?.CSSStyleSheet;
    root.adoptedStyleSheets = Sheet
      ? styles.map((style) => {
          const sheet = new Sheet();
          sheet.replaceSync((style as CSSResult).cssText);
          return sheet;
        })
      : [];
  }
}
