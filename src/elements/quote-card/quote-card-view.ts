// What a <quote-card> does beyond holding its properties, as a Lit reactive controller loaded the
// first time a card is connected (the quote card part): it draws the card, reads its text, finds
// the timeline it belongs to and follows its selection, highlights its event, shares, and writes
// its JSON-LD. Until it arrives the card shows its own content, as it reads without JavaScript.
import {html, nothing, type ReactiveController} from 'lit';
import {parseEdtf} from '../../model/edtf.js';
import {htmlDatetime} from '../../model/html-datetime.js';

import {safeHttpUrl} from '../../model/safe-url.js';
import {formatEdtf} from '../../i18n/format-date.js';
import {isRtl, withEnglish} from '../../i18n/strings.js';
import {EN_QUOTE_CARD} from '../../i18n/locales/en-quote-card.js';
import {adoptStyles} from '../shared/adopt-styles.js';
import {resolveLang} from '../shared/resolve-lang.js';
import type {PartLoads} from '../shared/part-loads.js';
import {syncJsonLd} from '../shared/structured-data-part.js';
import {findTimeline, type LinkedTimeline} from './linked-timeline.js';
import type {QuoteCard} from './quote-card.js';
import {styles} from './quote-card.styles.js';

export class QuoteCardView implements ReactiveController {
  /** The card's content as text (trimmed), read from its slot. */
  private slotted = '';
  private copied = false;
  /** Does the timeline the card names (or the first one with its event) hold that event? */
  private linked = false;
  private warned?: string;
  /** The language of its timeline: the card's, when neither it nor the page says one. */
  timelineLang = '';
  private copiedTimer = 0;
  private contentObserver?: MutationObserver;
  private readonly onSelect = (event: Event) => this.syncWith(event);
  private readonly onLoad = () => this.syncWith();
  private readonly onEnter = () => this.highlight(true);
  private readonly onLeave = () => this.highlight(false);

  constructor(
    private readonly card: QuoteCard,
    private readonly parts: PartLoads,
  ) {
    card.addController(this);
  }

  hostConnected(): void {
    const card = this.card;
    adoptStyles(card.renderRoot as ShadowRoot, styles);
    // Timelines may load their data after the card: each load is a chance to find ours.
    card.ownerDocument.addEventListener('timeline-select', this.onSelect);
    card.ownerDocument.addEventListener('timeline-load', this.onLoad);
    customElements.whenDefined('event-timeline').then(() => this.syncWith());
    // Text edited in place (as Lit, React and others update a text node) fires no slotchange.
    this.contentObserver = new MutationObserver(() => this.readContent());
    this.contentObserver.observe(card, {characterData: true, subtree: true});
    for (const type of ['pointerenter', 'focusin']) card.addEventListener(type, this.onEnter);
    for (const type of ['pointerleave', 'focusout']) card.addEventListener(type, this.onLeave);
    this.syncWith();
    this.readContent();
  }

  hostDisconnected(): void {
    const card = this.card;
    card.ownerDocument.removeEventListener('timeline-select', this.onSelect);
    card.ownerDocument.removeEventListener('timeline-load', this.onLoad);
    this.timeline()?.highlight(card.event, false);
    clearTimeout(this.copiedTimer);
    this.contentObserver?.disconnect();
    this.contentObserver = undefined;
    for (const type of ['pointerenter', 'focusin']) card.removeEventListener(type, this.onEnter);
    for (const type of ['pointerleave', 'focusout']) card.removeEventListener(type, this.onLeave);
    // The JSON-LD script stays: it is a child of the card and moves, or goes, with it.
  }

  /** `for` or `event` changed: find the timeline again. */
  relink(): void {
    this.syncWith();
  }

  /** The language the card formats in (the card's locale controller works it out). */
  get lang(): string {
    return this.card.locale.lang;
  }

  private get quoteText(): string {
    return this.card.cutQuote(this.slotted || this.card.text || '');
  }

  /** The portrait: resolved against the page as an <img> of the page would be, and only over http(s). */
  private get imageUrl(): string | undefined {
    const {image, baseURI} = this.card;
    try {
      return image ? safeHttpUrl(new URL(image.trim(), baseURI).href) : undefined;
    } catch {
      return undefined; // not a URL even relative to the page
    }
  }

  writeJsonLd(): void {
    const card = this.card;
    syncJsonLd(
      card,
      card.structuredData,
      ({quotationJsonLd}) => {
        if (!card.structuredData) return undefined;
        const parsed = card.date ? parseEdtf(card.date) : undefined;
        const quote = {
          text: this.quoteText,
          speaker: card.speaker,
          role: card.speakerRole,
          date: parsed?.ok ? parsed.date : undefined,
          lang: card.lang || undefined,
          url: safeHttpUrl(card.cite),
          source: card.source,
        };
        return {'@context': 'https://schema.org', ...quotationJsonLd(quote)};
      },
      this.parts,
    );
  }

  render() {
    const card = this.card;
    const strings = withEnglish(card.locale.strings, EN_QUOTE_CARD);
    const parsed = card.date ? parseEdtf(card.date) : undefined;
    const date = parsed?.ok ? parsed.date : undefined;
    const http = safeHttpUrl(card.cite);
    const image = this.imageUrl;
    // The card is written in its own language, quote, caption and buttons alike, so it takes that
    // language's direction: an English quote in an Arabic page reads left to right.
    const dir = card.lang ? (isRtl(card.lang) ? 'rtl' : 'ltr') : nothing;
    // Hydrating, the card draws what the server drew (no navigator there, no timeline to link to); the next update the rest.
    const linked = this.linked && !card.hydrating;
    const canShare = !card.hydrating && typeof globalThis.navigator?.share === 'function';
    return html`<figure
      part="base"
      class="base"
      itemscope
      itemtype="https://schema.org/Quotation"
      dir=${dir}
      aria-label=${card.speaker ? strings.quoteBy(card.speaker) : nothing}
    >
      ${image ? html`<img part="image" class="portrait" src=${image} alt=${card.imageAlt ?? ''} referrerpolicy="no-referrer" />` : nothing}
      <blockquote part="quote" cite=${http ?? nothing} itemprop="text" lang=${card.lang || nothing}>
        <slot hidden @slotchange=${this.onSlotChange}></slot>${this.quoteText}
      </blockquote>
      <figcaption>
        ${
          card.speaker
            ? html`<span part="speaker" class="speaker" itemprop="creator" itemscope itemtype="https://schema.org/Person"
                ><span itemprop="name">${card.speaker}</span></span
              >`
            : nothing
        }${card.speakerRole ? html`<span part="role" class="role">${card.speakerRole}</span>` : nothing}
        ${date ? html`<time part="date" class="date" datetime=${htmlDatetime(date) ?? nothing} itemprop="dateCreated">${formatEdtf(date, this.lang)}</time>` : nothing}
        ${card.source ? html`<cite part="source" class="source">${http ? html`<a href=${http} target="_blank" rel="noopener noreferrer">${card.source}</a>` : card.source}</cite>` : nothing}
      </figcaption>
      ${
        linked || !card.noShare
          ? html`<div part="actions" class="actions">
              ${linked ? html`<button type="button" class="show" @click=${this.show}>${strings.showOnTimeline}</button>` : nothing}
              ${card.noShare ? nothing : html`<button type="button" class="share" @click=${this.share}>${this.copied ? strings.copied : canShare ? strings.share : strings.copyLink}</button>`}
            </div>`
          : nothing
      }
    </figure>`;
  }

  /** Says once per event id that the timeline the card names has no such event (a typo, most likely). */
  private warnMissing(timeline: LinkedTimeline): void {
    const key = `${timeline.id}|${this.card.event}`;
    if (this.warned === key) return;
    this.warned = key;
    console.warn(
      `<quote-card>: the timeline${timeline.id ? ` #${timeline.id}` : ''} has no event ${JSON.stringify(this.card.event)}; the card is not linked to it`,
    );
  }

  private timeline(): LinkedTimeline | undefined {
    return findTimeline(this.card, this.card.for, this.card.event);
  }

  /** Marks the card active when its event is the one selected in its timeline. */
  private syncWith(event?: Event): void {
    const card = this.card;
    const timeline = this.timeline();
    // A card names an event its timeline does not have: no button that would do nothing.
    const linked = Boolean(timeline && card.event && timeline.hasEvent(card.event));
    if (linked !== this.linked) {
      this.linked = linked;
      card.requestUpdate();
    }
    if (timeline && card.event && !linked && timeline.timeline) this.warnMissing(timeline);
    if (!timeline || !card.event) return;
    // composedPath: a timeline inside another component's shadow root is retargeted to that host.
    if (event && !event.composedPath().includes(timeline)) return;
    const id = (event as CustomEvent<{id: string}> | undefined)?.detail?.id ?? timeline.selected;
    card.active = id === card.event;
    const lang = resolveLang(timeline);
    if (lang !== this.timelineLang) {
      this.timelineLang = lang;
      card.requestUpdate();
    }
  }

  private onSlotChange = (event: Event) => this.readContent(event.target as HTMLSlotElement);

  private readContent(slot = this.card.shadowRoot?.querySelector('slot')): void {
    if (!slot) return;
    const text = slot
      .assignedNodes({flatten: true})
      .filter((node) => !(node instanceof HTMLScriptElement))
      .map((node) => node.textContent ?? '')
      .join('')
      .trim();
    if (text === this.slotted) return;
    this.slotted = text;
    this.card.requestUpdate();
  }

  private highlight(on: boolean): void {
    this.timeline()?.highlight(this.card.event, on);
  }

  /** Scrolls to the linked timeline, zooms to the event and selects it. */
  private show = () => {
    const timeline = this.timeline();
    if (timeline && this.card.event) timeline.showEvent(this.card.event);
  };

  private share = async () => {
    const card = this.card;
    const url = new URL(card.ownerDocument.location.href);
    if (card.id) url.hash = card.id;
    const text = card.speaker ? `“${this.quoteText}” — ${card.speaker}` : `“${this.quoteText}”`;
    try {
      if (typeof navigator.share === 'function') {
        await navigator.share({text, url: url.href});
        return;
      }
      await navigator.clipboard.writeText(`${text}\n${url.href}`);
      this.copied = true;
      card.requestUpdate();
      this.copiedTimer = window.setTimeout(() => {
        this.copied = false;
        card.requestUpdate();
      }, 2000);
    } catch {
      // The reader dismissed the share sheet or the page may not write to the clipboard: nothing to do.
    }
  };
}
