import {describe, expect, it} from 'vitest';
// Russian is a translation file: importing it adds the table.
import '../../../src/locales/ru.js';
// Chinese is an opt-in table: importing its module adds it.
import '../../../src/locales/zh.js';
import {canonicalLang, dateTimeFormat, listFormat, numberFormat, pluralRules, relativeTimeFormat} from '../../../src/i18n/intl-cache.js';

describe('the Intl cache', () => {
  it('hands back the same formatter for the same language and options', () => {
    const a = dateTimeFormat('ru', {year: 'numeric', timeZone: 'UTC'});
    const b = dateTimeFormat('ru', {year: 'numeric', timeZone: 'UTC'});
    expect(a).toBe(b);
  });

  it('finds the formatter of frozen options by identity: the same one as for equal options written anew', () => {
    const frozen = Object.freeze({month: 'short', year: 'numeric', timeZone: 'UTC'} as const);
    const first = dateTimeFormat('en', frozen);
    expect(dateTimeFormat('en', frozen)).toBe(first);
    expect(dateTimeFormat('en', {month: 'short', year: 'numeric', timeZone: 'UTC'})).toBe(first);
    expect(dateTimeFormat('ru', frozen)).not.toBe(first);
    expect(dateTimeFormat('ru', frozen).format(Date.UTC(2026, 6, 1))).toBe(
      dateTimeFormat('ru', {month: 'short', year: 'numeric', timeZone: 'UTC'}).format(Date.UTC(2026, 6, 1)),
    );
  });

  it('builds a different formatter when the language or the options differ', () => {
    const base = numberFormat('en');
    expect(numberFormat('ru')).not.toBe(base);
    expect(numberFormat('en', {useGrouping: false})).not.toBe(base);
  });

  it('builds formatters for the requested language', () => {
    expect(numberFormat('ru').format(100000)).toBe('100\u00a0000');
    expect(relativeTimeFormat('zh', {numeric: 'auto'}).format(0, 'day')).toBe('今天');
    expect(pluralRules('ru').select(22)).toBe('few');
    expect(listFormat('en', {type: 'conjunction'}).format(['a', 'b', 'c'])).toBe('a, b, and c');
  });

  it.each(['!!', '', 'en_', 'a-b-c-d-e-f-g-h'])('falls back to English for the invalid tag %j instead of throwing', (tag) => {
    expect(() => dateTimeFormat(tag, {month: 'long', timeZone: 'UTC'})).not.toThrow();
    expect(dateTimeFormat(tag, {month: 'long', timeZone: 'UTC'}).format(Date.UTC(2026, 6, 1))).toBe('July');
    expect(canonicalLang(tag)).toBe('en');
  });

  it('uses English, not the host language, for a well-formed tag it has no data for', () => {
    expect(dateTimeFormat('xx', {month: 'long', timeZone: 'UTC'}).format(Date.UTC(2026, 6, 1))).toBe('July');
  });

  it('canonicalises tags, accepting underscores and old codes', () => {
    expect(canonicalLang('zh_hant_tw')).toBe('zh-Hant-TW');
    expect(canonicalLang('EN-gb')).toBe('en-GB');
    expect(canonicalLang('iw')).toBe('he');
  });
});
