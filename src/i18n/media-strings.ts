// The phrases of the media part (a button that plays a video or a sound, a link out, the notice
// that nothing is loaded before the reader asks), resolved for a language. They travel with the
// media part, not with the first frame: the tables are in locales/media.ts, and a page that adds
// a language gives them as `media` in registerStrings.
import {MEDIA_STRINGS} from './locales/media.js';
import type {LoadedStrings} from './strings.js';

export interface MediaStrings {
  /** The button that loads a video or a sound: "Play the video from YouTube"; no `provider` for a file. */
  play(kind: 'video' | 'audio', provider?: string): string;
  /** The link out: "Open on YouTube"; no `provider` for a file or a page. */
  open(provider?: string): string;
  /** Next to the button: nothing is loaded from the service before the reader asks. */
  notice(provider: string): string;
}

/** The media phrases for `lang` (its table, else its base language's, else English), with a page's own over them. */
export function mediaStrings(lang: string, strings: LoadedStrings): MediaStrings {
  // The language alone decides (`ru-UA` reads `ru`): these phrases have no regional forms.
  const table = MEDIA_STRINGS[lang.toLowerCase().split(/[-_]/)[0]!] ?? MEDIA_STRINGS.en!;
  return {...table, ...strings.media};
}
