// Messages that teach: each issue of parseTimeline gets how to fix it, with the fix itself when it
// can be guessed — the EDTF for a date written another way ("10/09/2002", "circa 1996",
// "3 February 2026", "Q3 2026", a space for the "T"), the field to write for one of another format
// (`end`, `start_date`, `image`), the key or id nearest to a misspelt one. Pure (Intl only, for
// month names in the story's language); the element loads it only when a document has problems.
import {parseEdtf} from './edtf.js';
import {ID_PATTERN} from './id-pattern.js';
import {nearest} from './nearest.js';
import type {TimelineIssue} from './types.js';

/** An issue that says how to fix it; `fix` is the value to write, when one can be guessed. */
export interface TaughtIssue extends TimelineIssue {
  fix?: string;
}

const KEYS: Record<string, string[]> = {
  root: ['$schema', 'version', 'lang', 'title', 'now', 'anchor', 'categories', 'events', 'links', 'eras'],
  event: ['id', 'date', 'title', 'summary', 'category', 'place', 'status', 'source', 'media', 'quotes'],
  quote: ['text', 'speaker', 'role', 'date', 'lang', 'url', 'source', 'media'],
  link: ['from', 'to', 'kind', 'label'],
  era: ['title', 'date'],
  source: ['name', 'url'],
  category: ['label', 'color'],
};

// Fields of other formats (TimelineJS3, schema.org, vis-timeline, spreadsheets), and what to write instead.
const INTERVAL = 'an interval is one "date": "start/end", like "2026-01-03/2026-01-10"';
const OTHER_FORMATS: Record<string, string> = {
  end: INTERVAL,
  end_date: INTERVAL,
  enddate: INTERVAL,
  end_time: INTERVAL,
  until: INTERVAL,
  to: INTERVAL,
  start: 'write the date in "date"',
  start_date: 'write the date in "date" (an interval: "start/end")',
  startdate: 'write the date in "date" (an interval: "start/end")',
  datetime: 'write it in "date"',
  when: 'write it in "date"',
  time: 'write it in "date", as 2026-02-03T14:00',
  year: 'write it in "date", as EDTF (2026, 2026-02, 2026-02-03)',
  headline: 'write it as "title"',
  name: 'write it as "title"',
  text: 'write it as "summary"',
  description: 'write it as "summary"',
  body: 'write it as "summary"',
  content: 'write it as "summary"',
  group: 'write it as "category" (a key of "categories")',
  tags: 'write one key as "category"',
  type: 'write it as "category" (a key of "categories")',
  location: 'write it as "place"',
  url: 'write the page in "source": {"name", "url"}',
  link: 'write the page in "source": {"name", "url"}',
  image: 'a picture is "media": {"url", "alt"} (docs/media.md)',
  picture: 'a picture is "media": {"url", "alt"}',
  photo: 'a picture is "media": {"url", "alt"}',
  video: 'a video is "media": {"url", "alt"}',
  thumbnail: 'write it in "media": {"url", "alt", "thumbnail"}',
  caption: 'write it in "media": {"url", "alt", "caption"}',
  unique_id: 'write it as "id"',
  uid: 'write it as "id"',
  credit: 'write it as "source": {"name"}',
};

const ORDINALS: Record<string, number> = {first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4};
const SEASONS: Record<string, number> = {spring: 21, summer: 22, autumn: 23, fall: 23, winter: 24};

const pad = (n: number | string, width = 2) => String(n).padStart(width, '0');
const valid = (text: string) => parseEdtf(text).ok;

/** `text` as words: lower case, dots and commas out, one space between. */
const words = (text: string) => text.toLowerCase().replace(/[.,]/g, ' ').replace(/\s+/g, ' ').trim();

/** Month names (long and short, as said and as written in a date) in `lang` and English, each → 1–12. */
function monthNames(lang: string | undefined): Map<string, number> {
  const names = new Map<string, number>();
  for (const locale of new Set([lang ?? 'en', 'en'])) {
    for (let month = 1; month <= 12; month++) {
      const date = new Date(Date.UTC(2026, month - 1, 15));
      for (const options of [
        {month: 'long'},
        {month: 'short'},
        {day: 'numeric', month: 'long'},
        {day: 'numeric', month: 'short'},
      ] as const) {
        try {
          for (const part of new Intl.DateTimeFormat(locale, {...options, timeZone: 'UTC'}).formatToParts(date)) {
            if (part.type === 'month') names.set(words(part.value), month);
          }
        } catch {
          // A language tag Intl does not know: English only.
        }
      }
    }
  }
  return names;
}

/** What a date written another way should be written as: the EDTF (`fix`), or why it cannot be guessed. */
export function guessDate(input: string, lang?: string): {fix?: string; why?: string} | undefined {
  const text = input.trim();
  // A space instead of the "T" between date and time.
  let m = /^(\d{4}-\d\d-\d\d)[ _](\d\d:\d\d.*)$/.exec(text);
  if (m && valid(`${m[1]}T${m[2]}`)) return {fix: `${m[1]}T${m[2]}`, why: 'a time follows the date after a "T", not a space'};
  // "circa 1996", "c. 1996", "ca. 1996", "about 1996".
  m = /^(?:circa|c\.|ca\.?|approx\.?|approximately|about|around|~)\s*(.+)$/i.exec(text);
  if (m) {
    const inner = valid(m[1]!) ? m[1]! : guessDate(m[1]!, lang)?.fix;
    if (inner && !inner.includes('/') && !inner.includes('T'))
      return {fix: `${inner}~`, why: 'EDTF marks an approximate date with "~" after it'};
  }
  // "1990s" → the decade.
  m = /^(\d{3})0'?s$/.exec(text);
  if (m) return {fix: `${m[1]}X`, why: 'a decade is written with its last digit unspecified'};
  // "44 BC", "44 BCE" → astronomical years.
  m = /^(\d{1,4})\s*(?:BC|BCE|B\.C\.)$/i.exec(text);
  if (m) return {fix: `-${pad(Number(m[1]) - 1, 4)}`, why: 'EDTF counts years astronomically: 1 BC is 0000, 44 BC is -0043'};
  // "?2004?" → one qualifier.
  m = /^([?~%])(\d{4}(?:-\d\d){0,2})\1$/.exec(text);
  if (m) return {fix: `${m[2]}${m[1]}`, why: 'the qualifier stands once, after the date'};
  // Day, month and year with slashes or dots.
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (m) {
    const [a, b, year] = [Number(m[1]), Number(m[2]), m[3]!];
    const dm = `${year}-${pad(b)}-${pad(a)}`;
    const md = `${year}-${pad(a)}-${pad(b)}`;
    if (a > 12 && valid(dm)) return {fix: dm, why: 'EDTF writes year-month-day'};
    if (b > 12 && valid(md)) return {fix: md, why: 'EDTF writes year-month-day'};
    if (a === b && valid(dm)) return {fix: dm, why: 'EDTF writes year-month-day'};
    const name = (iso: string) =>
      new Intl.DateTimeFormat('en-GB', {day: 'numeric', month: 'long', timeZone: 'UTC'}).format(new Date(`${iso}T12:00Z`));
    if (valid(dm) && valid(md))
      return {
        why: `it is ambiguous: day/month (as in most of the world) makes it ${name(dm)}, "${dm}"; month/day (as in the US) makes it ${name(md)}, "${md}". Write the one you mean as year-month-day`,
      };
  }
  // Year first with slashes or dots: 2002/09/10.
  m = /^(\d{4})[/.](\d{1,2})(?:[/.](\d{1,2}))?$/.exec(text);
  if (m) {
    const fix = `${m[1]}-${pad(m[2]!)}${m[3] ? `-${pad(m[3])}` : ''}`;
    if (valid(fix)) return {fix, why: 'EDTF separates the parts with "-"'};
  }
  // Chinese and Japanese: 2026年2月3日.
  m = /^(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?$/.exec(text);
  if (m) {
    const fix = `${m[1]}${m[2] ? `-${pad(m[2])}` : ''}${m[3] ? `-${pad(m[3])}` : ''}`;
    if (valid(fix)) return {fix, why: 'EDTF writes year-month-day in digits'};
  }
  const said = words(text)
    .replace(/(^|\s)(?:года|г|of|de|du)(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // "Q3 2026", "2026 Q3", "third quarter of 2026".
  let quarter: [number | undefined, string] | undefined;
  if ((m = /^q([1-4]) (\d{4})$/.exec(said))) quarter = [Number(m[1]), m[2]!];
  else if ((m = /^(\d{4}) q([1-4])$/.exec(said))) quarter = [Number(m[2]), m[1]!];
  else if ((m = /^(first|second|third|fourth|1st|2nd|3rd|4th) quarter (\d{4})$/.exec(said))) quarter = [ORDINALS[m[1]!], m[2]!];
  if (quarter?.[0]) return {fix: `${quarter[1]}-${32 + quarter[0]}`, why: 'EDTF writes quarters as 33–36 in the place of the month'};
  // "first half of 2026", "H2 2026".
  m = /^(first|second|1st|2nd) half (\d{4})$/.exec(said) ?? /^h([12]) (\d{4})$/.exec(said);
  if (m)
    return {fix: `${m[2]}-${39 + (ORDINALS[m[1]!] ?? Number(m[1]))}`, why: 'EDTF writes half years as 40 and 41 in the place of the month'};
  // "summer 2026".
  m = /^(spring|summer|autumn|fall|winter) (\d{4})$/.exec(said);
  if (m) return {fix: `${m[2]}-${SEASONS[m[1]!]}`, why: 'EDTF writes seasons as 21–24 in the place of the month'};
  // Month names: "3 February 2026", "February 3, 2026", "Feb 2026", "3 февраля 2026".
  const months = monthNames(lang);
  m = /^(\d{1,2}) (\p{L}+) (\d{4})$/u.exec(said) ?? null;
  let day: string | undefined;
  let month: number | undefined;
  let year: string | undefined;
  if (m) [day, month, year] = [m[1], months.get(m[2]!), m[3]];
  else if ((m = /^(\p{L}+) (\d{1,2}) (\d{4})$/u.exec(said))) [day, month, year] = [m[2], months.get(m[1]!), m[3]];
  else if ((m = /^(\p{L}+) (\d{4})$/u.exec(said))) [month, year] = [months.get(m[1]!), m[2]];
  if (month && year) {
    const fix = `${year}-${pad(month)}${day ? `-${pad(day)}` : ''}`;
    if (valid(fix)) return {fix, why: 'EDTF writes the month as a number, year-month-day'};
  }
  return undefined;
}

/**
 * How to fix a date written `value` that EDTF refused with `message`: the advice, and the EDTF to
 * write when it can be guessed. The readers of other formats (teach-formats.ts) say it their way.
 */
export function dateAdvice(value: string, message: string, lang?: string): {hint: string; fix?: string} | undefined {
  const guess = guessDate(value, lang);
  if (guess?.fix) return {hint: `write "${guess.fix}" (${guess.why})`, fix: guess.fix};
  if (guess?.why) return {hint: guess.why};
  if (/is not a valid EDTF date$/.test(message))
    return {
      hint: 'write year-month-day, as "2026-02-03", "2026-02" or "2026"; "2026-02-03T14:00" with a time; "2026-01/2026-06" for a span (docs/format.md, Dates)',
    };
  const swapped = /^(-?\d{4})-(\d\d)-(\d\d)$/.exec(value);
  if (/has month/.test(message) && swapped && valid(`${swapped[1]}-${swapped[3]}-${swapped[2]}`)) {
    const fix = `${swapped[1]}-${swapped[3]}-${swapped[2]}`;
    return {hint: `write "${fix}" (EDTF writes year-month-day: the month comes before the day)`, fix};
  }
  if (/has month/.test(message))
    return {hint: `write the month you mean, or the year alone ("${value.slice(0, value.indexOf('-', 1))}") when it is not known`};
  if (/has day/.test(message)) return {hint: 'write the day that month has, or leave the day out ("2026-02")'};
  if (/end is before its start/.test(message)) {
    const reversed = /^[^/]+\/[^/]+$/.test(value) ? value.split('/').reverse().join('/') : undefined;
    return {hint: `write the earlier date first${reversed ? `: "${reversed}"` : ''}`, fix: reversed};
  }
  return undefined;
}

/** The value at a JSON path (`events[3].date`) of a document, or undefined. */
function at(document: unknown, path: string): unknown {
  let value = document;
  for (const [, key, index, quoted] of path.matchAll(/\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)) {
    if (value === null || typeof value !== 'object') return undefined;
    const name = key ?? (index !== undefined ? Number(index) : (JSON.parse(quoted!) as string));
    value = (value as Record<string | number, unknown>)[name];
  }
  return value;
}

/** Which object a path's last property belongs to: the keys known there. */
function knownKeys(parent: string): string[] {
  if (!parent) return KEYS.root!;
  if (/^events\[\d+\]$/.test(parent)) return KEYS.event!;
  if (/\.quotes\[\d+\]$/.test(parent)) return KEYS.quote!;
  if (/^links\[\d+\]$/.test(parent)) return KEYS.link!;
  if (/^eras\[\d+\]$/.test(parent)) return KEYS.era!;
  if (/\.source$/.test(parent)) return KEYS.source!;
  if (/^categories/.test(parent)) return KEYS.category!;
  return [];
}

/**
 * The issues with how to fix each added to its message (and `fix`, the value to write, when
 * guessed). `document` is the document the issues are of; `lang` the story's language, for month names.
 */
export function teach(issues: readonly TimelineIssue[], document: unknown, lang?: string): TaughtIssue[] {
  const root = document !== null && typeof document === 'object' ? (document as Record<string, unknown>) : {};
  const storyLang = lang ?? (typeof root.lang === 'string' ? root.lang : undefined);
  const events = Array.isArray(root.events) ? root.events : [];
  const ids = events.flatMap((event) =>
    typeof (event as {id?: unknown})?.id === 'string' && ID_PATTERN.test((event as {id: string}).id) ? [(event as {id: string}).id] : [],
  );
  const declared = root.categories && typeof root.categories === 'object' ? Object.keys(root.categories) : [];
  return issues.map((issue) => {
    const {path, message} = issue;
    const value = at(document, path);
    const add = (hint: string, fix?: string): TaughtIssue => ({
      ...issue,
      message: `${message}: ${hint}`,
      ...(fix === undefined ? {} : {fix}),
    });
    // Dates.
    if (/(^|\.)(date|now)$/.test(path) && typeof value === 'string' && !message.includes('left out')) {
      const advice = dateAdvice(value, message, storyLang);
      return advice ? add(advice.hint, advice.fix) : issue;
    }
    // A property the format does not know.
    if (message.startsWith('is not a property of the format')) {
      const key = /(?:^|\.)([^.[\]]+)$|\["((?:[^"\\]|\\.)*)"\]$/.exec(path);
      const name = key?.[1] ?? (key?.[2] !== undefined ? (JSON.parse(`"${key[2]}"`) as string) : '');
      const parent = path.slice(0, path.length - (key?.[0].length ?? 0));
      const other = OTHER_FORMATS[name.toLowerCase().replace(/[\s-]/g, '_')] ?? OTHER_FORMATS[name.toLowerCase()];
      if (other) return add(other);
      const near = nearest(name, knownKeys(parent));
      if (near) return add(`did you mean "${near}"?`, near);
      const known = knownKeys(parent);
      return known.length ? add(`the fields here are ${known.map((k) => `"${k}"`).join(', ')}`) : issue;
    }
    // An undeclared category.
    if (/\.category$/.test(path) && message.includes('is not a key of "categories"') && typeof value === 'string') {
      const near = nearest(value, declared);
      if (near && near !== value && !message.includes('read as')) return add(`did you mean "${near}"?`, near);
      if (!message.includes('read as')) return add(`the declared keys are ${declared.map((k) => `"${k}"`).join(', ')}`);
      return add(`write "${near}"`, near);
    }
    // A link end or the anchor that names no event: an event left out for its own problem, or a misspelt id.
    if (/(\.from|\.to|^anchor)$/.test(path) && message.endsWith('is not the id of any event') && typeof value === 'string') {
      const index = events.findIndex((event) => (event as {id?: unknown})?.id === value);
      const cause =
        index < 0
          ? undefined
          : issues.find(
              (other) => other.severity === 'error' && (other.path === `events[${index}]` || other.path.startsWith(`events[${index}].`)),
            );
      if (cause)
        return {
          ...issue,
          message: `${JSON.stringify(value.slice(0, 70))} is the id of events[${index}], left out for its own problem (${cause.path}: ${teach([cause], document, lang)[0]!.message}): fix that one and this is read`,
        };
      const near = nearest(value, ids);
      return near
        ? add(`did you mean "${near}"?`, near)
        : add(
            `write the "id" of one of the events${
              ids.length
                ? ` (${ids
                    .slice(0, 5)
                    .map((id) => `"${id}"`)
                    .join(', ')}${ids.length > 5 ? '…' : ''})`
                : ''
            }`,
          );
    }
    if (/is not a valid id/.test(message) && typeof value === 'string') {
      const fix = value
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^A-Za-z0-9_-]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 64);
      return fix ? add(`write "${fix}"`, fix) : add('write a short name of letters, digits, "_" and "-", like "summit-2026"');
    }
    if (/\.status$/.test(path) && typeof value === 'string') {
      const near = nearest(value, ['happened', 'planned', 'expected', 'cancelled', 'canceled']);
      if (near) return add(`did you mean "${near === 'canceled' ? 'cancelled' : near}"?`, near === 'canceled' ? 'cancelled' : near);
      return add('leave it out, and it is "happened" up to "now" and "expected" after');
    }
    if (/is not an absolute http:, https: or mailto: URL/.test(message) && typeof value === 'string') {
      if (/^(www\.|[\w-]+\.[a-z]{2,}(\/|$))/i.test(value.trim())) return add(`write "https://${value.trim()}"`, `https://${value.trim()}`);
      return add('write the whole address, beginning with https://');
    }
    if (/is not a language tag/.test(message)) return add('write a BCP 47 tag: "en", "ru", "zh-Hans", "ar"');
    if (/is not a CSS colour/.test(message)) return add('write "#b03a2e", "rgb(176 58 46)" or a colour name such as "teal"');
    if (message === 'is required' && /\.(date|title|id)$/.test(path)) {
      const field = path.split('.').pop();
      return add(
        field === 'date'
          ? 'write when it happened, as "2026-02-03" (or "2026", "2026-02")'
          : field === 'title'
            ? 'write what happened, in a line'
            : 'write a short name of letters, digits, "_" and "-", unique in the story',
      );
    }
    return issue;
  });
}
