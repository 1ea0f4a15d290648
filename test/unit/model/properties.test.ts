// Properties of parseTimeline over generated input: it never throws, every issue names a well-formed path,
// what it returns keeps its promises (sorted, unique ids, clean text, safe URLs and colours), and a parsed
// timeline survives toDocument → parseTimeline unchanged.
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {parseTimeline, type ParseOptions} from '../../../src/model/parse-timeline.js';
import {safeColor} from '../../../src/model/safe-color.js';
import {safeUrl} from '../../../src/model/safe-url.js';
import {toDocument} from '../../../src/model/to-document.js';
import {EVENT_STATUSES, type ParseResult, type Timeline} from '../../../src/model/types.js';
import {categoryKey, color, edtfDate, lang, text, url, validDocument} from './arbitraries.js';

const RUNS = {numRuns: 300};

// `(root)`, or a first segment (an identifier, or a quoted key for a root key that is not one) followed by
// `[3]`, `["key"]` or `.name` segments. Quoted keys are JSON strings, so a `"` inside one is escaped.
const JSON_STRING = String.raw`"(?:[^"\\]|\\.)*"`;
const PATH = new RegExp(
  String.raw`^(?:\(root\)|(?:[A-Za-z_$][\w$]*|\[${JSON_STRING}\])(?:\[\d+\]|\[${JSON_STRING}\]|\.[A-Za-z_$][\w$]*)*)$`,
);
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Checks what every result must satisfy, whatever the input. */
function checkResult({timeline, issues}: ParseResult): void {
  expect(issues.length).toBeLessThanOrEqual(201);
  for (const issue of issues) {
    expect(issue.path).toMatch(PATH);
    expect(typeof issue.message).toBe('string');
    expect(issue.message.trim()).not.toBe('');
    expect(['error', 'warning']).toContain(issue.severity);
    // The catch-all in parseTimeline is meant to be unreachable.
    expect(issue.message).not.toMatch(/^could not be read/);
  }
  if (!timeline) {
    expect(issues.some((issue) => issue.severity === 'error')).toBe(true);
    return;
  }
  checkTimeline(timeline);
}

function checkText(value: string | undefined): void {
  if (value === undefined) return;
  expect(value).not.toBe('');
  expect(value).toBe(value.trim());
  expect(value).not.toMatch(UNSAFE);
}

function checkTimeline(timeline: Timeline): void {
  const {events} = timeline;
  expect(events.length).toBeGreaterThan(0);
  const ids = new Set(events.map((event) => event.id));
  expect(ids.size).toBe(events.length);
  for (let i = 1; i < events.length; i++) {
    const [a, b] = [events[i - 1]!, events[i]!];
    expect(a.start < b.start || (a.start === b.start && (a.end < b.end || (a.end === b.end && a.id < b.id)))).toBe(true);
  }
  for (const event of events) {
    expect(event.id).toMatch(ID);
    expect(EVENT_STATUSES).toContain(event.status);
    expect(Number.isFinite(event.start) && Number.isFinite(event.end) && event.start <= event.end).toBe(true);
    [event.title, event.summary, event.place, event.category, event.source?.name].forEach(checkText);
    if (event.source?.url !== undefined) expect(safeUrl(event.source.url)).toBe(event.source.url);
    for (const quote of event.quotes) {
      [quote.text, quote.speaker, quote.role, quote.source].forEach(checkText);
      if (quote.url !== undefined) expect(safeUrl(quote.url)).toBe(quote.url);
    }
  }
  for (const link of timeline.links) {
    expect(ids.has(link.from) && ids.has(link.to) && link.from !== link.to).toBe(true);
    expect(link.kind).toBe(link.kind.toLowerCase());
    checkText(link.label);
  }
  if (timeline.anchor !== undefined) expect(ids.has(timeline.anchor)).toBe(true);
  for (const category of timeline.categories) {
    if (category.color !== undefined) expect(safeColor(category.color)).toBe(category.color);
    expect(category.label).not.toMatch(UNSAFE);
    expect(category.label).toBe(category.label.trim());
  }
  expect(new Set(timeline.categories.map((category) => category.id)).size).toBe(timeline.categories.length);
  for (const event of events) {
    if (event.category) expect(timeline.categories.some((category) => category.id === event.category)).toBe(true);
  }
  checkText(timeline.title);
}

/** parseTimeline(toDocument(t)) gives t back, with no issue, whether read as a value or as JSON text. */
function checkRoundTrip(timeline: Timeline, options?: ParseOptions): void {
  const document = toDocument(timeline);
  expect(parseTimeline(document, options)).toStrictEqual({timeline, issues: []});
  expect(parseTimeline(JSON.stringify(document), options)).toStrictEqual({timeline, issues: []});
}

// Documents shaped like the format, with each field drawn from good values, near misses and anything at all.
const anyText = fc.oneof(text, fc.string(), fc.string({unit: 'binary'}), fc.constantFrom('', '   ', '\u202E', ' a\u0000b '), fc.anything());
const shapedEvent = fc.record(
  {
    id: fc.oneof(fc.string(), {arbitrary: fc.constantFrom('a', 'b', 'c'), weight: 3}),
    date: fc.oneof(fc.string(), fc.constantFrom('2026-02-03', '2026-40', '2001/2026', '2026/2001'), {arbitrary: edtfDate, weight: 2}),
    title: fc.oneof(fc.anything(), {arbitrary: text, weight: 3}),
    summary: anyText,
    category: fc.oneof(categoryKey, anyText),
    place: anyText,
    status: fc.oneof(fc.constantFrom(...EVENT_STATUSES, 'maybe'), fc.anything()),
    source: fc.oneof(
      fc.record({name: anyText, url: fc.oneof(url, fc.string(), fc.constant('javascript:alert(1)'))}, {requiredKeys: []}),
      fc.oneof(url, fc.string(), fc.constantFrom('Reuters: interview', 'vbscript:x')),
      fc.anything(),
    ),
    quotes: fc.oneof(
      fc.array(
        fc.record(
          {
            text: anyText,
            speaker: anyText,
            date: fc.oneof(edtfDate, fc.string()),
            lang: fc.oneof(lang, fc.string()),
            url: fc.oneof(url, fc.string()),
          },
          {requiredKeys: []},
        ),
        {maxLength: 3},
      ),
      fc.anything(),
    ),
    tittle: fc.anything(),
  },
  {requiredKeys: ['id', 'date', 'title']},
);
function shapedLink(requiredKeys: ('from' | 'to')[]) {
  const end = fc.oneof({arbitrary: fc.constantFrom('a', 'b', 'c', ' a '), weight: 4}, fc.anything());
  return fc.record({from: end, to: end, kind: fc.oneof(fc.string(), fc.anything()), label: anyText}, {requiredKeys});
}
const shapedDocument = fc.record(
  {
    version: fc.oneof(fc.constant(1), fc.anything()),
    lang: fc.oneof(lang, fc.string(), fc.anything()),
    title: anyText,
    now: fc.oneof(edtfDate, fc.string(), fc.anything()),
    anchor: fc.oneof(fc.constantFrom('a', 'b', 'c'), fc.anything()),
    categories: fc.oneof(
      fc.dictionary(
        fc.oneof(categoryKey, fc.string(), fc.string({unit: 'binary'})),
        fc.oneof(fc.record({label: anyText, color: fc.oneof(color, fc.string())}, {requiredKeys: []}), fc.string(), fc.anything()),
        {maxKeys: 5},
      ),
      fc.anything(),
    ),
    events: fc.oneof({arbitrary: fc.array(shapedEvent, {maxLength: 8}), weight: 5}, fc.anything()),
    links: fc.oneof(
      {arbitrary: fc.array(shapedLink(['from', 'to']), {maxLength: 5}), weight: 4},
      fc.array(shapedLink([]), {maxLength: 5}),
      fc.anything(),
    ),
    eras: fc.oneof(
      fc.array(fc.record({title: anyText, date: fc.oneof(edtfDate, fc.string())}, {requiredKeys: []}), {maxLength: 3}),
      fc.anything(),
    ),
    colour: fc.anything(),
  },
  {requiredKeys: ['events']},
);

describe('parseTimeline never throws and always reports well', () => {
  it('for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => checkResult(parseTimeline(value))),
      RUNS,
    );
  });

  it('for any string, and for any JSON text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (value) => checkResult(parseTimeline(value))),
      RUNS,
    );
  });

  it('for any value at all, including undefined, -0, NaN and objects without a prototype', () => {
    fc.assert(
      fc.property(fc.anything({withNullPrototype: true, withBoxedValues: true, withSparseArray: true}), (value) =>
        checkResult(parseTimeline(value)),
      ),
      RUNS,
    );
  });

  it('for documents shaped like the format with random field values, read as values and as JSON text', () => {
    fc.assert(
      fc.property(shapedDocument, (document) => {
        checkResult(parseTimeline(document));
        checkResult(parseTimeline(JSON.stringify(document)));
      }),
      RUNS,
    );
  });

  it('under tight limits', () => {
    const limits = fc.record({
      maxEvents: fc.integer({min: 1, max: 4}),
      maxLinks: fc.integer({min: 0, max: 3}),
      maxTextLength: fc.integer({min: 2, max: 12}),
    });
    fc.assert(
      fc.property(shapedDocument, limits, (document, limits) => checkResult(parseTimeline(document, {limits}))),
      RUNS,
    );
  });
});

describe('parseTimeline and toDocument round-trip', () => {
  it('reads every generated valid document with no issue, and gets the same timeline back from toDocument', () => {
    fc.assert(
      fc.property(validDocument, (document) => {
        const result = parseTimeline(document);
        expect(result.issues).toEqual([]);
        checkResult(result);
        checkRoundTrip(result.timeline!);
      }),
      RUNS,
    );
  });

  it('gets the same timeline back for whatever a random document parses into', () => {
    fc.assert(
      fc.property(shapedDocument, (document) => {
        const {timeline} = parseTimeline(document);
        if (timeline) checkRoundTrip(timeline);
      }),
      RUNS,
    );
  });

  it('keeps text cut to maxTextLength as it is when read again with the same limit', () => {
    fc.assert(
      fc.property(validDocument, fc.integer({min: 2, max: 12}), (document, maxTextLength) => {
        const options = {limits: {maxTextLength}};
        const {timeline} = parseTimeline(document, options);
        checkRoundTrip(timeline!, options);
      }),
      RUNS,
    );
  });

  it('keeps a category named "__proto__" and categories with integer-like keys, in their order', () => {
    const document = JSON.parse(`{
      "categories": {"__proto__": {"label": "Proto", "color": "teal"}, "b": {"label": "B"}},
      "events": [{"id": "a", "date": "2026", "title": "A", "category": "2026"}, {"id": "b", "date": "2027", "title": "B", "category": "__proto__"}]
    }`);
    const {timeline, issues} = parseTimeline(document);
    // "2026" is used but not declared: said, and still given a legend entry.
    expect(issues.map((issue) => issue.path)).toEqual(['events[0].category']);
    expect(timeline!.categories).toEqual([
      {id: '2026', label: '2026'},
      {id: '__proto__', label: 'Proto', color: 'teal'},
      {id: 'b', label: 'B'},
    ]);
    expect(Object.keys(toDocument(timeline!).categories!)).toEqual(['2026', '__proto__', 'b']);
    checkRoundTrip(timeline!);
  });

  it('writes the derived status and now explicitly, so that they no longer depend on the anchor', () => {
    const {timeline} = parseTimeline({
      anchor: 'b',
      events: [
        {id: 'a', date: '2026-07', title: 'A'},
        {id: 'b', date: '2026-02-03', title: 'B'},
      ],
    });
    const document = toDocument(timeline!);
    expect(document.now).toBe('2026-02-03');
    expect(document.events.map((event) => [event.id, event.status])).toEqual([
      ['b', 'happened'],
      ['a', 'expected'],
    ]);
  });
});
