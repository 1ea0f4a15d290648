// Converts Knight Lab TimelineJS3 JSON into our event JSON (version 1). Pure: no DOM, runs in Node.
//
// | TimelineJS3                                   | event JSON                                                        |
// | --------------------------------------------- | ----------------------------------------------------------------- |
// | `events[].start_date` (+ `end_date`)          | `events[].date`: EDTF at the precision written — year `2026`, month `2026-07`, day `2026-07-16`, time `2026-07-16T14:30` (`:05` with seconds); with an end, an interval `2026-01/2026-06`. An end equal to the start is dropped, as TimelineJS does; an end before the start is dropped with a warning |
// | `year` below 0 (TimelineJS shows -44 as "44 BCE") | EDTF's astronomical year, one more: -44 → `-0043` (44 BC); year 0 → `0000` (1 BC), with a warning |
// | `year` past ±9999                             | an EDTF long year (12000 → `Y12000`, -12000 → `Y-11999`), year only |
// | date fields as strings (`"06"`)               | read as numbers, as TimelineJS does; a day without a month is a day of January, as in TimelineJS |
// | `events[].text.headline`                      | `events[].title`, as plain text. Without one: the first line of `text.text`, else `media.caption` (warning); with none, the event is dropped |
// | `events[].text.text`                          | `events[].summary`, as plain text, one line per paragraph         |
// | `events[].group`                              | `events[].category`; `categories` gets `{slug: {label: group}}`, in the order groups first appear |
// | `events[].unique_id`                          | `events[].id`, made to fit `[A-Za-z0-9_-]{1,64}` (warning when changed) and deduplicated (`-2`, `-3`…). Without one: a slug of the headline, as TimelineJS makes, else `event-N` |
// | `events[].media.url`, an http(s) web page     | `events[].source`: `{url, name: media.credit, else media.caption}` |
// | `events[].media.link`, when `url` is an image | `events[].source.url` (the page the image linked to)              |
// | `title.text.headline`                         | `title`                                                           |
// | `eras[]`: `start_date`, `end_date`, `text.headline` | `eras[]`: `{title, date: "start/end"}`                      |
// | (none)                                        | `now`: the latest event's date, so that a look-back timeline reads as past, not as planned; set `document.now` to change it |
// | HTML in any text (`<p>`, `<a>`, `<b>`, `&amp;`, `&#8212;`, `&nbsp;`) | plain text: tags removed, `<script>`/`<style>`/`<iframe>`… removed with their content, entities decoded once, never markup |
//
// Dropped, with one warning per kind (at its first place, with a count):
// | media that is not a web page: image, audio and video files, embed code, URLs that are not http(s) (the page in `media.link` is still kept) |
// | `background` (image or colour) of slides and of the title |
// | `display_date` of slides and dates: event-timeline writes every date itself, in the reader's language |
// | `millisecond` (dates go to the second) |
// | the URLs of links inside text (their words are kept) |
// | `title.text.text` and `title.media` (the title slide's body) |
// | `scale: "cosmological"` (on the document or a slide): only years are read, and only years event-timeline can place (271821 BCE to 275759) |
// Dropped silently: `autolink` (event-timeline never turns text into links), `media.thumbnail`, `alt`, `title`, `link_target`,
// the `text.text` of eras (TimelineJS does not show it either), and properties TimelineJS itself does not know.
import type {CategoryDocument, EraDocument, EventDocument, SourceDocument, TimelineDocument} from '../model/document.js';
import {earliest, parseEdtf} from '../model/edtf.js';
import {IssueLog, pathOf, shown, typeName} from '../model/issue-log.js';
import {ID_PATTERN} from '../model/read-fields.js';
import {safeUrl} from '../model/safe-url.js';
import type {TimelineIssue} from '../model/types.js';
import {DropReport} from './drop-report.js';
import {htmlToText, type HtmlFindings} from './html-text.js';
import {IdRegistry, sanitizeId, slugify} from './ids.js';
import {oneLine} from './plain-text.js';
import {edtfFromTimelineJsDate, type DateContext, type DateDrop} from './timelinejs-date.js';

type Drop = DateDrop | 'media' | 'mediaUrl' | 'embed' | 'background' | 'links' | 'titleSlide';

const DROPS: Readonly<Record<Drop, string>> = {
  display_date: 'display_date is not used: event-timeline writes dates itself, in the reader\'s language; dropped',
  millisecond: 'milliseconds are dropped: dates are kept to the second',
  media: 'is an image, audio or video file; event-timeline shows no media, so it is dropped',
  mediaUrl: 'is not an http(s) web address; dropped',
  embed: 'is embed code; event-timeline shows no media, so it is dropped',
  background: 'backgrounds are not shown; dropped',
  links: 'holds links: their text is kept, their URLs are dropped',
  titleSlide: 'the title slide\'s text and media are not shown (only its headline, as the title); dropped',
};

// The address of a media file rather than a page; its path ends with one of these.
const MEDIA_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|ico|heic|mp3|m4a|aac|wav|ogg|oga|opus|flac|mp4|m4v|mov|webm|ogv|avi|mkv)$/i;
// A title made from body text stops at a word before this many characters.
const TITLE_FROM_TEXT = 80;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);
const nonEmpty = (value: unknown) => value !== undefined && value !== null && value !== '';

/** True for a TimelineJS3 document: an `events` array whose items carry `start_date` objects. */
export function isTimelineJs(value: unknown): boolean {
  return isObject(value) && Array.isArray(value.events) && value.events.some((event) => isObject(event) && isObject(event.start_date));
}

interface Context extends DateContext {
  drops: DropReport<Drop>;
}

/** A slide read, before ids are handed out (ids from the data are claimed before any made-up one). */
interface Slide {
  event: Omit<EventDocument, 'id'>;
  path: string;
  uniqueId?: string;
  headline: string;
}

/** Converts a TimelineJS3 document. Issues carry TimelineJS paths (`events[2].start_date.month`). */
export function fromTimelineJs(value: unknown): {document: TimelineDocument; issues: TimelineIssue[]} {
  const log = new IssueLog();
  if (!isObject(value) || !Array.isArray(value.events)) {
    if (isObject(value)) log.add('events', `must be an array of slides, not ${typeName(value.events)}`);
    else log.add('(root)', `must be a TimelineJS object with an "events" array, not ${typeName(value)}`);
    return {document: {version: 1, events: []}, issues: log.finish()};
  }
  const ctx: Context = {log, drops: new DropReport(DROPS), severity: 'error', cosmological: readScale(log, value)};
  const title = readTitleSlide(ctx, value.title);

  const categories: Record<string, CategoryDocument> = {};
  const groupKeys = new Map<string, string>();
  const keys = new IdRegistry();
  const slides: Slide[] = [];
  value.events.forEach((item, index) => {
    const slide = readSlide(ctx, item, pathOf('events', index));
    if (!slide) return;
    const group = isObject(item) ? plain(ctx, item.group, pathOf(pathOf('events', index), 'group')) : undefined;
    if (group) {
      let key = groupKeys.get(group);
      if (key === undefined) {
        key = keys.claim(slugify(group) || 'group');
        groupKeys.set(group, key);
        categories[key] = {label: group};
      }
      slide.event.category = key;
    }
    slides.push(slide);
  });
  const events = assignIds(ctx, slides);
  const eras = value.eras === undefined || value.eras === null ? [] : readEras(ctx, value.eras);
  ctx.drops.flush(log);

  // Fields in the order the format documents them, so that a saved conversion reads well.
  const now = latestDate(events);
  const document: TimelineDocument = {
    version: 1,
    ...(title ? {title} : {}),
    ...(now ? {now} : {}),
    ...(groupKeys.size > 0 ? {categories} : {}),
    events,
    ...(eras.length > 0 ? {eras} : {}),
  };
  return {document, issues: log.finish()};
}

/** Whether dates are cosmological (year only); reports that scale, and any scale TimelineJS does not know. */
function readScale(log: IssueLog, root: Json): boolean {
  const slideScale = (root.events as unknown[]).findIndex((event) => isObject(event) && event.scale === 'cosmological');
  if (root.scale === 'cosmological' || slideScale >= 0) {
    const path = root.scale === 'cosmological' ? 'scale' : pathOf(pathOf('events', slideScale), 'scale');
    log.warn(path, '"cosmological" is not supported: only years are read, and only those a timeline can show (271821 BCE to 275759)');
    return true;
  }
  if (root.scale !== undefined && root.scale !== null && root.scale !== 'human') {
    log.warn('scale', `${shown(root.scale)} is not "human" or "cosmological"; read as "human"`);
  }
  return false;
}

function readTitleSlide(ctx: Context, value: unknown): string | undefined {
  if (!isObject(value)) return undefined;
  const text = isObject(value.text) ? value.text : {};
  const title = plain(ctx, text.headline, 'title.text.headline');
  if (nonEmpty(text.text)) ctx.drops.add('titleSlide', 'title.text.text');
  else if (isObject(value.media) && nonEmpty(value.media.url)) ctx.drops.add('titleSlide', 'title.media');
  if (isObject(value.background) && Object.keys(value.background).length > 0) ctx.drops.add('background', 'title.background');
  return title || undefined;
}

function readSlide(ctx: Context, value: unknown, path: string): Slide | undefined {
  if (!isObject(value)) {
    ctx.log.add(path, `must be a slide object, not ${typeName(value)}`);
    return undefined;
  }
  if (value.start_date === undefined || value.start_date === null) {
    ctx.log.add(pathOf(path, 'start_date'), 'is required');
    return undefined;
  }
  const start = edtfFromTimelineJsDate(ctx, value.start_date, pathOf(path, 'start_date'));
  if (!start) return undefined;
  let date = start;
  if (nonEmpty(value.end_date)) {
    const end = edtfFromTimelineJsDate({...ctx, severity: 'warning'}, value.end_date, pathOf(path, 'end_date'));
    if (end && end !== start) {
      if (parseEdtf(`${start}/${end}`).ok) date = `${start}/${end}`;
      else ctx.log.warn(pathOf(path, 'end_date'), `${end} is before the start ${start}; the end date is ignored`);
    }
  }

  const text = isObject(value.text) ? value.text : {};
  const textPath = pathOf(path, 'text');
  const headline = plain(ctx, text.headline, pathOf(textPath, 'headline'));
  const summary = plainText(ctx, text.text, pathOf(textPath, 'text'));
  const media = isObject(value.media) ? value.media : undefined;
  const mediaPath = pathOf(path, 'media');
  const caption = media ? plain(ctx, media.caption, pathOf(mediaPath, 'caption')) : '';

  let title = headline;
  if (!title && summary) {
    title = titleFromText(summary);
    ctx.log.warn(pathOf(textPath, 'headline'), 'is missing; the title is taken from text.text');
  } else if (!title && caption) {
    title = caption;
    ctx.log.warn(pathOf(textPath, 'headline'), 'is missing; the title is taken from media.caption');
  }
  if (!title) {
    ctx.log.add(pathOf(textPath, 'headline'), 'is required: a slide needs a headline (or text) to be shown as an event');
    return undefined;
  }

  const event: Omit<EventDocument, 'id'> = {date, title};
  if (summary && summary !== title) event.summary = summary;
  const source = media ? readMedia(ctx, media, mediaPath, caption) : undefined;
  if (source) event.source = source;
  if (isObject(value.background) && Object.keys(value.background).length > 0) ctx.drops.add('background', pathOf(path, 'background'));
  if (typeof value.display_date === 'string' && value.display_date.trim()) ctx.drops.add('display_date', pathOf(path, 'display_date'));

  const slide: Slide = {event, path, headline};
  if (typeof value.unique_id === 'string' && value.unique_id.trim()) slide.uniqueId = value.unique_id.trim();
  else if (typeof value.unique_id === 'number') slide.uniqueId = String(value.unique_id);
  return slide;
}

/** The event's source from its media: a web page is kept as a link; files and embeds are dropped. */
function readMedia(ctx: Context, media: Json, path: string, caption: string): SourceDocument | undefined {
  const name = plain(ctx, media.credit, pathOf(path, 'credit')) || caption;
  if (!nonEmpty(media.url)) return undefined;
  const urlPath = pathOf(path, 'url');
  const raw = typeof media.url === 'string' ? media.url.trim() : '';
  let url: string | undefined;
  if (raw.startsWith('<')) {
    ctx.drops.add('embed', urlPath);
  } else {
    const page = webAddress(raw);
    if (!page) {
      ctx.drops.add('mediaUrl', urlPath);
    } else if (MEDIA_FILE.test(new URL(page).pathname)) {
      ctx.drops.add('media', urlPath);
    } else {
      url = page;
    }
  }
  if (!url && nonEmpty(media.link)) {
    url = webAddress(typeof media.link === 'string' ? media.link : '');
    if (!url) ctx.drops.add('mediaUrl', pathOf(path, 'link'));
  }
  if (!url) return undefined;
  return name ? {url, name} : {url};
}

/** An absolute http(s) URL, normalised; undefined for anything else (mailto is no page). */
function webAddress(value: string): string | undefined {
  const url = safeUrl(value);
  return url && /^https?:/.test(url) ? url : undefined;
}

/** Hands out ids: the data's own first (made to fit our pattern), then ones made from headlines. */
function assignIds(ctx: Context, slides: Slide[]): EventDocument[] {
  const ids = new IdRegistry();
  const assigned = new Map<Slide, string>();
  for (const slide of slides) {
    if (slide.uniqueId === undefined) continue;
    const path = pathOf(slide.path, 'unique_id');
    const fitted = ID_PATTERN.test(slide.uniqueId) ? slide.uniqueId : sanitizeId(slide.uniqueId);
    if (!fitted) {
      ctx.log.warn(path, `${shown(slide.uniqueId, 70)} has no letters or digits to make an id of; an id is made from the headline`);
      continue;
    }
    const id = ids.claim(fitted);
    if (id !== slide.uniqueId) {
      const why = fitted === slide.uniqueId ? 'is already the id of another slide' : 'is not a valid id (1–64 characters of A–Z, a–z, 0–9, "_" and "-")';
      ctx.log.warn(path, `${shown(slide.uniqueId, 70)} ${why}; read as "${id}"`);
    }
    assigned.set(slide, id);
  }
  return slides.map((slide, index) => {
    const id = assigned.get(slide) ?? ids.claim(slugify(slide.headline) || `event-${index + 1}`);
    return {id, ...slide.event};
  });
}

function readEras(ctx: Context, value: unknown): EraDocument[] {
  if (!Array.isArray(value)) {
    ctx.log.warn('eras', `must be an array of eras, not ${typeName(value)}`);
    return [];
  }
  const eraCtx: Context = {...ctx, severity: 'warning'};
  const eras: EraDocument[] = [];
  value.forEach((item, index) => {
    const path = pathOf('eras', index);
    if (!isObject(item)) {
      ctx.log.warn(path, `must be an era object, not ${typeName(item)}; dropped`);
      return;
    }
    const title = plain(ctx, isObject(item.text) ? item.text.headline : undefined, pathOf(pathOf(path, 'text'), 'headline'));
    const ends = (['start_date', 'end_date'] as const).map((key) => {
      if (nonEmpty(item[key])) return edtfFromTimelineJsDate(eraCtx, item[key], pathOf(path, key));
      ctx.log.warn(pathOf(path, key), 'is required: an era needs a start and an end; the era is dropped');
      return undefined;
    });
    const [start, end] = ends;
    if (!start || !end) return;
    if (!title) {
      ctx.log.warn(pathOf(pathOf(path, 'text'), 'headline'), 'is required: an era needs a title; the era is dropped');
      return;
    }
    const date = start === end ? start : `${start}/${end}`;
    if (!parseEdtf(date).ok) {
      ctx.log.warn(pathOf(path, 'end_date'), `${end} is before the start ${start}; the era is dropped`);
      return;
    }
    eras.push({title, date});
  });
  return eras;
}

/** One line of plain text from an HTML field (headlines, groups, credits); '' when absent. */
function plain(ctx: Context, value: unknown, path: string): string {
  return oneLine(plainText(ctx, value, path));
}

/** Plain text from an HTML field, one line per paragraph; '' when absent or not text. */
function plainText(ctx: Context, value: unknown, path: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') {
    ctx.log.warn(path, `must be text, not ${typeName(value)}; ignored`);
    return '';
  }
  const findings: HtmlFindings = {links: 0};
  const text = htmlToText(value, findings);
  if (findings.links > 0) ctx.drops.add('links', path);
  return text;
}

/** The first line of a text, cut at a word to a title's length. */
function titleFromText(text: string): string {
  const line = text.split('\n')[0]!;
  if (line.length <= TITLE_FROM_TEXT) return line;
  const space = line.lastIndexOf(' ', TITLE_FROM_TEXT - 1);
  return `${line.slice(0, space > TITLE_FROM_TEXT / 2 ? space : TITLE_FROM_TEXT - 1)}…`;
}

/** The date of the event that starts last. */
function latestDate(events: EventDocument[]): string | undefined {
  let latest: string | undefined;
  let time = -Infinity;
  for (const event of events) {
    const result = parseEdtf(event.date);
    if (result.ok && earliest(result.date) > time) {
      time = earliest(result.date);
      latest = event.date;
    }
  }
  return latest;
}
