// Memoised Intl formatters keyed by (language, options).
// Constructing an Intl object costs far more than using one, and a timeline formats
// hundreds of labels per render, so every formatter of the library comes from here.
// Language tags that Intl rejects fall back to English instead of throwing, because
// `lang` comes from page authors and a typo must not break the element.

const cache = new Map<string, unknown>();

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
  try {
    // Authors sometimes write POSIX-style `zh_CN`; accept it rather than fall back.
    return Intl.getCanonicalLocales(lang.trim().replace(/_/g, '-'))[0] ?? 'en';
  } catch {
    return 'en';
  }
}

function memo<T>(kind: string, lang: string, opts: object | undefined, make: (locales: string[]) => T): T {
  const key = `${kind}|${lang}|${opts ? JSON.stringify(opts) : ''}`;
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make(localeList(lang));
    cache.set(key, value);
  }
  return value;
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
