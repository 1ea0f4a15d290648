// Progressive enhancement: reads the <ol>/<ul> of news items a CMS author wrote inside
// <event-timeline> into event JSON. It reads the DOM and never writes to it; all it keeps is text
// and http(s)/mailto URLs (others are dropped without a word: the text is what matters).
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
//
// What parseTimeline checks anyway (an empty list, lang, data-now, data-anchor, data-status, a
// quote's lang) is passed on as written, and reported there.
import type {EventDocument, QuoteDocument, TimelineDocument} from '../model/document.js';
import {parseEdtf} from '../model/edtf.js';
import {IssueLog, shown} from '../model/issue-log.js';
import {safeUrl} from '../model/safe-url.js';
import type {TimelineIssue} from '../model/types.js';
import {edtfFromDatetime} from './datetime-value.js';
import {domText} from './dom-text.js';
import {assignIds, compact, type Item} from './ids.js';
import {oneLine, trimSeparators} from './plain-text.js';

type Fields = Omit<EventDocument, 'id'>;

/**
 * Reads the first `<ol>` or `<ul>` child of `host`. Undefined when there is none. Issues use the
 * author's numbering: `li[3]` is the third item.
 */
export function readLightDomList(host: Element): {document: TimelineDocument; issues: TimelineIssue[]} | undefined {
  const list = host.querySelector(':scope>ol,:scope>ul');
  if (!list) return undefined;
  const log = new IssueLog();
  const items = [...list.querySelectorAll(':scope>li')];
  const events = assignIds(log, items.flatMap((li, index) => readItem(log, li, index + 1) ?? []));
  const head = compact({
    version: 1 as const,
    lang: list.closest('[lang]')?.getAttribute('lang')?.trim(),
    title: dataOf(list, 'title'),
    now: edtfFromDatetime(dataOf(list, 'now')),
    anchor: dataOf(list, 'anchor'),
  });
  return {document: {...head, events}, issues: log.finish()};
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
  const link = all('a[href]').find(own);
  // Quotes and their captions (where a figure names the speaker) are no part of the item's text.
  const skip = (element: Element) => element === time || element === link || /^(blockquote|figcaption)$/.test(element.localName);

  // The title: the first emphasised text or heading of the item's own, else all its own text, else the link's.
  const heading = all('strong,b,h2,h3,h4,h5,h6').find((element) => own(element) && domText(element, skip));
  const name = link ? oneLine(domText(link)) : '';
  const title = trimSeparators(oneLine(domText(heading ?? li, skip))) || trimSeparators(name);

  // The date: the <time>'s datetime, else (as HTML reads it) its text.
  const raw = time ? oneLine(time.getAttribute('datetime') ?? domText(time)) : '';
  const date = edtfFromDatetime(raw);
  const result = parseEdtf(date);
  if (!result.ok || !title) {
    log.add(path, result.ok ? 'has no title' : time ? `<time> ${shown(raw)} ${result.error}` : 'has no <time datetime>');
    return undefined;
  }
  const url = link && urlOf(link, 'href');
  if (link && !url) log.warn(`${path}/a/@href`, `${shown(link.getAttribute('href')?.trim().slice(0, 70) ?? '')} is not an absolute http:, https: or mailto: URL; it is not linked`);
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
