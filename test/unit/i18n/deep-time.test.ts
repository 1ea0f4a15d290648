// Deep time in words and ticks: "13.8 billion years ago" through Intl in each language of the
// library, ticks on round numbers of years, and the formatters of dates and relations using them.
import {describe, expect, it} from 'vitest';
import {deepTimeWords} from '../../../src/i18n/deep-time.js';
import '../../../src/locales/ru.js';
import '../../../src/locales/zh.js';
import '../../../src/locales/ar.js';
import '../../../src/locales/he.js';
import {deepTime, registerDeepTime} from '../../../src/i18n/deep-hook.js';
import {formatEdtf, formatTick} from '../../../src/i18n/format-date.js';
import {durationLabel, relativeLabel} from '../../../src/i18n/relative.js';
import {parseEdtf} from '../../../src/model/edtf.js';
import {YEAR} from '../../../src/model/units.js';
import {axisTicks} from '../../../src/layout/ticks.js';
import {createTimeScale} from '../../../src/layout/time-scale.js';

registerDeepTime(deepTimeWords);
const at = (year: number) => (year - 1970) * YEAR;
const date = (text: string) => {
  const result = parseEdtf(text);
  if (!result.ok) throw new Error(result.error);
  return result.date;
};
// ICU's spaces (narrow no-break, no-break) as plain spaces, to compare with written text.
// and without the direction marks ICU puts around numbers in Hebrew and Arabic.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/[\u200e\u200f\u061c]/g, '');

describe('deep time in words', () => {
  it.each([
    ['en', '13.8 billion years ago', '4.6 billion years ago', 'in 170 million years'],
    ['ru', '13,8 миллиарда лет назад', '4,6 миллиарда лет назад', 'через 170 миллионов лет'],
    ['zh', '138亿年前', '46亿年前', '1.7亿年后'],
    ['ar', 'قبل 13.8 مليار سنة', 'قبل 4.6 مليار سنة', 'خلال 170 مليون سنة'],
    ['he', 'לפני 13.8 מיליארד שנים', 'לפני 4.6 מיליארד שנים', 'בעוד 170 מיליון שנים'],
  ])('writes years far from now in %s through Intl, with compact numbers', (lang, bigBang, earth, future) => {
    expect(plain(formatEdtf(date('Y-13799999999'), lang))).toBe(bigBang);
    expect(plain(formatEdtf(date('Y-4599999999'), lang))).toBe(earth);
    expect(plain(formatEdtf(date('Y17E7'), lang))).toBe(future);
  });

  it("keeps years within Date's range as Intl writes them, but for year ticks before -9999", () => {
    expect(formatEdtf(date('Y-20000'), 'en')).toBe('20001 BC');
    expect(formatEdtf(date('-3499'), 'en')).toBe('3500 BC');
    expect(formatTick(at(-20000), 'year', 'en', false)).toBe('22 thousand years ago');
    expect(formatTick(at(-3500), 'year', 'en', false)).toMatch(/^350\d BC$/);
  });

  it('qualifies an approximate deep year, and writes an interval between two', () => {
    expect(formatEdtf(date('Y-13799999999~'), 'en')).toMatch(/13\.8 billion years ago/);
    expect(formatEdtf(date('Y-13799999999~'), 'en')).not.toBe('13.8 billion years ago');
    expect(plain(formatEdtf(date('Y-538799999/Y-251901999'), 'en'))).toBe('539 million years ago – 252 million years ago');
  });

  it('says where one far date lies from another, and how long lies between', () => {
    expect(relativeLabel(at(-3500), at(-13_800_000_000), 'en')).toBe('13.8 billion years ago');
    expect(relativeLabel(at(-13_800_000_000), at(-4_600_000_000), 'en')).toBe('in 9.2 billion years');
    expect(durationLabel(at(-4_600_000_000), at(-538_800_000), 'en')).toBe('4.06 billion years');
    expect(plain(durationLabel(at(-4_600_000_000), at(-538_800_000), 'ru'))).toBe('4,06 миллиарда лет');
  });

  it('labels a far tick in words', () => {
    expect(formatTick(at(-5_000_000_000), 'year', 'en', false)).toBe('5 billion years ago');
  });
});

describe('deep time ticks', () => {
  it('puts ticks on round numbers of years across a span beyond the Date range', () => {
    const ticks = deepTime!.ticks(at(-13_800_000_000), at(-3500), 5);
    const years = ticks.map((time) => Math.round(1970 + time / YEAR));
    expect(years).toEqual([-12e9, -10e9, -8e9, -6e9, -4e9, -2e9]);
  });

  it('draws an axis over the cosmos, from the Big Bang to the wheel, labelled in words', () => {
    const scale = createTimeScale(at(-13_800_000_000), at(-3500), [], 0, 1000);
    const ticks = axisTicks(scale, 1, 0, 1000, (time, unit, withParent, withYear) => formatTick(time, unit, 'en', withParent, withYear));
    expect(ticks.length).toBeGreaterThan(2);
    for (const tick of ticks) expect(tick.label).toMatch(/^\d+(\.\d+)? (billion|million|thousand)? ?years ago$/);
  });
});

describe('a story from the Big Bang to a week of this year', () => {
  it('cuts the eons out with axis breaks and zooms, within its limit, from billions of years to days', async () => {
    const {TimelineView} = await import('../../../src/elements/event-timeline/timeline-view.js');
    const {parseTimeline} = await import('../../../src/model/parse-timeline.js');
    const {timeline} = parseTimeline({
      events: [
        {id: 'bang', date: 'Y-13799999999', title: 'The Big Bang'},
        {id: 'earth', date: 'Y-4599999999', title: 'The Earth forms'},
        {id: 'call', date: '2026-02-03', title: 'The call'},
        {id: 'treaty', date: '2026-02-05', title: 'The treaty expires'},
        {id: 'festival', date: '2026-02-17', title: 'Spring festival'},
      ],
    });
    const model = new TimelineView(timeline!, {lang: 'en', orientation: 'horizontal', width: 1000, breaks: true, rtl: false});
    const whole = model.layout({k: 1, x: 0, y: 0}, []);
    expect(whole.breaks.length).toBeGreaterThanOrEqual(2);
    expect(whole.ticks.some((tick) => / billion years ago$/.test(tick.label))).toBe(true);
    // Zoom so that the first three weeks of February 2026 fill the view.
    const {scale} = model.geometry;
    const [p0, p1] = [scale(Date.UTC(2026, 1, 1)), scale(Date.UTC(2026, 1, 21))];
    const k = 1000 / (p1 - p0);
    expect(k).toBeLessThanOrEqual(model.maxK);
    const days = model.layout({k, x: -p0 * k, y: 0}, []);
    expect(days.ticks.map((tick) => tick.unit)).toContain('day');
    expect(days.ticks.map((tick) => tick.label).join(' | ')).toMatch(/Feb/);
  });
});
