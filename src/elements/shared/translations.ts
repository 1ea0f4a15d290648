// The built-in translations (Russian, Chinese, Arabic, Hebrew), each a part of its own: an element
// whose language has one loads it the first time it needs it, unless the page has a complete table
// for that language already (dist/locales/ru.js, an npm import). Strings a page registered itself
// keep winning over the built-in table. English is built in.
import {en} from '../../i18n/locales/en.js';
import {keyOf, mergeStrings, registerStrings, registry} from '../../i18n/string-registry.js';
import {PART_STRING_KEYS, type TimelineStrings} from '../../i18n/strings.js';
import {lazyPart, type LazyPart} from './lazy-part.js';

/** Registers a built-in table under what the page registered for that language; true once done. */
function register(lang: string, table: TimelineStrings): true {
  const page = registry.tables.get(lang);
  registerStrings(lang, mergeStrings(table, page));
  return true;
}

// Each chunk holds its table alone (plain data); registering it is done here, so that the
// registry stays in the first frame's file rather than in a chunk of its own.
const parts: Record<string, LazyPart<true>> = {
  ru: lazyPart('Russian strings', () => import('../../i18n/locales/ru.js').then(({ru}) => register('ru', ru))),
  zh: lazyPart('Chinese strings', () => import('../../i18n/locales/zh.js').then(({zh}) => register('zh', zh))),
  ar: lazyPart('Arabic strings', () => import('../../i18n/locales/ar.js').then(({ar}) => register('ar', ar))),
  he: lazyPart('Hebrew strings', () => import('../../i18n/locales/he.js').then(({he}) => register('he', he))),
};

/** The part that holds the strings of `lang`, while the page has no complete table for that language. */
export function translationFor(lang: string): LazyPart<true> | undefined {
  const base = keyOf(lang).split('-')[0];
  const part = Object.hasOwn(parts, base) ? parts[base] : undefined;
  if (!part || part.value !== undefined) return undefined;
  const page = registry.tables.get(base);
  return page && [...Object.keys(en), ...PART_STRING_KEYS].every((key) => key in page) ? undefined : part;
}
