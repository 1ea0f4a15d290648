// The key map (keyboard.ts) as data: which key asks for which command, mirrored in right-to-left
// horizontal drawings, and which label the Up/Down keys go to.
import {describe, expect, it} from 'vitest';
import {keyCommand, laneNeighbour} from '../../../src/elements/event-timeline/keyboard.js';
import type {ViewEvent} from '../../../src/layout/view.js';

const key = (key: string, modifiers: Partial<Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey'>> = {}) =>
  ({key, altKey: false, ctrlKey: false, metaKey: false, ...modifiers}) as KeyboardEvent;
const horizontal = {vertical: false, rtl: false};

describe('keyCommand', () => {
  it('moves in time with the arrows along the axis, and between rows of labels across it', () => {
    expect(keyCommand(key('ArrowRight'), horizontal)).toEqual({type: 'move', by: 1});
    expect(keyCommand(key('ArrowLeft'), horizontal)).toEqual({type: 'move', by: -1});
    expect(keyCommand(key('ArrowUp'), horizontal)).toEqual({type: 'lane', by: 1});
    expect(keyCommand(key('ArrowDown'), horizontal)).toEqual({type: 'lane', by: -1});
  });

  it('mirrors left and right in a right-to-left horizontal drawing, where later is to the left', () => {
    const rtl = {vertical: false, rtl: true};
    expect(keyCommand(key('ArrowLeft'), rtl)).toEqual({type: 'move', by: 1});
    expect(keyCommand(key('ArrowRight'), rtl)).toEqual({type: 'move', by: -1});
    expect(keyCommand(key('ArrowUp'), rtl)).toEqual({type: 'lane', by: 1});
  });

  it('moves in time with Up and Down in a vertical drawing, whatever the direction', () => {
    for (const rtl of [false, true]) {
      expect(keyCommand(key('ArrowDown'), {vertical: true, rtl})).toEqual({type: 'move', by: 1});
      expect(keyCommand(key('ArrowUp'), {vertical: true, rtl})).toEqual({type: 'move', by: -1});
      expect(keyCommand(key('ArrowRight'), {vertical: true, rtl})).toEqual({type: 'move', by: 1});
    }
  });

  it('knows Home, End, Enter, Space, Escape, zoom in, zoom out and fit', () => {
    expect(keyCommand(key('Home'), horizontal)).toEqual({type: 'move', to: 'first', by: 0});
    expect(keyCommand(key('End'), horizontal)).toEqual({type: 'move', to: 'last', by: 0});
    expect(keyCommand(key('Enter'), horizontal)).toEqual({type: 'select'});
    expect(keyCommand(key(' '), horizontal)).toEqual({type: 'select'});
    expect(keyCommand(key('Escape'), horizontal)).toEqual({type: 'close'});
    for (const plus of ['+', '=']) expect(keyCommand(key(plus), horizontal)).toEqual({type: 'zoom', factor: 2});
    for (const minus of ['-', '_']) expect(keyCommand(key(minus), horizontal)).toEqual({type: 'zoom', factor: 0.5});
    expect(keyCommand(key('0'), horizontal)).toEqual({type: 'fit'});
  });

  it('leaves keys with Alt, Ctrl or Meta, and keys it does not know, to the page', () => {
    expect(keyCommand(key('ArrowRight', {altKey: true}), horizontal)).toBeUndefined();
    expect(keyCommand(key('+', {ctrlKey: true}), horizontal)).toBeUndefined();
    expect(keyCommand(key('0', {metaKey: true}), horizontal)).toBeUndefined();
    expect(keyCommand(key('Tab'), horizontal)).toBeUndefined();
    expect(keyCommand(key('a'), horizontal)).toBeUndefined();
  });
});

describe('laneNeighbour', () => {
  const at = (index: number, x: number, titleY: number) => ({index, id: `e${index}`, x, titleY}) as ViewEvent;
  // Two rows above the axis: row 60 nearer it, row 20 further up.
  const events = [at(0, 100, 60), at(1, 300, 60), at(2, 120, 20), at(3, 280, 22), at(4, 500, 20)];

  it('goes up to the nearest row and, in it, to the label nearest in time', () => {
    expect(laneNeighbour(events, 1, 1)).toBe('e3');
    expect(laneNeighbour(events, 0, 1)).toBe('e2');
  });

  it('goes down again to the row below', () => {
    expect(laneNeighbour(events, 4, -1)).toBe('e1');
    expect(laneNeighbour(events, 2, -1)).toBe('e0');
  });

  it('gives nothing past the last row, or for an event not drawn', () => {
    expect(laneNeighbour(events, 2, 1)).toBeUndefined();
    expect(laneNeighbour(events, 0, -1)).toBeUndefined();
    expect(laneNeighbour(events, 9, 1)).toBeUndefined();
  });
});
