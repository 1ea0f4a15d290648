// <quote-card>: what someone said, as a <figure> with its speaker, date and source, tied to
// an event of an <event-timeline> on the same page. The class holds the public properties; what
// the card draws and does comes with the quote card part (quote-card-view.ts), loaded when a card
// is first connected, so that a page with a timeline and no quote loads none of it.
import {LitElement, html, isServer, type PropertyValues} from 'lit';
import {lazyPart} from '../shared/lazy-part.js';
import {LocaleController} from '../shared/locale-controller.js';
import {PartLoads} from '../shared/part-loads.js';
import {cutText} from '../../model/cut-text.js';
import {DEFAULT_LIMITS} from '../../model/limits.js';
import {keepStyles} from '../shared/adopt-styles.js';
import {hostStyles} from './quote-card-host.styles.js';
import {themeStyles} from '../shared/theme.styles.js';
import type {QuoteCardView} from './quote-card-view.js';

/** @internal The server renderer and hydration load it before the first render (server.ts, hydration.ts). */
export const viewPart = lazyPart('quote card', () => import('./quote-card-view.js'));

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
  static override styles = [themeStyles, hostStyles];

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

  /**
   * URL of a portrait of the speaker (http or https; a relative URL is resolved against the page).
   * The one request the card makes, and only when the page gives it: sent without a referrer.
   */
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

  /**
   * Set by hydration (hydration.ts) while the first update takes over what the server rendered:
   * the card draws what the server could know (not yet linked to a timeline, no share sheet).
   * @internal
   */
  declare hydrating?: boolean;

  // Read by name by hydration (shared/hydration.ts).
  private readonly parts = new PartLoads(this);
  private view?: QuoteCardView;
  /**
   * The language the card formats in: its own or an ancestor's, else its timeline's; redrawn when
   * either changes or a translation arrives.
   * @internal
   */
  readonly locale = new LocaleController(this, {fallback: () => this.view?.timelineLang, parts: this.parts});

  override connectedCallback(): void {
    super.connectedCallback();
    keepStyles(this.renderRoot as ShadowRoot, QuoteCard.elementStyles);
    this.#adoptRoleAttribute();
    if (this.view) return;
    void this.parts.track(
      this.parts.load(viewPart).then((part) => {
        if (!part || this.view) return;
        this.view = new part.QuoteCardView(this, this.parts);
        this.requestUpdate();
      }),
    );
  }

  /** Also waits for the parts the card asked for (its view, JSON-LD, a translation). */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.parts.whenDrawn(() => super.getUpdateComplete());
  }

  #adoptRoleAttribute(): void {
    const role = this.getAttribute('role');
    if (role && NOT_AN_ARIA_ROLE.test(role)) {
      this.speakerRole ??= role;
      this.removeAttribute('role');
    }
  }

  /**
   * The quote as drawn: cut like any text of the library (one letter and 100,000 combining marks
   * take a browser seconds to lay out). Here rather than in the view part, which would otherwise
   * split the first frame's code across files (the bundler's chunking).
   * @internal
   */
  cutQuote(text: string): string {
    return cutText(text, DEFAULT_LIMITS.maxTextLength);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // On the server the view part is loaded before rendering (server.ts): the card draws itself whole.
    if (isServer && !this.view && viewPart.value) this.view = new viewPart.value.QuoteCardView(this, this.parts);
    // (The server has no page to look for the timeline in.)
    if (!isServer && (changed.has('for') || changed.has('event'))) this.view?.relink();
    this.locale.resolve();
  }

  override updated(): void {
    this.view?.writeJsonLd();
  }

  override render() {
    // Until the view arrives: the content as written, as it reads without JavaScript.
    return this.view ? this.view.render() : html`<slot></slot>`;
  }
}
