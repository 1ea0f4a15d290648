// <event-timeline>: draws a news story's events on a time axis and links the main event to
// the dates around it. The class wires things together: the data controller (timeline-data.ts),
// the view model (timeline-view.ts, no DOM), Lit templates, zooming (zoom-control.ts) and the
// keyboard. What the first frame does not draw comes in parts of its own, loaded when first
// needed (lazy-part.ts): gestures, the detail card, the list, export, JSON-LD, translations.
import {LitElement, html, isServer, nothing, type PropertyValues} from 'lit';
import {guard} from 'lit/directives/guard.js';
import {METRICS} from '../../layout/geometry.js';
import type {ViewCluster, ViewLayout} from '../../layout/view.js';
import type {InputFormat} from '../../adapters/input-format.js';
import type {Timeline, TimelineIssue} from '../../model/types.js';
import {clusterLabel, countText, formatBytes, moreIssuesLabel, updatesLabel} from '../../i18n/phrases.js';
import {formatEdtf} from '../../i18n/format-date.js';
import {isRtl, stringsFor, watchStrings, type TimelineStrings} from '../../i18n/strings.js';
import {warmUpIntl} from '../../i18n/warm-up.js';
import {resolveDir, resolveLang} from '../shared/resolve-lang.js';
import {adoptStyles, keepStyles} from '../shared/adopt-styles.js';
import {whenIdle} from '../shared/idle.js';
import {lazyPart} from '../shared/lazy-part.js';
import {PartLoads} from '../shared/part-loads.js';
import {syncJsonLd} from '../shared/structured-data-part.js';
import {translationFor} from '../shared/translations.js';
import type {LoadError} from './load-source.js';
import {keyCommand} from './keyboard.js';
import {LiveUpdates} from './live-updates.js';
import type {TimelineChanges} from '../../model/diff-timeline.js';
import type {TimelineImageOptions} from './export-svg.js';
import {renderChart} from './render-chart.js';
import {renderIssues, renderLegend, renderPartNotice, type PanelContext} from './render-panels.js';
import {styles} from './event-timeline.styles.js';
import {themeStyles} from '../shared/theme.styles.js';
import {interactionPart, ZoomControl} from './zoom-control.js';
import {TimelineData} from './timeline-data.js';
import {TimelineView} from './timeline-view.js';
import {isFar} from '../../model/units.js';
import {registerDeepTime} from '../../i18n/deep-hook.js';
import {DAY} from '../../model/units.js';

const detailPart = lazyPart('detail card', () => import('./render-detail.js'));
// Asked for as soon as `start-at` is set (usually before the data has come), else when a story names its own.
const deepTimePart = lazyPart('deep time', () => import('../../i18n/deep-time.js').then((module) => (registerDeepTime(module.deepTimeWords), true as const)));
const firstViewPart = lazyPart('first view', () => import('../../layout/first-view.js'));
/** @internal The server renderer loads it before rendering (server.ts). */
export const listPart = lazyPart('list', () => import('./render-list.js'));
const exportPart = lazyPart('export', () => import('./export-svg.js'));

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
    refresh: {type: Number},
    width: {state: true},
    focusId: {state: true},
    detailId: {state: true},
    hoverId: {state: true},
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

  private width = 0;
  private focusId?: string;
  private detailId?: string;
  private hoverId?: string;
  private listShown = LIST_PAGE;
  private announcement = '';

  private readonly parts = new PartLoads(this);
  private readonly source = new TimelineData(this, this.parts);
  private readonly live = new LiveUpdates(this, this.source);
  /** What the last new version of the story changed, told to listeners once it is drawn. */
  private pendingChanges?: TimelineChanges;
  private readonly idPrefix = `et${++instances}`;
  private readonly zoom = new ZoomControl(
    (byUser) => {
      // A reader's own gesture wins over a reveal still waiting for a keyboard zoom to settle.
      if (byUser) this.revealAfterZoom = false;
      this.requestUpdate();
    },
    () => this.reducedMotion,
    () => this.parts.load(interactionPart),
  );
  /** Cancels the idle-time load of the gestures, when one is waiting. */
  private cancelIdle?: () => void;
  private resizeObserver?: ResizeObserver;
  private resizeFrame = 0;
  private hideTimer = 0;
  private unwatchStrings?: () => void;
  /** The view model of the data now drawn; undefined until there is data and a width. */
  private model?: TimelineView;
  private shown?: ViewLayout;
  private drawnResult?: unknown;
  private lang_ = 'en';
  private rtl = false;
  private strings: TimelineStrings = stringsFor('en');
  private pendingFocus = false;
  /** The story whose first view (`start-at`) is still to be shown, waiting for its part. */
  private firstViewOf?: Timeline;

  /** A zoom from the keyboard: once it has settled, the focused event is panned into view. */
  private revealAfterZoom = false;
  /** A built-in translation of the element's language is on its way: the picture waits for it. */
  private waitingForStrings = false;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if ((name === 'lang' || name === 'dir') && old !== value) this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    keepStyles(this.renderRoot as ShadowRoot, EventTimeline.elementStyles);
    this.resizeObserver = new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1].contentRect.width);
      // Redraw in the next frame: a redraw changes our height, and doing it inside this
      // callback would make the browser report a ResizeObserver loop to the page.
      cancelAnimationFrame(this.resizeFrame);
      if (width !== this.width) this.resizeFrame = requestAnimationFrame(() => (this.width = width));
    });
    this.resizeObserver.observe(this);
    this.unwatchStrings = watchStrings(() => this.requestUpdate());
    // Locale data for the first drawing loads while the data does.
    warmUpIntl(resolveLang(this) || 'en');
    // After a move: the next update binds the zoom gestures to the drawing again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.unwatchStrings?.();
    cancelAnimationFrame(this.resizeFrame);
    clearTimeout(this.hideTimer);
    this.cancelIdle?.();
    this.zoom.detach();
  }

  /** Asks `src` for a new version of the story now, as `refresh` does on its own; resolves when the answer is read. */
  async refreshNow(): Promise<void> {
    await this.live.refreshNow();
  }

  /** Also waits for the parts asked for (the gestures, a card, the list, a translation) to be loaded and drawn. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.parts.busy) {
      await this.parts.settled();
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  // ---- Public methods ----------------------------------------------------------------

  /** Moves keyboard focus to an event (zooming and panning so that it is visible). */
  async focusEvent(id: string): Promise<void> {
    if (!this.model?.byId.has(id)) return;
    this.focusId = this.detailId = id;
    this.pendingFocus = true;
    await this.updateComplete;
    this.revealFocused(true);
  }

  /** Zooms to show the time from `start` to `end` (Dates, ms or ISO strings). */
  zoomTo(start: Date | number | string, end: Date | number | string, instant = this.reducedMotion): void {
    this.showTime(start, end, instant, 0.9);
  }

  /** Zooms so that [start, end] takes `share` of the view, centred. */
  private showTime(start: Date | number | string, end: Date | number | string, instant: boolean, share: number): void {
    const model = this.model;
    if (!model) return;
    this.revealAfterZoom = false; // a zoom asked for by the page or a cluster goes where it was asked
    const [t0, t1] = [new Date(start).getTime(), new Date(end).getTime()].sort((a, b) => a - b);
    if (!Number.isFinite(t0) || !Number.isFinite(t1)) return;
    const {scale, width} = model.geometry;
    let [p0, p1] = [scale.toPx(t0), scale.toPx(t1)];
    if (!model.vertical && this.rtl) [p0, p1] = [width - p1, width - p0];
    const length = model.viewLength;
    let k = Math.min(model.maxK, Math.max(1, (length * share) / Math.max(1, p1 - p0)));
    // A window as wide as the one shown (but for rounding in the time-to-pixel conversion) only
    // pans: keeping k exactly keeps this zoom level's packing, which takes every event to redo.
    const {k: shownK} = this.zoom.transform;
    if (Math.abs(k - shownK) <= shownK * 1e-9) k = shownK;
    const shift = length / 2 - ((p0 + p1) / 2) * k;
    this.zoom.set(model.vertical ? {k, x: 0, y: shift} : {k, x: shift, y: 0}, instant);
  }

  /**
   * A new story's first view (`start-at`, else the document's `startAt`): drawn there at once,
   * never animated, once the part that works it out has come (the element updates then).
   */
  private showFirstView(timeline: Timeline): void {
    const choice = this.startAt ?? timeline.startAt;
    const part = choice && choice !== 'all' ? this.parts.get(firstViewPart) : undefined;
    if (part === undefined && choice && choice !== 'all' && !this.parts.failed.has(firstViewPart.name)) return;
    this.firstViewOf = undefined;
    // "all", set after the story was drawn: the whole story again.
    if (!part) return this.zoom.set({k: 1, x: 0, y: 0}, true);
    const {window, problem} = part.firstView(timeline, choice, this.model!.geometry.scale);
    if (problem) console.warn(`event-timeline: start-at ${JSON.stringify(choice)} ${problem}; the whole story is shown`);
    if (window) this.showTime(window[0], window[1], true, 1);
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
    this.scrollIntoView({block: 'nearest', behavior: this.reducedMotion ? 'auto' : 'smooth'});
    const pad = Math.max(event.end - event.start, 14 * DAY);
    this.zoomTo(event.start - pad, event.end + pad);
    this.select(id);
    await this.updateComplete;
    this.optionOf(id)?.focus({preventScroll: true});
  }

  private optionOf(id: string | undefined): SVGGElement | null {
    return this.renderRoot.querySelector<SVGGElement>(`[data-event-id="${CSS.escape(id ?? '')}"][role="option"]`);
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
    return exporter && svg && model ? exporter.toSvg(svg, model, {title: this.title_, lang: this.lang_, window: model.window(this.zoom.transform)}, options) : '';
  }

  /** Zooms out to show every event. */
  fit(): void {
    this.revealAfterZoom = false;
    this.zoom.set({k: 1, x: 0, y: 0}, this.reducedMotion);
  }

  /** The parsed timeline now drawn (undefined before data arrives or when it has no valid event). */
  get timeline(): Timeline | undefined {
    return this.source.result?.timeline;
  }

  /** Problems found in the data, with JSON paths. */
  get issues(): readonly TimelineIssue[] {
    return this.source.result?.issues ?? [];
  }

  // ---- Derived state -------------------------------------------------------------------

  private get title_(): string {
    return this.label ?? this.timeline?.title ?? this.strings.timeline;
  }

  private get reducedMotion(): boolean {
    return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    this.source.sync(changed);
    // The page's language, else the language the data is written in, else English.
    const lang = resolveLang(this) || this.timeline?.lang || 'en';
    const dir = resolveDir(this);
    this.rtl = dir ? dir === 'rtl' : isRtl(lang);
    this.lang_ = lang;
    this.strings = stringsFor(lang);
    // A built-in translation still loading (it started with the data): draw once it is here,
    // rather than first in English.
    const translation = translationFor(lang);
    const timeline = this.timeline;
    // A story reaching before year -9999 (its first event: they are in time order) waits for the words of deep time too.
    const far = timeline && isFar(timeline.events[0]!.start) ? deepTimePart : undefined;
    this.waitingForStrings = [translation, far].some((part) => part !== undefined && !this.parts.get(part) && !this.parts.failed.has(part.name));
    // The server cannot measure: it lays out at initial-width (as hydration does: hydration.ts). It renders once.
    if (isServer) this.width = Math.max(0, this.initialWidth ?? 720) || 720;
    const orientation = this.layout === 'horizontal' || this.layout === 'vertical' ? this.layout : this.width > 0 && this.width < 600 ? 'vertical' : 'horizontal';
    const settings = {lang, orientation, width: this.width, breaks: !this.noBreaks, rtl: this.rtl, maxLanes: this.maxLanes} as const;
    const old = this.model;
    // A new version of the same story (a live update, or an app setting `data` again): the reader keeps their place.
    const changes = timeline && !this.waitingForStrings ? this.live.changesFor(timeline) : undefined;
    if (changes) this.keepPlace(changes, timeline!);
    const same = old && old.timeline === timeline && old.strings === this.strings && (Object.keys(settings) as (keyof typeof settings)[]).every((key) => old.settings[key] === settings[key]);
    if (!same && this.waitingForStrings) {
      if (old?.timeline !== timeline) this.model = undefined;
    } else if (!same) {
      // A new size or language, or a new version of the story, keeps the stretch of time the reader
      // zoomed to; another story shows it all.
      const zoom = this.zoom.transform;
      const shownTime = old && (old.timeline === timeline || changes) && zoom.k > 1 ? old.window(zoom) : undefined;
      const model = (this.model = timeline && this.width > 0 ? new TimelineView(timeline, settings) : undefined);
      if (this.focusId && !model?.byId.has(this.focusId)) this.focusId = undefined;
      if (model) {
        this.zoom.reset({width: model.geometry.width, height: model.geometry.height, maxK: model.maxK, axis: model.vertical ? 'y' : 'x'});
        // Exactly the stretch shown before (zoomTo would leave a margin, and each resize would widen it).
        if (shownTime) this.showTime(shownTime[0], shownTime[1], true, 1);
        else if (old?.timeline !== timeline && !changes && !['', 'all'].includes(this.startAt ?? timeline!.startAt ?? '')) this.firstViewOf = timeline;
      }
    }
    if (changed.has('startAt')) {
      if (this.startAt && this.startAt !== 'all') this.parts.get(firstViewPart);
      if (this.model && old) this.firstViewOf = timeline;
    }
    if (this.firstViewOf && this.firstViewOf === this.model?.timeline) this.showFirstView(this.firstViewOf);
    this.shown = this.model?.layout(this.zoom.transform, [this.selected, this.focusId]);
    // The detail card and the list come with styles of their own, adopted before they first draw
    // (on the server, the renderer writes them with the element's own: server.ts).
    if (isServer) return;
    const root = this.renderRoot as ShadowRoot;
    const detail = this.model && this.detailId ? this.parts.get(detailPart) : undefined;
    if (detail) adoptStyles(root, detail.styles);
    // The list view asks for its part at once; the copy kept for screen readers waits for the idle
    // time after the first frame (loadPartsWhenIdle), so that it never competes with the picture.
    const list = this.model && this.listWanted(this.model) ? (this.view === 'list' ? this.parts.get(listPart) : listPart.value) : undefined;
    if (list) adoptStyles(root, list.styles);
  }

  /**
   * A new version of the story is about to be drawn: a removed event's card closes and its
   * selection goes; the focus moves to the event nearest it in time; the change is said once.
   */
  private keepPlace(changes: TimelineChanges, timeline: Timeline): void {
    const removed = new Set(changes.removed);
    if (this.selected && removed.has(this.selected)) this.selected = undefined;
    if (this.detailId && removed.has(this.detailId)) this.detailId = undefined;
    if (this.focusId && removed.has(this.focusId)) {
      const was = this.model?.byId.get(this.focusId)?.start ?? 0;
      const nearest = timeline.events.reduce((best, event) => (Math.abs(event.start - was) < Math.abs(best.start - was) ? event : best), timeline.events[0]);
      const hadFocus = this.shadowRoot?.activeElement?.getAttribute('data-event-id') === this.focusId;
      this.focusId = nearest?.id;
      this.pendingFocus = hadFocus;
    }
    this.announcement = updatesLabel(changes, this.lang_);
    this.pendingChanges = changes;
  }

  /** The list is drawn in the list view, and kept for screen readers in the picture view up to HIDDEN_LIST_LIMIT events. */
  private listWanted(model: TimelineView): boolean {
    return this.view === 'list' || model.timeline.events.length <= HIDDEN_LIST_LIMIT;
  }

  // ---- Rendering -----------------------------------------------------------------------

  override render() {
    const {strings, model, timeline} = this;
    const {loadError, loading} = this.source;
    const errors = this.issues.filter((issue) => issue.severity === 'error');
    const descriptionId = `${this.idPrefix}-description`;
    return html`<div part="base" class="base" lang=${this.lang_} dir=${this.rtl ? 'rtl' : 'ltr'}>
      ${timeline
        ? html`<div part="header" class="header">
            <div>
              <p class="title" lang=${timeline.lang ?? nothing}>${this.title_}</p>
              <p class="description" id=${descriptionId}>${model?.description()}</p>
            </div>
            ${this.renderToolbar()}
          </div>`
        : nothing}
      ${loadError ? renderIssues(strings, [{path: this.src ?? 'src', message: this.loadMessage(loadError), severity: 'error'}], undefined, () => this.source.retry()) : nothing}
      ${errors.length ? renderIssues(strings, errors.slice(0, 10), errors.length > 10 ? moreIssuesLabel(errors.length - 10, this.lang_) : undefined) : nothing}
      ${!timeline && !loadError && !errors.length ? html`<p class="loading" role="status">${loading || this.src ? strings.loading : strings.errorNoEvents}</p>` : nothing}
      ${model && this.parts.failed.size ? renderPartNotice(strings, () => this.parts.retry()) : nothing}
      ${model && this.live.problem ? html`<p part="notice live-notice" class="notice" role="status">${strings.liveFailed}</p>` : nothing}
      ${model ? this.renderPicture(model, descriptionId) : nothing}
      ${model ? this.renderListView(model) : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private loadMessage(error: LoadError): string {
    const s = this.strings;
    if (error.kind === 'http') return s.errorHttp(String(error.status ?? ''));
    if (error.kind === 'timeout') return s.errorTimeout;
    if (error.kind === 'not-json') return s.errorNotJson;
    if (error.kind === 'bad-json') return s.errorBadJson(error.reason ?? '');
    if (error.kind === 'too-large') return s.errorTooLarge(formatBytes(this.source.limits.maxBytes, this.lang_));
    if (error.kind === 'part') return s.errorPart;
    return s.errorNetwork;
  }

  private renderToolbar() {
    const s = this.strings;
    const list = this.view === 'list';
    return html`<div part="toolbar" class="toolbar" role="group" aria-label=${s.controls}>
      ${list
        ? nothing
        : // Named by their title (the symbol is hidden), so the tooltip is not read a second time as a description.
          html`<button type="button" data-action="zoom-out" title=${s.zoomOut} @click=${() => this.zoomBy(0.5)}><span aria-hidden="true">−</span></button>
            <button type="button" data-action="zoom-in" title=${s.zoomIn} @click=${() => this.zoomBy(2)}><span aria-hidden="true">+</span></button>
            <button type="button" data-action="fit" @click=${() => this.fit()}>${s.fit}</button>`}
      <button type="button" data-action="toggle-view" aria-pressed=${list ? 'true' : 'false'} @click=${this.toggleView}>${s.showList}</button>
      ${this.renderShowNew()}
      ${list
        ? nothing
        : html`<details class="download">
            <summary>${s.download}</summary>
            <div class="menu">
              <button type="button" data-action="download-svg" @click=${() => this.download('svg')}>SVG</button>
              <button type="button" data-action="download-png" @click=${() => this.download('png')}>PNG</button>
            </div>
          </details>`}
    </div>`;
  }

  /** "Show 2 new": when events new or changed in a live update lie outside the window, takes the reader to them. */
  private renderShowNew() {
    const model = this.model;
    const view = this.shown;
    if (!model || !view || this.view === 'list') return nothing;
    const length = model.viewLength;
    const inView = new Set(view.events.filter((event) => (model.vertical ? event.y : event.x) >= 0 && (model.vertical ? event.y : event.x) <= length).map((event) => event.id));
    const away = this.live.markedIds().filter((id) => model.byId.has(id) && !inView.has(id));
    if (!away.length) return nothing;
    return html`<button type="button" part="show-new" data-action="show-new" @click=${() => this.showFresh(away)}>${this.strings.showNew(countText(away.length, this.lang_))}</button>`;
  }

  /** Zooms to the events given (new ones out of view) and focuses the earliest. */
  private showFresh(ids: string[]): void {
    const events = ids.map((id) => this.model!.byId.get(id)!).sort((a, b) => a.start - b.start);
    const start = events[0].start;
    const end = Math.max(...events.map((event) => event.end));
    const pad = Math.max(DAY, (end - start) * 0.1);
    this.zoomTo(start - pad, end + pad);
    void this.focusEvent(events[0].id);
  }

  private renderPicture(model: TimelineView, descriptionId: string) {
    const view = this.shown!;
    const {geometry, timeline} = model;
    const detailEvent = this.detailId ? model.byId.get(this.detailId) : undefined;
    // focusin listens on the wrapper: Chromium makes an <svg> with a focus listener a Tab stop of its own.
    return html`<div part="chart" class="chart" ?hidden=${this.view === 'list'} @pointerover=${this.onPointerOver} @pointerleave=${this.onPointerLeave} @focusin=${this.onFocusIn}>
        <svg
          width=${geometry.width}
          height=${geometry.height}
          viewBox="0 0 ${geometry.width} ${geometry.height}"
          role="group"
          aria-label=${this.title_}
          aria-describedby=${descriptionId}
          @click=${this.onClick}
          @keydown=${this.onKeyDown}
        >
          ${renderChart({
            view,
            vertical: model.vertical,
            rtl: this.rtl,
            events: timeline.events,
            links: timeline.links,
            linkLabels: model.drawnLinkLabels,
            colorOf: (event) => model.colorOf(event.category),
            linkColor: (link) => model.colorOf(model.byId.get(link.from)?.category),
            nameOf: (index) => model.nameOf(timeline.events[index]),
            clusterName: (cluster: ViewCluster) => clusterLabel(cluster.count, this.lang_),
            nowLabel: this.strings.now,
            eventsLabel: this.strings.events,
            anchor: timeline.anchor,
            selected: this.selected,
            focusId: this.focusId ?? this.defaultFocus(view),
            highlighted: new Set(this.highlighted),
            fresh: (id) => this.live.marked(id),
            nowTime: timeline.nowTime,
            idPrefix: this.idPrefix,
            dataLang: timeline.lang,
            dataRtl: timeline.lang ? isRtl(timeline.lang) : undefined,
            lang: this.lang_,
            activeId: this.hoverId ?? this.selected ?? timeline.anchor,
          })}
        </svg>
        ${detailEvent && detailPart.value
          ? detailPart.value.renderDetail(this.panelContext(model), detailEvent, this.detailPosition(detailEvent.id, view), this.closeDetail, this.onCardKey)
          : nothing}
      </div>
      ${renderLegend(timeline.categories, (id) => model.colorOf(id), this.strings.legend, `${this.strings.now}: ${formatEdtf(timeline.now, this.lang_)}`)}`;
  }

  private renderListView(model: TimelineView) {
    const list = this.view === 'list';
    const {events} = model.timeline;
    const part = listPart.value;
    if (!part || !this.listWanted(model)) return nothing;
    // Drawn again only when what it shows changes: not on every frame of a zoom or a hover.
    return guard([part, model, this.selected, list, this.listShown, this.theme], () => {
      const shown = events.slice(0, this.listShown);
      return part.renderList(this.panelContext(model), shown, {
        hidden: !list,
        selected: this.selected,
        more: events.length - shown.length,
        onMore: () => (this.listShown += LIST_PAGE),
      });
    });
  }

  private panelContext(model: TimelineView): PanelContext {
    const dataLang = model.timeline.lang;
    return {
      timeline: model.timeline,
      lang: this.lang_,
      strings: this.strings,
      textsOf: model.textsOf,
      linksOf: model.linksOf,
      idPrefix: this.idPrefix,
      dataDir: dataLang ? (isRtl(dataLang) ? 'rtl' : 'ltr') : undefined,
      theme: this.theme === 'light' || this.theme === 'dark' ? this.theme : undefined,
    };
  }

  /** The Tab stop when nothing has had focus yet: the anchor when it is drawn, else the earliest event drawn. */
  private defaultFocus(view: ViewLayout): string | undefined {
    const anchor = this.timeline?.anchor;
    if (anchor && view.events.some((event) => event.id === anchor)) return anchor;
    return view.events.reduce<{id?: string; at: number}>((best, event) => (event.index < best.at ? {id: event.id, at: event.index} : best), {at: Infinity}).id;
  }

  private detailPosition(id: string, view: ViewLayout): {left: number; top: number} {
    const placed = view.events.find((candidate) => candidate.id === id);
    if (!placed) return {left: 8, top: 8};
    const right = view.width - Math.min(METRICS.cardWidth, view.width - METRICS.cardMargin) - 8;
    return this.model!.vertical
      ? {left: Math.max(8, Math.min(right, placed.labelX)), top: placed.subtitleY + 12}
      : {left: Math.max(8, Math.min(right, placed.x - 40)), top: placed.subtitleY + 14};
  }

  // ---- Interaction ---------------------------------------------------------------------

  override updated(changed: PropertyValues<this>): void {
    const result = this.source.result;
    if (changed.has('structuredData') || result !== this.drawnResult) {
      const wanted = () => (this.structuredData ? this.timeline : undefined);
      syncJsonLd(this, wanted() !== undefined, (part) => {
        const timeline = wanted();
        return timeline && part.timelineJsonLd(timeline);
      }, this.parts);
    }
    if (this.pendingChanges) {
      const detail = this.pendingChanges;
      this.pendingChanges = undefined;
      this.dispatchEvent(new CustomEvent<TimelineUpdateDetail>('timeline-update', {detail, bubbles: true, composed: true}));
    }
    if (result !== this.drawnResult) {
      this.drawnResult = result;
      // After the first render of new data, so listeners (quote cards, apps) find it drawn.
      if (result) this.dispatchEvent(new CustomEvent<TimelineLoadDetail>('timeline-load', {detail: {timeline: this.timeline, issues: this.issues}, bubbles: true, composed: true}));
    }
    const svg = this.renderRoot.querySelector<SVGSVGElement>('svg[role="group"]');
    // (An update may still run after the element was removed: nothing to bind to then.)
    if (svg && this.isConnected) {
      this.zoom.attach(svg);
      const gestures = !this.zoom.bound && !this.parts.failed.has(interactionPart.name);
      const list = this.model && this.listWanted(this.model) && !listPart.value && !this.parts.failed.has(listPart.name);
      if ((gestures || list) && !this.cancelIdle) this.loadPartsWhenIdle();
    } else this.zoom.detach();
    if (this.revealAfterZoom && this.zoom.bound && !this.zoom.moving) {
      this.revealAfterZoom = false;
      // A pan is a change drawn in an update of its own: after this one.
      queueMicrotask(() => this.revealFocused(true));
    }
    if (this.pendingFocus) {
      this.pendingFocus = false;
      const option = this.optionOf(this.focusId);
      option?.focus({preventScroll: true});
      // Panning keeps the option inside the drawing; a tall vertical drawing may also need the page to scroll.
      const box = option?.getBoundingClientRect();
      if (box && (box.top < 0 || box.bottom > innerHeight)) scrollBy({top: box.top - innerHeight / 3, behavior: this.reducedMotion ? 'auto' : 'smooth'});
    }
  }

  /**
   * The gestures, the detail card a first hover or focus shows, and the list kept for screen
   * readers arrive in idle time after the first frame, so that the first gesture never waits for
   * them and the first frame never waits for them. The element's updates wait for them.
   */
  private loadPartsWhenIdle(): void {
    void this.parts.track(
      new Promise<void>((resolve) => {
        const list = () => (this.model && this.listWanted(this.model) && !this.parts.failed.has(listPart.name) ? this.parts.load(listPart) : undefined);
        const cancel = whenIdle(() => void Promise.all([this.zoom.ready(), detailPart.value ?? this.parts.load(detailPart), listPart.value ?? list()]).then(done), 1000);
        const done = () => {
          this.cancelIdle = undefined;
          resolve();
        };
        this.cancelIdle = () => {
          cancel();
          done();
        };
      }),
    );
  }

  private zoomBy(factor: number, around?: [number, number]): void {
    const geometry = this.model?.geometry;
    if (geometry) this.zoom.scaleBy(factor, around ?? [geometry.width / 2, geometry.height / 2], this.reducedMotion);
  }

  private async download(format: 'svg' | 'png'): Promise<void> {
    const exporter = await this.parts.load(exportPart);
    // What is on screen, as an image to publish: with its title, legend and credit line.
    const svg = await this.toSVG({extent: 'view'});
    if (!exporter || !svg) return;
    const name = this.title_.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'timeline';
    try {
      const blob = format === 'svg' ? new Blob([svg], {type: 'image/svg+xml'}) : await exporter.svgToPng(svg);
      exporter.download(blob, `${name}.${format}`);
    } catch (error) {
      console.error(`<event-timeline>: could not make the ${format.toUpperCase()}: ${(error as Error).message}`);
    }
    this.renderRoot.querySelector('details.download')?.removeAttribute('open');
  }

  private toggleView = () => {
    this.view = this.view === 'list' ? 'chart' : 'list';
  };

  /** Closes the detail card; focus inside it goes back to the event it belonged to. */
  private closeDetail = () => {
    if (this.renderRoot.querySelector('.detail')?.contains((this.renderRoot as ShadowRoot).activeElement)) {
      this.focusId = this.detailId;
      this.pendingFocus = true;
    }
    this.detailId = this.hoverId = undefined;
  };

  private onCardKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.closeDetail();
  };

  private select(id: string): void {
    const event = this.model?.byId.get(id);
    if (!event) return;
    this.selected = this.focusId = this.detailId = id;
    this.announcement = this.strings.selected(event.title);
    this.dispatchEvent(new CustomEvent<TimelineSelectDetail>('timeline-select', {detail: {id}, bubbles: true, composed: true}));
  }

  private targetOf(event: Event): {id?: string; cluster?: number} {
    for (const node of event.composedPath()) {
      if (!(node instanceof Element)) continue;
      if (node.hasAttribute('data-event-id') && node.getAttribute('role') === 'option') return {id: node.getAttribute('data-event-id')!};
      if (node.hasAttribute('data-cluster')) return {cluster: Number(node.getAttribute('data-cluster'))};
      if (node.tagName.toLowerCase() === 'svg') break;
    }
    return {};
  }

  private onClick = (event: MouseEvent) => {
    const target = this.targetOf(event);
    if (target.id) this.select(target.id);
    else if (target.cluster !== undefined) this.expandCluster(target.cluster);
  };

  private onPointerOver = (event: PointerEvent) => {
    const {id} = this.targetOf(event);
    clearTimeout(this.hideTimer);
    if (id) {
      if (id !== this.hoverId) this.hoverId = this.detailId = id;
    } else if (!event.composedPath().some((node) => node instanceof Element && node.classList.contains('detail'))) {
      // Between an event and its card: give the pointer a moment to reach the card (WCAG 1.4.13).
      this.hideTimer = window.setTimeout(this.onPointerLeave, 300);
    }
  };

  private onPointerLeave = () => {
    clearTimeout(this.hideTimer);
    this.hoverId = undefined;
    if (this.detailId !== this.selected && this.detailId !== this.focusId) this.detailId = this.selected;
  };

  private onFocusIn = (event: FocusEvent) => {
    const {id} = this.targetOf(event);
    if (id && id !== this.focusId) this.focusId = this.detailId = id;
  };

  private expandCluster(key: number): void {
    const cluster = this.model?.packFor(this.zoom.transform.k, [this.selected, this.focusId]).clusters.find((candidate) => candidate.key === key);
    if (!cluster) return;
    // Events at one instant never part however far one zooms: the first of them takes the
    // focus instead (a focused event always gets a place), and arrow keys go through the rest.
    if (cluster.start === cluster.end || this.zoom.transform.k >= this.model!.maxK) {
      void this.focusEvent(this.model!.timeline.events[cluster.members[0]].id);
      return;
    }
    const pad = Math.max(DAY, (cluster.end - cluster.start) * 0.1);
    this.zoomTo(cluster.start - pad, cluster.end + pad);
  }

  private onKeyDown = (event: KeyboardEvent) => {
    const {model, shown: view} = this;
    if (!model || !view) return;
    const command = keyCommand(event, {vertical: model.vertical, rtl: this.rtl});
    // Escape with no card open is not ours: a dialog around the timeline may want it.
    if (!command || (command.type === 'close' && this.detailId === undefined)) return;
    event.preventDefault();
    const {id, cluster} = this.targetOf(event);
    const current = id ?? this.focusId;
    const index = (current !== undefined && model.indexOf.get(current)) || 0;
    const last = model.timeline.events.length - 1;
    switch (command.type) {
      case 'move': {
        const next = command.to === 'first' ? 0 : command.to === 'last' ? last : index + command.by;
        this.focusEvent(model.timeline.events[Math.max(0, Math.min(last, next))].id);
        break;
      }
      case 'lane':
        this.moveLane(index, command.by);
        break;
      case 'select':
        if (cluster !== undefined) this.expandCluster(cluster);
        else if (current) this.select(current);
        break;
      case 'close':
        this.detailId = undefined;
        break;
      case 'zoom': {
        const placed = view.events.find((candidate) => candidate.id === current);
        this.zoomBy(command.factor, placed ? [placed.x, placed.y] : undefined);
        this.revealAfterZoom = true;
        this.requestUpdate(); // even when the zoom was already at its limit
        break;
      }
      case 'fit':
        this.fit();
    }
  };

  /**
   * Up/Down in the horizontal layout: the event nearest in time among the labels in the next
   * row up or down (labels stack at any height, so a row is the nearest label level that way).
   */
  private moveLane(index: number, by: number): void {
    const view = this.shown!;
    const here = view.events.find((event) => event.index === index);
    if (!here) return;
    const way = view.events.filter((event) => (by > 0 ? event.titleY < here.titleY - 4 : event.titleY > here.titleY + 4));
    if (!way.length) return;
    const row = way.reduce((best, event) => (Math.abs(event.titleY - here.titleY) < Math.abs(best.titleY - here.titleY) ? event : best)).titleY;
    const candidates = way.filter((event) => Math.abs(event.titleY - row) <= 20);
    this.focusEvent(candidates.reduce((best, event) => (Math.abs(event.x - here.x) < Math.abs(best.x - here.x) ? event : best)).id);
  }

  /** Pans so the focused event is on screen (zoom follows focus). */
  private revealFocused(instant: boolean): void {
    const {model, shown: view} = this;
    const placed = view?.events.find((event) => event.id === this.focusId);
    if (!model || !placed) return;
    const {vertical, viewLength: length} = model;
    const at = vertical ? placed.y : placed.x;
    if (at >= 24 && at <= length - 24 - (vertical ? 0 : Math.min(placed.labelWidth, length / 3))) return;
    const zoom = this.zoom.transform;
    const shift = (vertical ? zoom.y : zoom.x) + length / 3 - at;
    this.zoom.set(vertical ? {k: zoom.k, x: 0, y: shift} : {k: zoom.k, x: shift, y: 0}, instant || this.reducedMotion);
  }
}
