// Properties the issue claims that properties.test.ts (parser) and layout/view.test.ts (seeded
// stories) did not yet cover for arbitrary input:
//   - the layout of ANY valid document (any EDTF date the format allows, from Y-270000 to
//     Y270000, open ends, any text) in any configuration (orientation, width, right-to-left,
//     breaks, any max-lanes value a page could write, any zoom and pan) has only finite
//     coordinates and no two visible labels overlap;
//   - the hostile corpus (test/fixtures/hostile) never makes the parser throw, and what it keeps
//     is clean text, safe URLs and safe colours.
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {createGeometry, type GeometryConfig} from '../../../src/layout/geometry.js';
import {toLayoutEvent} from '../../../src/layout/layout-events.js';
import {packAt} from '../../../src/layout/pack.js';
import {viewLayout} from '../../../src/layout/view.js';
import {parseTimeline} from '../../../src/model/parse-timeline.js';
import {safeColor} from '../../../src/model/safe-color.js';
import {safeUrl} from '../../../src/model/safe-url.js';
import {BAD_COLOURS, BAD_URLS, BIDI_CONTROLS, TEXTS, hostileDocument} from '../../fixtures/hostile/payloads.js';
import {fitPacked, formatTick, labelBox, nonFinite, overlappingPairs} from '../layout/helpers.js';
import {validDocument} from './arbitraries.js';

const RUNS = {numRuns: 200};

const config: fc.Arbitrary<GeometryConfig> = fc.record({
  orientation: fc.constantFrom('horizontal', 'vertical'),
  width: fc.oneof(fc.integer({min: 1, max: 2400}), fc.constantFrom(160, 375, 600, 1000)),
  breaks: fc.boolean(),
  rtl: fc.boolean(),
  // Whatever a page writes in max-lanes: the element passes it on as a number.
  maxLanes: fc.oneof(fc.integer({min: 1, max: 8}), fc.constantFrom(0, -3, 2.5, Number.NaN, Number.POSITIVE_INFINITY, 1e9, undefined)),
  links: fc.boolean(),
});

describe('the layout of any valid document', () => {
  it('has finite coordinates and no overlapping labels, in any configuration, at any zoom and pan', () => {
    fc.assert(
      fc.property(
        validDocument,
        config,
        fc.constantFrom(1, 2, 8, 64, 4096),
        fc.double({min: 0, max: 1, noNaN: true}),
        (document, geometryConfig, k, panned) => {
          const {timeline} = parseTimeline(document);
          const events = timeline!.events.map((event) => toLayoutEvent(event, event.title, event.date.text));
          const geometry = createGeometry(events, geometryConfig);
          const reserved = new Set(timeline!.anchor ? [timeline!.events.findIndex((event) => event.id === timeline!.anchor)] : []);
          fitPacked(geometry, packAt(geometry, 1, reserved));
          const vertical = geometryConfig.orientation === 'vertical';
          const viewLength = vertical ? Math.min(geometry.height, 640) : geometry.width;
          const overhang = Math.max(0, geometry.axisLength * k - viewLength);
          const pack = packAt(geometry, k, reserved);
          const view = viewLayout(geometry, pack, {
            k,
            shift: -panned * overhang,
            viewLength,
            formatTick,
            links: [],
            now: timeline!.nowTime,
          });
          expect(nonFinite(view)).toEqual([]);
          expect(nonFinite({width: geometry.width, height: geometry.height, lanes: geometry.lanes})).toEqual([]);
          const boxes = view.events.map((event) => labelBox(event, event.labelWidth, geometry.config.rtl));
          expect(overlappingPairs(boxes).slice(0, 2)).toEqual([]);
          // Every event is drawn or counted in a cluster.
          const clustered = pack.clusters.reduce((sum, cluster) => sum + cluster.count, 0);
          expect(pack.lane.filter((lane) => lane >= 0).length + clustered).toBe(events.length);
        },
      ),
      RUNS,
    );
  });
});

describe('the hostile corpus', () => {
  it('never makes the parser throw, as a value or as JSON text, and leaves only clean text, safe URLs and colours', () => {
    const document = hostileDocument();
    for (const input of [document, JSON.stringify(document)]) {
      const {timeline, issues} = parseTimeline(input);
      expect(timeline).toBeDefined();
      expect(issues.some((issue) => /could not be read/.test(issue.message))).toBe(false);
      const texts: (string | undefined)[] = [timeline!.title];
      for (const event of timeline!.events) {
        texts.push(event.title, event.summary, event.place, event.source?.name);
        if (event.source?.url) expect(safeUrl(event.source.url)).toBe(event.source.url);
        for (const quote of event.quotes) {
          texts.push(quote.text, quote.speaker, quote.role, quote.source);
          if (quote.url) expect(quote.url).toMatch(/^(?:https?|mailto):/);
        }
      }
      for (const link of timeline!.links) texts.push(link.label, link.kind);
      for (const era of timeline!.eras) texts.push(era.title);
      for (const category of timeline!.categories) {
        texts.push(category.label);
        if (category.color) expect(safeColor(category.color)).toBe(category.color);
      }
      for (const text of texts) {
        if (text === undefined) continue;
        expect(text).not.toMatch(BIDI_CONTROLS);
        expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
        expect(text.length).toBeLessThanOrEqual(10_000);
      }
    }
  });

  it('has no URL the URL gate lets through, and no colour the colour gate lets through', () => {
    for (const url of BAD_URLS) expect(safeUrl(url), JSON.stringify(url)).toBeUndefined();
    for (const color of BAD_COLOURS) expect(safeColor(color), JSON.stringify(color)).toBeUndefined();
  });

  it('survives any mix of its payloads in any field', () => {
    const payload = fc.constantFrom(...TEXTS, ...BAD_URLS, ...BAD_COLOURS);
    const field = fc.oneof(payload, fc.string(), fc.constantFrom('2026-02-03', 'a', 'b'));
    const event = fc.record(
      {
        id: field,
        date: field,
        title: field,
        summary: field,
        place: field,
        category: field,
        source: fc.record({name: field, url: field}),
        quotes: fc.array(fc.record({text: field, speaker: field, url: field, lang: field, date: field}), {maxLength: 2}),
      },
      {requiredKeys: []},
    );
    const document = fc.record(
      {
        title: field,
        lang: field,
        now: field,
        anchor: field,
        events: fc.array(event, {maxLength: 6}),
        categories: fc.dictionary(field, fc.record({label: field, color: field}), {maxKeys: 3}),
        links: fc.array(fc.record({from: field, to: field, kind: field, label: field}), {maxLength: 3}),
        eras: fc.array(fc.record({title: field, date: field}), {maxLength: 2}),
      },
      {requiredKeys: []},
    );
    fc.assert(
      fc.property(document, (value) => {
        const result = parseTimeline(value);
        for (const event of result.timeline?.events ?? []) {
          if (event.source?.url) expect(safeUrl(event.source.url)).toBe(event.source.url);
          expect(event.title).not.toMatch(BIDI_CONTROLS);
        }
        for (const category of result.timeline?.categories ?? [])
          if (category.color) expect(safeColor(category.color)).toBe(category.color);
      }),
      RUNS,
    );
  });
});
