// The first view: which stretch of time `start-at` (or the document's startAt) names.
import {describe, expect, it} from 'vitest';
import {firstView} from '../../../src/layout/first-view.js';
import {parseTimeline} from '../../../src/model/parse-timeline.js';

const DAY = 86_400_000;
const story = (extra: Record<string, unknown> = {}) =>
  parseTimeline({
    anchor: 'call',
    events: [
      {id: 'treaty', date: '2001-07-16', title: 'Treaty'},
      {id: 'call', date: '2026-02-03', title: 'Call'},
      {id: 'visit', date: '2026-01/2026-06', title: 'Visit'},
    ],
    ...extra,
  }).timeline!;
const t = (iso: string) => Date.parse(iso);
// A scale without breaks, one pixel a millisecond: pads in pixels are pads in time.
const LINEAR = Object.assign((time: number) => time, {invert: (px: number) => px});

describe('firstView', () => {
  it('shows the whole story for "all", "" and nothing', () => {
    for (const choice of ['all', '', ' all ', undefined]) expect(firstView(story(), choice, LINEAR)).toEqual({});
  });

  it('shows the anchor with a tenth of the story on each side for "anchor"', () => {
    const {window} = firstView(story(), 'anchor', LINEAR);
    const whole = t('2026-07-01') - 1 - t('2001-07-16');
    expect(window![0]).toBeCloseTo(t('2026-02-03') - whole / 10, -3);
    expect(window![1]).toBeCloseTo(t('2026-02-04') - 1 + whole / 10, -3);
  });

  it('measures the room around an event in pixels, so that an axis break beside it stays out of view', () => {
    // 2001 to 2025 squeezed into 100 px, then a pixel a day.
    const squeeze = t('2025-01-01');
    const scale = Object.assign(
      (time: number) => (time < squeeze ? ((time - t('2001-01-01')) / (squeeze - t('2001-01-01'))) * 100 : 100 + (time - squeeze) / DAY),
      {
        invert: (px: number) => (px < 100 ? t('2001-01-01') + (px / 100) * (squeeze - t('2001-01-01')) : squeeze + (px - 100) * DAY),
      },
    );
    const {window} = firstView(story(), 'call', scale);
    expect(window![0]).toBeGreaterThan(t('2025-06-01'));
    expect(window![1]).toBeLessThan(t('2026-05-01'));
  });

  it('shows an event by its id, with at least half its own length on each side', () => {
    const one = parseTimeline({events: [{id: 'visit', date: '2026-01/2026-06', title: 'Visit'}]}).timeline!;
    const {window} = firstView(one, 'visit', LINEAR);
    const length = t('2026-07-01') - 1 - t('2026-01-01');
    const pad = length / 2;
    expect(window![0]).toBeCloseTo(t('2026-01-01') - pad, -1);
    expect(window![1]).toBeCloseTo(t('2026-07-01') - 1 + pad, -1);
  });

  it('shows an EDTF interval or date as written', () => {
    expect(firstView(story(), '2026-01/2026-03', LINEAR).window).toEqual([t('2026-01-01'), t('2026-04-01') - 1]);
    expect(firstView(story(), '2026-02', LINEAR).window).toEqual([t('2026-02-01'), t('2026-03-01') - 1]);
  });

  it('says why it shows the whole story for a choice it cannot use', () => {
    expect(firstView(story(), 'nowhere', LINEAR)).toEqual({problem: 'names no event and is no EDTF date'});
    const noAnchor = parseTimeline({events: [{id: 'a', date: '2026-02-03', title: 'A'}]}).timeline!;
    expect(firstView(noAnchor, 'anchor', LINEAR)).toEqual({problem: 'names no event and is no EDTF date'});
  });
});

describe('startAt in the document', () => {
  it('keeps "all", "anchor", an id or an EDTF date, and round-trips', () => {
    for (const choice of ['all', 'anchor', 'visit', '2026-01/2026-03']) {
      const {timeline, issues} = parseTimeline({
        anchor: 'call',
        startAt: choice,
        events: [
          {id: 'call', date: '2026-02-03', title: 'Call'},
          {id: 'visit', date: '2026-03', title: 'Visit'},
        ],
      });
      expect(issues).toEqual([]);
      expect(timeline!.startAt).toBe(choice);
    }
  });

  it('warns at startAt of anything else, and of "anchor" without an anchor', () => {
    for (const choice of ['nowhere', 'anchor']) {
      const {timeline, issues} = parseTimeline({startAt: choice, events: [{id: 'call', date: '2026-02-03', title: 'Call'}]});
      expect(issues.map((issue) => [issue.path, issue.severity])).toEqual([['startAt', 'warning']]);
      expect(timeline!.startAt).toBeUndefined();
    }
  });
});
