// TimelineJS3 documents made to crash or freeze the converter (the hostile-input review): fields
// that are arrays nested thousands deep, thousands of slides with one headline, headlines of a
// million characters. Each is an issue at its TimelineJS path, and the valid slide beside it is kept.
import {describe, expect, it} from 'vitest';
import {htmlToText} from '../../../src/adapters/html-text.js';
import {parseInput} from '../../../src/adapters/read-input.js';
import {fromTimelineJs} from '../../../src/adapters/timelinejs.js';
import {DEFAULT_LIMITS} from '../../../src/model/limits.js';

type Json = Record<string, unknown>;
const slide = (headline: string, fields: Json = {}): Json => ({start_date: {year: 2026}, text: {headline}, ...fields});

/** An array nested `depth` deep around 1: String() of it recurses once per level. */
function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

const ID_ADVICE = 'write a short text, like "summit-2026", unique in the story';

describe('TimelineJS fields nested thousands deep', () => {
  const deep = nested(100_000);

  it.each(['year', 'month', 'day', 'hour', 'minute', 'second'])(
    'reports a date %s that is an array, and keeps the valid slide',
    (field) => {
      const {timeline, issues, format} = parseInput({
        events: [slide('Kept'), {start_date: {year: 2026, month: 1, day: 1, [field]: deep}, text: {headline: 'Deep'}}],
      });
      expect(format).toBe('timelinejs');
      expect(timeline!.events.map((event) => event.title)).toEqual(['Kept']);
      // With how to fix it (teach-formats.ts): an example of the field, since no value can be guessed from an array.
      const example = {year: 2026, month: 2, day: 3, hour: 14, minute: 30, second: 0}[field];
      expect(issues).toEqual([
        {
          path: `events[1].start_date.${field}`,
          message: `must be a number or a string, not an array: write a number, as "${field}": ${example}`,
          severity: 'error',
        },
      ]);
    },
  );

  it('drops an end date that is an array with a warning, keeping the slide', () => {
    const {timeline, issues} = parseInput({events: [slide('Kept', {end_date: {year: deep}})]});
    expect(timeline!.events[0]!.date.text).toBe('2026');
    expect(issues).toEqual([
      {
        path: 'events[0].end_date.year',
        message: 'must be a number or a string, not an array: write a number, as "year": 2026',
        severity: 'warning',
      },
    ]);
  });

  it('ignores a unique_id that is an array (the id is made from the headline), with a warning', () => {
    const {timeline, issues} = parseInput({events: [slide('Kept', {unique_id: deep}), slide('Other', {unique_id: {id: 'x'}})]});
    expect(timeline!.events.map((event) => event.id)).toEqual(['kept', 'other']);
    expect(issues).toEqual([
      {path: 'events[0].unique_id', message: `must be a string, not an array; ignored: ${ID_ADVICE}`, severity: 'warning'},
      {path: 'events[1].unique_id', message: `must be a string, not an object; ignored: ${ID_ADVICE}`, severity: 'warning'},
    ]);
  });

  it('still reads numbers and text as TimelineJS writes them', () => {
    const {timeline, issues} = parseInput({events: [slide('A', {start_date: {year: '2026', month: 7, day: '16'}, unique_id: 42})]});
    expect(issues).toEqual([]);
    expect(timeline!.events[0]).toMatchObject({id: '42', date: {text: '2026-07-16'}});
  });
});

describe('TimelineJS slides that share a headline', () => {
  it('gives 12,000 slides with one headline 12,000 ids, each the next number', () => {
    const {document} = fromTimelineJs({events: Array.from({length: 12_000}, () => slide('Same'))});
    const ids = document.events.map((event) => event.id);
    expect(new Set(ids).size).toBe(12_000);
    expect(ids.slice(0, 3)).toEqual(['same', 'same-2', 'same-3']);
    expect(ids.at(-1)).toBe('same-12000');
  });
});

describe('TimelineJS headlines of megabytes', () => {
  const MAX = DEFAULT_LIMITS.maxTextLength;
  const huge = '\u2039 '.repeat(490_000);

  it(`cuts a headline to ${MAX} characters as text, with a warning at its TimelineJS path, once`, () => {
    const {timeline, issues} = parseInput({events: [slide(huge), slide('Other', {text: {headline: 'Other', text: huge}})]});
    expect(timeline!.events[0]!.title).toHaveLength(MAX);
    expect(timeline!.events[0]!.title.endsWith('…')).toBe(true);
    expect(issues).toEqual([
      {path: 'events[0].text.headline', message: `is more than ${MAX} characters long as text; cut`, severity: 'warning'},
      {path: 'events[1].text.text', message: `is more than ${MAX} characters long as text; cut`, severity: 'warning'},
    ]);
  });

  it('reads no further than the limit needs: a headline of a million characters gives a text just past it', () => {
    const text = htmlToText(huge, 100);
    expect(text.length).toBeGreaterThan(100);
    // One run of text (at most 1,024 characters) past the limit, not the 980,000 characters there are.
    expect(text.length).toBeLessThanOrEqual(100 + 1024);
  });

  it('measures the limit on the text laid out: collapsed spaces and tags do not count', () => {
    // 250 characters as written, 103 laid out: "a a … a end".
    const spaced = `${'a    '.repeat(50)}<b>${'<i></i>'.repeat(1000)}end</b>`;
    expect(htmlToText(spaced, 120)).toBe(`${'a '.repeat(50)}end`);
    // Past the limit, it stops with the text that shows it (the caller cuts and says so).
    expect(htmlToText(spaced, 98)).toBe(`${'a '.repeat(49)}a`);
  });

  it('never ends a run of text inside a character reference', () => {
    const text = `${'x'.repeat(1023)}&amp;&#8212;&mdash`;
    expect(htmlToText(text)).toBe(`${'x'.repeat(1023)}&——`);
  });
});
