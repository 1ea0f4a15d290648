// chart-marks.ts: each drawn event carries what its option's and its label's templates need, made
// from the view layout and the element's state in Node (no DOM, no Lit).
import {describe, expect, it} from 'vitest';
import {drawnEvent, type MarkState} from '../../../src/elements/event-timeline/chart-marks.js';
import {TimelineView} from '../../../src/elements/event-timeline/timeline-view.js';
import {parseTimeline} from '../../../src/model/parse-timeline.js';
import type {ViewEvent} from '../../../src/layout/view.js';

function drawn(options: {rtl?: boolean; dataRtl?: boolean; state?: Partial<MarkState>} = {}) {
  const {timeline} = parseTimeline({
    now: '2026-02-03',
    anchor: 'call',
    categories: [{id: 'talks', label: 'Talks', color: '#aa3322'}],
    events: [
      {id: 'call', date: '2026-02-03', title: 'The call', category: 'talks'},
      {id: 'visit', date: '2026-01~/2026-06?', title: 'A visit', status: 'planned'},
      {id: 'summit', date: '2026-03-10', title: 'The summit', status: 'cancelled'},
    ],
  });
  const model = new TimelineView(timeline!, {
    lang: 'en',
    orientation: 'horizontal',
    width: 1000,
    breaks: true,
    rtl: options.rtl ?? false,
    maxLanes: 6,
  });
  const view = model.layout({k: 1, x: 0, y: 0}, []);
  const state: MarkState = {
    events: timeline!.events,
    vertical: false,
    rtl: options.rtl ?? false,
    dataRtl: options.dataRtl,
    anchor: timeline!.anchor,
    selected: 'visit',
    focusId: 'call',
    highlighted: new Set(['summit']),
    fresh: (id) => id === 'summit',
    colorOf: (event) => model.colorOf(event.category),
    nameOf: (index) => model.nameOf(timeline!.events[index]),
    idPrefix: 'et1',
    ...options.state,
  };
  const byId = new Map<string, [ViewEvent, ReturnType<typeof drawnEvent>]>(
    view.events.map((placed) => [placed.id, [placed, drawnEvent(state, placed, view.pan)]]),
  );
  return (id: string) => byId.get(id)!;
}

describe('drawnEvent', () => {
  it('gives the anchor its parts, classes, colour, name, focus and a ring round its round mark', () => {
    const get = drawn();
    const [placed, call] = get('call');
    expect(call.parts).toBe('event anchor');
    expect(call.classes.split(' ')).toEqual(expect.arrayContaining(['event', 'anchor', 'focused']));
    // The category's colour, which the uncategorised event does not share.
    expect(call.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(call.color).not.toBe(get('visit')[1].color);
    expect(call.name).toContain('The call');
    expect([call.optionId, call.position, call.setSize, call.tabIndex, call.selected]).toEqual([
      'et1-e-call',
      placed.index + 1,
      3,
      0,
      false,
    ]);
    // A point is a rectangle whose corners make a circle round the point.
    expect(call.mark.className).toBe('dot');
    expect(call.mark.rx * 2).toBe(call.mark.width);
    expect(call.mark.x + call.mark.width / 2).toBeCloseTo(placed.x, 1);
    expect(call.ring).toBeDefined();
    expect(call.ring!.width).toBeGreaterThan(call.mark.width);
  });

  it('draws an uncertain planned interval as a faded bar, selected, with no ring', () => {
    const [, visit] = drawn()('visit');
    expect(visit.parts).toBe('event selected planned');
    expect(visit.classes.split(' ')).toEqual(expect.arrayContaining(['future', 'fuzzy', 'faded']));
    expect(visit.mark.className).toBe('bar fade-both');
    expect([visit.selected, visit.tabIndex, visit.ring]).toEqual([true, -1, undefined]);
  });

  it('marks highlighted, new and cancelled events, and strikes only the title of a cancelled one', () => {
    const [, summit] = drawn()('summit');
    expect(summit.parts).toBe('event highlighted fresh');
    expect(summit.classes.split(' ')).toEqual(expect.arrayContaining(['highlighted', 'fresh', 'cancelled']));
    expect(summit.label.className).toBe('cancelled');
    expect(summit.label.lines.join(' ')).toBe('The summit');
    expect(summit.label.subtitle).toMatch(/Mar/);
  });

  it('covers mark and label with a pointer target at least 24 px high', () => {
    const get = drawn();
    for (const id of ['call', 'visit', 'summit']) {
      const [placed, event] = get(id);
      expect(event.hit.height).toBeGreaterThanOrEqual(24);
      expect(event.hit.x).toBeLessThanOrEqual(Math.min(placed.x - 8, placed.labelX) + 0.05);
      expect(event.hit.y).toBeLessThanOrEqual(placed.titleY - 15 + 0.05);
      expect(event.hit.y + event.hit.height).toBeGreaterThanOrEqual(placed.subtitleY + 5 - 0.05);
    }
  });

  it("writes titles in the data's direction and dates in the page's: an English story on a right-to-left page", () => {
    const [placed, call] = drawn({rtl: true, dataRtl: false})('call');
    expect(call.label.direction).toBe('ltr');
    expect(call.label.subtitleAnchor).toBe(placed.anchor);
    expect(call.label.anchor).toBe(placed.anchor === 'start' ? 'end' : 'start');
    const [, same] = drawn({rtl: true})('call');
    expect([same.label.direction, same.label.anchor]).toEqual(['rtl', placed.anchor]);
  });
});
