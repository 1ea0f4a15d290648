// parseTimeline and parseInput on documents made to crash or freeze them (the hostile-input review):
// values that throw when read, JSON nested thousands deep or encoded twice, links repeated a hundred
// thousand times, names and keys of megabytes. Each case is an issue at its path, never an exception,
// and every valid event beside it is kept. Work is counted, never timed.
import {describe, expect, it} from 'vitest';
import {parseInput, parseValue} from '../../../src/adapters/read-input.js';
import {jsonShape} from '../../../src/model/json-text.js';
import {DEFAULT_LIMITS} from '../../../src/model/limits.js';
import {parseTimeline} from '../../../src/model/parse-timeline.js';
import type {TimelineIssue} from '../../../src/model/types.js';

type Doc = Record<string, unknown>;
const event = (id: string, fields: Doc = {}): Doc => ({id, date: '2026-02-03', title: `Event ${id}`, ...fields});
const two = (more: Doc = {}): Doc => ({events: [event('a'), event('b', {date: '2026-03-01'})], ...more});
const error = (path: string, message: string): TimelineIssue => ({path, message, severity: 'error'});
const warning = (path: string, message: string): TimelineIssue => ({path, message, severity: 'warning'});
const MAX = DEFAULT_LIMITS.maxTextLength;

/** Calls of JSON.parse while `read` runs. */
function parses(read: () => void): number {
  const parse = JSON.parse;
  let calls = 0;
  JSON.parse = (...args: Parameters<typeof parse>) => {
    calls++;
    return parse(...args);
  };
  try {
    read();
  } finally {
    JSON.parse = parse;
  }
  return calls;
}

describe('values that throw when read (a script may pass any object as .data)', () => {
  const trap = new Proxy(
    {},
    {
      get: () => {
        throw new Error('trap');
      },
      ownKeys: () => {
        throw new Error('keys');
      },
    },
  );

  it.each([
    ['a Proxy whose every read throws', trap],
    [
      'an object whose events getter throws',
      Object.defineProperty({}, 'events', {
        get: () => {
          throw new RangeError('getter');
        },
        enumerable: true,
      }),
    ],
    [
      'a revoked Proxy',
      (() => {
        const {proxy, revoke} = Proxy.revocable({}, {});
        revoke();
        return proxy;
      })(),
    ],
  ])('reports %s at (root), in every format, and throws nothing', (_name, value) => {
    for (const format of ['auto', 'event-timeline', 'timelinejs'] as const) {
      const result = parseInput(value, format);
      expect(result.timeline).toBeUndefined();
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]).toMatchObject({path: '(root)', severity: 'error'});
      expect(result.issues[0]!.message).toMatch(/^could not be read: /);
    }
  });

  it('drops only the event, link or era that throws, and keeps the valid ones beside it', () => {
    const throwing = Object.defineProperty({}, 'id', {
      get: () => {
        throw new Error('id getter');
      },
      enumerable: true,
    });
    const {timeline, issues} = parseTimeline({
      events: [event('a'), throwing, event('b')],
      links: [{from: 'a', to: 'b'}, trapLike()],
      eras: [trapLike(), {title: 'Era', date: '2026'}],
    });
    expect(timeline!.events.map((e) => e.id)).toEqual(['a', 'b']);
    expect(timeline!.links).toEqual([{from: 'a', to: 'b', kind: 'context'}]);
    expect(timeline!.eras.map((era) => era.title)).toEqual(['Era']);
    expect(issues).toEqual([
      error('events[1]', 'could not be read: id getter'),
      error('links[1]', 'could not be read: trap'),
      error('eras[0]', 'could not be read: trap'),
    ]);
  });

  it('says "an exception" when even the thrown value cannot be read', () => {
    const hostileError = new Proxy(
      {},
      {
        get: () => {
          throw new Error('again');
        },
      },
    );
    const value = Object.defineProperty({}, 'events', {
      get: () => {
        throw hostileError;
      },
      enumerable: true,
    });
    expect(parseTimeline(value).issues).toEqual([error('(root)', 'could not be read: an exception')]);
  });
});

function trapLike(): object {
  return new Proxy(
    {},
    {
      get: () => {
        throw new Error('trap');
      },
    },
  );
}

describe('JSON text nested deeper than the limit', () => {
  const deepText = (levels: number) =>
    `{"events": [{"id": "a", "date": "2026", "title": "A"}], "$schema": ${'['.repeat(levels)}${']'.repeat(levels)}}`;

  it(`reads text nested ${DEFAULT_LIMITS.maxDepth} levels deep, and refuses one level more before parsing it`, () => {
    expect(parseInput(deepText(DEFAULT_LIMITS.maxDepth - 1)).issues).toEqual([]);
    const text = deepText(DEFAULT_LIMITS.maxDepth);
    const refused = parseInput(text);
    // The bracket one level past the limit: the last of "$schema" (the document's own brace is level 1).
    const at = text.indexOf('[[') + DEFAULT_LIMITS.maxDepth;
    expect(refused.issues).toEqual([
      error('(root)', `is nested more than ${DEFAULT_LIMITS.maxDepth} levels deep (at character ${at}); not read`),
    ]);
    expect(parseTimeline(deepText(DEFAULT_LIMITS.maxDepth)).issues).toEqual(refused.issues);
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    const limits = {maxDepth: 2, maxContainers: Infinity};
    expect(jsonShape(JSON.stringify({a: '[[[[[["\\'}), limits)).toBeUndefined();
    expect(jsonShape('[[["]"]]]', limits)).toEqual({past: 'depth', at: 2});
  });

  it('parses JSON text once: a parse error is reported once, from one JSON.parse', () => {
    const calls = parses(() => {
      expect(parseInput('{"events": [').issues).toHaveLength(1);
      expect(parseInput(JSON.stringify(two())).timeline!.events).toHaveLength(2);
    });
    expect(calls).toBe(2);
  });
});

describe('JSON text holding more arrays and objects than any story', () => {
  const MAX_CONTAINERS = DEFAULT_LIMITS.maxContainers;
  /** `[` + n empty arrays + `]`: n + 1 arrays. */
  const emptyArrays = (n: number) => `[${'[],'.repeat(n - 1)}[]]`;

  it(`refuses 20 MB of empty arrays (6 million) before JSON.parse, naming the limit of ${MAX_CONTAINERS} and where it was passed`, () => {
    const text = emptyArrays(6_300_000);
    expect(text.length).toBeGreaterThan(18_000_000);
    expect(text.length).toBeLessThan(DEFAULT_LIMITS.maxBytes);
    let result: ReturnType<typeof parseInput> | undefined;
    expect(parses(() => (result = parseInput(text)))).toBe(0);
    // The root is the first array; the one past the limit opens at index 1 + 3 * (MAX_CONTAINERS - 1).
    const at = 3 * MAX_CONTAINERS - 1;
    expect(text[at - 1]).toBe('[');
    expect(result!.issues).toEqual([
      error('(root)', `holds more than ${MAX_CONTAINERS} arrays and objects (at character ${at}); not read`),
    ]);
    expect(parses(() => expect(parseTimeline(text).issues).toEqual(result!.issues))).toBe(0);
  });

  it('reads text with as many arrays and objects as the limit, and refuses one more', () => {
    const story = (extra: number) =>
      JSON.stringify({events: [event('a'), event('b', {date: '2026-03-01'})], $schema: Array(extra).fill([])});
    // The root, the events array and its two events are 4; the "$schema" array is 1 more.
    const limits = {maxContainers: 4 + 1 + 3};
    expect(parseTimeline(story(3), {limits}).timeline?.events.map((e) => e.id)).toEqual(['a', 'b']);
    const refused = parseTimeline(story(4), {limits});
    expect(refused.timeline).toBeUndefined();
    expect(refused.issues).toHaveLength(1);
    expect(refused.issues[0]!.message).toMatch(/^holds more than 8 arrays and objects \(at character \d+\); not read$/);
  });

  it('does not count brackets in strings (escaped quotes and backslashes included), nor a value given already parsed', () => {
    const limits = {maxDepth: 100, maxContainers: 3};
    expect(jsonShape(JSON.stringify({a: '[{[{[{\\"[', b: '\\'}), limits)).toBeUndefined();
    expect(jsonShape('["\\\\", [], [], []]', limits)).toEqual({past: 'containers', at: 15});
    expect(jsonShape('["\\"[", [], []]', limits)).toBeUndefined();
    // A title of two million "[": one string, three arrays and objects.
    const title = '['.repeat(2_000_000);
    expect(parseInput(JSON.stringify({events: [event('a', {title})]})).timeline?.events[0]!.title).toHaveLength(MAX);
    // The limit is on JSON text: a value built by a script is not counted (the events limit bounds it).
    const many = {events: [event('a')], $schema: Array.from({length: MAX_CONTAINERS + 1}, () => [])};
    expect(parseValue(many).timeline?.events).toHaveLength(1);
  });

  it('reads a 20 MB story of real-looking events: a few hundred thousand arrays and objects, far under the limit', () => {
    const events = Array.from({length: 70_000}, (_, i) => ({
      id: `e${i}`,
      date: `${1900 + (i % 120)}-0${1 + (i % 9)}-1${i % 10}`,
      title: `Event number ${i} of a long story, with a title of a reasonable length`,
      source: {name: 'Agency', url: `https://example.com/news/${i}`},
      quotes: [{text: `Something someone said about event number ${i}`, speaker: 'Someone'}],
    }));
    const text = JSON.stringify({version: 1, events});
    expect(text.length).toBeGreaterThan(18_000_000);
    expect(jsonShape(text, DEFAULT_LIMITS)).toBeUndefined();
    // Each event is an object holding a source object and a list of one quote: 4, and the root and its events 2 more.
    expect(jsonShape(text, {...DEFAULT_LIMITS, maxContainers: 4 * 70_000 + 2})).toBeUndefined();
    expect(jsonShape(text, {...DEFAULT_LIMITS, maxContainers: 4 * 70_000 + 1})?.past).toBe('containers');
  });
});
describe('a document encoded twice', () => {
  const text = JSON.stringify(JSON.stringify(two()));

  it('is reported as a string, not parsed a second time, from text and from a parsed value', () => {
    const message = 'must be an object with an "events" array, not a string (JSON text encoded twice; it is not read twice)';
    expect(parseInput(text).issues).toEqual([error('(root)', message)]);
    expect(parseValue(JSON.parse(text)).issues).toEqual([error('(root)', message)]);
    expect(parseTimeline(text).issues).toEqual([error('(root)', message)]);
    expect(parseInput(text, 'timelinejs').issues).toEqual([error('(root)', message)]);
  });

  it('only hints at double encoding for a string that holds JSON text', () => {
    expect(parseValue('events').issues).toEqual([error('(root)', 'must be an object with an "events" array, not a string')]);
  });
});

describe('links between two events', () => {
  it('keeps a link repeated 100,000 times once, with one warning', () => {
    const links = Array.from({length: 100_000}, () => ({from: 'a', to: 'b', kind: 'Follows'}));
    const {timeline, issues} = parseTimeline(two({links}));
    expect(timeline!.links).toEqual([{from: 'a', to: 'b', kind: 'follows'}]);
    expect(issues).toEqual([
      warning('links', '99999 links repeat an earlier one and are drawn once (the first: links[1] repeats links[0])'),
    ]);
  });

  it(`keeps ${DEFAULT_LIMITS.maxLinksPerPair} different links between the same two events, either way round, and drops the rest with one warning`, () => {
    const links = Array.from({length: 30}, (_, i) => (i % 2 ? {from: 'a', to: 'b', label: `L${i}`} : {from: 'b', to: 'a', label: `L${i}`}));
    const {timeline, issues} = parseTimeline({events: [event('a'), event('b'), event('c')], links: [...links, {from: 'a', to: 'c'}]});
    expect(timeline!.links.map((link) => link.label)).toEqual([...links.slice(0, 10).map((link) => link.label), undefined]);
    expect(issues).toEqual([warning('links', '20 links past 10 between the same two events are dropped (the first: links[10])')]);
  });

  it('counts links that differ only in kind or label as different', () => {
    const links = [
      {from: 'a', to: 'b'},
      {from: 'a', to: 'b', kind: 'follows'},
      {from: 'a', to: 'b', label: 'x'},
      {from: 'b', to: 'a'},
    ];
    expect(parseTimeline(two({links})).timeline!.links).toHaveLength(4);
  });
});

describe('names, keys, paths and messages of megabytes', () => {
  const huge = 'x'.repeat(6_000_000);

  it(`cuts every name, path and message to ${MAX} characters: the anchor, a link kind, a category, a property name`, () => {
    const {timeline, issues} = parseTimeline({
      events: [event('a', {category: huge}), event('b')],
      anchor: huge,
      links: [{from: 'a', to: 'b', kind: huge}],
      categories: {[huge]: {label: 'Huge'}},
      [huge]: 1,
    });
    for (const issue of issues) {
      expect(issue.path.length).toBeLessThanOrEqual(MAX);
      expect(issue.message.length).toBeLessThanOrEqual(MAX);
    }
    expect(issues.map((issue) => issue.path.slice(0, 12))).toEqual(['xxxxxxxxxxxx', 'events[0].ca', 'anchor', 'anchor', 'links[0].kin']);
    expect(issues[0]!.path.endsWith('…')).toBe(true);
    expect(timeline!.links[0]!.kind).toHaveLength(MAX);
    // The category and its key are cut alike, so that the event still finds its colour and label.
    expect(timeline!.events[0]!.category).toHaveLength(MAX);
    expect(timeline!.categories).toEqual([{id: timeline!.events[0]!.category, label: 'Huge'}]);
  });

  it("quotes a long id that is not an event's in a short message", () => {
    const {issues} = parseTimeline(two({anchor: 'y'.repeat(500)}));
    expect(issues).toEqual([error('anchor', `"${'y'.repeat(70)}" is not the id of any event`)]);
  });
});

describe('eras', () => {
  it('warns about properties an era does not have, like any other unknown property', () => {
    const {timeline, issues} = parseTimeline(two({eras: [{title: 'Era', date: '2026', colour: 'red', __proto__x: 1}]}));
    expect(timeline!.eras).toHaveLength(1);
    expect(issues).toEqual([
      warning('eras[0].colour', 'is not a property of the format; it is ignored'),
      warning('eras[0].__proto__x', 'is not a property of the format; it is ignored'),
    ]);
  });
});
