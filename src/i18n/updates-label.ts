// What a new version of a story changed, said once (live updates: the live marks part loads it,
// when a second version of a story first arrives).
import {countText} from './phrases.js';
import {loadedStrings, withEnglish} from './strings.js';
import {EN_LIVE} from './locales/en-live.js';

/** What a new version of a story changed, said once: "2 new events, 1 changed". */
export function updatesLabel(
  changes: {added: readonly unknown[]; changed: readonly unknown[]; removed: readonly unknown[]},
  lang: string,
): string {
  const s = withEnglish(loadedStrings(lang), EN_LIVE);
  const count = (items: readonly unknown[]) => (items.length ? countText(items.length, lang) : undefined);
  return s.updates(count(changes.added), count(changes.changed), count(changes.removed));
}
