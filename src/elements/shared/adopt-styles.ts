// Styles that arrive with a lazily loaded part, added once to a shadow root after the element's
// own: constructable stylesheets, which strict CSPs allow. Browsers that cannot adopt sheets get a
// <style> element, as Lit gives them for the element's own styles.
import {supportsAdoptingStyleSheets, type CSSResult} from 'lit';

export function adoptStyles(root: ShadowRoot, styles: CSSResult): void {
  if (supportsAdoptingStyleSheets && styles.styleSheet) {
    if (!root.adoptedStyleSheets.includes(styles.styleSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet];
    return;
  }
  if ([...root.querySelectorAll(':scope > style')].some((style) => style.textContent === styles.cssText)) return;
  const style = document.createElement('style');
  style.textContent = styles.cssText;
  root.append(style);
}
