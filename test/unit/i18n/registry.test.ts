import {describe, expect, it} from 'vitest';
// Russian is a translation file: importing it adds the table.
import '../../../src/locales/ru.js';
// Chinese is an opt-in table: importing its module adds it.
import '../../../src/locales/zh.js';
// Arabic and Hebrew are opt-in tables: a page adds them by importing their module.
import '../../../src/locales/ar.js';
import '../../../src/locales/he.js';
import {registerStrings} from '../../../src/i18n/strings.js';
import {stringsFor} from '../../../src/i18n/complete-strings.js';
import {en} from '../../../src/i18n/locales/en.js';
import {ru} from '../../../src/i18n/locales/ru.js';
import {zh} from '../../../src/i18n/locales/zh.js';

describe('stringsFor', () => {
  it('finds a language by its exact tag, case-insensitively', () => {
    expect(stringsFor('RU').zoomIn).toBe(ru.zoomIn);
  });

  it('falls back from a regional tag to its base language', () => {
    expect(stringsFor('ru-RU').zoomIn).toBe('Увеличить');
    expect(stringsFor('zh-Hant-TW').zoomIn).toBe(zh.zoomIn);
  });

  it.each(['xx', '', '!!', 'en-US'])('gives English for %j', (lang) => {
    expect(stringsFor(lang).zoomIn).toBe(en.zoomIn);
    expect(stringsFor(lang).status.cancelled).toBe('Cancelled');
  });
});

describe('registerStrings', () => {
  it('adds a language whose missing strings come from English', () => {
    registerStrings('de', {zoomIn: 'Vergrößern', status: {cancelled: 'Abgesagt'}});
    const de = stringsFor('de-AT');
    expect(de.zoomIn).toBe('Vergrößern');
    expect(de.zoomOut).toBe('Zoom out');
    expect(de.status.cancelled).toBe('Abgesagt');
    expect(de.status.planned).toBe('Planned');
  });

  it('overrides one string of a regional variant while the rest comes from the base language', () => {
    registerStrings('ru-UA', {fit: 'Весь период'});
    expect(stringsFor('ru-UA').fit).toBe('Весь период');
    expect(stringsFor('ru-UA').zoomIn).toBe('Увеличить');
    expect(stringsFor('ru').fit).toBe('Показать всё');
  });

  it('lets a later registration win over an earlier one and over the built-in table', () => {
    expect(stringsFor('he').close).toBe('סגירה');
    registerStrings('he', {close: 'סגור'});
    expect(stringsFor('he').close).toBe('סגור');
    registerStrings('HE', {close: 'יציאה'});
    expect(stringsFor('he-IL').close).toBe('יציאה');
    expect(stringsFor('he').zoomIn).toBe('הגדלה');
  });

  it('can replace a grammar function', () => {
    registerStrings('en-GB', {approximate: (text) => `circa ${text}`});
    expect(stringsFor('en-GB').approximate('1066')).toBe('circa 1066');
    expect(stringsFor('en').approximate('1066')).toBe('c. 1066');
  });
});
