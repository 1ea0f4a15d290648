// warmUpIntl makes a language's costly Intl formatters once, later (idle time; a timer in
// Node), and the formatting code then reuses them instead of constructing its own.
import {afterEach, describe, expect, it, vi} from 'vitest';
import {formatEdtf} from '../../../src/i18n/format-date.js';
import {countText} from '../../../src/i18n/phrases.js';
import {durationLabel, formatList, relativeLabel} from '../../../src/i18n/relative.js';
import {parseEdtf} from '../../../src/model/edtf.js';
import {warmUpIntl} from '../../../src/i18n/warm-up.js';

function countConstructions(name: 'RelativeTimeFormat' | 'ListFormat' | 'NumberFormat' | 'DateTimeFormat') {
  const Original = Intl[name];
  const counter = {count: 0};
  vi.spyOn(Intl, name).mockImplementation(function (this: unknown, ...args: unknown[]) {
    counter.count++;
    return Reflect.construct(Original, args);
  } as never);
  return counter;
}

describe('warmUpIntl', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('constructs nothing at once, then the relative, list, unit and date formatters of the language in a later task', () => {
    const expectedList = new Intl.ListFormat('uk', {type: 'conjunction', style: 'long'}).format(['а', 'б']);
    vi.useFakeTimers();
    const relative = countConstructions('RelativeTimeFormat');
    const list = countConstructions('ListFormat');
    const number = countConstructions('NumberFormat');
    const dates = countConstructions('DateTimeFormat');
    warmUpIntl('uk');
    expect([relative.count, list.count, number.count, dates.count]).toEqual([0, 0, 0, 0]);
    vi.runAllTimers();
    expect([relative.count, list.count]).toEqual([1, 2]);
    // Years, days, months; the ticks' years and months with their parents.
    expect(number.count).toBeGreaterThanOrEqual(1);
    expect(dates.count).toBeGreaterThanOrEqual(3);
    // What the timeline formats afterwards reuses them.
    expect(relativeLabel(0, 14 * 86_400_000, 'uk')).toBe('через 2 тижні');
    expect(formatList(['а', 'б'], 'uk')).toBe(expectedList);
    expect([relative.count, list.count]).toEqual([1, 2]);
  });

  it("makes what a story's first drawing formats: short dates and ranges of labels, durations of arcs, counts", () => {
    vi.useFakeTimers();
    warmUpIntl('sv');
    vi.runAllTimers();
    const number = countConstructions('NumberFormat');
    const dates = countConstructions('DateTimeFormat');
    const rules = countConstructions('PluralRules' as 'NumberFormat');
    const texts = ['1997-05-27', '2011-05-29/2011-06-03', '2017-08/2017-11', '2015-09', '2016-21'].map((text) => {
      const parsed = parseEdtf(text);
      if (!parsed.ok) throw new Error(text);
      return formatEdtf(parsed.date, 'sv', 'short');
    });
    const durations = [2, 30, 200, 3000].map((days) => durationLabel(0, days * 86_400_000, 'sv'));
    countText(12, 'sv');
    expect(texts.every((text) => text.length > 0) && durations.every((text) => text.length > 0)).toBe(true);
    expect([number.count, dates.count, rules.count]).toEqual([0, 0, 0]);
  });

  it('schedules once per language', () => {
    vi.useFakeTimers();
    warmUpIntl('pl');
    warmUpIntl('pl');
    expect(vi.getTimerCount()).toBe(1);
    warmUpIntl('cs');
    expect(vi.getTimerCount()).toBe(2);
    vi.runAllTimers();
    warmUpIntl('pl');
    expect(vi.getTimerCount()).toBe(0);
  });
});
