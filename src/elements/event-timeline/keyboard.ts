// Which key does what, as data: the element asks for a command as the key goes down (it must
// decide at once whether the key is its own, to keep the page from scrolling) and carries it out
// (reader-input.ts; the zoom keys with the reader's actions part, reader-actions.ts). Read in one
// place, and tested in Node (test/unit/elements/keyboard.test.ts).
import type {ViewEvent} from '../../layout/view.js';

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

/**
 * Up/Down in the horizontal layout: the event nearest in time among the labels in the next row up
 * (`by` 1) or down (-1) from the event at `index` (labels stack at any height, so a row is the
 * nearest label level that way, give or take 20 px). Undefined when there is none that way.
 */
export function laneNeighbour(events: readonly ViewEvent[], index: number, by: number): string | undefined {
  const here = events.find((event) => event.index === index);
  if (!here) return undefined;
  const way = events.filter((event) => (by > 0 ? event.titleY < here.titleY - 4 : event.titleY > here.titleY + 4));
  if (!way.length) return undefined;
  const row = way.reduce((best, event) =>
    Math.abs(event.titleY - here.titleY) < Math.abs(best.titleY - here.titleY) ? event : best,
  ).titleY;
  const candidates = way.filter((event) => Math.abs(event.titleY - row) <= 20);
  return candidates.reduce((best, event) => (Math.abs(event.x - here.x) < Math.abs(best.x - here.x) ? event : best)).id;
}
