// Progressive enhancement: reads the <ol>/<ul> of news items a CMS author wrote inside
// <event-timeline> into event JSON. It reads the DOM and never writes to it; all it keeps is text
// and http(s)/mailto URLs.
//
//   <event-timeline lang="en">
//     <ol data-anchor="call" data-now="2026-02-03" data-title="Putin and Xi">
//       <li data-id="call" data-category="diplomacy" data-status="happened" data-place="Moscow — Beijing">
//         <time datetime="2026-02-03">3 February 2026</time> — <strong>Putin and Xi hold a video call</strong>.
//         The summary is the text that is left.
//         <a href="https://example.org/report">Source name</a>
//         <blockquote cite="https://…" data-speaker="Vladimir Putin">Words said <cite>speaker</cite></blockquote>
//       </li>
//     </ol>
//   </event-timeline>
import type {EventDocument, QuoteDocument, SourceDocument, TimelineDocument} from '../model/document.js';
import {parseEdtf} from '../model/edtf.js';
import {IssueLog} from '../model/issue-log.js';
import {ID_PATTERN} from '../model/read-fields.js';
import {safeUrl} from '../model/safe-url.js';
import {EVENT_STATUSES, type EventStatus, type TimelineIssue} from '../model/types.js';
import {edtfFromDatetime} from './datetime-value.js';
import {ancestorNamed, domText, isWithin} from './dom-text.js';
import {IdRegistry, sanitizeId} from './ids.js';
import {oneLine, trimSeparators} from './plain-text.js';

const TITLE_SELECTOR = 'strong, b, h2, h3, h4, h5, h6';
const ID_RULE = '1–64 characters of A–Z, a–z, 0–9, "_" and "-"';

/** One item read, before ids are handed out (authors' ids are claimed before made-up ones). */
interface Item {
  event: Omit<EventDocument, 'id'>;
  path: string;
  number: number;
  id?: string;
}

/**
 * Reads the first `<ol>` or `<ul>` child of `host`. Undefined when there is none. Issues use the
 * author's numbering: `li[3]` is the third item.
 */
export function readLightDomList(host: Element): {document: TimelineDocument; issues: TimelineIssue[]} | undefined {
  const list = [...host.children].find((child) => child.localName === 'ol' || child.localName === 'ul');
  if (!list) return undefined;
  const log = new IssueLog();
  const listPath = list.localName;

  const items: Item[] = [];
  let number = 0;
  for (const child of list.children) {
    if (child.localName !== 'li') continue;
    number++;
    const item = readItem(log, child, number);
    if (item) items.push(item);
  }
  if (number === 0) log.add(listPath, 'has no <li> items');
  const events = assignIds(log, items);

  // Fields in the order the format documents them.
  const head: Omit<TimelineDocument, 'events'> = {version: 1};
  const lang = readLang(log, list, listPath);
  if (lang) head.lang = lang;
  const title = oneLine(list.getAttribute('data-title') ?? '');
  if (title) head.title = title;
  const now = list.getAttribute('data-now');
  if (now !== null && now.trim()) {
    const value = edtfFromDatetime(now);
    const result = parseEdtf(value);
    if (result.ok) head.now = value;
    else log.warn(listPath, `data-now ${JSON.stringify(now.trim())} ${result.error}; ignored`);
  }
  const anchor = list.getAttribute('data-anchor')?.trim();
  if (anchor) {
    if (events.some((event) => event.id === anchor)) head.anchor = anchor;
    else log.warn(listPath, `data-anchor ${JSON.stringify(anchor)} is not the id of any item; ignored`);
  }
  return {document: {...head, events}, issues: log.finish()};
}

function readItem(log: IssueLog, li: Element, number: number): Item | undefined {
  const path = `li[${number}]`;
  const quotes: Element[] = [...li.querySelectorAll('blockquote')].filter((quote) => !ancestorNamed(quote.parentElement ?? li, 'blockquote', li));
  const inQuote = (element: Element) => quotes.some((quote) => isWithin(element, quote));

  const time = [...li.querySelectorAll('time')].find((element) => !inQuote(element));
  const date = readDate(log, time, path);
  const link = [...li.querySelectorAll('a[href]')].find((element) => !inQuote(element) && !isWithin(element, time));
  const speakers = quotes.map((quote) => speakerElement(quote, li));
  const skipAlways = (element: Element) =>
    element === time || element === link || quotes.includes(element) || speakers.includes(element);

  // The title: the first emphasised text or heading outside the quotes, else all the item's own text, else the link's.
  const heading = [...li.querySelectorAll(TITLE_SELECTOR)].find(
    (element) => !inQuote(element) && !isWithin(element, time) && oneLine(domText(element, skipAlways)),
  );
  let title: string;
  let summary = '';
  if (heading) {
    title = trimSeparators(oneLine(domText(heading, skipAlways)));
    summary = trimSeparators(domText(li, (element) => skipAlways(element) || element === heading));
  } else {
    // An item that is only a date and a link to the story ("3 Feb: <a>Putin and Xi hold a call</a>") is titled by the link.
    title = trimSeparators(oneLine(domText(li, skipAlways))) || (link ? trimSeparators(oneLine(domText(link))) : '');
  }
  if (!date) return undefined;
  if (!title) {
    log.add(path, 'has no title: put it in a <strong>, <b> or <h2>–<h6>, or write it as the item\'s text');
    return undefined;
  }

  const event: Omit<EventDocument, 'id'> = {date, title};
  if (summary) event.summary = summary;
  const category = li.getAttribute('data-category')?.trim();
  if (category) event.category = category;
  const place = oneLine(li.getAttribute('data-place') ?? '');
  if (place) event.place = place;
  const status = li.getAttribute('data-status')?.trim();
  if (status) {
    if (EVENT_STATUSES.includes(status as EventStatus)) event.status = status as EventStatus;
    else log.warn(path, `data-status ${JSON.stringify(status)} is not one of ${EVENT_STATUSES.join(', ')}; ignored`);
  }
  const source = link ? readSource(log, link, path) : undefined;
  if (source) event.source = source;
  const read = quotes.map((quote, index) => readQuote(log, quote, speakers[index], path)).filter((quote) => quote !== undefined);
  if (read.length > 0) event.quotes = read;

  const item: Item = {event, path, number};
  const id = li.getAttribute('data-id')?.trim();
  if (id) item.id = id;
  return item;
}

/** The EDTF date of the item's <time>: its datetime attribute, else (as HTML reads it) its text. */
function readDate(log: IssueLog, time: Element | undefined, path: string): string | undefined {
  if (!time) {
    log.add(path, 'has no <time datetime>');
    return undefined;
  }
  const attribute = time.getAttribute('datetime');
  const raw = attribute ?? oneLine(domText(time));
  const value = edtfFromDatetime(raw);
  const result = parseEdtf(value);
  if (result.ok) return value;
  const shownValue = JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);
  if (attribute === null) log.add(path, `has no <time datetime>, and its <time> text ${shownValue} is not a date (write datetime="2026-02-03")`);
  else log.add(path, `<time datetime=${shownValue}> ${result.error}`);
  return undefined;
}

/** The link as the source: its text is the name, its URL kept only when http(s) or mailto. */
function readSource(log: IssueLog, link: Element, path: string): SourceDocument | undefined {
  const source: SourceDocument = {};
  const name = oneLine(domText(link));
  if (name) source.name = name;
  const url = resolvedUrl(link, link.getAttribute('href'));
  if (url) source.url = url;
  else log.warn(path, `the link ${JSON.stringify(cut(link.getAttribute('href') ?? ''))} is not an http:, https: or mailto: URL; it is not linked`);
  return source.name || source.url ? source : undefined;
}

/** Who said the quote: `data-speaker`, else a <cite> or <footer> in it, else the caption of its <figure>. */
function speakerElement(quote: Element, li: Element): Element | undefined {
  if (quote.hasAttribute('data-speaker')) return undefined;
  const inside = quote.querySelector('cite, footer');
  if (inside) return inside;
  const figure = quote.parentElement?.localName === 'figure' && li.contains(quote.parentElement) ? quote.parentElement : undefined;
  return figure ? [...figure.children].find((child) => child.localName === 'figcaption') : undefined;
}

function readQuote(log: IssueLog, quote: Element, speakerAt: Element | undefined, path: string): QuoteDocument | undefined {
  const text = domText(quote, (element) => element === speakerAt);
  if (!text) {
    log.warn(path, 'has a <blockquote> with no text; it is ignored');
    return undefined;
  }
  const result: QuoteDocument = {text};
  // "— Vladimir Putin" is written with a dash before the name; the name alone is kept.
  const speaker = trimSeparators(oneLine(quote.getAttribute('data-speaker') ?? (speakerAt ? domText(speakerAt) : '')));
  if (speaker) result.speaker = speaker;
  const cite = quote.getAttribute('cite');
  if (cite !== null && cite.trim()) {
    const url = resolvedUrl(quote, cite);
    if (url) result.url = url;
    else log.warn(path, `the quote's cite ${JSON.stringify(cut(cite))} is not an http:, https: or mailto: URL; it is not linked`);
  }
  const lang = quote.getAttribute('lang')?.trim();
  if (lang && canonicalLang(lang)) result.lang = canonicalLang(lang);
  return result;
}

/** Gives authors' ids first (made to fit the pattern, deduplicated), then `e1`, `e2`… by position. */
function assignIds(log: IssueLog, items: Item[]): EventDocument[] {
  const ids = new IdRegistry();
  const assigned = new Map<Item, string>();
  for (const item of items) {
    if (item.id === undefined) continue;
    const fitted = ID_PATTERN.test(item.id) ? item.id : sanitizeId(item.id);
    if (!fitted) {
      log.warn(item.path, `data-id ${JSON.stringify(cut(item.id))} is not a valid id (${ID_RULE}); e${item.number} is used`);
      continue;
    }
    const id = ids.claim(fitted);
    if (id !== item.id) {
      const why = fitted === item.id ? 'is already the id of an earlier item' : `is not a valid id (${ID_RULE})`;
      log.warn(item.path, `data-id ${JSON.stringify(cut(item.id))} ${why}; "${id}" is used`);
    }
    assigned.set(item, id);
  }
  return items.map((item) => ({id: assigned.get(item) ?? ids.claim(`e${item.number}`), ...item.event}));
}

/** The language of the texts: the list's own `lang`, else the host's or an ancestor's. */
function readLang(log: IssueLog, list: Element, path: string): string | undefined {
  const lang = list.closest('[lang]')?.getAttribute('lang')?.trim();
  if (!lang) return undefined;
  const canonical = canonicalLang(lang);
  if (!canonical) log.warn(path, `lang ${JSON.stringify(cut(lang))} is not a language tag (like "ru" or "zh-Hans"); ignored`);
  return canonical;
}

function canonicalLang(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** An attribute's URL resolved against the page (CMS links are often relative), kept only if safe. */
function resolvedUrl(element: Element, value: string | null): string | undefined {
  if (value === null || !value.trim()) return undefined;
  try {
    return safeUrl(new URL(value.trim(), element.baseURI).href);
  } catch {
    return undefined;
  }
}

const cut = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);
