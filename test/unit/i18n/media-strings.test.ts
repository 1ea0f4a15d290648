// The media part's phrases: every language of the library has them, a regional tag reads its
// language's, an unknown language English, and a page's own (registerStrings' `media`) win.
import {describe, expect, it} from 'vitest';
import {mediaStrings} from '../../../src/i18n/media-strings.js';
import {MEDIA_STRINGS} from '../../../src/i18n/locales/media.js';
import {stringsFor} from '../../../src/i18n/complete-strings.js';

describe('media phrases', () => {
  it('are there in every language of the library, each its own', () => {
    expect(Object.keys(MEDIA_STRINGS).sort()).toEqual(['ar', 'en', 'he', 'ru', 'zh']);
    const plays = Object.values(MEDIA_STRINGS).map((table) => table.play('video', 'YouTube'));
    expect(new Set(plays).size).toBe(5);
    for (const table of Object.values(MEDIA_STRINGS)) {
      expect(table.play('audio')).not.toMatch(/undefined/);
      expect(table.open()).not.toMatch(/undefined/);
      expect(table.open('Vimeo')).toContain('Vimeo');
      expect(table.notice('SoundCloud')).toContain('SoundCloud');
    }
  });

  it('read the language of a regional tag, and English for a language without a table', () => {
    expect(mediaStrings('ru-UA', stringsFor('ru')).open('YouTube')).toBe('Открыть на YouTube');
    expect(mediaStrings('de', stringsFor('de')).open('YouTube')).toBe('Open on YouTube');
  });

  it("let a page's own phrases win", () => {
    const strings = {...stringsFor('de'), media: {open: (provider?: string) => `Auf ${provider} öffnen`}};
    expect(mediaStrings('de', strings).open('YouTube')).toBe('Auf YouTube öffnen');
    expect(mediaStrings('de', strings).notice('YouTube')).toBe('Nothing is loaded from YouTube until you play it.');
  });
});
