// Converts Knight Lab TimelineJS3 JSON into our event JSON (version 1). Pure: no DOM, runs in Node.
//
// | TimelineJS3                                   | event JSON                                                        |
// | --------------------------------------------- | ----------------------------------------------------------------- |
// | `events[].start_date` (+ `end_date`)          | `events[].date`: EDTF at the precision written — year `2026`, month `2026-07`, day `2026-07-16`, time `2026-07-16T14:30` (`:05` with seconds); with an end, an interval `2026-01/2026-06`. An end equal to the start is dropped, as TimelineJS does; a broken end, or one before the start, is dropped with a warning. A bad start drops the event (an error at the date) |
// | `year` below 0 (TimelineJS shows -44 as "44 BCE") | EDTF's astronomical year, one more: -44 → `-0043` (44 BC); year 0 → `0000` (1 BC) |
// | `year` past ±9999                             | an EDTF long year (12000 → `Y12000`, -12000 → `Y-11999`), year only |
// | date fields as strings (`"06"`)               | read as numbers, as TimelineJS does; a day without a month is a day of January, a minute without an hour is in hour 0, as in TimelineJS; a time without a day is ignored |
// | `events[].text.headline`                      | `events[].title`, as plain text. Without one: the first line of `text.text` (cut to 80 characters), else `media.caption`; with none, the event is dropped (an error at `text.headline`) |
// | `events[].text.text`                          | `events[].summary`, as plain text, one line per paragraph         |
// | `events[].group`                              | `events[].category`, the group's name: parseTimeline gives each category a legend entry, in the order met |
// | `events[].unique_id`                          | `events[].id`, made to fit `[A-Za-z0-9_-]{1,64}` and deduplicated (`-2`, `-3`…), with a warning when changed. Without one: a slug of the headline, as TimelineJS makes, else `event-N` (N counts TimelineJS's events from 1) |
// | `events[].media.url`, an http(s) web page     | `events[].source`: `{url, name: media.credit, else media.caption}` |
// | `events[].media`, an http(s) picture, video, sound or post (YouTube, Vimeo, SoundCloud, Bluesky, X, a `.jpg`, an `.mp4`…) | `events[].media`: `{url, alt, caption, credit, thumbnail}`, as plain text; `alt` is TimelineJS's `alt`, else its `title`, else the caption, else the headline |
// | `start_at_slide` (0-based; slide 0 is the title slide when there is a title), `start_at_end`: at the top of the document or under `options` | `startAt`: the id of that slide's event (slides in time order), or of the last event; the element's `start-at` wins over it |
// | `title.text.headline`                         | `title`                                                           |
// | `eras[]`: `start_date`, `end_date`, `text.headline` | `eras[]`: `{title, date: "start/end"}`, the date read as a slide's (without an end, the start alone); an era without a headline or a readable start is dropped with a warning |
// | (none)                                        | `now`: the latest event's date, so that a look-back timeline reads as past, not as planned; set `document.now` to change it |
// | HTML in any text (`<p>`, `<a>`, `<b>`, `&amp;`, `&#8212;`, `&nbsp;`) | plain text: tags removed, `<script>`/`<style>`/`<iframe>`… removed with their content, entities decoded once, never markup |
//
// | `events[].media.url`, embed code: `<iframe src="…">`, or a post's `<blockquote>…<a href="…">` | the address it points to (the iframe's `src`, the blockquote's last link), read as text, read as above, with a warning naming it; nothing of the code itself is kept. Embed code longer than 20,000 characters is not read |
// | `events[].media.url`, a `<blockquote>` without a link | `events[].quotes`: `[{text, speaker: media.credit}]`, as plain text, with a warning |
//
// Dropped with a warning: media whose `url` is not an http(s) URL (`javascript:`, `data:`, an address without
// its `https://`, embed code without an http(s) address).
// Dropped silently, as event-timeline has no place for them: the URLs of links in text (their words are kept),
// `title.text.text` and `title.media` (the title slide's body), `display_date` (event-timeline writes every date
// itself, in the reader's language), `millisecond` (dates go to the second), `background`, `autolink`,
// `media.link`, `link_target`, `scale` (dates are read the same on both;
// years must lie within 271821 BCE to 275759), the `text.text` of eras (TimelineJS does not show it either),
// `eras` that is not an array, text fields that are not text, and properties TimelineJS does not know.
import type {EraDocument, EventDocument, MediaDocument, TimelineDocument} from '../model/document.js';
import {earliest, latest} from '../model/edtf.js';
import {IssueLog, shown as quoted, typeName} from '../model/issue-log.js';
import {DEFAULT_LIMITS} from '../model/limits.js';
import {cutText} from '../model/read-fields.js';
import {mediaTarget} from '../model/media-target.js';
import {safeHttpUrl} from '../model/safe-url.js';
import {parseTimeline} from '../model/parse-timeline.js';
import type {IssueSeverity, ParseResult, TimelineIssue} from '../model/types.js';
import {MAX_EMBED_CODE, readEmbedCode} from './embed-code.js';
import {htmlToText} from './html-text.js';
import {afterConversion, total} from './input-format.js';
import {assignIds, compact, fitId, type Item} from './ids.js';
import {oneLine} from './plain-text.js';
import {edtfFromTimelineJs} from './timelinejs-date.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);
const object = (value: unknown): Json => (isObject(value) ? value : {});
const array = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export {isTimelineJs} from './input-format.js';

/**
 * TimelineJS3's `start_at_end` and `start_at_slide` (options of its embed, read here at the top of
 * the document or under `options`) as a first view: the id of the event on that slide. Slides are
 * the events in time order, after the title slide when there is a title (slide 0, the whole story).
 */
function startAt(root: Json, events: readonly EventDocument[], times: readonly number[], titled: boolean): string | undefined {
  const options = {...root, ...object(root.options)};
  const order = events.map((event, index) => ({id: event.id, time: times[index]!})).sort((a, b) => a.time - b.time);
  if (options.start_at_end === true || options.start_at_end === 'true') return order.at(-1)?.id;
  const slide = Number(options.start_at_slide);
  if (!Number.isInteger(slide) || slide < 0) return undefined;
  const index = slide - (titled ? 1 : 0);
  return index < 0 ? undefined : order[Math.min(index, order.length - 1)]?.id;
}

/**
 * A TimelineJS3 document converted and parsed, for <event-timeline> (timeline-data.ts): the
 * result, and the advice on its problems in TimelineJS3's terms (teach-formats.ts, loaded apart).
 * Read under total(): a bug in the converter is an issue, not a blank element.
 */
export function readTimelineJs(value: unknown): {
  result: ParseResult;
  advise: (module: Pick<typeof import('./teach-formats.js'), 'teachTimelineJs'>) => TimelineIssue[];
} {
  let converted: unknown;
  const result = total(() => {
    const conversion = fromTimelineJs(value);
    converted = conversion.document;
    return afterConversion(conversion, parseTimeline(conversion.document));
  });
  return {result, advise: (module) => module.teachTimelineJs(result.issues, value, converted)};
}

/** Converts a TimelineJS3 document. Issues carry TimelineJS paths (`events[2].start_date`). */
export function fromTimelineJs(
  value: unknown,
  maxTextLength = DEFAULT_LIMITS.maxTextLength,
): {document: TimelineDocument; issues: TimelineIssue[]} {
  const log = new IssueLog();
  const root = object(value);
  /** Plain text of the HTML field at `path`; '' when absent or not text; cut (and said so) past `maxTextLength`. */
  const text = (field: unknown, path: string) => {
    const plain = typeof field === 'string' ? htmlToText(field, maxTextLength) : '';
    if (plain.length > maxTextLength) log.warn(path, `is more than ${maxTextLength} characters long as text; cut`);
    return cutText(plain, maxTextLength);
  };
  const line = (field: unknown, path: string) => oneLine(text(field, path));
  /** A slide's own id: text or a number, as TimelineJS writes them; anything else (an array, however deep) is not read. */
  const idOf = (id: unknown, path: string) => {
    if (typeof id === 'string' || typeof id === 'number') return String(id).trim();
    if (id != null) log.warn(path, `must be a string, not ${typeName(id)}; ignored`);
    return undefined;
  };
  if (!Array.isArray(root.events)) log.add('events', `must be an array, not ${typeName(root.events)}`);

  /**
   * The date of a slide or era: its start (a bad one is logged at `severity`), to its end when that
   * is given, readable and not before the start (else the end is dropped with a warning).
   */
  const dateOf = (item: Json, path: string, severity: IssueSeverity): [string, number] | undefined => {
    const start = edtfFromTimelineJs(log, item.start_date, `${path}.start_date`, severity);
    if (!start) return undefined;
    const end = item.end_date ? edtfFromTimelineJs(log, item.end_date, `${path}.end_date`, 'warning') : undefined;
    const backwards = end && latest(end) < earliest(start);
    if (backwards) log.warn(`${path}.end_date`, `${end.text} is before the start ${start.text}; dropped`);
    return [!end || backwards || end.text === start.text ? start.text : `${start.text}/${end.text}`, earliest(start)];
  };

  const items: Item<Omit<EventDocument, 'id'>>[] = [];
  const times: number[] = [];
  let now: string | undefined;
  let nowTime = -Infinity;
  array(root.events).forEach((item, index) => {
    const path = `events[${index}]`;
    const slide = object(item);
    const [date, time] = dateOf(slide, path, 'error') ?? [];
    if (!date) return;

    const fields = object(slide.text);
    const headline = line(fields.headline, `${path}.text.headline`);
    const summary = text(fields.text, `${path}.text.text`);
    const media = object(slide.media);
    const caption = line(media.caption, `${path}.media.caption`);
    const title = headline || cutText(summary.split('\n')[0]!, 80) || caption;
    if (!title) return log.add(`${path}.text.headline`, 'is required (or text.text); slide dropped');

    const raw = typeof media.url === 'string' ? media.url.trim() : '';
    // Embed code is read as text for the one address it points to; nothing of it is kept or run.
    const embed = raw.startsWith('<') ? readEmbedCode(raw) : undefined;
    const url = raw.startsWith('<') ? embed?.url : safeHttpUrl(raw || undefined);
    const credit = line(media.credit, `${path}.media.credit`);
    // A block quote with no link (TimelineJS shows its text as the slide's medium) is kept as the event's quote.
    const quote = embed?.tag === 'blockquote' && !embed.refused && !url ? line(raw, `${path}.media.url`) : '';
    if (url && embed)
      log.warn(
        `${path}.media.url`,
        `is embed code (HTML): the address ${embed.tag === 'iframe' ? 'of its <iframe>' : 'of the last link in its <blockquote>'}, ${quoted(url, 200)}, is shown in its place`,
      );
    else if (quote) log.warn(`${path}.media.url`, 'is a block quote (HTML): its text is kept as a quote');
    else if (raw && !url)
      log.warn(
        `${path}.media.url`,
        !raw.startsWith('<')
          ? `${quoted(raw.slice(0, 70))} is not an absolute http: or https: URL; not shown`
          : raw.length > MAX_EMBED_CODE
            ? `is embed code (HTML) longer than ${MAX_EMBED_CODE} characters, which is not read; not shown`
            : 'is embed code (HTML) with no http: or https: address of an <iframe> or a <blockquote> link; not shown',
      );
    const page = url && mediaTarget(url).kind === 'page' ? url : undefined;
    const shown: MediaDocument | undefined =
      url && !page
        ? compact({
            url,
            alt: line(media.alt, `${path}.media.alt`) || line(media.title, `${path}.media.title`) || caption || title,
            caption,
            credit,
            thumbnail: safeHttpUrl(typeof media.thumbnail === 'string' ? media.thumbnail : undefined),
          })
        : undefined;
    items.push({
      event: compact({
        date,
        title,
        summary: summary === title ? '' : summary,
        // parseTimeline gives each category used a legend entry, labelled by its name, in the order met.
        category: line(slide.group, `${path}.group`),
        source: page ? compact({url: page, name: credit || caption}) : undefined,
        media: shown,
        quotes: quote ? [compact({text: quote, speaker: credit})] : undefined,
      }),
      id: idOf(slide.unique_id, `${path}.unique_id`),
      path: `${path}.unique_id`,
      fallback: fitId(headline.toLowerCase()) || `event-${index + 1}`,
    });
    times.push(time!);
    // `now` is the latest start, so that a look-back timeline reads as past, not as planned.
    if (time! > nowTime) [nowTime, now] = [time!, date];
  });

  // An era needs a title and a start; without an end (or with one equal to its start) it is a point in time.
  const eras: EraDocument[] = [];
  array(root.eras).forEach((item, index) => {
    const path = `eras[${index}]`;
    const era = object(item);
    const title = line(object(era.text).headline, `${path}.text.headline`);
    if (!title) return log.warn(path, 'has no text.headline; dropped');
    const [date] = dateOf(era, path, 'warning') ?? [];
    if (date) eras.push({title, date});
  });

  const title = line(object(object(root.title).text).headline, 'title.text.headline');
  const events = assignIds(log, items);
  // Fields in the order the format documents them, so that a saved conversion reads well.
  const document = compact({
    version: 1 as const,
    title,
    now,
    startAt: startAt(root, events, times, Boolean(title)),
    events,
    eras: eras.length > 0 ? eras : undefined,
  });
  return {document, issues: log.finish()};
}
