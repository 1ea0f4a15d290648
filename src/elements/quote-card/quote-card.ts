// <quote-card>: what someone said, as a <figure> with its speaker, date and source, tied to
// an event of an <event-timeline> on the same page.
import {LitElement, html, nothing, type PropertyValues} from 'lit';
import {parseEdtf} from '../../model/edtf.js';
import {htmlDatetime} from '../../model/html-datetime.js';
import {safeHttpUrl} from '../../model/safe-url.js';
import {formatEdtf} from '../../i18n/format-date.js';
import {isRtl, stringsFor, watchStrings} from '../../i18n/strings.js';
import {resolveLang} from '../shared/resolve-lang.js';
import {PartLoads} from '../shared/part-loads.js';
import {syncJsonLd} from '../shared/structured-data-part.js';
import {translationFor} from '../shared/translations.js';
import {findTimeline, type LinkedTimeline} from './linked-timeline.js';
import {styles} from './quote-card.styles.js';
import {themeStyles} from '../shared/theme.styles.js';

/** ARIA role values are lowercase ASCII words; anything else in `role` is a job title. */
const NOT_AN_ARIA_ROLE = /[^a-z -]/;

/**
 * A quotation card: the quote, who said it (and in what role), when, and where it was
 * published; linked to an event of an `<event-timeline>` on the page.
 *
 * @summary A quote with speaker, date and source, linked to its event on a timeline.
 *
 * @slot - The quote's text (so it reads without JavaScript). The `text` property is used when empty.
 *
 * @csspart base - The `<figure>`.
 * @csspart quote - The `<blockquote>`.
 * @csspart speaker - The speaker's name.
 * @csspart role - The speaker's role or title.
 * @csspart date - The `<time>` of the quote.
 * @csspart source - The source's title (`<cite>`, a link when `cite` is an http(s) URL).
 * @csspart image - The portrait.
 * @csspart actions - The buttons below the quote.
 *
 * @cssproperty --quote-card-accent - The rule beside the quote and the highlight colour.
 * @cssproperty --quote-card-background - Background.
 * @cssproperty --quote-card-color - Text colour.
 * @cssproperty --quote-card-muted-color - Caption colour.
 * @cssproperty --quote-card-font - Font of the caption and buttons.
 * @cssproperty --quote-card-quote-font - Font of the quote.
 */
export class QuoteCard extends LitElement {
  static override styles = [themeStyles, styles];

  // Reactive properties declared here rather than with decorators: the fields below keep their
  // types, defaults and docs (useDefineForClassFields is off, so they go through Lit's accessors).
  static override properties = {
    speaker: {},
    speakerRole: {attribute: 'speaker-role'},
    date: {},
    source: {},
    cite: {},
    for: {attribute: 'for'},
    event: {},
    image: {},
    imageAlt: {attribute: 'image-alt'},
    noShare: {type: Boolean, attribute: 'no-share', reflect: true},
    structuredData: {type: Boolean, attribute: 'structured-data'},
    text: {},
    theme: {reflect: true},
    active: {type: Boolean, reflect: true},
    slotted: {state: true},
    copied: {state: true},
    linked: {state: true},
  };

  /** Who said it. */
  speaker?: string;

  /**
   * The speaker's role or title ("Aide to the President"). Written `speaker-role`: a `role`
   * attribute holding a title is read too, then removed, because `role` is ARIA's.
   */
  speakerRole?: string;

  /** When it was said: an EDTF date, formatted in the card's language. */
  date?: string;

  /** Name of the publication or record the quote comes from. */
  source?: string;

  /** URL of the source; a link only for http(s). */
  cite?: string;

  /** Id of the `<event-timeline>` this quote belongs to (default: the first on the page with the event). */
  for?: string;

  /** Id of the event in that timeline. */
  event?: string;

  /** URL of a portrait of the speaker. */
  image?: string;

  /** Text alternative of the portrait. */
  imageAlt?: string;

  /** Hide the share / copy-link button. */
  noShare = false;

  /** Add schema.org Quotation JSON-LD to the page for this quote. */
  structuredData = false;

  /**
   * The quote's text, when it is not given as content. (Content is read as text, trimmed,
   * and drawn by the card; the slot itself stays hidden so the quote is not read twice.)
   */
  text?: string;

  /**
   * `light` or `dark` to match a page with a theme switch of its own (as `<event-timeline>`'s
   * `theme`); by default the card follows the reader's colour scheme.
   */
  theme?: 'light' | 'dark';

  /** Set while the linked event is selected in its timeline. */
  active = false;

  private slotted = '';
  private copied = false;
  private linked = false;
  private warned?: string;

  private timelineLang = '';
  /** The JSON-LD and translation parts, loaded when the card first needs them. */
  private readonly parts = new PartLoads(this);
  private unwatchStrings?: () => void;
  private copiedTimer = 0;
  private contentObserver?: MutationObserver;
  private readonly onSelect = (event: Event) => this.syncWith(event);
  private readonly onLoad = () => this.syncWith();

  override connectedCallback(): void {
    super.connectedCallback();
    this.adoptRoleAttribute();
    // Timelines may load their data after the card: each load is a chance to find ours.
    this.ownerDocument.addEventListener('timeline-select', this.onSelect);
    this.ownerDocument.addEventListener('timeline-load', this.onLoad);
    this.unwatchStrings = watchStrings(() => this.requestUpdate());
    customElements.whenDefined('event-timeline').then(() => this.syncWith());
    // Text edited in place (as Lit, React and others update a text node) fires no slotchange.
    this.contentObserver = new MutationObserver(() => this.readContent());
    this.contentObserver.observe(this, {characterData: true, subtree: true});
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.removeEventListener('timeline-select', this.onSelect);
    this.ownerDocument.removeEventListener('timeline-load', this.onLoad);
    this.unwatchStrings?.();
    this.timeline()?.highlight(this.event, false);
    clearTimeout(this.copiedTimer);
    this.contentObserver?.disconnect();
    this.contentObserver = undefined;
    // The JSON-LD script stays: it is a child of the card and moves, or goes, with it.
  }

  private adoptRoleAttribute(): void {
    const role = this.getAttribute('role');
    if (role && NOT_AN_ARIA_ROLE.test(role)) {
      this.speakerRole ??= role;
      this.removeAttribute('role');
    }
  }

  /** Says once per event id that the timeline the card names has no such event (a typo, most likely). */
  private warnMissing(timeline: LinkedTimeline): void {
    const key = `${timeline.id}|${this.event}`;
    if (this.warned === key) return;
    this.warned = key;
    console.warn(`<quote-card>: the timeline${timeline.id ? ` #${timeline.id}` : ''} has no event ${JSON.stringify(this.event)}; the card is not linked to it`);
  }

  private timeline(): LinkedTimeline | undefined {
    return findTimeline(this, this.for, this.event);
  }

  /** Marks the card active when its event is the one selected in its timeline. */
  private syncWith(event?: Event): void {
    const timeline = this.timeline();
    // A card names an event its timeline does not have: no button that would do nothing.
    this.linked = Boolean(timeline && this.event && timeline.hasEvent(this.event));
    if (timeline && this.event && !this.linked && timeline.timeline) this.warnMissing(timeline);
    if (!timeline || !this.event) return;
    // composedPath: a timeline inside another component's shadow root is retargeted to that host.
    if (event && !event.composedPath().includes(timeline)) return;
    const id = (event as CustomEvent<{id: string}> | undefined)?.detail?.id ?? timeline.selected;
    this.active = id === this.event;
    this.timelineLang = resolveLang(timeline);
  }

  private get lang_(): string {
    return resolveLang(this) || this.timelineLang || 'en';
  }

  private get quoteText(): string {
    return this.slotted || this.text || '';
  }

  /** Also waits for the parts the card asked for (JSON-LD, a translation). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.parts.busy) {
      await this.parts.settled();
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('for') || changed.has('event')) this.syncWith();
    const translation = translationFor(this.lang_);
    if (translation) this.parts.get(translation);
  }

  override updated(): void {
    syncJsonLd(this, this.structuredData, ({quotationJsonLd}) => {
      if (!this.structuredData) return undefined;
      const parsed = this.date ? parseEdtf(this.date) : undefined;
      const quote = {
        text: this.quoteText,
        speaker: this.speaker,
        role: this.speakerRole,
        date: parsed?.ok ? parsed.date : undefined,
        lang: this.lang || undefined,
        url: safeHttpUrl(this.cite),
        source: this.source,
      };
      return {'@context': 'https://schema.org', ...quotationJsonLd(quote)};
    }, this.parts);
  }

  override render() {
    const strings = stringsFor(this.lang_);
    const parsed = this.date ? parseEdtf(this.date) : undefined;
    const date = parsed?.ok ? parsed.date : undefined;
    const http = safeHttpUrl(this.cite);
    const image = safeHttpUrl(this.image);
    // The card is written in its own language, quote, caption and buttons alike, so it takes that
    // language's direction: an English quote in an Arabic page reads left to right.
    const dir = this.lang ? (isRtl(this.lang) ? 'rtl' : 'ltr') : nothing;
    return html`<figure part="base" class="base" itemscope itemtype="https://schema.org/Quotation" dir=${dir} aria-label=${this.speaker ? strings.quoteBy(this.speaker) : nothing}>
      ${image ? html`<img part="image" class="portrait" src=${image} alt=${this.imageAlt ?? ''} />` : nothing}
      <blockquote part="quote" cite=${http ?? nothing} itemprop="text" lang=${this.lang || nothing}
        ><slot hidden @slotchange=${this.onSlotChange}></slot>${this.quoteText}</blockquote
      >
      <figcaption>
        ${this.speaker
          ? html`<span part="speaker" class="speaker" itemprop="creator" itemscope itemtype="https://schema.org/Person"
              ><span itemprop="name">${this.speaker}</span></span
            >`
          : nothing}${this.speakerRole ? html`<span part="role" class="role">${this.speakerRole}</span>` : nothing}
        ${date ? html`<time part="date" class="date" datetime=${htmlDatetime(date) ?? nothing} itemprop="dateCreated">${formatEdtf(date, this.lang_)}</time>` : nothing}
        ${this.source ? html`<cite part="source" class="source">${http ? html`<a href=${http} target="_blank" rel="noopener noreferrer">${this.source}</a>` : this.source}</cite>` : nothing}
      </figcaption>
      ${this.linked || !this.noShare
        ? html`<div part="actions" class="actions">
            ${this.linked ? html`<button type="button" class="show" @click=${this.show}>${strings.showOnTimeline}</button>` : nothing}
            ${this.noShare ? nothing : html`<button type="button" class="share" @click=${this.share}>${this.copied ? strings.copied : typeof navigator.share === 'function' ? strings.share : strings.copyLink}</button>`}
          </div>`
        : nothing}
    </figure>`;
  }

  override firstUpdated(): void {
    this.addEventListener('pointerenter', () => this.highlight(true));
    this.addEventListener('pointerleave', () => this.highlight(false));
    this.addEventListener('focusin', () => this.highlight(true));
    this.addEventListener('focusout', () => this.highlight(false));
  }

  private onSlotChange(event: Event): void {
    this.readContent(event.target as HTMLSlotElement);
  }

  private readContent(slot = this.shadowRoot?.querySelector('slot')): void {
    if (!slot) return;
    this.slotted = slot
      .assignedNodes({flatten: true})
      .filter((node) => !(node instanceof HTMLScriptElement))
      .map((node) => node.textContent ?? '')
      .join('')
      .trim();
  }

  private highlight(on: boolean): void {
    this.timeline()?.highlight(this.event, on);
  }

  /** Scrolls to the linked timeline, zooms to the event and selects it. */
  private show = () => {
    const timeline = this.timeline();
    if (timeline && this.event) timeline.showEvent(this.event);
  };

  private share = async () => {
    const url = new URL(this.ownerDocument.location.href);
    if (this.id) url.hash = this.id;
    const text = this.speaker ? `“${this.quoteText}” — ${this.speaker}` : `“${this.quoteText}”`;
    try {
      if (typeof navigator.share === 'function') {
        await navigator.share({text, url: url.href});
        return;
      }
      await navigator.clipboard.writeText(`${text}\n${url.href}`);
      this.copied = true;
      this.copiedTimer = window.setTimeout(() => (this.copied = false), 2000);
    } catch {
      // The reader dismissed the share sheet or the page may not write to the clipboard: nothing to do.
    }
  };
}
