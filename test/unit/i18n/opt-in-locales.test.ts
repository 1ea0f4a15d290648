import {describe, expect, it} from 'vitest';
import {stringsFor} from '../../../src/i18n/complete-strings.js';

describe('opt-in language tables', () => {
  it('are not in the default registry until their module is imported', async () => {
    expect(stringsFor('ar').zoomIn).toBe('Zoom in');
    expect(stringsFor('he').close).toBe('Close');
    expect(stringsFor('zh').fit).toBe('Show all');
    expect(stringsFor('ru').fit).toBe('Show all');
    await import('../../../src/locales/ru.js');
    expect(stringsFor('ru').fit).toBe('Показать всё');
    await import('../../../src/locales/zh.js');
    expect(stringsFor('zh').fit).toBe('显示全部');
    await import('../../../src/locales/ar.js');
    await import('../../../src/locales/he.js');
    expect(stringsFor('ar').zoomIn).not.toBe('Zoom in');
    expect(stringsFor('he').close).toBe('סגירה');
  });
});
