import {describe, expect, it} from 'vitest';
// Russian is a translation file: importing it adds the table.
import '../../../src/locales/ru.js';
// Chinese is an opt-in table: importing its module adds it.
import '../../../src/locales/zh.js';
// Arabic and Hebrew are opt-in tables: a page adds them by importing their module.
import '../../../src/locales/ar.js';
import '../../../src/locales/he.js';
import {isRtl, loadedStrings, registerStrings} from '../../../src/i18n/strings.js';
import type {TimelineStrings} from '../../../src/i18n/strings.js';
import {
  anniversaryLabel,
  clusterLabel,
  countText,
  describeTimeline,
  formatBytes,
  linkKindLabel,
  moreIssuesLabel,
} from '../../../src/i18n/phrases.js';
import {en as firstFrameEn} from '../../../src/i18n/locales/en.js';
import {stringsFor} from '../../../src/i18n/complete-strings.js';
import {EN_DOWNLOAD} from '../../../src/i18n/locales/en-download.js';
import {EN_LIVE} from '../../../src/i18n/locales/en-live.js';
import {EN_QUOTE_CARD} from '../../../src/i18n/locales/en-quote-card.js';
import {EN_READING} from '../../../src/i18n/locales/en-reading.js';
import {PART_STRING_KEYS, withEnglish} from '../../../src/i18n/strings.js';

// English as a whole: the first frame's table and the parts' own (each part brings its English).
const en: TimelineStrings = {...firstFrameEn, ...EN_QUOTE_CARD, ...EN_READING, ...EN_DOWNLOAD, ...EN_LIVE};
const plainKeys = (Object.keys(en) as (keyof TimelineStrings)[]).filter((k) => typeof en[k] === 'string');

describe('string tables', () => {
  it.each(['ru', 'zh', 'ar', 'he'])('translate every plain UI string into %s', (lang) => {
    const table = stringsFor(lang);
    const untranslated = plainKeys.filter((k) => table[k] === en[k]);
    expect(untranslated).toEqual([]);
  });

  it.each(['ru', 'zh', 'ar', 'he'])('name every status and link kind in %s', (lang) => {
    const table = stringsFor(lang);
    for (const key of Object.keys(en.status) as (keyof typeof en.status)[]) {
      expect(table.status[key]).not.toBe(en.status[key]);
    }
    for (const key of Object.keys(en.linkKind) as (keyof typeof en.linkKind)[]) {
      expect(table.linkKind[key]).not.toBe(en.linkKind[key]);
    }
  });

  it('use idiomatic Russian control labels', () => {
    const ru = stringsFor('ru');
    expect([ru.zoomIn, ru.zoomOut, ru.fit, ru.showList]).toEqual(['Увеличить', 'Уменьшить', 'Показать всё', 'Показать списком']);
  });

  it('fill parameters in', () => {
    expect(stringsFor('en').selected('Treaty signed')).toBe('Selected: Treaty signed');
    expect(stringsFor('ru').errorHttp('404')).toBe('Не удалось загрузить данные (HTTP 404).');
    expect(stringsFor('zh').errorTooLarge(formatBytes(5_000_000, 'zh'))).toBe('文件过大（超过 5 MB）。');
  });
});

describe("the parts' strings", () => {
  it('are the keys of the English tables that come with the parts, and no others', () => {
    const partKeys = Object.keys({...EN_QUOTE_CARD, ...EN_READING, ...EN_DOWNLOAD, ...EN_LIVE}).sort();
    expect(partKeys).toEqual([...PART_STRING_KEYS].sort());
    expect(PART_STRING_KEYS.filter((key) => key in firstFrameEn)).toEqual([]);
  });

  it('are left out of the tables the first frame resolves, and given in English by stringsFor', () => {
    expect(loadedStrings('en').share).toBeUndefined();
    expect(loadedStrings('en').showNew).toBeUndefined();
    expect(stringsFor('en').share).toBe('Share');
    expect(stringsFor('en').showMore(countText(25, 'en'))).toBe('Show 25 more');
    expect(stringsFor('xx').imageKinds.print).toBe('Print (A4)');
  });

  it("come in the language's words where it has them, and in English under them", () => {
    expect(withEnglish(loadedStrings('ru'), EN_QUOTE_CARD).share).toBe(stringsFor('ru').share);
    expect(withEnglish(loadedStrings('ru'), EN_QUOTE_CARD).share).not.toBe('Share');
    expect(withEnglish(loadedStrings('de'), EN_READING).close).toBe('Close');
    registerStrings('en-x-parts', {copied: 'Copied!'});
    const table = withEnglish(loadedStrings('en-x-parts'), EN_QUOTE_CARD);
    expect([table.copied, table.copyLink]).toEqual(['Copied!', 'Copy link']);
  });
});

describe('registering strings', () => {
  it('overrides status and link names one by one, both ways round, and keeps the rest', () => {
    registerStrings('x-merge', {linkKind: {precedes: 'Comes before'}, linkKindInverse: {precedes: 'Comes after'}});
    registerStrings('x-merge', {linkKindInverse: {mentions: 'Named in'}, status: {planned: 'Foreseen'}});
    const table = stringsFor('x-merge');
    expect(table.linkKind.precedes).toBe('Comes before');
    expect(table.linkKindInverse.precedes).toBe('Comes after');
    expect(table.linkKindInverse.mentions).toBe('Named in');
    expect(table.linkKindInverse.anniversary).toBe(en.linkKindInverse.anniversary);
    expect(table.status.planned).toBe('Foreseen');
    expect(table.status.happened).toBe(en.status.happened);
  });
});

describe('text direction', () => {
  it.each(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ku-Arab', 'ar-EG', 'iw', 'ckb', 'syr'])('is right to left for %s', (lang) => {
    expect(isRtl(lang)).toBe(true);
  });

  it.each(['en', 'ru', 'zh-Hant-TW', 'ku', 'az-Latn', 'xx', '', '!!'])('is left to right for %j', (lang) => {
    expect(isRtl(lang)).toBe(false);
  });
});

describe('counted phrases', () => {
  it('carry the formatted number and its plural category', () => {
    expect(countText(100000, 'ru')).toEqual({text: '100\u00a0000', plural: 'many'});
    expect(countText(22, 'ru')).toEqual({text: '22', plural: 'few'});
  });

  it('agree with the number in English', () => {
    expect(clusterLabel(1, 'en')).toBe('1 more event');
    expect(clusterLabel(5, 'en')).toBe('5 more events');
    expect(moreIssuesLabel(1, 'en')).toBe('and 1 more issue');
    expect(moreIssuesLabel(3, 'en')).toBe('and 3 more issues');
  });

  it('take the right Russian case after each number', () => {
    expect(clusterLabel(1, 'ru')).toBe('ещё 1 событие');
    expect(clusterLabel(2, 'ru')).toBe('ещё 2 события');
    expect(clusterLabel(5, 'ru')).toBe('ещё 5 событий');
    expect(clusterLabel(21, 'ru')).toBe('ещё 21 событие');
    expect(moreIssuesLabel(3, 'ru')).toBe('и ещё 3 проблемы');
  });

  it('use Arabic dual and plural forms', () => {
    expect(clusterLabel(2, 'ar')).toBe('حدثان آخران');
    expect(clusterLabel(5, 'ar')).toBe('5 أحداث أخرى');
    expect(clusterLabel(12, 'ar')).toBe('12 حدثًا آخر');
  });

  it('describe the timeline with its first and last dates', () => {
    expect(describeTimeline(12, '2001', 'July 2026', 'en')).toBe('12 events from 2001 to July 2026');
    expect(describeTimeline(12, '2001', 'июль 2026 г.', 'ru')).toBe('12 событий: 2001 – июль 2026 г.');
    expect(describeTimeline(12, '2001年', '2026年7月', 'zh')).toBe('2001年至2026年7月，共12个事件');
    expect(describeTimeline(1200, 'a', 'a', 'en')).toBe('1,200 events, a');
  });
});

describe('ordinals and anniversaries', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [101, '101st'],
    [111, '111th'],
  ])('English writes %i as %s', (n, text) => {
    expect(stringsFor('en').ordinal(n)).toBe(text);
  });

  it('names the 25th anniversary in each language', () => {
    expect(anniversaryLabel(25, 'the treaty', 'en')).toBe('25th anniversary of the treaty');
    expect(anniversaryLabel(25, 'Договор', 'ru')).toBe('25-я годовщина: Договор');
    expect(anniversaryLabel(25, '条约', 'zh')).toBe('“条约”第25周年');
    expect(anniversaryLabel(25, 'X', 'he')).toBe('יום השנה ה־25: X');
  });
});

describe('link kind names', () => {
  it('translate known kinds and show other kinds as written', () => {
    expect(linkKindLabel('deadline', 'ru')).toBe('Крайний срок');
    expect(linkKindLabel('rematch', 'ru')).toBe('rematch');
    expect(linkKindLabel('toString', 'en')).toBe('toString');
  });
});
