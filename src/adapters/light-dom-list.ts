// Progressive enhancement: reads the <ol>/<ul> of news items a CMS author wrote inside
// <event-timeline> into event JSON. It reads the DOM and never writes to it; all it keeps is text
// and http(s)/mailto URLs (others are dropped without a word: the text is what matters).
//
//   <event-timeline lang="en">
//     <ol data-anchor="call" data-now="2026-02-03" data-title="Putin and Xi">
//       <li data-id="call" data-category="diplomacy" data-category-label="Diplomacy" data-category-color="#b03a2e"
//           data-status="happened" data-place="Moscow — Beijing">
//         <time datetime="2026-02-03">3 February 2026</time> — <strong>Putin and Xi hold a video call</strong>.
//         The summary is the text that is left.
//         <a href="https://example.org/report">Source name</a>
//         <a href="#visit" data-link="invitation">the visit</a>
//         <blockquote cite="https://…" data-speaker="Vladimir Putin" data-role="President of Russia">Words said</blockquote>
//       </li>
//       <li data-type="era" data-date="2026-01/2026-06"><strong>The first half-year</strong></li>
//     </ol>
//   </event-timeline>
//
// Links: an <a href="#id" data-link="kind"> in an item links it to the item whose data-id is "id",
// or the item's data-links="kind: id; kind: id" (the spreadsheet's form). Categories: the first
// item of a category that gives data-category-label or data-category-color names or colours it.
// Eras: an item with data-type="era" (its title and date; data-date takes EDTF where <time> cannot
// hold an interval). Quotes: data-speaker and data-role, or a <cite> / <footer> / <figcaption>.
// What parseTimeline checks anyway (an empty list, lang, data-now, data-anchor, data-status, a
// quote's lang, links' ends, colours) is passed on as written, and reported there.
import type {CategoryDocument, EraDocument, EventDocument, LinkDocument, QuoteDocument, TimelineDocument} from '../model/document.js';
import {parseEdtf} from '../model/edtf.js';
import {IssueLog, shown} from '../model/issue-log.js';
import {safeUrl} from '../model/safe-url.js';
import {parseTimeline} from '../model/parse-timeline.js';
import type {ParseResult, TimelineIssue} from '../model/types.js';
import {edtfFromDatetime} from './datetime-value.js';
import {domText} from './dom-text.js';
import {assignIds, compact, type Item} from './ids.js';
import {total} from './input-format.js';
import {oneLine, trimSeparators} from './plain-text.js';

type Fields = Omit<EventDocument, 'id'>;

/**
 * The element's list read and parsed, for <event-timeline> (timeline-data.ts): the result with its
 * problems at the list's own paths (`li[3]/@data-status`), and the advice on them (teach-formats.ts,
 * loaded apart) taught at the document's paths, then said at the list's. Undefined when the
 * element holds no list and there is nothing to say. Read under total(): a bug in the reader is an
 * issue, not a blank element.
 */
export function readListTimeline(
  host: Element,
): {result: ParseResult; advise: (module: Pick<typeof import('./teach-formats.js'), 'teachList'>) => TimelineIssue[]} | undefined {
  let read: ReturnType<typeof readLightDomList> | undefined;
  const result = total(() => {
    read = readLightDomList(host);
    return read ? parseTimeline(read.document) : {issues: []};
  });
  const issues = [...(read?.issues ?? []), ...result.issues];
  const placed = (list: TimelineIssue[]) => (read ? listPaths(list, read.places) : list);
  if (!read && !result.issues.length) return undefined;
  return {result: {...result, issues: placed(issues)}, advise: (module) => placed(module.teachList(issues, read?.document))};
}

/**
 * Reads the first `<ol>` or `<ul>` child of `host`. Undefined when there is none. Issues use the
 * author's numbering: `li[3]` is the third item.
 */
export function readLightDomList(host: Element): {document: TimelineDocument; issues: TimelineIssue[]; places: ListPlaces} | undefined {
  const list = host.querySelector(':scope>ol,:scope>ul');
  if (!list) return undefined;
  const log = new IssueLog();
  const items = [...list.querySelectorAll(':scope>li')];
  const eras: EraDocument[] = [];
  const read: Item<Fields>[] = [];
  const wanted: [Item<Fields>, string, string][] = [];
  const categories: Record<string, CategoryDocument> = Object.create(null);
  const places: ListPlaces = {events: [], links: [], eras: []};
  items.forEach((li, index) => {
    if (dataOf(li, 'type').toLowerCase() === 'era') {
      const era = readEra(log, li, index + 1);
      if (era) {
        eras.push(era);
        places.eras.push(index + 1);
      }
      return;
    }
    const item = readItem(log, li, index + 1);
    if (!item) return;
    read.push(item);
    places.events.push(index + 1);
    for (const [kind, to] of linksOf(li)) {
      wanted.push([item, kind, to]);
      places.links.push(index + 1);
    }
    const key = item.event.category;
    const [label, color] = [dataOf(li, 'category-label'), dataOf(li, 'category-color')];
    if (key && (label || color) && !Object.hasOwn(categories, key)) categories[key] = compact({label, color});
  });
  const events = assignIds(log, read);
  const idOf = new Map(read.map((item, index) => [item, events[index]!.id]));
  const links: LinkDocument[] = wanted.map(([item, kind, to]) => compact({from: idOf.get(item)!, to, kind}));
  const head = compact({
    version: 1 as const,
    lang: list.closest('[lang]')?.getAttribute('lang')?.trim(),
    title: dataOf(list, 'title'),
    now: edtfFromDatetime(dataOf(list, 'now')),
    anchor: dataOf(list, 'anchor'),
    categories: Object.keys(categories).length ? {...categories} : undefined,
  });
  return {document: {...head, events, ...(links.length ? {links} : {}), ...(eras.length ? {eras} : {})}, issues: log.finish(), places};
}

/** Which item (`li[N]`, counted from 1) each event, link and era of the document a list made comes from. */
export interface ListPlaces {
  events: number[];
  links: number[];
  eras: number[];
}

/** The attribute an event's field is written in, in a list item. */
const WRITTEN_IN: Record<string, string> = {
  id: '/@data-id',
  category: '/@data-category',
  place: '/@data-place',
  status: '/@data-status',
  date: '/time/@datetime',
  'source.url': '/a/@href',
};

/**
 * The problems parseTimeline found in the document a list made, at the list's own places: an
 * event's `events[2].status` is `li[3]/@data-status`, a quote's `events[2].quotes[0].lang`
 * `li[3]/blockquote[1]` (with the field), a link or an era the item that gives it.
 */
export function listPaths(issues: readonly TimelineIssue[], places: ListPlaces): TimelineIssue[] {
  return issues.map((issue) => {
    const match = /^(events|links|eras)\[(\d+)\]\.?(.*)$/.exec(issue.path);
    const number = match && places[match[1] as keyof ListPlaces][Number(match[2])];
    if (!match || !number) return issue;
    const field = match[3]!;
    const quote = /^quotes\[(\d+)\]\.?(.*)$/.exec(field);
    const place =
      match[1] !== 'events' || !field
        ? ''
        : (WRITTEN_IN[field] ?? (quote ? `/blockquote[${Number(quote[1]) + 1}]${quote[2] ? ` (${quote[2]})` : ''}` : ` (${field})`));
    return {...issue, path: `li[${number}]${place}`};
  });
}

/** The links an item gives: its <a href="#id" data-link="kind">, then its data-links="kind: id; …". */
function linksOf(li: Element): [string, string][] {
  const links: [string, string][] = [...li.querySelectorAll('a[data-link]')].flatMap((a) => {
    const to = a.getAttribute('href')?.trim().replace(/^#/, '');
    return to ? [[oneLine(a.getAttribute('data-link') ?? ''), to] as [string, string]] : [];
  });
  for (const part of dataOf(li, 'links').split(';')) {
    const match = /^\s*(?:([^:]+):)?\s*(\S+)\s*$/.exec(part);
    if (match) links.push([match[1]?.trim() ?? '', match[2]!]);
  }
  return links;
}

/** An era: its title (the item's emphasised text, else its text) and its date (data-date, else the <time>). */
function readEra(log: IssueLog, li: Element, number: number): EraDocument | undefined {
  const time = li.querySelector('time');
  const date = edtfFromDatetime(dataOf(li, 'date') || (time ? (time.getAttribute('datetime') ?? domText(time)) : ''));
  const heading = li.querySelector('strong,b,h2,h3,h4,h5,h6');
  const title = trimSeparators(oneLine(domText(heading ?? li, (element) => element === time)));
  if (!date || !title) {
    log.warn(
      `li[${number}]`,
      `is an era (data-type="era") but has no ${date ? 'title' : 'date: give it data-date="2026-01/2026-06" or a <time>'}; it is left out`,
    );
    return undefined;
  }
  return {title, date};
}

function readItem(log: IssueLog, li: Element, number: number): Item<Fields> | undefined {
  const path = `li[${number}]`;
  const all = (selector: string) => [...li.querySelectorAll(selector)];
  // The item's own date, link and title are outside its quotes (and the link and title outside the date).
  const quotes = all('blockquote');
  // eslint-disable-next-line prefer-const -- own() reads it, so it is declared before it is found
  let time: Element | undefined; // undefined while own() looks for the time itself
  const own = (element: Element) => !quotes.some((quote) => quote.contains(element)) && !time?.contains(element);
  time = all('time').find(own);
  const link = all('a[href]:not([data-link])').find(own);
  // Quotes and their captions (where a figure names the speaker) are no part of the item's text.
  const skip = (element: Element) =>
    element === time || element === link || element.hasAttribute('data-link') || /^(blockquote|figcaption)$/.test(element.localName);

  // The title: the first emphasised text or heading of the item's own, else all its own text, else the link's.
  const heading = all('strong,b,h2,h3,h4,h5,h6').find((element) => own(element) && domText(element, skip));
  const name = link ? oneLine(domText(link)) : '';
  const title = trimSeparators(oneLine(domText(heading ?? li, skip))) || trimSeparators(name);

  // The date: the <time>'s datetime, else (as HTML reads it) its text.
  const raw = dataOf(li, 'date') || (time ? oneLine(time.getAttribute('datetime') ?? domText(time)) : '');
  const date = edtfFromDatetime(raw);
  const result = parseEdtf(date);
  if (!result.ok || !title) {
    log.add(
      path,
      result.ok
        ? 'has no title'
        : raw
          ? `${time && !dataOf(li, 'date') ? '<time> ' : 'data-date '}${shown(raw)} ${result.error}`
          : 'has no <time datetime> (or data-date)',
    );
    return undefined;
  }
  const url = link && urlOf(link, 'href');
  if (link && !url)
    log.warn(
      `${path}/a/@href`,
      `${shown(link.getAttribute('href')?.trim().slice(0, 70) ?? '')} is not an absolute http:, https: or mailto: URL; it is not linked`,
    );
  const said = quotes.map(readQuote).filter((quote) => quote.text);
  const event = compact({
    date,
    title,
    summary: heading ? trimSeparators(domText(li, (element) => skip(element) || element === heading)) : '',
    category: dataOf(li, 'category'),
    place: dataOf(li, 'place'),
    // Checked by parseTimeline, which says what it may be.
    status: dataOf(li, 'status') as Fields['status'],
    source: name || url ? compact({name, url}) : undefined,
    quotes: said.length > 0 ? said : undefined,
  });
  return {event, id: dataOf(li, 'id'), path: `${path}/@data-id`, fallback: `e${number}`};
}

/** An element's `data-` attribute on one line; '' when it has none. */
const dataOf = (element: Element, name: string) => oneLine(element.getAttribute(`data-${name}`) ?? '');

/**
 * A quote: its text, and who said it, from its data-speaker, else a <cite> or <footer> in it, else
 * the <figcaption> of the <figure> it is in.
 */
function readQuote(quote: Element): QuoteDocument {
  const figure = quote.parentElement?.localName === 'figure' ? quote.parentElement : quote;
  const speaker = quote.hasAttribute('data-speaker') ? undefined : figure.querySelector('cite, footer, figcaption');
  return compact({
    text: domText(quote, (element) => element === speaker),
    // "— Vladimir Putin" is written with a dash before the name; the name alone is kept.
    speaker: trimSeparators(oneLine(quote.getAttribute('data-speaker') ?? (speaker ? domText(speaker) : ''))),
    role: oneLine(quote.getAttribute('data-role') ?? figure.getAttribute('data-role') ?? speaker?.getAttribute('data-role') ?? ''),
    url: urlOf(quote, 'cite'),
    lang: quote.getAttribute('lang')?.trim(),
  });
}

/** The URL in an attribute, resolved against the page (CMS links are often relative), when http(s) or mailto. */
function urlOf(element: Element, attribute: string): string | undefined {
  const value = element.getAttribute(attribute)?.trim();
  try {
    return value ? safeUrl(new URL(value, element.baseURI).href) : undefined;
  } catch {
    return undefined; // not a URL at all
  }
}
