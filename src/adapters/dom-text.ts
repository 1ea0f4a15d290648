// Reads the text of a DOM subtree as a reader sees it laid out, without touching the DOM and
// without innerText (which needs layout, and the light DOM of an element is often not rendered).
import {BLOCK, lines} from './plain-text.js';

// Never shown as text: code, inert templates, and what is there only without scripting.
const NOT_TEXT = /^(?:script|style|template|noscript)$/;

/** The text under `root`, one line per block, leaving out hidden elements and those `skip` names. */
export function domText(root: Node, skip: (element: Element) => boolean = () => false): string {
  let text = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      // Node types, not instanceof, so that nodes of another window are read too.
      if (child.nodeType === 3) {
        // Text. Source line breaks are layout; "\n" marks a block boundary.
        text += (child as Text).data.replaceAll('\n', ' ');
      } else if (child.nodeType === 1) {
        const element = child as Element;
        if (NOT_TEXT.test(element.localName) || element.hasAttribute('hidden') || skip(element)) continue;
        const block = BLOCK.test(element.localName);
        if (block) text += '\n';
        walk(element);
        if (block) text += '\n';
      }
    }
  };
  walk(root);
  return lines(text);
}
