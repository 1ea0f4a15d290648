// fast-check generators shared by the model tests: EDTF texts and whole valid event documents.
// A "valid" document is one a newsroom editor could write: it parses with no issue at all and
// satisfies the JSON Schema. Generators never consult the parser to decide what is valid.
import fc from 'fast-check';
import type {
  CategoryDocument,
  EraDocument,
  EventDocument,
  LinkDocument,
  QuoteDocument,
  SourceDocument,
  TimelineDocument,
} from '../../../src/model/document.js';
import {EVENT_STATUSES, LINK_KINDS} from '../../../src/model/types.js';
import {cleanText} from '../../../src/model/read-fields.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const noNull = {noNullPrototype: true} as const;

/** "", "~", "?" or "%", mostly "". */
const qualifier = fc.constantFrom('', '', '', '~', '?', '%');
const year4 = fc.integer({min: -9999, max: 9999}).map((y) => (y < 0 ? '-' : '') + pad(Math.abs(y), 4));
const month = fc.integer({min: 1, max: 12}).map((m) => pad(m));
// Days up to 28 exist in every month of every year.
const day = fc.integer({min: 1, max: 28}).map((d) => pad(d));

const time = fc
  .tuple(
    fc.integer({min: 0, max: 23}),
    fc.integer({min: 0, max: 59}),
    fc.option(fc.integer({min: 0, max: 59}), {nil: undefined}),
    fc.constantFrom('', 'Z', '+03:00', '-05:30', '+0545', '-12', '+14:00'),
  )
  .map(([h, m, s, zone]) => `T${pad(h)}:${pad(m)}${s === undefined ? '' : `:${pad(s)}`}${zone}`);

/** One EDTF date (not an interval) of a form the parser documents as supported. */
export const edtfPoint: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(year4, qualifier).map(([y, q]) => y + q),
  fc.tuple(year4, month, qualifier).map(([y, m, q]) => `${y}-${m}${q}`),
  fc.tuple(year4, month, day, qualifier).map(([y, m, d, q]) => `${y}-${m}-${d}${q}`),
  fc.tuple(year4, month, day, time).map(([y, m, d, t]) => `${y}-${m}-${d}${t}`),
  // Seasons, quarters, quadrimesters and halves.
  fc.tuple(year4, fc.integer({min: 21, max: 41}), qualifier).map(([y, g, q]) => `${y}-${g}${q}`),
  // Unspecified digits: decades, centuries, unknown month or day.
  fc.tuple(fc.integer({min: 0, max: 999}), qualifier).map(([y, q]) => `${pad(y, 3)}X${q}`),
  fc.tuple(fc.integer({min: 0, max: 99}), qualifier).map(([y, q]) => `${pad(y)}XX${q}`),
  fc.tuple(year4, qualifier).map(([y, q]) => `${y}-XX${q}`),
  fc.tuple(year4, month, qualifier).map(([y, m, q]) => `${y}-${m}-XX${q}`),
  // Level-2 qualifiers on components.
  // Never two around one part ("?2004?"), which the parser refuses.
  fc.tuple(qualifier, year4, qualifier, month, qualifier).map(([a, y, b, m, c]) => `${a}${y}${a ? '' : b}-${m}${c}`),
  // Long years.
  fc.tuple(fc.boolean(), fc.integer({min: 10_000, max: 270_000})).map(([negative, y]) => `Y${negative ? '-' : ''}${y}`),
);

/** Dates with a known, increasing order for building intervals: a year and a day within it. */
const orderedPair = fc
  .tuple(fc.integer({min: 1000, max: 2999}), fc.integer({min: 0, max: 40}), month, day)
  .map(([y, gap, m, d]) => [`${y}-${m}-${d}`, `${y + gap + 1}`] as const);

/** An EDTF interval that is valid: ordered ends, or an open or unknown end. */
export const edtfInterval: fc.Arbitrary<string> = fc.oneof(
  orderedPair.map(([a, b]) => `${a}/${b}`),
  fc.tuple(orderedPair, qualifier, qualifier).map(([[a, b], qa, qb]) => `${a}${qa}/${b}${qb}`),
  edtfPoint.map((p) => `${p}/..`),
  edtfPoint.map((p) => `${p}/`),
  edtfPoint.map((p) => `/${p}`),
  edtfPoint.map((p) => `../${p}`),
);

/** Any valid EDTF value of the format (a point or an interval). */
export const edtfDate: fc.Arbitrary<string> = fc.oneof(
  {arbitrary: edtfPoint, weight: 3},
  {arbitrary: edtfInterval, weight: 1},
  {arbitrary: fc.constantFrom('2026-02-03', '2026-02', '2026-02~', '2026-40?', '2001-07-16', '2026-07-16'), weight: 2},
);

export const eventId: fc.Arbitrary<string> = fc.oneof(fc.stringMatching(/^[a-z]{1,3}$/), fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/));

/** Text that is never empty once cleaned: it starts with a letter or digit. */
export const text: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom('A', 'Я', '中', 'ש', 'ع', '7'), fc.string({unit: 'grapheme', maxLength: 24})).map(([a, b]) => a + b),
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    '**not markdown** &amp; not an entity',
    'Путин и Си Цзиньпин',
    'line 1\nline 2\tand a tab',
    '  padded  ',
  ),
);

export const lang = fc.constantFrom('ru', 'en', 'en-GB', 'zh-Hans', 'ar', 'he', 'sr-Latn-RS');
export const url: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'https://en.wikipedia.org/wiki/New_START',
    'https://ru.wikipedia.org/wiki/Договор_о_СНВ_(2010)',
    'http://example.com/a?b=c#d',
    'mailto:desk@example.com',
    'HTTPS://Example.COM/Path',
  ),
  fc.webUrl({withQueryParameters: true, withFragments: true}),
);
/** Category keys, including ones that behave oddly as JS object keys. */
export const categoryKey = fc.constantFrom('diplomacy', 'security', 'two words', 'Ключ', '1', '2026', '__proto__', 'constructor');
export const color = fc.constantFrom(
  '#b03a2e',
  '#b3a',
  '#b03a2e80',
  'rgb(176 58 46)',
  'hsl(10 50% 40% / 0.5)',
  'oklch(0.55 0.15 30)',
  'teal',
);

const source: fc.Arbitrary<SourceDocument> = fc.record({name: text, url}, {requiredKeys: [], ...noNull});
const quote: fc.Arbitrary<QuoteDocument> = fc.record(
  {text, speaker: text, role: text, date: edtfPoint, lang, url, source: text},
  {requiredKeys: ['text'], ...noNull},
);

function eventOf(id: string): fc.Arbitrary<EventDocument> {
  return fc
    .record(
      {
        date: edtfDate,
        title: text,
        summary: text,
        category: categoryKey,
        place: text,
        status: fc.constantFrom(...EVENT_STATUSES),
        source,
        quotes: fc.array(quote, {maxLength: 2}),
      },
      {requiredKeys: ['date', 'title'], ...noNull},
    )
    .map((fields) => ({id, ...fields}));
}

function linksOf(ids: string[]): fc.Arbitrary<LinkDocument[]> {
  const index = fc.nat({max: ids.length - 1});
  // Anniversaries only between dates a whole number of years apart are valid without a warning: left to their own tests.
  const kind = fc.oneof(
    fc.constantFrom(...LINK_KINDS.filter((k) => k !== 'anniversary')),
    fc.constantFrom('Mentions', 'related', 'fact-check'),
  );
  return fc
    .uniqueArray(fc.record({from: index, to: index, kind, label: text}, {requiredKeys: ['from', 'to'], ...noNull}), {
      maxLength: ids.length > 1 ? 6 : 0,
      // A link that repeats another (kinds are read in lower case, labels cleaned) is read once, with a warning.
      selector: (link) => JSON.stringify([link.from, link.to, (link.kind ?? 'context').toLowerCase(), cleanText(link.label ?? '')]),
    })
    .map((links) => links.filter((link) => link.from !== link.to).map((link) => ({...link, from: ids[link.from]!, to: ids[link.to]!})));
}

// Built with Object.fromEntries so that a key such as "__proto__" is an own property, as JSON.parse makes it.
const categories: fc.Arbitrary<Record<string, CategoryDocument>> = fc
  .uniqueArray(fc.tuple(categoryKey, fc.record({label: text, color}, {requiredKeys: [], ...noNull})), {
    selector: ([key]) => key,
    maxLength: 4,
  })
  .map((entries) => Object.fromEntries(entries));

const era: fc.Arbitrary<EraDocument> = fc.record({title: text, date: edtfDate}, noNull);

/** A whole document that parses without any issue and satisfies the schema. */
export const validDocument: fc.Arbitrary<TimelineDocument> = fc
  .uniqueArray(eventId, {minLength: 1, maxLength: 8})
  .chain((ids) =>
    fc.record(
      {
        version: fc.constant(1 as const),
        lang,
        title: text,
        now: edtfDate,
        anchor: fc.constantFrom(...ids),
        categories,
        events: fc.tuple(...ids.map(eventOf)),
        links: linksOf(ids),
        eras: fc.array(era, {maxLength: 3}),
      },
      {requiredKeys: ['events'], ...noNull},
    ),
  )
  // An event's category that is not declared is warned about when others are: declare every one used.
  .map((document) => {
    if (!document.categories || Object.keys(document.categories).length === 0) return document;
    const used = document.events.flatMap((event) =>
      event.category && !Object.hasOwn(document.categories!, event.category) ? [[event.category, {}] as const] : [],
    );
    return used.length ? {...document, categories: Object.fromEntries([...Object.entries(document.categories), ...used])} : document;
  });
