// The JSON scanner behind the CLI's "line 3, column 41": it agrees with JSON.parse on what is JSON,
// and points at the first character that is not.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {firstJsonError, lineAndColumn} from '../../../src/cli/json-text.js';

describe('firstJsonError', () => {
  it.each([
    ['{}', -1],
    ['[]', -1],
    [' {"a": [1, -2.5e+3, true, false, null, "x\\u00e9\\n"]} ', -1],
    ['"s"', -1],
    ['0', -1],
    ['{"a": 1,}', 8],
    ['[1,]', 3],
    ['[1 2]', 3],
    ['{"a" 1}', 5],
    ['{a: 1}', 1],
    ['[01]', 2],
    ['[1.]', 3],
    ['[-]', 2],
    ['["\\x"]', 3],
    ['["a\nb"]', 3],
    ['[tru]', 1],
    ['{"a": 1}}', 8],
    ['[', 1],
    ['"abc', 4],
    ['', 0],
    ['[1e]', 3],
    ['{"a":"\\u12g4"}', 7],
  ])('%j → %i', (text, index) => {
    expect(firstJsonError(text)).toBe(index);
  });

  it('agrees with JSON.parse on what is JSON', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.string(),
          fc.json().map((json) => json.slice(0, -1)),
        ),
        (text) => {
          let valid = true;
          try {
            JSON.parse(text);
          } catch {
            valid = false;
          }
          expect(firstJsonError(text) === -1).toBe(valid);
        },
      ),
      {numRuns: 3000},
    );
  });

  it('survives deep nesting without recursion', () => {
    expect(firstJsonError(`${'['.repeat(200_000)}${']'.repeat(200_000)}`)).toBe(-1);
  });
});

describe('lineAndColumn', () => {
  it('counts from 1, as editors do', () => {
    expect(lineAndColumn('ab\ncd\n', 0)).toEqual({line: 1, column: 1});
    expect(lineAndColumn('ab\ncd\n', 4)).toEqual({line: 2, column: 2});
    expect(lineAndColumn('ab\ncd\n', 6)).toEqual({line: 3, column: 1});
  });
});
