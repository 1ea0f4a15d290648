// Behaviour of parseTimeline on bad input: every problem is reported with its exact path and message,
// nothing valid is lost, text is cleaned but never interpreted, and the result is sorted and complete.
import {describe, expect, it} from 'vitest';
import {parseEdtf} from '../../../src/model/edtf.js';
import {parseTimeline} from '../../../src/model/parse-timeline.js';
import type {TimelineIssue} from '../../../src/model/types.js';

type Doc = Record<string, unknown>;
const event = (fields: Doc = {}): Doc => ({id: 'call', date: '2026-02-03', title: 'Call', ...fields});
const doc = (...events: unknown[]): Doc => ({events});
const error = (path: string, message: string): TimelineIssue => ({path, message, severity: 'error'});
const warning = (path: string, message: string): TimelineIssue => ({path, message, severity: 'warning'});

function issuesOf(input: unknown, options?: Parameters<typeof parseTimeline>[1]): TimelineIssue[] {
  return parseTimeline(input, options).issues;
}

/** The timeline of a document that must have one; fails the test otherwise. */
function timelineOf(input: unknown, options?: Parameters<typeof parseTimeline>[1]) {
  const {timeline, issues} = parseTimeline(input, options);
  if (!timeline) throw new Error(`expected a timeline, got issues ${JSON.stringify(issues)}`);
  return timeline;
}

const ID_RULE = 'is not a valid id (1–64 characters of A–Z, a–z, 0–9, "_" and "-")';
const URL_WARNING = 'is not an absolute http:, https: or mailto: URL; it is not linked';
const UNKNOWN = 'is not a property of the format; it is ignored';

describe('parseTimeline: the document as a whole', () => {
  it('reports text that is not JSON at (root) and returns no timeline', () => {
    const {timeline, issues} = parseTimeline('{"events": [');
    expect(timeline).toBeUndefined();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({path: '(root)', severity: 'error'});
    expect(issues[0]!.message).toMatch(/^is not valid JSON: /);
  });

  it('reads JSON text and an already parsed value alike', () => {
    const value = doc(event());
    expect(parseTimeline(JSON.stringify(value))).toEqual(parseTimeline(value));
  });

  it.each([
    ['a number', 42, 'a number'],
    ['an array', [event()], 'an array'],
    ['null', null, 'null'],
    ['a boolean', true, 'a boolean'],
  ])('reports a root that is %s', (_name, value, shown) => {
    const message = `must be an object with an "events" array, not ${shown}`;
    expect(parseTimeline(value)).toEqual({issues: [error('(root)', message)]});
    expect(parseTimeline(JSON.stringify(value))).toEqual({issues: [error('(root)', message)]});
  });

  it('reports JSON text holding a string rather than a document', () => {
    expect(issuesOf('"events"')).toEqual([error('(root)', 'must be an object with an "events" array, not a string')]);
  });

  it('reports an undefined input instead of returning nothing and no issue', () => {
    expect(parseTimeline(undefined)).toEqual({issues: [error('(root)', 'must be an object with an "events" array, not undefined')]});
  });

  it('refuses JSON text longer than maxBytes before parsing it', () => {
    const text = JSON.stringify(doc(event()));
    expect(parseTimeline(text, {limits: {maxBytes: 20}})).toEqual({
      issues: [error('(root)', `is ${text.length} characters long; the limit is 20`)],
    });
    expect(parseTimeline(text, {limits: {maxBytes: text.length}}).timeline).toBeDefined();
  });

  it('reports missing, empty and non-array events', () => {
    expect(parseTimeline({})).toEqual({issues: [error('events', 'is required: an array of at least one event')]});
    expect(parseTimeline({events: []})).toEqual({issues: [error('events', 'must hold at least one event')]});
    expect(parseTimeline({events: {call: event()}})).toEqual({issues: [error('events', 'must be an array of events, not an object')]});
    expect(parseTimeline({events: 'call'})).toEqual({issues: [error('events', 'must be an array of events, not a string')]});
  });

  it('warns about an unknown version and reads the document as version 1', () => {
    const {timeline, issues} = parseTimeline({version: 2, events: [event()]});
    expect(issues).toEqual([warning('version', '2 is not a known version; read as version 1')]);
    expect(timeline?.version).toBe(1);
  });

  it('accepts $schema and version 1 silently', () => {
    expect(issuesOf({$schema: '../schema.json', version: 1, events: [event()]})).toEqual([]);
  });
});

describe('parseTimeline: events that cannot be kept', () => {
  it('reports an event that is not an object', () => {
    expect(parseTimeline(doc(42))).toEqual({
      issues: [error('events[0]', 'must be an object, not a number'), error('events', 'has no valid event')],
    });
    expect(issuesOf(doc(event(), null))).toEqual([error('events[1]', 'must be an object, not null')]);
    expect(issuesOf(doc(event(), ['call']))).toEqual([error('events[1]', 'must be an object, not an array')]);
  });

  it('reports each missing required field of an event', () => {
    expect(issuesOf(doc(event(), {}))).toEqual([
      error('events[1].id', 'is required'),
      error('events[1].date', 'is required'),
      error('events[1].title', 'is required'),
    ]);
    expect(issuesOf(doc(event(), event({id: 'b', date: null})))).toEqual([error('events[1].date', 'is required')]);
  });

  it('reports ids with other characters or longer than 64 characters', () => {
    expect(issuesOf(doc(event({id: 'the call'})))).toContainEqual(error('events[0].id', `"the call" ${ID_RULE}`));
    expect(issuesOf(doc(event({id: 'звонок'})))).toContainEqual(error('events[0].id', `"звонок" ${ID_RULE}`));
    expect(issuesOf(doc(event({id: ''})))).toContainEqual(error('events[0].id', `"" ${ID_RULE}`));
    expect(issuesOf(doc(event({id: 'a'.repeat(65)})))).toContainEqual(error('events[0].id', `"${'a'.repeat(65)}" ${ID_RULE}`));
    expect(issuesOf(doc(event({id: 'a'.repeat(64)})))).toEqual([]);
    expect(issuesOf(doc(event({id: 'call\n'})))).toContainEqual(error('events[0].id', `"call\\n" ${ID_RULE}`));
  });

  it('reports an id that is not a string by its value', () => {
    expect(issuesOf(doc(event({id: 42})))).toContainEqual(error('events[0].id', `42 ${ID_RULE}`));
  });

  it('keeps the first of two events with the same id and names its path when dropping the second', () => {
    const {timeline, issues} = parseTimeline(doc(event({title: 'First'}), event({id: 'other'}), event({title: 'Second'})));
    expect(issues).toEqual([error('events[2].id', '"call" is already the id of events[0]; this event is dropped')]);
    expect(timeline?.events.map((e) => [e.id, e.title])).toEqual([
      ['call', 'First'],
      ['other', 'Call'],
    ]);
  });

  it('names where each repeated id was first kept, counting dropped events in the paths', () => {
    const {timeline, issues} = parseTimeline(
      doc(
        event({id: 'x', title: ''}),
        event({id: 'a'}),
        event({id: 'b'}),
        event({id: 'a'}),
        event({id: 'c'}),
        event({id: 'c'}),
        event({id: 'b'}),
      ),
    );
    expect(issues).toEqual([
      error('events[0].title', 'must not be empty'),
      error('events[3].id', '"a" is already the id of events[1]; this event is dropped'),
      error('events[5].id', '"c" is already the id of events[4]; this event is dropped'),
      error('events[6].id', '"b" is already the id of events[2]; this event is dropped'),
    ]);
    expect(timeline?.events.map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  it('does not count an invalid event as the owner of its id', () => {
    const {timeline, issues} = parseTimeline(doc(event({title: ''}), event({title: 'Kept'})));
    expect(issues).toEqual([error('events[0].title', 'must not be empty')]);
    expect(timeline?.events.map((e) => e.title)).toEqual(['Kept']);
  });

  it('quotes a bad EDTF date and gives the reason parseEdtf found', () => {
    const reason = (parseEdtf('2026-13-45') as {error: string}).error;
    const issues = issuesOf(doc(event({date: '2026-13-45'})));
    expect(issues[0]).toEqual(error('events[0].date', `"2026-13-45" ${reason}`));
    expect(issues[0]!.message).toContain('"2026-13-45"');
    expect(issues[0]!.message).toContain('has month 13 (must be 01–12)');
  });

  it('reports a day that the month does not have', () => {
    expect(issuesOf(doc(event({date: '2026-02-30'})))[0]).toEqual(
      error('events[0].date', '"2026-02-30" has day 30, but February 2026 has 28 days'),
    );
  });

  it('reports an interval that ends before it starts', () => {
    expect(issuesOf(doc(event({date: '2026/2001'})))[0]).toEqual(
      error('events[0].date', '"2026/2001" is an interval whose end is before its start'),
    );
  });

  it('cuts a long bad date to 40 characters in the message', () => {
    const text = `2026-02-03 ${'x'.repeat(60)}`;
    const message = issuesOf(doc(event({date: text})))[0]!.message;
    expect(message.startsWith(JSON.stringify(`${text.slice(0, 40)}…`))).toBe(true);
  });

  it('reports a date that is not a string', () => {
    expect(issuesOf(doc(event({date: 20260203})))[0]).toEqual(error('events[0].date', 'must be an EDTF date string, not a number'));
  });

  it('reports an empty title, and one that is empty once spaces and invisible characters are removed', () => {
    for (const title of ['', '   ', '\n\t', '\u202E', '\u0000\u0007', ' \u2066\u2069 ']) {
      expect(issuesOf(doc(event({title})))[0], JSON.stringify(title)).toEqual(error('events[0].title', 'must not be empty'));
    }
  });

  it('reports a title of the wrong type as an error, and a summary of the wrong type as a warning that keeps the event', () => {
    expect(issuesOf(doc(event({title: 42})))[0]).toEqual(error('events[0].title', 'must be a string, not a number'));
    expect(issuesOf(doc(event({title: ['Call']})))[0]).toEqual(error('events[0].title', 'must be a string, not an array'));
    const {timeline, issues} = parseTimeline(doc(event({summary: 42, place: {}})));
    expect(issues).toEqual([
      warning('events[0].summary', 'must be a string, not a number'),
      warning('events[0].place', 'must be a string, not an object'),
    ]);
    expect(timeline?.events[0]).not.toHaveProperty('summary');
  });

  it('keeps every valid event when others are invalid (nothing valid is lost)', () => {
    const {timeline, issues} = parseTimeline(
      doc(event({id: 'a'}), event({id: 'b', date: 'soon'}), 7, event({id: 'c', title: 42}), event({id: 'd', date: '2001'})),
    );
    expect(timeline?.events.map((e) => e.id)).toEqual(['d', 'a']);
    expect(issues.map((i) => i.path)).toEqual(['events[1].date', 'events[2]', 'events[3].title']);
  });

  it('gives no timeline when no event is valid, and says why', () => {
    const result = parseTimeline(doc({id: 'a'}, event({date: 'soon'})));
    expect(result.timeline).toBeUndefined();
    expect(result.issues.map((i) => i.path)).toEqual(['events[0].date', 'events[0].title', 'events[1].date', 'events']);
    expect(result.issues.at(-1)).toEqual(error('events', 'has no valid event'));
  });
});

describe('parseTimeline: problems that are warnings and keep the event', () => {
  it('warns about unknown properties at every level, naming each', () => {
    const {timeline, issues} = parseTimeline({
      colour: 'red',
      events: [event({tittle: 'x', source: {name: 'S', link: 'x'}, quotes: [{text: 'q', author: 'A'}]})],
      categories: {x: {label: 'X', colour: 'red'}},
      links: [],
    });
    expect(issues).toEqual([
      warning('colour', UNKNOWN),
      warning('events[0].tittle', UNKNOWN),
      warning('events[0].source.link', UNKNOWN),
      warning('events[0].quotes[0].author', UNKNOWN),
      warning('categories.x.colour', UNKNOWN),
    ]);
    expect(timeline?.events).toHaveLength(1);
  });

  it('writes the path of an unknown property that is not an identifier so it cannot be misread', () => {
    expect(issuesOf({events: [event({'foo bar': 1})], 'a.b': 1, '': 2})).toEqual([
      warning('["a.b"]', UNKNOWN),
      warning('[""]', UNKNOWN),
      warning('events[0]["foo bar"]', UNKNOWN),
    ]);
  });

  it('warns about a status outside the list and derives the status from the date', () => {
    const {timeline, issues} = parseTimeline({
      now: '2026-02-03',
      events: [event({status: 'maybe'}), event({id: 'later', date: '2026-03', status: 'Planned'})],
    });
    expect(issues).toEqual([
      warning('events[0].status', '"maybe" is not one of happened, planned, expected, cancelled; derived from the date instead'),
      warning('events[1].status', '"Planned" is not one of happened, planned, expected, cancelled; derived from the date instead'),
    ]);
    expect(timeline?.events.map((e) => e.status)).toEqual(['happened', 'expected']);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '\u0001javascript:alert(1)',
    ' javascript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/x',
    '/relative/path',
  ])('drops the source URL %j with a warning and keeps the source name', (url) => {
    const {timeline, issues} = parseTimeline(doc(event({source: {name: 'Agency', url}})));
    expect(issues).toEqual([warning('events[0].source.url', URL_WARNING)]);
    expect(timeline?.events[0]!.source).toEqual({name: 'Agency'});
  });

  it('drops a source that had only a refused URL, and a refused quote URL', () => {
    const {timeline, issues} = parseTimeline(doc(event({source: {url: 'javascript:alert(1)'}, quotes: [{text: 'q', url: 'vbscript:x'}]})));
    expect(issues).toEqual([warning('events[0].source.url', URL_WARNING), warning('events[0].quotes[0].url', URL_WARNING)]);
    expect(timeline?.events[0]).not.toHaveProperty('source');
    expect(timeline?.events[0]!.quotes).toEqual([{text: 'q'}]);
  });

  it('keeps http, https and mailto URLs in their normalised form', () => {
    const {timeline, issues} = parseTimeline(
      doc(event({source: {url: 'HTTPS://Example.COM/a b'}, quotes: [{text: 'q', url: 'mailto:desk@example.com'}]})),
    );
    expect(issues).toEqual([]);
    expect(timeline?.events[0]!.source).toEqual({url: 'https://example.com/a%20b'});
    expect(timeline?.events[0]!.quotes[0]!.url).toBe('mailto:desk@example.com');
  });

  it('reads a bare-string source as a URL when it is one and as a name otherwise', () => {
    const sourceOf = (source: string) => parseTimeline(doc(event({source}))).timeline?.events[0]!.source;
    expect(sourceOf('https://example.com/report')).toEqual({url: 'https://example.com/report'});
    expect(sourceOf('Interfax')).toEqual({name: 'Interfax'});
    expect(sourceOf('ТАСС: заявление МИД')).toEqual({name: 'ТАСС: заявление МИД'});
  });

  it('keeps a bare-string source name that contains a colon instead of mistaking it for a URL', () => {
    const {timeline, issues} = parseTimeline(doc(event({source: 'Reuters: interview with the minister'})));
    expect(issues).toEqual([]);
    expect(timeline?.events[0]!.source).toEqual({name: 'Reuters: interview with the minister'});
  });

  it('still refuses a bare-string source that is a javascript: URL', () => {
    const {timeline, issues} = parseTimeline(doc(event({source: 'javascript:alert(1)'})));
    expect(issues).toEqual([warning('events[0].source', URL_WARNING)]);
    expect(timeline?.events[0]).not.toHaveProperty('source');
  });

  it('refuses a category colour that smuggles other CSS, and keeps the category', () => {
    const {timeline, issues} = parseTimeline({
      events: [event({category: 'x'})],
      categories: {x: {label: 'X', color: 'red;background:url(x)'}},
    });
    expect(issues).toEqual([warning('categories.x.color', '"red;background:url(x)" is not a CSS colour; a default colour is used')]);
    expect(timeline?.categories).toEqual([{id: 'x', label: 'X'}]);
  });

  it.each(['rgb(1 2 3) url(x)', 'var(--x)', 'rgb(calc(1) 2 3)', 'expression(alert(1))', '#12345', 'red}'])(
    'refuses the colour %j',
    (color) => {
      expect(issuesOf({events: [event()], categories: {x: {color}}})).toEqual([
        warning('categories.x.color', `${JSON.stringify(color)} is not a CSS colour; a default colour is used`),
      ]);
    },
  );

  it('keeps plain CSS colours', () => {
    const colors = ['#b03a2e', '#B3A', 'rgb(176 58 46 / 50%)', 'hsl(10, 50%, 40%)', 'oklch(0.5 0.1 30)', 'teal'];
    const categories = Object.fromEntries(colors.map((color, i) => [`c${i}`, {color}]));
    const timeline = timelineOf({events: [event()], categories});
    expect(timeline.categories.map((c) => c.color)).toEqual(colors);
  });

  it('warns about a language tag that is not BCP 47 and canonicalises good ones', () => {
    const {timeline, issues} = parseTimeline({
      lang: 'not a language',
      events: [
        event({
          quotes: [
            {text: 'q', lang: 'EN-gb'},
            {text: 'r', lang: 'english!'},
          ],
        }),
      ],
    });
    expect(issues).toEqual([
      warning('events[0].quotes[1].lang', '"english!" is not a language tag (like "ru" or "zh-Hans")'),
      warning('lang', '"not a language" is not a language tag (like "ru" or "zh-Hans")'),
    ]);
    expect(timeline).not.toHaveProperty('lang');
    expect(timeline?.events[0]!.quotes.map((q) => q.lang)).toEqual(['en-GB', undefined]);
  });

  it('drops a quote without text and warns about quotes that are not an array', () => {
    expect(parseTimeline(doc(event({quotes: [{speaker: 'S'}, 'words']}))).issues).toEqual([
      error('events[0].quotes[0].text', 'is required'),
      warning('events[0].quotes[1]', 'must be an object, not a string'),
    ]);
    expect(issuesOf(doc(event({quotes: {text: 'q'}})))).toEqual([warning('events[0].quotes', 'must be an array of quotes')]);
  });
});

describe('parseTimeline: links, anchor and eras', () => {
  const two = () => [event({id: 'a'}), event({id: 'b', date: '2026-07'})];

  it('drops a link to an unknown event, naming the end', () => {
    const {timeline, issues} = parseTimeline({
      events: two(),
      links: [
        {from: 'a', to: 'nowhere'},
        {from: 'a', to: 'b'},
      ],
    });
    expect(issues).toEqual([error('links[0].to', '"nowhere" is not the id of any event')]);
    expect(timeline?.links).toEqual([{from: 'a', to: 'b', kind: 'context'}]);
  });

  it('warns about an anniversary between dates that are not a whole number of years apart, and keeps it', () => {
    const events = [
      event({id: 'launch', date: '2021-12-25'}),
      event({id: 'image', date: '2022-07-11'}),
      event({id: 'fifth', date: '2026-12-25'}),
      event({id: 'year', date: '2031'}),
    ];
    const {timeline, issues} = parseTimeline({
      events,
      links: [
        {from: 'launch', to: 'image', kind: 'anniversary'},
        {from: 'launch', to: 'fifth', kind: 'anniversary'},
        {from: 'launch', to: 'year', kind: 'anniversary'},
      ],
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({severity: 'warning', path: 'links[0]'});
    expect(issues[0].message).toMatch(/2021-12-25 and 2022-07-11 are not a whole number of years apart/);
    expect(timeline?.links).toHaveLength(3);
    // Its own label says what it means: no warning then.
    expect(parseTimeline({events, links: [{from: 'launch', to: 'image', kind: 'anniversary', label: 'half a year'}]}).issues).toEqual([]);
  });

  it('drops a link to an event that was itself dropped', () => {
    const {timeline, issues} = parseTimeline({events: [...two(), event({id: 'c', date: 'soon'})], links: [{from: 'c', to: 'a'}]});
    expect(issues).toEqual([
      error('events[2].date', '"soon" is not a valid EDTF date'),
      error('links[0].from', '"c" is not the id of any event'),
    ]);
    expect(timeline?.links).toEqual([]);
  });

  it('drops a link from an event to itself', () => {
    expect(issuesOf({events: two(), links: [{from: 'a', to: 'a'}]})).toEqual([error('links[0]', 'links event "a" to itself')]);
  });

  it('reports links with missing ends, links that are not objects, and links that are not an array', () => {
    expect(issuesOf({events: two(), links: [{from: 'a'}, 'a->b']})).toEqual([
      error('links[0].to', 'is required'),
      error('links[1]', 'must be an object, not a string'),
    ]);
    expect(issuesOf({events: two(), links: {from: 'a', to: 'b'}})).toEqual([error('links', 'must be an array of links, not an object')]);
  });

  it('lower-cases the kind, defaults it to "context" and keeps a label', () => {
    const timeline = timelineOf({
      events: two(),
      links: [
        {from: 'a', to: 'b', kind: 'Anniversary', label: '25 years'},
        {from: 'b', to: 'a', kind: ''},
      ],
    });
    expect(timeline.links).toEqual([
      {from: 'a', to: 'b', kind: 'anniversary', label: '25 years'},
      {from: 'b', to: 'a', kind: 'context'},
    ]);
  });

  it('reports an anchor that names no event and leaves the timeline without one', () => {
    const {timeline, issues} = parseTimeline({anchor: 'nowhere', events: two()});
    expect(issues).toEqual([error('anchor', '"nowhere" is not the id of any event')]);
    expect(timeline).not.toHaveProperty('anchor');
    expect(timelineOf({anchor: 'b', events: two()}).anchor).toBe('b');
  });

  it('reads eras, sorted by start, and reports broken ones', () => {
    const {timeline, issues} = parseTimeline({
      events: two(),
      eras: [
        {title: 'Later', date: '2020/..'},
        {title: 'Earlier', date: '2000/2010'},
        {title: 'No date'},
        'era',
        {title: 'Bad', date: '2010/2000'},
      ],
    });
    expect(timeline?.eras.map((era) => [era.title, era.date.text, era.start])).toEqual([
      ['Earlier', '2000/2010', Date.UTC(2000, 0, 1)],
      ['Later', '2020/..', Date.UTC(2020, 0, 1)],
    ]);
    expect(issues).toEqual([
      error('eras[2].date', 'is required'),
      warning('eras[3]', 'must be an object, not a string'),
      error('eras[4].date', '"2010/2000" is an interval whose end is before its start'),
    ]);
    expect(issuesOf({events: two(), eras: {}})).toEqual([warning('eras', 'must be an array, not an object')]);
  });
});

describe('parseTimeline: categories', () => {
  it('keeps declared categories, accepts a label given as a bare string, and adds undeclared ones labelled by their key', () => {
    const timeline = timelineOf({
      categories: {diplomacy: {label: 'Diplomacy', color: '#b03a2e'}, culture: 'Holidays', empty: {}},
      events: [event({category: 'security'}), event({id: 'b', category: 'diplomacy'})],
    });
    expect(timeline.categories).toEqual([
      {id: 'diplomacy', label: 'Diplomacy', color: '#b03a2e'},
      {id: 'culture', label: 'Holidays'},
      {id: 'empty', label: 'empty'},
      {id: 'security', label: 'security'},
    ]);
  });

  it('shows a category without a label by its key, cleaned and cut like any other text', () => {
    const timeline = timelineOf(
      {events: [event()], categories: {' \u202Ediplomacy\u0007 ': {}, international_security: {}}},
      {limits: {maxTextLength: 10}},
    );
    expect(timeline.categories.map((c) => [c.id, c.label])).toEqual([
      [' \u202Ediplomacy\u0007 ', 'diplomacy'],
      ['international_security', 'internati…'],
    ]);
  });

  it('warns about categories that are not objects', () => {
    expect(issuesOf({events: [event()], categories: ['a']})).toEqual([warning('categories', 'must be an object, not an array')]);
    expect(issuesOf({events: [event()], categories: {x: 42, 'a b': null}})).toEqual([
      warning('categories.x', 'must be an object, not a number'),
      warning('categories["a b"]', 'must be an object, not null'),
    ]);
  });

  it('orders categories as the keys of a JSON object would be, so that saving and reading again keeps the order', () => {
    const timeline = timelineOf({categories: {b: {label: 'B'}}, events: [event({category: 'z'}), event({id: 'x', category: '2026'})]});
    expect(timeline.categories.map((c) => c.id)).toEqual(['2026', 'b', 'z']);
  });
});

describe('parseTimeline: order, now and status', () => {
  it('sorts events by start, then end, then id', () => {
    const timeline = timelineOf(
      doc(
        event({id: 'month', date: '2026-02'}),
        event({id: 'b', date: '2026-02-01'}),
        event({id: 'a', date: '2026-02-01'}),
        event({id: 'open', date: '/2026-01'}),
        event({id: 'year', date: '2026'}),
        event({id: 'time', date: '2026-02-01T12:00Z'}),
        event({id: 'zone', date: '2026-02-01T12:00+14:00'}),
      ),
    );
    // "/2026-01" starts where its known end starts (1 January) and ends sooner than the year 2026;
    // 12:00+14:00 on 1 February is 22:00 UTC on 31 January; the day and the month start together.
    expect(timeline.events.map((e) => e.id)).toEqual(['open', 'year', 'zone', 'a', 'b', 'month', 'time']);
    // Calendar dates are UTC spans, whatever the time zone the tests run in (Pacific/Chatham).
    expect(timeline.events.find((e) => e.id === 'a')!.start).toBe(Date.UTC(2026, 1, 1));
  });

  it('sorts a large story in any order as one comparison sort would, runs of equal starts long and short', () => {
    // 600 events: 390 over 13 days of March (30 a day), 210 over 3 days of May (70 a day); ends and
    // ids break the ties, and neither is in order in the document. Then 3,600 events, one a day,
    // latest first: a story this large (4,096 events or more) is sorted by ranking its starts.
    const events = Array.from({length: 600}, (_, i) => {
      const day = String(i < 390 ? 1 + ((i * 7) % 13) : 1 + (i % 3)).padStart(2, '0');
      const start = `2026-${i < 390 ? '03' : '05'}-${day}`;
      return event({id: `e${(i * 389) % 600}`, date: i % 3 === 0 ? start : `${start}/2026-06-${String(1 + (i % 5)).padStart(2, '0')}`});
    });
    for (let i = 3599; i >= 0; i--) events.push(event({id: `f${i}`, date: new Date(Date.UTC(2010, 0, 1 + i)).toISOString().slice(0, 10)}));
    const {timeline, issues} = parseTimeline(doc(...events));
    expect(issues).toEqual([]);
    const sorted = [...timeline!.events].sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    expect(timeline!.events.map((e) => e.id)).toEqual(sorted.map((e) => e.id));
    expect(new Set(timeline!.events.map((e) => e.id)).size).toBe(4200);
    // Days with one event, with at most 32 and with more.
    const perStart = new Map<number, number>();
    for (const e of timeline!.events) perStart.set(e.start, (perStart.get(e.start) ?? 0) + 1);
    expect(new Set(perStart.values())).toEqual(new Set([1, 30, 70]));
  });

  it('derives status from now: happened when the event starts on or before now, else expected', () => {
    const timeline = timelineOf({
      now: '2026-02-03',
      events: [
        event({id: 'same', date: '2026-02-03'}),
        event({id: 'before', date: '2001'}),
        event({id: 'after', date: '2026-02-04'}),
        event({id: 'spans', date: '2026-02-01/2026-03'}),
        event({id: 'planned', date: '2001', status: 'planned'}),
      ],
    });
    expect(Object.fromEntries(timeline.events.map((e) => [e.id, e.status]))).toEqual({
      same: 'happened',
      before: 'happened',
      after: 'expected',
      spans: 'happened',
      planned: 'planned',
    });
    expect(timeline.now.text).toBe('2026-02-03');
    expect(timeline.nowTime).toBe(Date.UTC(2026, 1, 3));
  });

  it('takes now from the anchor event when now is absent', () => {
    const timeline = timelineOf({
      anchor: 'mid',
      events: [event({id: 'early', date: '2001'}), event({id: 'mid', date: '2026-02-05'}), event({id: 'late', date: '2026-07-16'})],
    });
    expect(timeline.now.text).toBe('2026-02-05');
    expect(timeline.events.map((e) => e.status)).toEqual(['happened', 'happened', 'expected']);
  });

  it('takes now from the earliest event when there is neither now nor anchor, and from the anchor when now is invalid', () => {
    expect(timelineOf(doc(event({id: 'late', date: '2026-07'}), event({id: 'early', date: '2001'}))).now.text).toBe('2001');
    const {timeline, issues} = parseTimeline({
      now: 'today',
      anchor: 'late',
      events: [event({id: 'late', date: '2026-07'}), event({id: 'early', date: '2001'})],
    });
    expect(timeline?.now.text).toBe('2026-07');
    expect(issues).toEqual([warning('now', '"today" is not a valid EDTF date')]);
  });
});

describe('parseTimeline: limits', () => {
  it('caps the issue list at 200 and closes it with a count of the rest', () => {
    const {timeline, issues} = parseTimeline({events: Array.from({length: 5000}, () => ({}))});
    expect(timeline).toBeUndefined();
    expect(issues).toHaveLength(201);
    expect(issues[0]).toEqual(error('events[0].id', 'is required'));
    // 3 issues per event plus "has no valid event", of which 200 are listed.
    expect(issues[200]).toEqual(error('(root)', `${5000 * 3 + 1 - 200} more issues were not listed`));
  });

  it('closes a list of warnings only with a warning: a story with many warnings is still drawn, with no alert', () => {
    // Each event names a category the story does not declare (a warning); dates and titles are valid.
    const many = Array.from({length: 300}, (_, i) => ({id: `e${i}`, date: '2026-02-03', title: `Event ${i}`, category: `c${i}`}));
    const {timeline, issues} = parseTimeline({categories: {talks: {label: 'Talks'}}, events: many});
    expect(timeline?.events).toHaveLength(300);
    expect(issues).toHaveLength(201);
    expect(issues.every((issue) => issue.severity === 'warning')).toBe(true);
    expect(issues[200].message).toMatch(/more issues were not listed/);
  });

  it('adds no closing line when the issues fit', () => {
    const issues = issuesOf({events: Array.from({length: 66}, () => ({})).concat([event()])});
    expect(issues).toHaveLength(198);
    expect(issues.some((issue) => issue.message.includes('more issues'))).toBe(false);
  });

  it('reads only maxEvents events and says so', () => {
    const {timeline, issues} = parseTimeline(doc(event({id: 'a'}), event({id: 'b'}), event({id: 'c'})), {limits: {maxEvents: 2}});
    expect(issues).toEqual([error('events', 'has 3 events; only the first 2 are read')]);
    expect(timeline?.events.map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('reads only maxLinks links and says so', () => {
    const links = [
      {from: 'a', to: 'b'},
      {from: 'b', to: 'a'},
    ];
    const {timeline, issues} = parseTimeline({events: [event({id: 'a'}), event({id: 'b'})], links}, {limits: {maxLinks: 1}});
    expect(issues).toEqual([error('links', 'has 2 links; only the first 1 are read')]);
    expect(timeline?.links).toHaveLength(1);
  });

  it('cuts text longer than maxTextLength with an ellipsis and a warning', () => {
    const {timeline, issues} = parseTimeline(doc(event({title: 'abcdefghijklmnop', summary: 'short'})), {limits: {maxTextLength: 10}});
    expect(issues).toEqual([warning('events[0].title', 'is 16 characters long; cut to 10')]);
    expect(timeline?.events[0]!.title).toBe('abcdefghi…');
    expect(timeline?.events[0]!.summary).toBe('short');
  });

  it('never cuts ids, category keys or link kinds that refer to something, only text shown to readers', () => {
    const long = 'international_security_council';
    const {timeline, issues} = parseTimeline(
      {anchor: long, events: [event({id: long, category: long}), event({id: 'b'})], links: [{from: long, to: 'b', kind: 'counterpart'}]},
      {limits: {maxTextLength: 10}},
    );
    expect(issues).toEqual([]);
    expect(timeline?.anchor).toBe(long);
    expect(timeline?.links).toEqual([{from: long, to: 'b', kind: 'counterpart'}]);
    expect(timeline?.events.find((e) => e.id === long)?.category).toBe(long);
    // The legend label made from the key is display text, and is cut.
    expect(timeline?.categories).toEqual([{id: long, label: 'internati…'}]);
  });

  it('never cuts a character written with two UTF-16 units in half', () => {
    const title = `abcdefgh${'😀'.repeat(4)}`;
    const cut = timelineOf(doc(event({title})), {limits: {maxTextLength: 10}}).events[0]!.title;
    expect(cut).toBe('abcdefgh…');
    expect(cut.isWellFormed()).toBe(true);
  });
});

describe('parseTimeline: text is cleaned, never interpreted', () => {
  it('removes bidi overrides, embeddings and isolates from text', () => {
    const timeline = timelineOf(doc(event({title: 'abc\u202Egpj.exe', summary: '\u2066x\u2069 \u202Ay\u202C', place: '\u202Dz'})));
    expect(timeline.events[0]).toMatchObject({title: 'abcgpj.exe', summary: 'x y', place: 'z'});
  });

  it('removes control characters but keeps tabs and line breaks inside text', () => {
    const timeline = timelineOf(doc(event({title: '\u0000Ca\u0007ll\u007F\u0085', summary: 'line 1\nline 2\tend\r\n'})));
    expect(timeline.events[0]!.title).toBe('Call');
    expect(timeline.events[0]!.summary).toBe('line 1\nline 2\tend');
  });

  it('replaces half of a two-unit character with U+FFFD, which XML and JSON encoders accept, and keeps whole pairs', () => {
    const timeline = timelineOf(doc(event({title: 'a\uD800b \uDC00c', summary: '\uDBFF\uDBFF😀'})));
    expect(timeline.events[0]!.title).toBe('a\uFFFDb \uFFFDc');
    expect(timeline.events[0]!.summary).toBe('\uFFFD\uFFFD😀');
    expect(() => encodeURIComponent(timeline.events[0]!.title + timeline.events[0]!.summary)).not.toThrow();
  });

  it('trims spaces around text, ids in links and the anchor', () => {
    const timeline = timelineOf({
      anchor: ' b ',
      events: [event({id: 'a', title: '  Call  '}), event({id: 'b'})],
      links: [{from: ' a', to: 'b\n'}],
    });
    expect(timeline.events[0]!.title).toBe('Call');
    expect(timeline.anchor).toBe('b');
    expect(timeline.links).toEqual([{from: 'a', to: 'b', kind: 'context'}]);
  });

  it('keeps markup as the literal text it is', () => {
    const title = '<img src=x onerror=alert(1)>';
    const summary = '<script>alert(1)</script> **bold** &amp; {{x}} ${x}';
    const timeline = timelineOf({title: '<b>T</b>', events: [event({title, summary, quotes: [{text: '<i>q</i>', speaker: '&lt;S&gt;'}]})]});
    expect(timeline.title).toBe('<b>T</b>');
    expect(timeline.events[0]).toMatchObject({title, summary});
    expect(timeline.events[0]!.quotes).toEqual([{text: '<i>q</i>', speaker: '&lt;S&gt;'}]);
  });
});

describe('parseTimeline: values JSON cannot hold, passed in from script', () => {
  const reached = (issues: TimelineIssue[]) => issues.filter((issue) => issue.message.startsWith('could not be read'));

  it('reports an id that is an object without a prototype instead of giving up on the whole document', () => {
    const {timeline, issues} = parseTimeline(doc(event({id: Object.create(null)}), event({id: 'kept'})));
    expect(reached(issues)).toEqual([]);
    expect(issues).toEqual([error('events[0].id', `an object ${ID_RULE}`)]);
    expect(timeline?.events.map((e) => e.id)).toEqual(['kept']);
  });

  it('reports a lang, status, colour or version that is an object without a prototype, a BigInt or a cycle', () => {
    const cycle: Doc = {};
    cycle.self = cycle;
    const {timeline, issues} = parseTimeline({
      version: 10n,
      lang: Object.create(null),
      categories: {x: {color: cycle}},
      events: [event({status: cycle, quotes: [{text: 'q', lang: 5n}]})],
    });
    expect(reached(issues)).toEqual([]);
    expect(issues).toEqual([
      warning('version', 'a bigint is not a known version; read as version 1'),
      warning('events[0].status', 'an object is not one of happened, planned, expected, cancelled; derived from the date instead'),
      warning('events[0].quotes[0].lang', 'a bigint is not a language tag (like "ru" or "zh-Hans")'),
      warning('categories.x.color', 'an object is not a CSS colour; a default colour is used'),
      warning('lang', 'an object is not a language tag (like "ru" or "zh-Hans")'),
    ]);
    expect(timeline?.events).toHaveLength(1);
  });
});
