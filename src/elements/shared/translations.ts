// The built-in translations (Russian, Chinese, Arabic, Hebrew), each a part of its own: an element
// whose language has one loads it the first time it needs it, unless the page has registered that
// language itself (dist/locales/ru.js, an npm import, registerStrings). English is built in.
import {keyOf, registry} from '../../i18n/string-registry.js';
import {lazyPart, type LazyPart} from './lazy-part.js';

const parts: Record<string, LazyPart<unknown>> = {
  ru: lazyPart('Russian strings', () => import('../../locales/ru.js')),
  zh: lazyPart('Chinese strings', () => import('../../locales/zh.js')),
  ar: lazyPart('Arabic strings', () => import('../../locales/ar.js')),
  he: lazyPart('Hebrew strings', () => import('../../locales/he.js')),
};

/** The part that holds the strings of `lang`, while the page has neither it nor a table of its own for that language. */
export function translationFor(lang: string): LazyPart<unknown> | undefined {
  const base = keyOf(lang).split('-')[0];
  const part = Object.hasOwn(parts, base) ? parts[base] : undefined;
  return part && part.value === undefined && !registry.tables.has(base) ? part : undefined;
}
