// Styles in shadow roots, wherever the element goes. Constructed stylesheets (which strict CSPs
// allow) belong to the document they were made in: a shadow root moved into another one
// (`adoptNode` into a same-origin iframe, and back) loses them, and cannot take the page's. So an
// element's own styles are given again on connecting (keepStyles), and a part's styles when it
// draws (adoptStyles), each as the page's sheet at home and as a copy made in any other document.
// Browsers that cannot adopt sheets get <style> elements, as Lit gives them, which move along.
import {supportsAdoptingStyleSheets, type CSSResult, type CSSResultOrNative} from 'lit';

/** The copies made for shadow roots in other documents, by the page's sheet they copy. */
const copies = new WeakMap<CSSStyleSheet, WeakMap<Document, CSSStyleSheet>>();

/** The sheet of `style` for `root`'s document: the page's own at home, else a copy made there. */
function sheetFor(root: ShadowRoot, style: CSSResultOrNative): CSSStyleSheet | undefined {
  const own = style instanceof CSSStyleSheet ? style : style.styleSheet;
  if (!own) return undefined;
  const doc = root.ownerDocument;
  if (doc === document) return own;
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if (!Sheet) return undefined;
  let byDocument = copies.get(own);
  if (!byDocument) copies.set(own, (byDocument = new WeakMap()));
  let copy = byDocument.get(doc);
  if (!copy) {
    copy = new Sheet();
    copy.replaceSync(style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText);
    byDocument.set(doc, copy);
  }
  return copy;
}

/** Puts the element's own `styles` first in `root` again when a move has taken them away. */
export function keepStyles(root: ShadowRoot, styles: CSSResultOrNative[]): void {
  if (!supportsAdoptingStyleSheets || !root.adoptedStyleSheets) return;
  const base = styles.map((style) => sheetFor(root, style)).filter((sheet): sheet is CSSStyleSheet => sheet !== undefined);
  const adopted = root.adoptedStyleSheets;
  if (base.every((sheet) => adopted.includes(sheet))) return;
  root.adoptedStyleSheets = [...base, ...adopted.filter((sheet) => !base.includes(sheet))];
}

/** Adds the styles of a part, once, after the element's own. */
export function adoptStyles(root: ShadowRoot, styles: CSSResult): void {
  const sheet = supportsAdoptingStyleSheets ? sheetFor(root, styles) : undefined;
  if (sheet) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  if ([...root.querySelectorAll(':scope > style')].some((style) => style.textContent === styles.cssText)) return;
  const style = root.ownerDocument.createElement('style');
  style.textContent = styles.cssText;
  root.append(style);
}
