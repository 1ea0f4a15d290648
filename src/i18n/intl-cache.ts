// Memoised Intl formatters keyed by (language, options).
// Constructing an Intl object costs far more than using one, and a timeline formats
// hundreds of labels per render, so every formatter of the library comes from here.
// Language tags that Intl rejects fall back to English instead of throwing, because
// `lang` comes from page authors and a typo must not break the element; and every call
// through these formatters is guarded, since a valid tag may still fail on a valid date.
// Callers' options are frozen constants: a formatter is found by the identity of its options
// object and its language, without building a key string (a first frame asks hundreds of times).

const cache = new Map<string, unknown>();
/** Formatters by kind, then the identity of a frozen options object, then language. */
const byOptions: Record<string, WeakMap<object, Map<string, unknown>>> = {};
const NO_OPTIONS = Object.freeze({});
const canonical = new Map<string, string>();

/**
 * The locale list to hand to Intl for a tag: the canonical tag, then English.
 * English is listed explicitly so that an unknown but well-formed tag (`xx`) gives
 * English like the string tables do, rather than the host's default locale.
 */
export function localeList(lang: string): string[] {
  const tag = canonicalLang(lang);
  return tag === 'en' ? ['en'] : [tag, 'en'];
}

/** The canonical form of a BCP 47 tag (`EN-gb` → `en-GB`, `iw` → `he`), or `en` if it is not one. */
export function canonicalLang(lang: string): string {
  // Asked for every string table and formatter looked up: answered once per tag.
  let tag = canonical.get(lang);
  if (tag === undefined) {
    try {
      // Authors sometimes write POSIX-style `zh_CN`; accept it rather than fall back.
      tag = Intl.getCanonicalLocales(lang.trim().replace(/_/g, '-'))[0] ?? 'en';
    } catch {
      tag = 'en';
    }
    canonical.set(lang, tag);
  }
  return tag;
}

/** The language in the Gregorian calendar, without its tag's other extensions: `zh-u-ca-chinese` → `zh-u-ca-gregory`. */
export function gregorian(lang: string): string {
  return `${canonicalLang(lang).replace(/-\w-.*/, '')}-u-ca-gregory`;
}

function memo<T extends object>(kind: string, lang: string, opts: object | undefined, make: (locales: string[]) => T): T {
  // Frozen options (the callers' constants) are found by identity; others (equal options written
  // anew) by their text, which a frozen object's first lookup also goes through.
  const frozen = opts === undefined ? NO_OPTIONS : Object.isFrozen(opts) ? opts : undefined;
  const store = (byOptions[kind] ??= new WeakMap());
  let mine = frozen && store.get(frozen);
  if (frozen && !mine) store.set(frozen, (mine = new Map()));
  let value = mine?.get(lang) as T | undefined;
  if (value !== undefined) return value;
  const key = `${kind}|${lang}|${opts ? JSON.stringify(opts) : ''}`;
  value = cache.get(key) as T | undefined;
  if (value === undefined) {
    // The same language in the Gregorian calendar answers when the language's own calendar cannot.
    const backup = gregorian(lang);
    value = guarded(() => make(localeList(lang)), canonicalLang(lang) === backup ? undefined : () => memo(kind, backup, opts, make));
    cache.set(key, value);
  }
  mine?.set(lang, value);
  return value;
}

/**
 * A formatter whose `format`, `formatRange` and `select` never throw and never give '': Intl may
 * refuse a value (a calendar at the edge of time) and the page must still draw. On failure (of the
 * call, or of making the formatter) the `backup` formatter answers; without one, '' (or "other").
 */
type Methods = Record<string, (...args: unknown[]) => unknown>;
function guarded<T extends object>(make: () => T, backup?: () => T): T {
  let intl: Methods | undefined;
  const safe: Methods = {};
  for (const name of ['format', 'formatRange', 'select']) {
    safe[name] = (...args) => {
      try {
        const result = (intl ??= make() as unknown as Methods)[name]!(...args);
        if (result !== '') return result;
      } catch {
        // the backup answers
      }
      return backup ? (backup() as unknown as Methods)[name]!(...args) : name === 'select' ? 'other' : '';
    };
  }
  return safe as unknown as T;
}

export function dateTimeFormat(lang: string, opts?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return memo('dtf', lang, opts, (l) => new Intl.DateTimeFormat(l, opts));
}

export function relativeTimeFormat(lang: string, opts?: Intl.RelativeTimeFormatOptions): Intl.RelativeTimeFormat {
  return memo('rtf', lang, opts, (l) => new Intl.RelativeTimeFormat(l, opts));
}

export function numberFormat(lang: string, opts?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return memo('nf', lang, opts, (l) => new Intl.NumberFormat(l, opts));
}

export function pluralRules(lang: string, opts?: Intl.PluralRulesOptions): Intl.PluralRules {
  return memo('pr', lang, opts, (l) => new Intl.PluralRules(l, opts));
}

export function listFormat(lang: string, opts?: Intl.ListFormatOptions): Intl.ListFormat {
  return memo('lf', lang, opts, (l) => new Intl.ListFormat(l, opts));
}
