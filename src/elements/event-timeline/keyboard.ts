// Which key does what, as data: the element asks for a command as the key goes down (it must
// decide at once whether the key is its own, to keep the page from scrolling), and the reader's
// actions part (reader-actions.ts) carries it out. Read in one place, and tested in Node
// (test/unit/elements/keyboard.test.ts).

export type KeyCommand =
  | {type: 'move'; by: number; to?: undefined}
  | {type: 'move'; to: 'first' | 'last'; by: 0}
  | {type: 'lane'; by: number}
  | {type: 'select'}
  | {type: 'close'}
  | {type: 'zoom'; factor: number}
  | {type: 'fit'};

/**
 * Horizontal: ←/→ move in time (mirrored right-to-left), ↑/↓ between lanes.
 * Vertical: ↑/↓ (and ←/→) move in time. Home/End, Enter/Space, Escape, +/−/0.
 */
export function keyCommand(event: KeyboardEvent, {vertical, rtl}: {vertical: boolean; rtl: boolean}): KeyCommand | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  const forward = rtl && !vertical ? -1 : 1;
  switch (event.key) {
    case 'ArrowRight':
      return {type: 'move', by: forward};
    case 'ArrowLeft':
      return {type: 'move', by: -forward};
    case 'ArrowDown':
      return vertical ? {type: 'move', by: 1} : {type: 'lane', by: -1};
    case 'ArrowUp':
      return vertical ? {type: 'move', by: -1} : {type: 'lane', by: 1};
    case 'Home':
      return {type: 'move', to: 'first', by: 0};
    case 'End':
      return {type: 'move', to: 'last', by: 0};
    case 'Enter':
    case ' ':
      return {type: 'select'};
    case 'Escape':
      return {type: 'close'};
    case '+':
    case '=':
      return {type: 'zoom', factor: 2};
    case '-':
    case '_':
      return {type: 'zoom', factor: 0.5};
    case '0':
      return {type: 'fit'};
    default:
      return undefined;
  }
}
