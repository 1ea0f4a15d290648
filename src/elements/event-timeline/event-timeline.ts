// <event-timeline>: draws a news story's events on a time axis and links the main event to
// the dates around it. The class holds the public API and the lifecycle, and wires together
// controllers that each own one thing: the data (timeline-data.ts), live updates
// (live-updates.ts), the language (locale-controller.ts), what is on screen and the zoom
// (viewport.ts), the reader's focus, hover and detail card (selection.ts), the reader's input
// (reader-input.ts), the parts loaded in idle time (idle-parts.ts), the first view (start-view.ts)
// and what the page is told (story-events.ts). `willUpdate` derives the view model
// (view-settings.ts, timeline-view.ts: no DOM), `render` draws (render-views.ts and the templates
// it calls). What the first frame does not run comes in parts of its own, loaded when first needed
// (lazy-part.ts): gestures, the reader's actions, the detail card, the list, export, JSON-LD,
// live updates' polling and marks, translations.
import {LitElement, html, isServer, nothing, type PropertyValues} from 'lit';
import type {InputFormat} from '../../adapters/input-format.js';
// Loaded first, as the layout and the parser use it: after them, the bundler put the EDTF dates in a file of their own, a second file for the first frame.
import '../../i18n/format-date.js';
import {warmUpIntl} from '../../i18n/warm-up.js';
// (After the strings: imported before them, phrases.js made the bundler put the strings in a chunk of their own, a second file for the first frame.)
import {moreIssuesLabel} from '../../i18n/phrases.js';
import type {TimelineChanges} from '../../model/diff-timeline.js';
import type {Timeline, TimelineIssue} from '../../model/types.js';
import {DAY} from '../../model/units.js';
import {keepStyles} from '../shared/adopt-styles.js';
import {LocaleController} from '../shared/locale-controller.js';
import {PartLoads} from '../shared/part-loads.js';
import {resolveLang} from '../shared/resolve-lang.js';
import {themeStyles} from '../shared/theme.styles.js';
import {styles} from './event-timeline.styles.js';
import {exportPart} from './export-part.js';
import type {TimelineImageOptions} from './export-svg.js';
import {IdleParts} from './idle-parts.js';
import {LiveUpdates} from './live-updates.js';
import {loadMessage} from './load-message.js';
import {ReaderInput} from './reader-input.js';
import {renderIssues, renderPartNotice} from './render-panels.js';
import {renderToolbar} from './render-toolbar.js';
import {adoptPartStyles, listWanted, renderListView, renderPicture, type ViewsContext} from './render-views.js';
import {Selection} from './selection.js';
import {StartView} from './start-view.js';
import {StoryEvents} from './story-events.js';
import {TimelineData} from './timeline-data.js';
import type {TimelineView} from './timeline-view.js';
import {deriveView} from './view-settings.js';
import {prefersReducedMotion, Viewport} from './viewport.js';
import {warmUpFonts} from './warm-fonts.js';
import {warmUpFirstFrame} from './warm-up.js';

/** @internal The server renderer loads these before rendering (server.ts). */
export {listPart} from './idle-parts.js';
export {deepTimePart} from './view-settings.js';

/** Detail of the `timeline-select` event. */
export interface TimelineSelectDetail {
  id: string;
}

/** Detail of the `timeline-update` event: the ids of the events a new version of the story added, changed and removed. */
export type TimelineUpdateDetail = TimelineChanges;

/** Detail of the `timeline-load` event. */
export interface TimelineLoadDetail {
  /** Undefined when the data had no valid event. */
  timeline?: Timeline;
  issues: readonly TimelineIssue[];
}

const LIST_PAGE = 500;
let instances = 0;

/**
 * An interactive, accessible timeline of a news story: events on a time axis, the main
 * event linked to the dates around it, uncertain dates drawn fuzzy, long empty stretches
 * cut out with axis breaks.
 *
 * Data comes from the `data` property, the `src` URL, or the element's own content: a
 * `<script type="application/json">`, or an `<ol>` of `<li>` each with a `<time datetime>`
 * and a title (which reads as a plain list where scripts do not run). Event JSON and
 * TimelineJS3 JSON are both read.
 *
 * @summary Draws event JSON as a zoomable, keyboard-navigable timeline with a list view.
 *
 * @event timeline-select - The reader selected an event (click, Enter or Space). `detail: {id}`.
 * @event timeline-load - New data was read and drawn (also when it had problems). `detail: {timeline, issues}`.
 * @event timeline-update - A new version of the story on screen (a live refresh, or `data` set again) that adds, changes or removes events was drawn. `detail: {added, changed, removed}` (event ids).
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - Title, description and toolbar.
 * @csspart toolbar - The zoom, fit and list buttons.
 * @csspart chart - The picture's wrapper.
 * @csspart axis - The time axis: track, ticks and labels.
 * @csspart axis-break - A cut in the axis where a long empty stretch of time was left out.
 * @csspart event - An event's mark and label; extra tokens `anchor`, `selected`, `highlighted`, `planned`.
 * @csspart event-label - An event's label: its title lines, then its date line (a `tspan.subtitle`, which keeps its own size and colour).
 * @csspart link - A link arc between two events (`data-from`, `data-to`, `data-kind`).
 * @csspart link-label - The label of a link arc.
 * @csspart cluster - A counted group of events too dense to label; activating it zooms in.
 * @csspart now - The marker of the story's own date.
 * @csspart legend - The category legend.
 * @csspart detail - The detail card of the hovered, focused or selected event.
 * @csspart list - The list view (an ordered list of all events).
 * @csspart error - The error state (`role="alert"`).
 * @csspart notice - Says that a part of the timeline could not be loaded (offline), with a button to try again.
 *
 * @cssproperty --event-timeline-font - Font family.
 * @cssproperty --event-timeline-background - Background colour.
 * @cssproperty --event-timeline-color - Text colour.
 * @cssproperty --event-timeline-muted-color - Secondary text (dates, ticks).
 * @cssproperty --event-timeline-axis-color - Axis, ticks and borders.
 * @cssproperty --event-timeline-grid-color - Era bands and hover backgrounds.
 * @cssproperty --event-timeline-accent-color - The story-date marker and links in cards.
 * @cssproperty --event-timeline-focus-color - Focus rings.
 * @cssproperty --event-timeline-highlight-color - Background of selected and highlighted events.
 * @cssproperty --event-timeline-card-background - Detail card background.
 * @cssproperty --event-timeline-card-shadow - Detail card shadow.
 * @cssproperty --event-timeline-radius - Corner radius of cards and the error box.
 * @cssproperty --event-timeline-error-color - Error text and border.
 * @cssproperty --event-timeline-error-background - Error background.
 */
export class EventTimeline extends LitElement {
  static override styles = [themeStyles, styles];

  // Reactive properties declared here rather than with decorators: the fields below keep their
  // types, defaults and docs (useDefineForClassFields is off, so they go through Lit's accessors).
  static override properties = {
    data: {attribute: false},
    format: {reflect: true},
    src: {reflect: true},
    layout: {reflect: true},
    noBreaks: {type: Boolean, reflect: true, attribute: 'no-breaks'},
    theme: {reflect: true},
    view: {reflect: true},
    selected: {reflect: true},
    startAt: {attribute: 'start-at'},
    highlighted: {attribute: false},
    maxLanes: {type: Number, attribute: 'max-lanes'},
    timeout: {type: Number},
    maxBytes: {type: Number, attribute: 'max-bytes'},
    label: {},
    structuredData: {type: Boolean, attribute: 'structured-data'},
    mediaThumbnails: {type: Boolean, attribute: 'media-thumbnails'},
    refresh: {type: Number},
    listShown: {state: true},
    announcement: {state: true},
  };

  /**
   * The event JSON document (an object, or JSON text). Takes precedence over `src` and inline JSON.
   * Dates and numbers are formatted in the element's `lang` (its own or an ancestor's); when
   * the page sets none, in the document's own `lang`.
   */
  data?: unknown;

  /**
   * `auto` reads event JSON, TimelineJS3 JSON when it sees one, and a spreadsheet when `src` sends
   * `text/csv` or `text/tab-separated-values` or its address ends in `.csv`/`.tsv` (or holds
   * `output=csv`, as a published Google Sheet's does); `event-timeline`, `timelinejs`, `csv` and
   * `tsv` say which it is (`csv` and `tsv` also read a string given as `data`). Spreadsheets:
   * docs/spreadsheets.md.
   */
  format: InputFormat = 'auto';

  /** URL of the event JSON (or TimelineJS3 JSON, or a CSV or TSV sheet), fetched with `fetch`. A newer value aborts the older request. */
  src?: string;

  /** `auto` turns vertical below 600 px wide; `horizontal` and `vertical` force one. */
  layout: 'auto' | 'horizontal' | 'vertical' = 'auto';

  /** Keep the axis continuous: do not cut long empty stretches of time out of it. */
  noBreaks = false;

  /** `light` or `dark`; by default the reader's `prefers-color-scheme`. */
  theme?: 'light' | 'dark';

  /** `chart` (the picture) or `list` (the list view). */
  view: 'chart' | 'list' = 'chart';

  /** Id of the selected event. */
  selected?: string;

  /**
   * What the story shows first: `all` (the whole story, the default), `anchor` (the anchor with
   * some time around it), an event's id (that event with some time around it), or an EDTF date or
   * interval (`2026-01/2026-03`). Without it, the document's own `startAt` (TimelineJS3's
   * `start_at_slide` and `start_at_end` become one). Used when a story is first drawn; every
   * event stays reachable by keyboard and in the list, and *Show all* shows the whole story.
   */
  startAt?: string;

  /** Ids of events to highlight (for example while a linked quote card is hovered). */
  highlighted: readonly string[] = [];

  /**
   * Most rows of labels (40 px each) in the horizontal layout. By default a story of up to 300
   * events takes as many as it needs, up to 20 (800 px), and a larger one 6; events that find
   * no room are counted in "+N" clusters.
   */
  maxLanes?: number;

  /** Milliseconds to wait for `src` before giving up. */
  timeout = 15_000;

  /** Largest `src` body accepted, in bytes. */
  maxBytes = 20_000_000;

  /** Accessible name; by default the event JSON's `title`, else "Timeline" in the element's language. */
  label?: string;

  /** Add schema.org JSON-LD for the events (an ItemList of Event items, with Quotations) to the page. */
  structuredData = false;

  /**
   * Draw a small picture at the end of each label whose event has media: its `thumbnail`, else
   * the picture itself, or a play sign for a video or sound with none (a post or page without a thumbnail gets none).
   * Room is kept for it in the label, so it meets no other label. Loaded lazily, without a
   * referrer; nothing is asked for when it is not set. Stories of up to 300 events. docs/media.md.
   */
  mediaThumbnails = false;

  /**
   * A live story: ask `src` again every this many seconds (at least 15), with conditional requests,
   * not while the page is hidden, and later and later while the server fails. New data keeps the
   * reader's place (zoom, selection, focus), marks what is new or changed for a minute, and is
   * announced once ("2 new events"). Apps that push updates set `data` instead: it does the same.
   */
  refresh?: number;

  /**
   * The width in CSS pixels to lay out at before the element can measure itself: the server
   * renderer draws the picture at it (default 720), and a server-rendered element hydrates at it.
   * The browser then measures the element and draws again at its own width when that differs.
   * Read on the server and while hydrating only: elsewhere the element lays out at its own width.
   * @attr initial-width
   */
  initialWidth?: number;

  private listShown = LIST_PAGE;
  private announcement = '';

  // Read by name by hydration (shared/hydration.ts): parts, viewport, locale, idPrefix.
  private idPrefix = `et${++instances}`;
  private readonly parts = new PartLoads(this);
  private readonly source = new TimelineData(this, this.parts);
  private readonly live = new LiveUpdates(this, this.source, this.parts);
  // The page's language, else the language the data is written in, else English.
  private readonly locale = new LocaleController(this, {fallback: () => this.timeline?.lang, parts: this.parts});
  private readonly selection = new Selection(this);
  private readonly viewport = new Viewport(this, this.parts, () => this.selection.focusId);
  readonly #startView = new StartView(this.parts, this.viewport);
  readonly #input = new ReaderInput({
    host: this,
    viewport: this.viewport,
    selection: this.selection,
    parts: this.parts,
    model: () => this.model,
    title: () => this.#title_,
    rtl: () => this.locale.rtl,
    announce: (id) => (this.announcement = this.locale.strings.selected(this.model!.byId.get(id)!.title)),
  });
  // After the controllers that touch the DOM: what it tells the page follows their work.
  readonly #storyEvents = new StoryEvents(this, () => this.source.result, this.parts);
  #stopWarmUp?: () => void;

  constructor() {
    super();
    // It owns nothing the element reads: it loads the parts a reader soon needs, in idle time.
    new IdleParts(this, this.parts, this.viewport, () => Boolean(this.model && listWanted(this.model, this.view === 'list')));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    keepStyles(this.renderRoot as ShadowRoot, EventTimeline.elementStyles);
    // Locale data and fonts for the first drawing load while the data does, and the first frame's
    // code runs once on a sample (warm-up.ts).
    const lang = resolveLang(this) || 'en';
    warmUpIntl(lang);
    warmUpFonts(this);
    this.#stopWarmUp = warmUpFirstFrame(lang, () => this.data === undefined && !this.source.result);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopWarmUp?.();
  }

  /** Asks `src` for a new version of the story now, as `refresh` does on its own; resolves when the answer is read. */
  async refreshNow(): Promise<void> {
    await this.live.refreshNow();
  }

  /** Also waits for the parts asked for (the gestures, a card, the list, a translation) to be loaded and drawn. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.parts.whenDrawn(() => super.getUpdateComplete());
  }

  /** Moves keyboard focus to an event (zooming and panning so that it is visible). */
  async focusEvent(id: string): Promise<void> {
    if (!this.model?.byId.has(id)) return;
    this.selection.focus(id);
    await this.updateComplete;
    this.viewport.reveal(id, true);
  }

  /** Zooms to show the time from `start` to `end` (Dates, ms or ISO strings). */
  zoomTo(start: Date | number | string, end: Date | number | string, instant = prefersReducedMotion()): void {
    this.viewport.zoomTo(start, end, instant);
  }

  /** Highlights (or stops highlighting) an event, as a linked quote card does while hovered. */
  highlight(id: string | undefined, on: boolean): void {
    if (!id) return;
    const others = this.highlighted.filter((other) => other !== id);
    this.highlighted = on ? [...others, id] : others;
  }

  /** Whether the timeline holds an event with this id. */
  hasEvent(id: string): boolean {
    return Boolean(this.model?.byId.has(id) || this.timeline?.events.some((event) => event.id === id));
  }

  /**
   * Brings an event into view: scrolls the page to the timeline, zooms to the event with some
   * time around it, selects it (firing `timeline-select`) and moves keyboard focus to it, so that
   * a reader who pressed a button far away lands where the page went. Quote cards call this.
   */
  async showEvent(id: string): Promise<void> {
    const event = this.model?.byId.get(id);
    if (!event) return;
    this.scrollIntoView({block: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth'});
    const pad = Math.max(event.end - event.start, 14 * DAY);
    this.zoomTo(event.start - pad, event.end + pad);
    this.#input.select(id);
    await this.updateComplete;
    this.selection.optionOf(id)?.focus({preventScroll: true});
  }

  /**
   * Resolves to a standalone SVG document (no stylesheet or script), for saving or embedding
   * elsewhere; '' when nothing is drawn or the exporter (loaded the first time it is asked for)
   * could not be loaded. Without options: the drawing as it is on screen, colours and fonts
   * written in. With options, an image to publish, with the story's title, the legend and a credit
   * line: `preset` (`social` 1200×630, `newsletter` 600 px wide, `print` A4 landscape), or `width`
   * and `height`; `extent` (`'story'`, the default, `'view'`, what is on screen, or [start, end]);
   * `credit` (default: the events' sources), `title`, `theme` (default: the element's).
   */
  async toSVG(options?: TimelineImageOptions): Promise<string> {
    const exporter = await this.parts.load(exportPart);
    const svg = this.renderRoot.querySelector<SVGSVGElement>('svg[role="group"]');
    const model = this.model;
    return exporter && svg && model
      ? exporter.toSvg(svg, model, {title: this.#title_, lang: this.locale.lang, window: model.window(this.viewport.transform)}, options)
      : '';
  }

  /** Zooms out to show every event. */
  fit(): void {
    this.viewport.fit();
  }

  /** The parsed timeline now drawn (undefined before data arrives or when it has no valid event). */
  get timeline(): Timeline | undefined {
    return this.source.result?.timeline;
  }

  /** Problems found in the data, with JSON paths. */
  get issues(): readonly TimelineIssue[] {
    return this.source.result?.issues ?? [];
  }

  get #title_(): string {
    return this.label ?? this.timeline?.title ?? this.locale.strings.timeline;
  }

  private get model(): TimelineView | undefined {
    return this.viewport.model;
  }

  // ---- The lifecycle: willUpdate derives, render draws, updated touches the DOM -----------

  override willUpdate(changed: PropertyValues<this>): void {
    this.source.sync(changed);
    const {locale, selection, viewport, timeline} = this;
    locale.resolve();
    const old = this.model;
    const {changes, newStory} = deriveView({element: this, timeline, locale, parts: this.parts, viewport, selection, live: this.live});
    // A version that changes no event (a poll the browser's cache answered with the version drawn,
    // or a server that sends no validators) is said to no one: no announcement, no timeline-update.
    if (changes && changes.added.length + changes.changed.length + changes.removed.length > 0) {
      this.announcement = this.live.announcement(changes, locale.lang);
      this.#storyEvents.updated(changes);
    }
    this.#startView.update(this.startAt, timeline, {
      newStory,
      startAtChanged: changed.has('startAt'),
      hadModel: Boolean(this.model && old),
    });
    viewport.layout([this.selected, selection.focusId]);
    // (On the server, the renderer writes the parts' styles with the element's own: server.ts.)
    if (!isServer && this.model)
      adoptPartStyles(this.renderRoot as ShadowRoot, this.parts, {
        detail: selection.detailId !== undefined,
        listView: this.view === 'list',
        list: listWanted(this.model, this.view === 'list'),
        thumbnails: this.mediaThumbnails,
      });
  }

  override render() {
    const {model, timeline, locale} = this;
    const {strings, lang} = locale;
    const {loadError, loading} = this.source;
    const errors = this.issues.filter((issue) => issue.severity === 'error');
    const descriptionId = `${this.idPrefix}-description`;
    return html`<div part="base" class="base" lang=${lang} dir=${locale.dir}>
      ${
        timeline
          ? html`<div part="header" class="header">
              <div>
                <p class="title" lang=${timeline.lang ?? nothing}>${this.#title_}</p>
                <p class="description" id=${descriptionId}>${model?.description()}</p>
              </div>
              ${renderToolbar(strings, this.view === 'list', this.live.freshOutOfView(this.viewport, this.view, strings, lang), this.#input.toolbar)}
            </div>`
          : nothing
      }
      ${loadError ? renderIssues(strings, [{path: this.src ?? 'src', message: loadMessage(loadError, strings, this.source.limits.maxBytes, lang), severity: 'error'}], undefined, () => this.source.retry()) : nothing}
      ${errors.length ? renderIssues(strings, errors.slice(0, 10), errors.length > 10 ? moreIssuesLabel(errors.length - 10, lang) : undefined) : nothing}
      ${!timeline && !loadError && !errors.length ? html`<p class="loading" role="status">${loading || this.src ? strings.loading : strings.errorNoEvents}</p>` : nothing}
      ${model && this.parts.failed.size ? renderPartNotice(strings, () => this.parts.retry()) : nothing}
      ${model && this.live.problem ? html`<p part="notice live-notice" class="notice" role="status">${strings.liveFailed}</p>` : nothing}
      ${model ? renderPicture(this.#views(model, descriptionId)) : nothing}
      ${model ? renderListView(this.#views(model, descriptionId), this.listShown, () => (this.listShown += LIST_PAGE)) : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  /** What the picture and the list draw from (render-views.ts). */
  #views(model: TimelineView, descriptionId: string): ViewsContext {
    const {locale, selection, idPrefix, selected, highlighted, theme, view} = this;
    // (model.settings.thumbnails: laid out with room for them, once their part has come.)
    const element = {idPrefix, selected, highlighted, theme, view};
    const [shown, title, marked] = [this.viewport.shown!, this.#title_, (id: string) => this.live.marked(id)];
    return {model, shown, locale, selection, input: this.#input, element, title, descriptionId, marked};
  }
}
