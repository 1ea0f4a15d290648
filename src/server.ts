// Server rendering, in Node, with Lit's own server renderer (@lit-labs/ssr): the HTML of an
// element with its shadow root declared in the markup (declarative shadow DOM), so that a page
// shows the picture, the legend and the list for screen readers before, or without, any script.
// The timeline's data goes with it as inline JSON, which the element reads when it hydrates in the
// browser (@lit-labs/ssr-client; dist/event-timeline.hydrate.js does both). docs/server-rendering.md.
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {css, html, nothing} from 'lit';
import {deepTimePart, EventTimeline, listPart} from './elements/event-timeline/event-timeline.js';
import {QuoteCard, viewPart} from './elements/quote-card/quote-card.js';
import './elements/event-timeline/server-properties.js';
import './elements/event-timeline/define.js';
import './elements/quote-card/define.js';
import {styles as listStyles} from './elements/event-timeline/render-list.js';
import {styles as quoteStyles} from './elements/quote-card/quote-card.styles.js';
import {translationFor} from './elements/shared/translations.js';
import {teachPart} from './elements/event-timeline/timeline-data.js';
import {refusedJson} from './model/json-text.js';
import {DEFAULT_LIMITS} from './model/limits.js';

/** How a timeline is rendered; each is the element's attribute of the same name. */
export interface ServerTimelineOptions {
  /** The width in CSS pixels the picture is laid out at (`initial-width`); default 720. Below 600 the timeline runs vertically. */
  width?: number;
  /**
   * The language of the interface, dates and numbers; by default the data's `lang`, else English.
   * Always written on the element: in the browser it would otherwise take the page's, and its first
   * render would not be the server's.
   */
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /** `light` or `dark`; by default the reader's colour scheme. */
  theme?: 'light' | 'dark';
  layout?: 'auto' | 'horizontal' | 'vertical';
  /** The element's id (for quote cards' `for`). */
  id?: string;
  /** Accessible name; by default the data's title. */
  label?: string;
  noBreaks?: boolean;
  maxLanes?: number;
}

/**
 * A quote card's content and attributes: its text, and the card's own properties of the same names
 * (documented on QuoteCard), so that the two cannot drift apart.
 */
export type ServerQuote = {
  text: string;
  /** The card's language (default English), written on the element as for a timeline. */
  lang?: string;
  id?: string;
} & Partial<
  Pick<QuoteCard, 'speaker' | 'speakerRole' | 'date' | 'source' | 'cite' | 'for' | 'event' | 'image' | 'imageAlt' | 'theme' | 'noShare'>
>;

/** Buttons that do nothing without script are hidden (keeping their room) until the element is defined. */
const beforeScript = css`
  :host(:not(:defined)) .toolbar,
  :host(:not(:defined)) .actions {
    visibility: hidden;
  }
`;

let ready: Promise<void> | undefined;

/**
 * Loads what the browser loads as parts (the list, the quote card's drawing, the advice on problems,
 * every translation)
 * once, and gives the server's elements their styles: the server draws everything in one pass.
 */
function prepare(): Promise<void> {
  ready ??= (async () => {
    await Promise.all([
      listPart.load(),
      viewPart.load(),
      teachPart.load(),
      deepTimePart.load(),
      ...['ru', 'zh', 'ar', 'he'].map((lang) => translationFor(lang)?.load()),
    ]);
    const add = (element: typeof EventTimeline | typeof QuoteCard, style: (typeof EventTimeline.elementStyles)[number]) => {
      if (!element.elementStyles.includes(style)) element.elementStyles.push(style);
    };
    add(EventTimeline, listStyles);
    add(EventTimeline, beforeScript);
    add(QuoteCard, quoteStyles);
    add(QuoteCard, beforeScript);
  })();
  return ready;
}

/** JSON text that is safe inside a <script> element: no "<" can end it or open a comment. */
export function inlineJson(story: unknown): string {
  const text = typeof story === 'string' ? story : JSON.stringify(story);
  return text
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The document's own `lang`, when it says one. */
function dataLang(story: unknown): string | undefined {
  let value = story;
  try {
    // Text past the limits is not parsed here either: the element reports it.
    if (typeof story === 'string') value = refusedJson(story, DEFAULT_LIMITS) ? undefined : JSON.parse(story);
  } catch {
    return undefined; // the element reports the JSON's problem
  }
  const lang = (value as {lang?: unknown} | null)?.lang;
  return typeof lang === 'string' && lang.trim() ? lang.trim() : undefined;
}

/** Puts `content` (markup we wrote) into the element's light DOM, after its declared shadow root. */
function withContent(rendered: string, tag: string, content: string): string {
  const end = rendered.lastIndexOf(`</${tag}>`);
  return end < 0 ? rendered : `${rendered.slice(0, end)}${content}${rendered.slice(end)}`;
}

/**
 * The HTML of an `<event-timeline>` drawing `story` (event JSON: an object or JSON text): the
 * picture, legend and list in a declarative shadow root, and the data as inline JSON for hydration.
 */
export async function renderTimeline(story: unknown, options: ServerTimelineOptions = {}): Promise<string> {
  await prepare();
  const o = options;
  const template = html`<event-timeline
    .data=${story}
    id=${o.id ?? nothing}
    lang=${o.lang ?? dataLang(story) ?? 'en'}
    dir=${o.dir ?? nothing}
    theme=${o.theme ?? nothing}
    layout=${o.layout ?? nothing}
    label=${o.label ?? nothing}
    max-lanes=${o.maxLanes ?? nothing}
    ?no-breaks=${o.noBreaks}
    initial-width=${o.width ?? 720}
  ></event-timeline>`;
  const rendered = await collectResult(render(template));
  return withContent(rendered, 'event-timeline', `<script type="application/json">${inlineJson(story)}</script>`);
}

/** The HTML of a `<quote-card>`, drawn whole (quote, speaker, date, source), its text also its content. */
export async function renderQuoteCard(quote: ServerQuote): Promise<string> {
  await prepare();
  const q = quote;
  const template = html`<quote-card
    .text=${q.text}
    id=${q.id ?? nothing}
    lang=${q.lang ?? 'en'}
    speaker=${q.speaker ?? nothing}
    speaker-role=${q.speakerRole ?? nothing}
    date=${q.date ?? nothing}
    source=${q.source ?? nothing}
    cite=${q.cite ?? nothing}
    for=${q.for ?? nothing}
    event=${q.event ?? nothing}
    image=${q.image ?? nothing}
    image-alt=${q.imageAlt ?? nothing}
    theme=${q.theme ?? nothing}
    ?no-share=${q.noShare}
    >${q.text}</quote-card
  >`;
  return collectResult(render(template));
}

/** Characters an attribute value may carry as entities, read back as the browser does. */
const ENTITIES: Record<string, string> = {amp: '&', quot: '"', apos: "'", lt: '<', gt: '>'};
const unescapeAttribute = (value: string) =>
  value.replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (whole, decimal?: string, hex?: string, name?: string) =>
    decimal
      ? String.fromCodePoint(Number(decimal))
      : hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : (ENTITIES[name!.toLowerCase()] ?? whole),
  );

/**
 * The Content-Security-Policy sources that allow the inline styles of `html` and nothing else:
 * `'sha256-…'` of each `<style>` element's text and of each `style` attribute's value, each once,
 * sorted. The server's markup has both (the shadow roots' styles, the categories' colours); give it
 * the whole page, so that the page's own inline styles are counted too. A strict page then sends
 * `style-src 'self' 'unsafe-hashes' <the hashes>` ('unsafe-hashes' lets the hashes match `style`
 * attributes; no other inline style is allowed). Once hydrated, the elements style themselves
 * through the CSS object model, which the policy does not restrict. docs/server-rendering.md.
 */
export async function styleHashes(html: string): Promise<string[]> {
  const texts = new Set<string>();
  for (const [, text] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) texts.add(text!);
  // Attributes of tags, read one after another: text that only reads like an attribute (in a
  // text node, escaped, or inside another attribute's value) is not one.
  const attribute = /\s([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
  for (const [tag] of html.matchAll(/<[a-z][\w-]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s*\/?>/gi))
    for (const [, name, double, single, bare] of tag.matchAll(attribute))
      if (name!.toLowerCase() === 'style') texts.add(unescapeAttribute(double ?? single ?? bare ?? ''));
  const hashes = await Promise.all(
    [...texts].map(async (text) => {
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
      return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
    }),
  );
  return [...new Set(hashes)].sort();
}
