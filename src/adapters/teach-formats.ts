// Messages that teach, for the other ways in: the problems a TimelineJS3 document or a light-DOM
// list has are said with how to fix them in that format — a TimelineJS3 slide's `start_date`
// fields, an <li>'s <time datetime> — with the value to write when it can be guessed (teach.ts
// guesses dates written another way). Problems found after the conversion, in event JSON, are
// taught as event JSON's. Pure, like teach.ts; the element loads both as one part, the advice on
// problems, when a story has problems.
import {dateAdvice, guessDate, teach, type TaughtIssue} from '../model/teach.js';

export {guessDate, teach} from '../model/teach.js';
import type {TimelineIssue} from '../model/types.js';

const AFTER = ' (after conversion)';
const FIELDS = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;
const EXAMPLE: Record<string, number> = {year: 2026, month: 2, day: 3, hour: 14, minute: 30, second: 0};
const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const integer = (value: unknown) => (typeof value === 'number' || typeof value === 'string') && /^\s*-?\d+\s*$/.test(String(value));

/** The value at a path of TimelineJS paths (`events[2].start_date`): names and indexes only. */
function at(document: unknown, path: string): unknown {
  let value = document;
  for (const [, key, index] of path.matchAll(/\.?([A-Za-z_$][\w$]*)|\[(\d+)\]/g)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key ?? Number(index)];
  }
  return value;
}

/** An issue with how to fix it added to its message. */
function advised(issue: TimelineIssue, hint: string, fix?: string): TaughtIssue {
  return {...issue, message: `${issue.message}: ${hint}`, ...(fix === undefined ? {} : {fix})};
}

/** The problems found after a conversion, taught as event JSON's (at the converted document's paths, still marked). */
function afterConversion(issue: TimelineIssue, converted: unknown, lang?: string): TaughtIssue {
  const taught = teach([{...issue, path: issue.path.slice(0, -AFTER.length)}], converted, lang)[0]!;
  return {...taught, path: issue.path};
}

/** EDTF as the fields of a TimelineJS date: `1996-09-10` → `{"year": 1996, "month": 9, "day": 10}`; undefined for what it cannot hold. */
function timelineJsFields(edtf: string): Record<string, number> | undefined {
  const m = /^(-?\d{4})(?:-(\d\d))?(?:-(\d\d))?(?:T(\d\d):(\d\d))?$/.exec(edtf.replace(/[~?%]$/, '').replace(/X$/, '0'));
  if (!m || Number(m[2] ?? 1) > 12) return undefined;
  const year = Number(m[1]);
  // EDTF counts years astronomically (0000 is 1 BC); TimelineJS as people do (-1 is 1 BC).
  const fields: Record<string, number> = {year: year <= 0 ? year - 1 : year};
  [m[2], m[3], m[4], m[5]].forEach((part, index) => part !== undefined && (fields[FIELDS[index + 1]!] = Number(part)));
  return fields;
}

const written = (fields: Record<string, number>) =>
  Object.entries(fields)
    .map(([name, value]) => `"${name}": ${value}`)
    .join(', ');

/** How to fix a TimelineJS date object (`start_date`, `end_date`) that could not be read as a date. */
function dateObjectAdvice(date: unknown, message: string, lang?: string): {hint: string; fix?: string} {
  const fields = isObject(date) ? date : {};
  const year = fields.year;
  // A year written as words or another date form: "circa 1996", "10/09/2002", "3 February 2026", "1990s".
  if (typeof year === 'string' && !integer(year)) {
    const guess = guessDate(year, lang);
    if (guess?.fix) {
      const fixed = timelineJsFields(guess.fix);
      const words = `keep the words in "display_date": ${JSON.stringify(year)} (event JSON writes "${guess.fix}")`;
      if (!fixed) {
        // A quarter, a half year or a season: EDTF has them, TimelineJS3's fields have not.
        const start = Number(guess.fix.slice(0, guess.fix.indexOf('-', 1)));
        return {hint: `TimelineJS3 has no quarters, halves or seasons: write "year": ${start <= 0 ? start - 1 : start} and ${words}`};
      }
      const fix = `{${written(fixed)}}`;
      const uncertain = /[~?%X]$/.test(guess.fix) ? `; TimelineJS3 has no mark for an approximate or uncertain date: ${words}` : '';
      return {hint: `write ${fix} (the parts of a date are numbers)${uncertain}`, fix};
    }
    if (guess?.why) return {hint: guess.why.replace(/ as year-month-day$/, ' as the numbers "year", "month" and "day"')};
    return {hint: `write the year as a number, as "year": 2026 (with "month" and "day" when they are known)`};
  }
  // A month written as a name: "February".
  if (typeof fields.month === 'string' && !integer(fields.month)) {
    const month = guessDate(`${fields.month} 2026`, lang)?.fix ?? guessDate(`${fields.month} 2026`)?.fix;
    if (month && /^2026-\d\d$/.test(month)) {
      const fix = String(Number(month.slice(5)));
      return {hint: `write "month": ${fix} (a number from 1 to 12)`, fix};
    }
  }
  const part = /has (day|hour|minute|second) /.exec(message)?.[1];
  if (part === 'day') return {hint: 'write a day that month has, or leave "day" out'};
  if (part) return {hint: `write the ${part} as a number, ${part === 'hour' ? 'from 0 to 23' : 'from 0 to 59'}`};
  return {hint: `write each part as a number: {${written(EXAMPLE)}}, leaving out the parts not known`};
}

/**
 * The issues of reading a TimelineJS3 document `value`, each with how to fix it in TimelineJS3:
 * the converter's (at TimelineJS paths) and, marked "(after conversion)", those of its conversion
 * `converted` (taught as event JSON's). `lang`: the story's language, for month names.
 */
export function teachTimelineJs(issues: readonly TimelineIssue[], value: unknown, converted?: unknown, lang?: string): TaughtIssue[] {
  return issues.map((issue): TaughtIssue => {
    const {path, message} = issue;
    if (path.endsWith(AFTER)) return afterConversion(issue, converted, lang);
    const field = /\.(start_date|end_date)\.(year|month|day|hour|minute|second)$/.exec(path);
    if (field && message.startsWith('must be a number or a string'))
      return advised(issue, `write a number, as "${field[2]}": ${EXAMPLE[field[2]!]}`);
    if (field?.[2] === 'year' && message === 'is required')
      return advised(
        issue,
        `write when it happened, as "${field[1]}": {"year": 2026, "month": 2, "day": 3} ("month" and "day" when known)`,
      );
    if (field?.[2] === 'month') {
      const date = at(value, path.slice(0, -'.month'.length));
      const [month, day] = isObject(date) ? [Number(date.month), Number(date.day)] : [NaN, NaN];
      if (month >= 13 && month <= 31 && day >= 1 && day <= 12)
        return advised(
          issue,
          `write "month": ${day}, "day": ${month} (the month and the day seem swapped; the month is from 1 to 12)`,
          String(day),
        );
      return advised(issue, 'write a month from 1 to 12, or leave "month" out when it is not known');
    }
    if (/\.(start_date|end_date)$/.test(path) && message.startsWith('read as ')) {
      const advice = dateObjectAdvice(at(value, path), message, lang);
      return advised(issue, advice.hint, advice.fix);
    }
    if (/\.end_date$/.test(path) && message.includes('is before the start'))
      return advised(issue, 'write the later date as "end_date" (are the two swapped?)');
    if (/^events\[\d+\]\.text\.headline$/.test(path) && message.startsWith('is required')) {
      const slide = at(value, path.slice(0, -'.text.headline'.length));
      const misplaced = isObject(slide) && typeof slide.headline === 'string' ? ' ("headline" belongs inside "text")' : '';
      return advised(issue, `write what happened as "text": {"headline": "…"}${misplaced}`);
    }
    if (/^eras\[\d+\]$/.test(path) && message.includes('text.headline')) return advised(issue, 'name the era in "text": {"headline": "…"}');
    if (path === 'events' && message.startsWith('must be an array'))
      return advised(issue, 'a TimelineJS3 document holds "events": [{"start_date": {"year": 2026}, "text": {"headline": "…"}}, …]');
    if (/\.media\.url$/.test(path)) {
      const url = at(value, path);
      if (typeof url === 'string' && /^(www\.|[\w-]+\.[a-z]{2,}(\/|$))/i.test(url.trim()))
        return advised(issue, `write "https://${url.trim()}"`, `https://${url.trim()}`);
      // The address taken from embed code, when the message quotes it whole (else the advice goes without it).
      const taken = /, ("(?:[^"\\]|\\.)*"), is shown in its place$/.exec(message)?.[1];
      const address = taken && !taken.endsWith('…"') ? (JSON.parse(taken) as string) : undefined;
      if (message.endsWith('in its place'))
        return address
          ? advised(issue, `write the address itself, "${address}", to show it without a warning`, address)
          : advised(issue, 'write the address itself (beginning with https://) to show it without a warning');
      if (message.startsWith('is a block quote'))
        return advised(issue, 'write the words in "text", or the address of a post as "https://…"');
      if (message.includes('embed code')) return advised(issue, 'write the address of the picture, video, sound or post, as "https://…"');
      return advised(issue, 'write the whole address, beginning with https://');
    }
    if (/\.unique_id$/.test(path)) {
      const read = /read as "([^"]*)"$/.exec(message)?.[1];
      return read
        ? advised(issue, `write "${read}" (letters, digits, "_" and "-", unique in the story)`, read)
        : advised(issue, 'write a short text, like "summit-2026", unique in the story');
    }
    return issue;
  });
}

/**
 * The issues of reading a light-DOM list, each with how to fix it in the list's HTML: the reader's
 * (at `li[N]`, the N-th item) and parseTimeline's of the document it made (`document`, taught as
 * event JSON's). `lang`: the list's language, for month names.
 */
export function teachList(issues: readonly TimelineIssue[], document?: unknown, lang?: string): TaughtIssue[] {
  const storyLang = lang ?? (isObject(document) && typeof document.lang === 'string' ? document.lang : undefined);
  return issues.map((issue): TaughtIssue => {
    const {path, message} = issue;
    if (!path.startsWith('li[')) return teach([issue], document, storyLang)[0]!;
    // `<time> "10/09/2002" is not a valid EDTF date`, `data-date "…" has month 13 (…)`.
    const date = /^(<time>|data-date) ("(?:[^"\\]|\\.)*") (.*)$/.exec(message);
    if (date) {
      const raw = JSON.parse(date[2]!) as string;
      const attribute = date[1] === '<time>' ? '<time datetime="…">' : 'data-date="…"';
      const advice = raw.endsWith('…') ? undefined : dateAdvice(raw, date[3]!, storyLang);
      if (advice?.fix)
        return advised(
          issue,
          advice.hint.replace(/^write "([^"]*)"/, (_, fix: string) => `write ${attribute.replace('…', fix)}`),
          advice.fix,
        );
      return advised(
        issue,
        advice?.hint ?? `write ${attribute.replace('…', '2026-02-03')} (year-month-day; "2026-02" or "2026" when less is known)`,
      );
    }
    if (message.startsWith('has no <time'))
      return advised(
        issue,
        'put its date in <time datetime="2026-02-03">3 February 2026</time>, or write data-date="2026-02-03" on the <li>',
      );
    if (message === 'has no title') return advised(issue, 'write what happened in the item, in <strong>…</strong> when more text follows');
    const url = /\/@href$/.test(path) ? /^("(?:[^"\\]|\\.)*") is not an absolute/.exec(message) : null;
    if (url) {
      const href = (JSON.parse(url[1]!) as string).trim();
      if (/^(www\.|[\w-]+\.[a-z]{2,}(\/|$))/i.test(href)) return advised(issue, `write href="https://${href}"`, `https://${href}`);
      return advised(issue, 'write the whole address, beginning with https://');
    }
    const id = /\/@data-id$/.test(path) ? /read as "([^"]*)"$/.exec(message)?.[1] : undefined;
    if (id) return advised(issue, `write data-id="${id}" (letters, digits, "_" and "-", unique in the list)`, id);
    return issue;
  });
}
