// <event-timeline>: draws a news story's events on a time axis and links the main event to
// the dates around it. The class holds the public API and wires together controllers that each
// own one thing: the data (timeline-data.ts), live updates (live-updates.ts), the language
// (locale-controller.ts), what is on screen and the zoom (viewport.ts), and the reader's focus,
// hover and detail card (selection.ts); the view model (timeline-view.ts, no DOM) and the
// templates draw. What the first frame does not draw comes in parts of its own, loaded when
// first needed (lazy-part.ts): gestures, the detail card, the list, export, JSON-LD, translations.
import {LitElement, html, isServer, nothing, type PropertyValues} from 'lit';
import type {InputFormat} from '../../adapters/input-format.js';
import {formatEdtf} from '../../i18n/format-date.js';
import {isRtl} from '../../i18n/strings.js';
import {warmUpIntl} from '../../i18n/warm-up.js';
// (After the strings: imported before them, phrases.js made the bundler put the strings in a chunk of their own, a second file for the first frame.)
import {clusterLabel, countText, moreIssuesLabel, updatesLabel} from '../../i18n/phrases.js';
import type {TimelineChanges} from '../../model/diff-timeline.js';
import type {Timeline, TimelineIssue} from '../../model/types.js';
import {DAY, isFar} from '../../model/units.js';
import {adoptStyles, keepStyles} from '../shared/adopt-styles.js';
import {whenIdle} from '../shared/idle.js';
import {lazyPart} from '../shared/lazy-part.js';
import {LocaleController} from '../shared/locale-controller.js';
import {PartLoads} from '../shared/part-loads.js';
import {resolveLang} from '../shared/resolve-lang.js';
import {syncJsonLd} from '../shared/structured-data-part.js';
import {themeStyles} from '../shared/theme.styles.js';
import {styles} from './event-timeline.styles.js';
import {keyCommand, laneNeighbour} from './keyboard.js';
import {LiveUpdates} from './live-updates.js';
import type {TimelineImageOptions} from './export-svg.js';
import {renderChart} from './render-chart.js';
import {loadMessage} from './load-message.js';
import {renderIssues, renderLegend, renderPartNotice, type PanelContext} from './render-panels.js';
import {renderToolbar, type ImageKind} from './render-toolbar.js';
import {defaultFocus, Selection, targetOf} from './selection.js';
import {TimelineData} from './timeline-data.js';
import {TimelineView} from './timeline-view.js';
import {prefersReducedMotion, Viewport} from './viewport.js';
import {registerDeepTime} from '../../i18n/deep-hook.js';

const detailPart = lazyPart('detail card', () => import('./render-detail.js'));
// Asked for as soon as `start-at` is set (usually before the data has come), else when a story names its own.
export const deepTimePart = lazyPart('deep time', () =>
  import('../../i18n/deep-time.js').then((module) => (registerDeepTime(module.deepTimeWords), true as const)),
);
const firstViewPart = lazyPart('first view', () => import('../../layout/first-view.js'));
/** @internal The server renderer loads it before rendering (server.ts). */
export const listPart = lazyPart('list', () => import('./render-list.js'));
const exportPart = lazyPart('export', () => import('./export-svg.js'));
const thumbnailsPart = lazyPart('thumbnails', () => import('./render-thumbnails.js'));

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
/** Above this many events the list is built only when the reader asks for it. */
const HIDDEN_LIST_LIMIT = 300;
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
 * @event timeline-update - A new version of the story on screen (a live refresh, or `data` set again) was drawn. `detail: {added, changed, removed}` (event ids).
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
  private readonly live = new LiveUpdates(this, this.source);
  // The page's language, else the language the data is written in, else English.
  private readonly locale = new LocaleController(this, {fallback: () => this.timeline?.lang, parts: this.parts});
  private readonly selection = new Selection(this);
  private readonly viewport = new Viewport(this, this.parts, () => this.selection.focusId);
  /** What the last new version of the story changed, told to listeners once it is drawn. */
  #pendingChanges?: TimelineChanges;
  /** The result of reading the data last drawn: a new one fires `timeline-load`. */
  #drawnResult?: unknown;
  /** The story whose first view (`start-at`) is still to be shown, waiting for its part. */
  #firstViewOf?: Timeline;
  /** Cancels the idle-time load of the gestures, when one is waiting. */
  #cancelIdle?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    keepStyles(this.renderRoot as ShadowRoot, EventTimeline.elementStyles);
    // Locale data for the first drawing loads while the data does.
    warmUpIntl(resolveLang(this) || 'en');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#cancelIdle?.();
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
    this.#select(id);
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
    // A built-in translation still loading, or the words of deep time for a story reaching before
    // year -9999 (its first event: they are in time order): the picture waits for them rather than drawing first without.
    const far = timeline && isFar(timeline.events[0]!.start) ? deepTimePart : undefined;
    const waiting = locale.waiting || (far !== undefined && !this.parts.get(far) && !this.parts.failed.has(far.name));
    // The server cannot measure: it lays out at initial-width (as hydration does: hydration.ts). It renders once.
    const width = isServer ? Math.max(0, this.initialWidth ?? 720) || 720 : viewport.width;
    const orientation =
      this.layout === 'horizontal' || this.layout === 'vertical' ? this.layout : width > 0 && width < 600 ? 'vertical' : 'horizontal';
    // A max-lanes that is no number (NaN never equals itself) would make every update see new settings
    // and lay the story out again, forever: it is left out, and the layout uses its default.
    const maxLanes = Number.isFinite(this.maxLanes) ? this.maxLanes : undefined;
    const thumbnails = this.mediaThumbnails ? this.parts.get(thumbnailsPart) : undefined;
    const settings = {
      lang: locale.lang,
      orientation,
      width,
      breaks: !this.noBreaks,
      rtl: locale.rtl,
      maxLanes,
      thumbnails: thumbnails?.hasThumbnail,
    } as const;
    const old = this.model;
    // A new version of the same story (a live update, or an app setting `data` again): the reader keeps their place.
    // (A built-in translation still loading: the picture waits for it rather than drawing in English first.)
    const changes = timeline && !waiting ? this.live.changesFor(timeline) : undefined;
    if (changes) {
      selection.keepPlace(changes, timeline!, (id) => old?.byId.get(id)?.start);
      this.announcement = updatesLabel(changes, locale.lang);
      this.#pendingChanges = changes;
    }
    const same =
      old &&
      old.timeline === timeline &&
      old.strings === locale.strings &&
      (Object.keys(settings) as (keyof typeof settings)[]).every((key) => old.settings[key] === settings[key]);
    if (!same && waiting) {
      if (old?.timeline !== timeline) viewport.setModel(undefined, false);
    } else if (!same) {
      // A new size or language, or a new version of the story, keeps the stretch of time the reader zoomed to; another story shows it all.
      const model = timeline && width > 0 ? new TimelineView(timeline, settings) : undefined;
      const keepTime = Boolean(old && (old.timeline === timeline || changes));
      viewport.setModel(model, keepTime);
      if (selection.focusId && !model?.byId.has(selection.focusId)) selection.focusId = undefined;
      if (model && !keepTime && old?.timeline !== timeline && !changes && !['', 'all'].includes(this.startAt ?? timeline!.startAt ?? ''))
        this.#firstViewOf = timeline;
    }
    if (changed.has('startAt')) {
      if (this.startAt && this.startAt !== 'all') this.parts.get(firstViewPart);
      if (this.model && old) this.#firstViewOf = timeline;
    }
    if (this.#firstViewOf && this.#firstViewOf === this.model?.timeline) this.#showFirstView(this.#firstViewOf);
    viewport.layout([this.selected, selection.focusId]);
    // The detail card and the list come with styles of their own, adopted before they first draw
    // (on the server, the renderer writes them with the element's own: server.ts).
    if (isServer) return;
    const root = this.renderRoot as ShadowRoot;
    const detail = this.model && selection.detailId ? this.parts.get(detailPart) : undefined;
    if (detail) adoptStyles(root, detail.styles);
    if (thumbnails) adoptStyles(root, thumbnails.styles);
    // The list view asks for its part at once; the copy kept for screen readers waits for the idle
    // time after the first frame (loadPartsWhenIdle), so that it never competes with the picture.
    const list =
      this.model && this.#listWanted(this.model) ? (this.view === 'list' ? this.parts.get(listPart) : listPart.value) : undefined;
    if (list) adoptStyles(root, list.styles);
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
              ${renderToolbar(strings, this.view === 'list', this.#newOutOfView(), this.#toolbarActions)}
            </div>`
          : nothing
      }
      ${loadError ? renderIssues(strings, [{path: this.src ?? 'src', message: loadMessage(loadError, strings, this.source.limits.maxBytes, lang), severity: 'error'}], undefined, () => this.source.retry()) : nothing}
      ${errors.length ? renderIssues(strings, errors.slice(0, 10), errors.length > 10 ? moreIssuesLabel(errors.length - 10, lang) : undefined) : nothing}
      ${!timeline && !loadError && !errors.length ? html`<p class="loading" role="status">${loading || this.src ? strings.loading : strings.errorNoEvents}</p>` : nothing}
      ${model && this.parts.failed.size ? renderPartNotice(strings, () => this.parts.retry()) : nothing}
      ${model && this.live.problem ? html`<p part="notice live-notice" class="notice" role="status">${strings.liveFailed}</p>` : nothing}
      ${model ? this.#renderPicture(model, descriptionId) : nothing} ${model ? this.#renderListView(model) : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  override updated(changed: PropertyValues<this>): void {
    const result = this.source.result;
    if (changed.has('structuredData') || result !== this.#drawnResult) {
      const wanted = () => (this.structuredData ? this.timeline : undefined);
      syncJsonLd(
        this,
        wanted() !== undefined,
        (part) => {
          const timeline = wanted();
          return timeline && part.timelineJsonLd(timeline);
        },
        this.parts,
      );
    }
    if (this.#pendingChanges) {
      const detail = this.#pendingChanges;
      this.#pendingChanges = undefined;
      this.dispatchEvent(new CustomEvent<TimelineUpdateDetail>('timeline-update', {detail, bubbles: true, composed: true}));
    }
    if (result !== this.#drawnResult) {
      this.#drawnResult = result;
      // After the first render of new data, so listeners (quote cards, apps) find it drawn.
      if (result)
        this.dispatchEvent(
          new CustomEvent<TimelineLoadDetail>('timeline-load', {
            detail: {timeline: this.timeline, issues: this.issues},
            bubbles: true,
            composed: true,
          }),
        );
    }
    if (this.model && this.isConnected && !this.#cancelIdle) {
      const gestures = this.viewport.gesturesPending;
      const list = this.#listWanted(this.model) && !listPart.value && !this.parts.failed.has(listPart.name);
      if (gestures || list) this.#loadPartsWhenIdle();
    }
  }

  /**
   * A new story's first view (`start-at`, else the document's `startAt`): drawn there at once,
   * never animated, once the part that works it out has come (the element updates then).
   */
  #showFirstView(timeline: Timeline): void {
    const choice = this.startAt ?? timeline.startAt;
    const part = choice && choice !== 'all' ? this.parts.get(firstViewPart) : undefined;
    if (part === undefined && choice && choice !== 'all' && !this.parts.failed.has(firstViewPart.name)) return;
    this.#firstViewOf = undefined;
    // "all", set after the story was drawn: the whole story again.
    if (!part) return this.viewport.showExactly(undefined);
    const {window, problem} = part.firstView(timeline, choice, this.model!.geometry.scale);
    if (problem) console.warn(`event-timeline: start-at ${JSON.stringify(this.startAt)} ${problem}; the whole story is shown`);
    if (window) this.viewport.showExactly(window);
  }

  // ---- Drawing ---------------------------------------------------------------------------

  #renderPicture(model: TimelineView, descriptionId: string) {
    const view = this.viewport.shown!;
    const {geometry, timeline} = model;
    const {selection, locale} = this;
    const lang = locale.lang;
    const detailEvent = selection.detailId ? model.byId.get(selection.detailId) : undefined;
    // focusin listens on the wrapper: Chromium makes an <svg> with a focus listener a Tab stop of its own.
    return html`<div
        part="chart"
        class="chart"
        ?hidden=${this.view === 'list'}
        @pointerover=${selection.onPointerOver}
        @pointerleave=${selection.onPointerLeave}
        @focusin=${selection.onFocusIn}
      >
        <svg
          width=${geometry.width}
          height=${geometry.height}
          viewBox="0 0 ${geometry.width} ${geometry.height}"
          role="group"
          aria-label=${this.#title_}
          aria-describedby=${descriptionId}
          @click=${this.#onClick}
          @keydown=${this.#onKeyDown}
        >
          ${renderChart({
            view,
            vertical: model.vertical,
            rtl: locale.rtl,
            events: timeline.events,
            links: timeline.links,
            linkLabels: model.drawnLinkLabels,
            colorOf: (event) => model.colorOf(event.category),
            linkColor: (link) => model.colorOf(model.byId.get(link.from)?.category),
            nameOf: (index) => model.nameOf(timeline.events[index]),
            clusterName: (cluster) => clusterLabel(cluster.count, lang),
            nowLabel: locale.strings.now,
            eventsLabel: locale.strings.events,
            anchor: timeline.anchor,
            selected: this.selected,
            focusId: selection.focusId ?? defaultFocus(view, timeline.anchor),
            highlighted: new Set(this.highlighted),
            fresh: (id) => this.live.marked(id),
            nowTime: timeline.nowTime,
            idPrefix: this.idPrefix,
            dataLang: timeline.lang,
            dataRtl: timeline.lang ? isRtl(timeline.lang) : undefined,
            lang,
            activeId: selection.hoverId ?? this.selected ?? timeline.anchor,
          })}${model.settings.thumbnails && thumbnailsPart.value!.renderThumbnails(view, timeline.events, locale.rtl)}
        </svg>
        ${
          detailEvent && detailPart.value
            ? detailPart.value.renderDetail(
                this.#panelContext(model),
                detailEvent,
                model.cardPosition(detailEvent.id, view),
                selection.closeDetail,
                selection.onCardKey,
              )
            : nothing
        }
      </div>
      ${renderLegend(timeline.categories, (id) => model.colorOf(id), locale.strings.legend, `${locale.strings.now}: ${formatEdtf(timeline.now, lang)}`)}`;
  }

  /** The list is drawn in the list view, and kept for screen readers in the picture view up to HIDDEN_LIST_LIMIT events. */
  #listWanted(model: TimelineView): boolean {
    return this.view === 'list' || model.timeline.events.length <= HIDDEN_LIST_LIMIT;
  }

  #renderListView(model: TimelineView) {
    const list = this.view === 'list';
    const {events} = model.timeline;
    const part = listPart.value;
    if (!part || !this.#listWanted(model)) return nothing;
    // Drawn again only when what it shows changes: not on every frame of a zoom or a hover.
    return part.guard([part, model, this.selected, list, this.listShown, this.theme], () => {
      const shown = events.slice(0, this.listShown);
      return part.renderList(this.#panelContext(model), shown, {
        hidden: !list,
        selected: this.selected,
        more: events.length - shown.length,
        onMore: () => (this.listShown += LIST_PAGE),
      });
    });
  }

  #panelContext(model: TimelineView): PanelContext {
    const dataLang = model.timeline.lang;
    const {lang, strings} = this.locale;
    const {textsOf, linksOf, timeline} = model;
    const theme = this.theme === 'light' || this.theme === 'dark' ? this.theme : undefined;
    return {
      timeline,
      lang,
      strings,
      textsOf,
      linksOf,
      idPrefix: this.idPrefix,
      dataDir: dataLang ? (isRtl(dataLang) ? 'rtl' : 'ltr') : undefined,
      theme,
    };
  }

  /** Events new or changed in a live update that lie out of view ("Show 2 new" takes the reader there). */
  #newOutOfView(): {label: string; ids: string[]} | undefined {
    const ids = this.view === 'list' ? [] : this.viewport.outOfView(this.live.markedIds());
    return ids.length ? {label: this.locale.strings.showNew(countText(ids.length, this.locale.lang)), ids} : undefined;
  }

  // ---- The reader's actions --------------------------------------------------------------

  /**
   * The gestures, the detail card a first hover or focus shows, and the list kept for screen
   * readers arrive in idle time after the first frame, so that neither the first frame nor the
   * first gesture waits for them. The element's updates wait for them.
   */
  #loadPartsWhenIdle(): void {
    void this.parts.track(
      new Promise<void>((resolve) => {
        const list = () =>
          this.model && this.#listWanted(this.model) && !this.parts.failed.has(listPart.name) ? this.parts.load(listPart) : undefined;
        const cancel = whenIdle(
          () =>
            void Promise.all([
              this.viewport.gesturesReady(),
              detailPart.value ?? this.parts.load(detailPart),
              listPart.value ?? list(),
            ]).then(done),
          1000,
        );
        const done = () => {
          this.#cancelIdle = undefined;
          resolve();
        };
        this.#cancelIdle = () => {
          cancel();
          done();
        };
      }),
    );
  }

  #toolbarActions = {
    zoomBy: (factor: number) => this.viewport.zoomBy(factor),
    fit: () => this.fit(),
    toggleView: () => (this.view = this.view === 'list' ? 'chart' : 'list'),
    showNew: (ids: string[]) => this.#showNew(ids),
    download: (format: 'svg' | 'png', kind?: ImageKind) => void this.#download(format, kind),
  };

  /** Zooms to the events given (new ones out of view) and focuses the earliest. */
  #showNew(ids: string[]): void {
    const events = ids.map((id) => this.model!.byId.get(id)!).sort((a, b) => a.start - b.start);
    const [start, end] = [events[0].start, Math.max(...events.map((event) => event.end))];
    const pad = Math.max(DAY, (end - start) * 0.1);
    this.zoomTo(start - pad, end + pad);
    void this.focusEvent(events[0].id);
  }

  async #download(format: 'svg' | 'png', kind?: ImageKind): Promise<void> {
    // An image to publish, with its title, legend and credit line: what is on screen, or the whole
    // story at a preset's size (a social card's pixels are its size; a newsletter's are twice its 600 px).
    const preset = kind === 'story' ? undefined : kind;
    const [exporter, svg] = await Promise.all([
      this.parts.load(exportPart),
      this.toSVG(kind ? {extent: 'story', preset} : {extent: 'view'}),
    ]);
    if (exporter && svg) await exporter.saveImage(svg, format, this.#title_, kind === 'social' ? 1 : 2);
    this.renderRoot.querySelector('details.download')?.removeAttribute('open');
  }

  #select(id: string): void {
    const event = this.model?.byId.get(id);
    if (!event) return;
    this.selection.select(id);
    this.announcement = this.locale.strings.selected(event.title);
    this.dispatchEvent(new CustomEvent<TimelineSelectDetail>('timeline-select', {detail: {id}, bubbles: true, composed: true}));
  }

  #onClick = (event: MouseEvent) => {
    const target = targetOf(event);
    if (target.id) this.#select(target.id);
    else if (target.cluster !== undefined) this.#expandCluster(target.cluster);
  };

  /** A cluster zooms in on its events; events at one instant, which never part, give the focus to the first of them. */
  #expandCluster(key: number): void {
    const {model, viewport} = this;
    const k = viewport.transform.k;
    const cluster = model?.packFor(k, [this.selected, this.selection.focusId]).clusters.find((candidate) => candidate.key === key);
    if (!model || !cluster) return;
    // (A focused event always gets a place, and arrow keys go through the rest.)
    if (cluster.start === cluster.end || k >= model.maxK) return void this.focusEvent(model.timeline.events[cluster.members[0]].id);
    // A tenth of the members' span on each side, so that they part (a day either side was too
    // little for events hours apart, most of all at the drawing's edge).
    const pad = (cluster.end - cluster.start) * 0.1;
    this.zoomTo(cluster.start - pad, cluster.end + pad);
  }

  #onKeyDown = (event: KeyboardEvent) => {
    const {model, selection} = this;
    const view = this.viewport.shown;
    if (!model || !view) return;
    const command = keyCommand(event, {vertical: model.vertical, rtl: this.locale.rtl});
    // Escape with no card open is not ours: a dialog around the timeline may want it.
    if (!command || (command.type === 'close' && selection.detailId === undefined)) return;
    event.preventDefault();
    const {id, cluster} = targetOf(event);
    const current = id ?? selection.focusId;
    const index = (current !== undefined && model.indexOf.get(current)) || 0;
    const last = model.timeline.events.length - 1;
    if (command.type === 'move') {
      const next = command.to === 'first' ? 0 : command.to === 'last' ? last : index + command.by;
      void this.focusEvent(model.timeline.events[Math.max(0, Math.min(last, next))].id);
    } else if (command.type === 'lane') {
      const next = laneNeighbour(view.events, index, command.by);
      if (next) void this.focusEvent(next);
    } else if (command.type === 'select') {
      if (cluster !== undefined) this.#expandCluster(cluster);
      else if (current) this.#select(current);
    } else if (command.type === 'close') {
      selection.detailId = undefined;
      this.requestUpdate();
    } else if (command.type === 'zoom') {
      const placed = view.events.find((candidate) => candidate.id === current);
      this.viewport.zoomByKey(command.factor, placed ? [placed.x, placed.y] : undefined);
    } else this.fit();
  };
}
