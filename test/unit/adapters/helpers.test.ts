// The small pure helpers of the adapters: ids made to fit, <time datetime> values made EDTF,
// and the trimming of separators left between a date, a title and a summary.
import {describe, expect, it} from 'vitest';
import {edtfFromDatetime} from '../../../src/adapters/datetime-value.js';
import {IdRegistry, sanitizeId, slugify} from '../../../src/adapters/ids.js';
import {oneLine, trimSeparators} from '../../../src/adapters/plain-text.js';
import {parseEdtf} from '../../../src/model/edtf.js';

describe('ids', () => {
  it.each([
    ['Whitney Houston\'s début!', 'whitney-houston-s-debut'],
    ['  New START   expires  ', 'new-start-expires'],
    ['Разговор Путина и Си', ''],
    ['2026: the call', '2026-the-call'],
    ['x'.repeat(70), 'x'.repeat(64)],
    [`${'a'.repeat(63)} b`, 'a'.repeat(63)],
  ])('slugify(%j) = %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('fits an id to the pattern keeping case, "_" and "-"', () => {
    expect(sanitizeId('New_START 2026')).toBe('New_START-2026');
    expect(sanitizeId('Ünïcode')).toBe('Unicode');
    expect(sanitizeId('—')).toBe('');
  });

  it('hands out unique ids, suffixed and cut to fit', () => {
    const ids = new IdRegistry();
    expect([ids.claim('call'), ids.claim('call'), ids.claim('call')]).toEqual(['call', 'call-2', 'call-3']);
    const long = 'y'.repeat(64);
    expect([ids.claim(long), ids.claim(long)]).toEqual([long, `${'y'.repeat(62)}-2`]);
    expect(ids.has('call-2')).toBe(true);
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
    for (const value of ['2026-W06', '14:00', 'PT2H', '02-03']) expect(parseEdtf(edtfFromDatetime(value)).ok).toBe(false);
  });
});

describe('plain text', () => {
  it.each([
    ['— Putin and Xi hold a call.', 'Putin and Xi hold a call.'],
    [' : , Title — ', 'Title'],
    ['. Summary.', 'Summary.'],
    ['·•|', ''],
  ])('trimSeparators(%j) = %j', (text, trimmed) => {
    expect(trimSeparators(text)).toBe(trimmed);
  });

  it('joins lines into one', () => {
    expect(oneLine('a\n b \n\nc')).toBe('a b c');
  });
});
