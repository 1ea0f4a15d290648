// The JSON Schema says what the parser accepts: demo data passes, broken documents fail in the same
// places the parser reports, and generated valid documents and toDocument output pass too.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import {parseEdtf} from '../../../src/model/edtf.js';
import {parseTimeline} from '../../../src/model/parse-timeline.js';
import {toDocument} from '../../../src/model/to-document.js';
import {edtfDate, validDocument} from './arbitraries.js';

const schemaText = readFileSync('schema/event-timeline.schema.json', 'utf8');
const schema = JSON.parse(schemaText) as Record<string, any>;
const demoPaths = ['demo/data/story-ru.json', 'demo/data/story-en.json'];
const demoText = (path: string) => readFileSync(path, 'utf8');

const warnings: unknown[] = [];
const ajv = new Ajv2020({
  allErrors: true,
  strict: true,
  logger: {log: () => {}, warn: (...args: unknown[]) => warnings.push(args), error: (...args: unknown[]) => warnings.push(args)},
});
addFormats(ajv);
// URLs use "iri", not "uri": links such as https://ru.wikipedia.org/wiki/Договор_о_СНВ_(2010) hold
// non-ASCII letters, which ajv-formats' "uri" rejects. "iri" is a standard format of draft 2020-12 that
// ajv-formats does not implement, so it is checked here the way the parser reads URLs (WHATWG URL).
ajv.addFormat('iri', (value: string) => !/\s/.test(value) && URL.canParse(value));
const validate = ajv.compile(schema);

function errorsOf(document: unknown): {instancePath: string; keyword: string}[] {
  if (validate(document)) return [];
  return (validate.errors ?? []).map(({instancePath, keyword}) => ({instancePath, keyword}));
}

const event = (fields: Record<string, unknown> = {}) => ({id: 'call', date: '2026-02-03', title: 'Call', ...fields});

describe('the JSON Schema', () => {
  it('is draft 2020-12 with the published $id and compiles in strict mode without warnings', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://unpkg.com/event-timeline/schema/event-timeline.schema.json');
    expect(warnings).toEqual([]);
  });

  it('describes every property it lists, for the editors who read it', () => {
    const undescribed: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      if (record.properties && typeof record.properties === 'object') {
        for (const [key, value] of Object.entries(record.properties as Record<string, unknown>)) {
          const description = (value as {description?: unknown}).description;
          if (typeof description !== 'string' || description.trim().length < 10) undescribed.push(`${path}.${key}`);
        }
      }
      for (const [key, value] of Object.entries(record)) walk(value, `${path}/${key}`);
    };
    walk(schema, '#');
    expect(undescribed).toEqual([]);
    expect(Object.keys(schema.$defs.event.properties).sort()).toEqual([
      'category',
      'date',
      'id',
      'media',
      'place',
      'quotes',
      'source',
      'status',
      'summary',
      'title',
    ]);
  });

  it('lists the known link kinds as examples of the free-text kind', () => {
    expect(schema.$defs.link.properties.kind.examples).toEqual([
      'anniversary',
      'invitation',
      'deadline',
      'follows',
      'precedes',
      'mentions',
      'context',
    ]);
    expect(validate({events: [event(), event({id: 'other'})], links: [{from: 'call', to: 'other', kind: 'fact-check'}]})).toBe(true);
  });

  for (const path of demoPaths) {
    it(`accepts the demo document ${path}, which the parser also reads with zero issues`, () => {
      expect(errorsOf(JSON.parse(demoText(path)))).toEqual([]);
      const {timeline, issues} = parseTimeline(demoText(path));
      expect(issues).toEqual([]);
      expect(timeline?.events.length).toBe(7);
    });
  }

  it('accepts a minimal document of one event', () => {
    expect(errorsOf({events: [event()]})).toEqual([]);
  });

  const broken: [string, unknown, {instancePath: string; keyword: string}, string][] = [
    ['without events', {title: 'x'}, {instancePath: '', keyword: 'required'}, 'events'],
    ['with an empty events array', {events: []}, {instancePath: '/events', keyword: 'minItems'}, 'events'],
    ['with an id holding a space', {events: [event({id: 'the call'})]}, {instancePath: '/events/0/id', keyword: 'pattern'}, 'events[0].id'],
    ['with a 65-character id', {events: [event({id: 'a'.repeat(65)})]}, {instancePath: '/events/0/id', keyword: 'pattern'}, 'events[0].id'],
    ['with an empty title', {events: [event({title: ''})]}, {instancePath: '/events/0/title', keyword: 'minLength'}, 'events[0].title'],
    [
      'with a title of spaces only',
      {events: [event({title: '   '})]},
      {instancePath: '/events/0/title', keyword: 'pattern'},
      'events[0].title',
    ],
    ['with a numeric title', {events: [event({title: 42})]}, {instancePath: '/events/0/title', keyword: 'type'}, 'events[0].title'],
    ['with an unknown root property', {events: [event()], colour: 'red'}, {instancePath: '', keyword: 'additionalProperties'}, 'colour'],
    [
      'with an unknown event property',
      {events: [event({tittle: 'x'})]},
      {instancePath: '/events/0', keyword: 'additionalProperties'},
      'events[0].tittle',
    ],
    ['with status "maybe"', {events: [event({status: 'maybe'})]}, {instancePath: '/events/0/status', keyword: 'enum'}, 'events[0].status'],
    [
      'with a javascript: source URL',
      {events: [event({source: {url: 'javascript:alert(1)'}})]},
      {instancePath: '/events/0/source/url', keyword: 'pattern'},
      'events[0].source.url',
    ],
    [
      'with a data: quote URL',
      {events: [event({quotes: [{text: 'q', url: 'data:text/html,<b>x</b>'}]})]},
      {instancePath: '/events/0/quotes/0/url', keyword: 'pattern'},
      'events[0].quotes[0].url',
    ],
    [
      'with a quote without text',
      {events: [event({quotes: [{speaker: 'S'}]})]},
      {instancePath: '/events/0/quotes/0', keyword: 'required'},
      'events[0].quotes[0].text',
    ],
    [
      'with a date in words',
      {events: [event({date: '3 February 2026'})]},
      {instancePath: '/events/0/date', keyword: 'pattern'},
      'events[0].date',
    ],
    ['with version 2', {version: 2, events: [event()]}, {instancePath: '/version', keyword: 'const'}, 'version'],
    [
      'with a colour that smuggles CSS',
      {events: [event()], categories: {x: {color: 'red;background:url(x)'}}},
      {instancePath: '/categories/x/color', keyword: 'pattern'},
      'categories.x.color',
    ],
    [
      'with an unknown category property',
      {events: [event()], categories: {x: {colour: 'red'}}},
      {instancePath: '/categories/x', keyword: 'additionalProperties'},
      'categories.x.colour',
    ],
    [
      'with an unknown link property',
      {events: [event(), event({id: 'b'})], links: [{from: 'call', to: 'b', type: 'x'}]},
      {instancePath: '/links/0', keyword: 'additionalProperties'},
      'links[0].type',
    ],
    [
      'with a link without a target',
      {events: [event()], links: [{from: 'call'}]},
      {instancePath: '/links/0', keyword: 'required'},
      'links[0].to',
    ],
  ];
  for (const [name, document, error, parserPath] of broken) {
    it(`rejects a document ${name}, and the parser reports the same place (${parserPath})`, () => {
      expect(errorsOf(document)).toContainEqual(error);
      expect(parseTimeline(document).issues.map((issue) => issue.path)).toContain(parserPath);
    });
  }
});

describe('the schema pattern for EDTF dates', () => {
  const datePattern = new RegExp(schema.$defs.edtf.pattern, 'u');

  it('accepts every form the brief and the docs name, and every date in the demo data', () => {
    const forms = [
      '2001',
      '2026-07',
      '2026-07-16',
      '2026-02-03T14:00+03:00',
      '-0044',
      '2026-07~',
      '2001?',
      '2026-02-03%',
      '201X',
      '2026-21',
      '2026-40',
      '2026-01/2026-06',
      '2026-03/..',
      '/2026-06',
      '2026-01/2026-06?',
      '19XX',
      '2026-07-XX',
      'Y-12345',
      '2026-02-03T14:00:30Z',
      '2026-01~/2026-06?',
      '?2026-~07',
    ];
    const demoDates = demoPaths
      .flatMap((path) => {
        const document = JSON.parse(demoText(path));
        return [document.now, ...document.events.flatMap((e: any) => [e.date, ...(e.quotes ?? []).map((q: any) => q.date)])];
      })
      .filter((date) => date !== undefined);
    expect(demoDates.length).toBeGreaterThan(10);
    for (const text of [...forms, ...demoDates]) {
      expect(parseEdtf(text).ok, text).toBe(true);
      expect(datePattern.test(text), text).toBe(true);
    }
  });

  it('rejects texts that are not shaped like EDTF', () => {
    for (const text of [
      '',
      'yesterday',
      '3 Feb 2026',
      '2026-2-3',
      '26-02-03',
      '2026.02.03',
      '2026/2027/2028',
      '/',
      '../..',
      '../',
      '/..',
      '2026-02-03 14:00',
      ' 2026',
    ]) {
      expect(datePattern.test(text), JSON.stringify(text)).toBe(false);
    }
  });

  it('accepts every EDTF value the generators build, all of which the parser reads', () => {
    fc.assert(
      fc.property(edtfDate, (text) => {
        expect(parseEdtf(text).ok).toBe(true);
        expect(datePattern.test(text)).toBe(true);
      }),
      {numRuns: 300},
    );
  });
});

describe('schema and parser agree on valid documents', () => {
  it('accepts every generated valid document, and what toDocument writes back', () => {
    fc.assert(
      fc.property(validDocument, (document) => {
        expect(errorsOf(document)).toEqual([]);
        const {timeline} = parseTimeline(document);
        expect(timeline).toBeDefined();
        expect(errorsOf(JSON.parse(JSON.stringify(toDocument(timeline!))))).toEqual([]);
      }),
      {numRuns: 150},
    );
  });
});
