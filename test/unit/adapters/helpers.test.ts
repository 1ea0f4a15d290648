// The small pure helpers of the adapters: ids made to fit and handed out, documents without empty
// fields, <time datetime> values made EDTF, and the plain-text layout (lines, separators).
import {describe, expect, it} from 'vitest';
import {edtfFromDatetime} from '../../../src/adapters/datetime-value.js';
import {assignIds, compact, fitId, idClaimer} from '../../../src/adapters/ids.js';
import {lines, oneLine, trimSeparators} from '../../../src/adapters/plain-text.js';
import {IssueLog} from '../../../src/model/issue-log.js';
import {parseEdtf} from '../../../src/model/edtf.js';

describe('ids', () => {
  it.each([
    ["Whitney Houston's début!", 'Whitney-Houston-s-debut'],
    ['  New START   expires  ', 'New-START-expires'],
    ['New_START 2026', 'New_START-2026'],
    ['a -- b', 'a-b'],
    ['Ünïcode', 'Unicode'],
    ['Разговор Путина и Си', ''],
    ['—', ''],
    ['2026: the call', '2026-the-call'],
    ['x'.repeat(70), 'x'.repeat(64)],
    [`${'a'.repeat(63)} b`, 'a'.repeat(63)],
  ])('fitId(%j) = %j', (text, id) => {
    expect(fitId(text)).toBe(id);
  });

  it('hands out unique ids, suffixed and cut to fit', () => {
    const claim = idClaimer();
    expect([claim('call'), claim('call'), claim('call')]).toEqual(['call', 'call-2', 'call-3']);
    const long = 'y'.repeat(64);
    expect([claim(long), claim(long)]).toEqual([long, `${'y'.repeat(62)}-2`]);
    // An id asked for as it is is never handed out again, as a suffix either.
    expect([claim('call-4'), claim('call'), claim('call-2')]).toEqual(['call-4', 'call-5', 'call-2-2']);
  });

  it('hands out n equal wishes in n steps: the count is kept, not probed again from 2', () => {
    const claim = idClaimer();
    let probes = 0;
    const has = Set.prototype.has;
    // Counts the look-ups of taken ids (the work), not the time.
    Set.prototype.has = function (this: Set<unknown>, value: unknown) {
      if (typeof value === 'string' && value.startsWith('same')) probes++;
      return has.call(this, value);
    };
    let last = '';
    try {
      for (let i = 0; i < 2000; i++) last = claim('same');
    } finally {
      Set.prototype.has = has;
    }
    expect(last).toBe('same-2000');
    // Each claim looks at the id it wants and the one it gets: 2 × 2000, where probing from 2 each time took 2 million.
    expect(probes).toBeLessThanOrEqual(4000);
  });

  it("gives the data's own ids first, then the fallbacks, and warns where an id was changed", () => {
    const log = new IssueLog();
    const events = assignIds(log, [
      {event: {n: 1}, path: 'a', fallback: 'call'},
      {event: {n: 2}, id: 'call', path: 'b', fallback: 'x'},
      {event: {n: 3}, id: 'call', path: 'c', fallback: 'x'},
      {event: {n: 4}, id: '—', path: 'd', fallback: 'e4'},
      {event: {n: 5}, id: 'ok_id-5', path: 'e', fallback: 'x'},
    ]);
    expect(events).toEqual([
      {id: 'call-3', n: 1},
      {id: 'call', n: 2},
      {id: 'call-2', n: 3},
      {id: 'e4', n: 4},
      {id: 'ok_id-5', n: 5},
    ]);
    expect(log.finish()).toEqual([
      {path: 'c', message: '"call" is taken or not a valid id; read as "call-2"', severity: 'warning'},
      {path: 'd', message: '"—" is taken or not a valid id; ignored', severity: 'warning'},
    ]);
  });

  it('leaves out undefined and empty fields, keeping the order and every other value', () => {
    expect(compact({a: 1, b: undefined, c: '', d: 0, e: [], f: 'x'})).toEqual({a: 1, d: 0, e: [], f: 'x'});
    expect(Object.keys(compact({z: 1, a: 2}))).toEqual(['z', 'a']);
  });
});

describe('edtfFromDatetime', () => {
  it.each([
    ['2026-02-03T14:00:00+03:00', '2026-02-03T14:00:00+03:00'],
    ['2026-02-03T14:00:00.000Z', '2026-02-03T14:00:00Z'],
    ['2026-02-03T14:00:00,5+0300', '2026-02-03T14:00:00+0300'],
    ['2026-02-03 14:00', '2026-02-03T14:00'],
    ['2026-02-03t14:00z', '2026-02-03T14:00Z'],
    [' 2026-02-03 ', '2026-02-03'],
    ['2026-07~', '2026-07~'],
    ['2026-01/2026-06', '2026-01/2026-06'],
  ])('%j → %j, which parses', (value, edtf) => {
    expect(edtfFromDatetime(value)).toBe(edtf);
    expect(parseEdtf(edtf).ok).toBe(true);
  });

  it('leaves HTML forms EDTF has not for the parser to reject', () => {
    for (const value of ['2026-W06', '14:00', 'PT2H', '02-03', '2026.5']) expect(parseEdtf(edtfFromDatetime(value)).ok).toBe(false);
  });
});

describe('plain text', () => {
  it.each([
    ['— Putin and Xi hold a call.', 'Putin and Xi hold a call.'],
    [' : , Title — ', 'Title'],
    ['. Summary.', 'Summary.'],
    ['·•|', ''],
    ['', ''],
  ])('trimSeparators(%j) = %j', (text, trimmed) => {
    expect(trimSeparators(text)).toBe(trimmed);
  });

  // A quadratic trim (a backtracking regular expression) would take some 10^10 steps here and
  // run into the test's timeout; a linear one takes milliseconds. No time is asserted.
  it('trims long runs of separators', () => {
    const text = `a${' -'.repeat(100_000)}b${' -'.repeat(100_000)}`;
    expect(trimSeparators(text)).toBe(text.slice(0, text.lastIndexOf('b') + 1));
  });

  it('joins lines into one, collapsing spaces but not non-breaking ones', () => {
    expect(oneLine('a\n b \n\nc\u00a0\u00a0d')).toBe('a b c\u00a0\u00a0d');
  });

  it('makes one line per block, with no empty lines', () => {
    expect(lines('\n a  b \n\n \nc\t\n')).toBe('a b\nc');
  });
});
