// Reads the text of a DOM subtree as a reader sees it laid out, without touching the DOM and
// without innerText (which needs layout, and the light DOM of an element is often not rendered).
import {BLOCK, lines} from './plain-text.js';

// Never shown as text: code, inert templates, and what is there only without scripting.
const NOT_TEXT = /^(?:script|style|template|noscript)$/;

/** The text under `root`, one line per block, leaving out hidden elements and those `skip` names. */
export function domText(root: Node, skip: (element: Element) => boolean = () => false): string {
  let text = '';
  const block = (node: Node) => BLOCK.test((node as Element).localName);
  // Depth first without recursion: a list item of 20,000 nested spans must not overflow the stack.
  for (let node: Node | null = root.firstChild; node;) {
    // Node types, not instanceof, so that nodes of another window are read too.
    if (node.nodeType === 3) {
      // Text. Source line breaks are layout; "\n" marks a block boundary.
      text += (node as Text).data.replaceAll('\n', ' ');
    } else if (
      node.nodeType === 1 &&
      !NOT_TEXT.test((node as Element).localName) &&
      !(node as Element).hasAttribute('hidden') &&
      !skip(node as Element)
    ) {
      if (block(node)) text += '\n';
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
      if (block(node)) text += '\n';
    }
    // On to the next sibling, closing the blocks climbed out of (all of them were read: only those are entered).
    let at: Node = node;
    while (at !== root && !at.nextSibling) {
      at = at.parentNode!;
      if (at !== root && block(at)) text += '\n';
    }
    node = at === root ? null : at.nextSibling;
  }
  return lines(text);
}
