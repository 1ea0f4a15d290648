// <event-timeline>: draws a news story's events on a D3 time axis and links the main event
// to the dates around it. The class only wires things together: data in (property, src,
// inline JSON), the pure model and layout, Lit templates, d3-zoom and the keyboard.
import {LitElement, html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {createGeometry, fitHeight, type Geometry, type Orientation} from '../../layout/geometry.js';
import {toLayoutEvent} from '../../layout/layout-events.js';
import {packAt, type Pack} from '../../layout/pack.js';
import {estimateTextWidth} from '../../layout/text-width.js';
import {viewLayout, type ViewCluster, type ViewLayout} from '../../layout/view.js';
import {parseTimeline} from '../../model/parse-timeline.js';
import {parseInput, type InputFormat} from '../../adapters/read-input.js';
import {readLightDomList} from '../../adapters/light-dom-list.js';
import type {ParseResult, Timeline, TimelineEvent, TimelineIssue, TimelineLink} from '../../model/types.js';
import {describeEvent, linkLabel, linksPhrase, type EventTexts} from '../../i18n/describe.js';
import {formatEdtf, formatTick} from '../../i18n/format-date.js';
import {clusterLabel, describeTimeline, formatBytes, moreIssuesLabel} from '../../i18n/phrases.js';
import {isRtl, stringsFor, type TimelineStrings} from '../../i18n/strings.js';
import {resolveDir, resolveLang} from '../shared/resolve-lang.js';
import {colorFor} from './palette.js';
import {LoadError, loadJson} from './load-source.js';
import {keyCommand} from './keyboard.js';
import {renderChart} from './render-chart.js';
import {renderDetail, renderIssues, renderLegend, renderList, type PanelContext} from './render-panels.js';
import {styles} from './event-timeline.styles.js';
import {ZoomSurface, type ZoomState} from './zoom-surface.js';
import {download, exportSvg, svgToPng} from './export-svg.js';
import {timelineJsonLd} from './structured-data.js';
import {writeJsonLd} from '../shared/json-ld.js';

/** Detail of the `timeline-select` event. */
export interface TimelineSelectDetail {
  id: string;
}

/** Detail of the `timeline-load` event. */
export interface TimelineLoadDetail {
  /** Undefined when the data had no valid event. */
  timeline?: Timeline;
  issues: readonly TimelineIssue[];
}

const DAY = 86_400_000;
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
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - Title, description and toolbar.
 * @csspart toolbar - The zoom, fit and list buttons.
 * @csspart chart - The picture's wrapper.
 * @csspart axis - The time axis: track, ticks and labels.
 * @csspart axis-break - A cut in the axis where a long empty stretch of time was left out.
 * @csspart event - An event's mark and label; extra tokens `anchor`, `selected`, `highlighted`, `planned`.
 * @csspart event-label - An event's title text.
 * @csspart link - A link arc between two events (`data-from`, `data-to`, `data-kind`).
 * @csspart link-label - The label of a link arc.
 * @csspart cluster - A counted group of events too dense to label; activating it zooms in.
 * @csspart now - The marker of the story's own date.
 * @csspart legend - The category legend.
 * @csspart detail - The detail card of the hovered, focused or selected event.
 * @csspart list - The list view (an ordered list of all events).
 * @csspart error - The error state (`role="alert"`).
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
  static override styles = styles;

  /**
   * The event JSON document (an object, or JSON text). Takes precedence over `src` and inline JSON.
   * Dates and numbers are formatted in the element's `lang` (its own or an ancestor's); when
   * the page sets none, in the document's own `lang`.
   */
  @property({attribute: false}) data?: unknown;

  /**
   * `auto` reads event JSON, and TimelineJS3 JSON when it sees one; `event-timeline` and
   * `timelinejs` say which it is.
   */
  @property({reflect: true}) format: InputFormat = 'auto';

  /** URL of the event JSON, fetched with `fetch`. A newer value aborts the older request. */
  @property({reflect: true}) src?: string;

  /** `auto` turns vertical below 600 px wide; `horizontal` and `vertical` force one. */
  @property({reflect: true}) layout: 'auto' | 'horizontal' | 'vertical' = 'auto';

  /** Keep the axis continuous: do not cut long empty stretches of time out of it. */
  @property({type: Boolean, reflect: true, attribute: 'no-breaks'}) noBreaks = false;

  /** `light` or `dark`; by default the reader's `prefers-color-scheme`. */
  @property({reflect: true}) theme?: 'light' | 'dark';

  /** `chart` (the picture) or `list` (the list view). */
  @property({reflect: true}) view: 'chart' | 'list' = 'chart';

  /** Id of the selected event. */
  @property({reflect: true}) selected?: string;

  /** Ids of events to highlight (for example while a linked quote card is hovered). */
  @property({attribute: false}) highlighted: readonly string[] = [];

  /** Most lanes of labels in the horizontal layout. */
  @property({type: Number, attribute: 'max-lanes'}) maxLanes = 6;

  /** Milliseconds to wait for `src` before giving up. */
  @property({type: Number}) timeout = 15_000;

  /** Largest `src` body accepted, in bytes. */
  @property({type: Number, attribute: 'max-bytes'}) maxBytes = 20_000_000;

  /** Accessible name; by default the document's title. */
  @property() label?: string;

  /** Add schema.org JSON-LD for the events (an ItemList of Event items, with Quotations) to the page. */
  @property({type: Boolean, attribute: 'structured-data'}) structuredData = false;

  @state() private result?: ParseResult;
  @state() private loadError?: LoadError;
  @state() private loading = false;
  @state() private width = 0;
  @state() private zoom: ZoomState = {k: 1, x: 0, y: 0};
  @state() private focusId?: string;
  @state() private detailId?: string;
  @state() private hoverId?: string;
  @state() private listShown = LIST_PAGE;
  @state() private announcement = '';

  private readonly idPrefix = `et${++instances}`;
  private readonly zoomSurface = new ZoomSurface((zoom) => (this.zoom = zoom));
  private resizeObserver?: ResizeObserver;
  private resizeFrame = 0;
  private childObserver?: MutationObserver;
  private request?: AbortController;
  private inlineSource?: string;
  private loggedFor?: unknown;
  private lang_ = 'en';
  private rtl = false;
  private strings: TimelineStrings = stringsFor('en');
  private geometry?: Geometry;
  private packs = new Map<string, Pack>();
  private layoutView?: ViewLayout;
  private texts = new Map<string, EventTexts>();
  // Per rebuild, so that a frame costs what is on screen, not what is in the story:
  // accessible names of events drawn so far, the links of each event, the links as the layout takes them.
  private names = new Map<string, string>();
  private linksByEvent?: Map<string, TimelineLink[]>;
  private viewLinks: {from: number; to: number; label: string}[] = [];
  private maxKOf?: {geometry: Geometry; value: number};
  private subtitles = new Map<number, string>();
  private byId = new Map<string, TimelineEvent>();
  private indexOf = new Map<string, number>();
  private linkLabels: string[] = [];
  private colors = new Map<string, string>();
  private pendingFocus = false;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if ((name === 'lang' || name === 'dir') && old !== value) this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1].contentRect.width);
      // Redraw in the next frame: a redraw changes our height, and doing it inside this
      // callback would make the browser report a ResizeObserver loop to the page.
      cancelAnimationFrame(this.resizeFrame);
      if (width !== this.width) this.resizeFrame = requestAnimationFrame(() => (this.width = width));
    });
    this.resizeObserver.observe(this);
    this.childObserver = new MutationObserver(() => this.readInline());
    this.childObserver.observe(this, {childList: true, subtree: true, characterData: true});
    this.readInline();
    // On the first connection the first update loads `src` (willUpdate); loading here too would
    // send the request twice. Later connections (after a move, or a removal that aborted the
    // request) load here.
    if (this.hasUpdated && this.src && !this.result && !this.loading) this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.resizeFrame);
    this.childObserver?.disconnect();
    this.resizeObserver = this.childObserver = undefined;
    this.request?.abort();
    this.request = undefined;
    this.loading = false;
    this.zoomSurface.detach();
  }

  // ---- Public methods ----------------------------------------------------------------

  /** Moves keyboard focus to an event (zooming and panning so that it is visible). */
  async focusEvent(id: string): Promise<void> {
    if (!this.byId.has(id)) return;
    this.focusId = id;
    this.detailId = id;
    this.pendingFocus = true;
    await this.updateComplete;
    this.revealFocused(true);
  }

  /** Zooms to show the time from `start` to `end` (Dates, ms or EDTF-free ISO strings). */
  zoomTo(start: Date | number | string, end: Date | number | string): void {
    const geometry = this.geometry;
    if (!geometry) return;
    const [t0, t1] = [new Date(start).getTime(), new Date(end).getTime()].sort((a, b) => a - b);
    if (!Number.isFinite(t0) || !Number.isFinite(t1)) return;
    const {scale} = geometry;
    let [p0, p1] = [scale.toPx(t0), scale.toPx(t1)];
    const vertical = this.orientation === 'vertical';
    if (!vertical && this.rtl) [p0, p1] = [geometry.width - p1, geometry.width - p0];
    const length = this.viewLength;
    let k = Math.min(this.maxK, Math.max(1, (length * 0.9) / Math.max(1, p1 - p0)));
    // A window as wide as the one shown (but for rounding in the time-to-pixel conversion) only
    // pans: keeping k exactly keeps this zoom level's packing, which takes every event to redo.
    if (Math.abs(k - this.zoom.k) <= this.zoom.k * 1e-9) k = this.zoom.k;
    const shift = length / 2 - ((p0 + p1) / 2) * k;
    this.zoomSurface.set(vertical ? {k, x: 0, y: shift} : {k, x: shift, y: 0}, this.reducedMotion);
  }

  /** Highlights (or stops highlighting) an event, as a linked quote card does while hovered. */
  highlight(id: string | undefined, on: boolean): void {
    if (!id) return;
    const others = this.highlighted.filter((other) => other !== id);
    this.highlighted = on ? [...others, id] : others;
  }

  /** Whether the timeline holds an event with this id. */
  hasEvent(id: string): boolean {
    return this.byId.has(id) || Boolean(this.timeline?.events.some((event) => event.id === id));
  }

  /**
   * Brings an event into view: scrolls the page to the timeline, zooms to the event with some
   * time around it, and selects it (firing `timeline-select`). Quote cards call this.
   */
  async showEvent(id: string): Promise<void> {
    const event = this.byId.get(id);
    if (!event) return;
    this.scrollIntoView({block: 'nearest', behavior: this.reducedMotion ? 'auto' : 'smooth'});
    const pad = Math.max(event.end - event.start, 14 * DAY);
    this.zoomTo(event.start - pad, event.end + pad);
    this.select(id);
    await this.updateComplete;
  }

  /**
   * The current view as a standalone SVG document (colours, fonts and strokes written onto
   * the elements, no stylesheet or script), for saving or embedding elsewhere.
   */
  toSVG(): string {
    const svg = this.renderRoot.querySelector<SVGSVGElement>('svg[role="group"]');
    if (!svg || !this.timeline) return '';
    const background = getComputedStyle(this.renderRoot.querySelector('.base')!).getPropertyValue('--_bg').trim() || '#ffffff';
    return exportSvg(svg, this.label ?? this.timeline.title ?? this.strings.timeline, this.description(this.timeline), background);
  }

  /** Zooms out to show every event. */
  fit(): void {
    this.zoomSurface.set({k: 1, x: 0, y: 0}, this.reducedMotion);
  }

  /** The parsed timeline now drawn (undefined before data arrives or when it has no valid event). */
  get timeline(): Timeline | undefined {
    return this.result?.timeline;
  }

  /** Problems found in the data, with JSON paths. */
  get issues(): readonly TimelineIssue[] {
    return this.result?.issues ?? [];
  }

  // ---- Data in -------------------------------------------------------------------------

  /**
   * Data written into the page: a child `<script type="application/json">`, else a child
   * `<ol>`/`<ul>` of events (which reads as a plain list where scripts do not run).
   */
  private readInline(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    const list = script ? null : this.querySelector(':scope > ol, :scope > ul');
    const key = script ? script.textContent ?? '' : list ? `list:${list.outerHTML}` : undefined;
    if (key === this.inlineSource) return;
    this.inlineSource = key;
    if (this.data !== undefined || this.src || key === undefined) return;
    if (script) return this.accept(parseInput(script.textContent ?? '', this.format));
    const read = readLightDomList(this);
    if (!read) return;
    const result = parseTimeline(read.document);
    this.accept({...result, issues: [...read.issues, ...result.issues]});
  }

  private async load(): Promise<void> {
    this.request?.abort();
    const src = this.src;
    if (!src) return;
    const request = (this.request = new AbortController());
    this.loading = true;
    this.loadError = undefined;
    try {
      const value = await loadJson(new URL(src, document.baseURI).href, {signal: request.signal, ...this.limits});
      if (request.signal.aborted) return;
      this.accept(parseInput(value, this.format));
    } catch (error) {
      if (request.signal.aborted) return;
      const loadError = error instanceof LoadError ? error : new LoadError('network', String(error));
      this.loadError = loadError;
      this.result = undefined;
      console.error(`<event-timeline>: ${loadError.message}`);
    } finally {
      if (this.request === request) {
        this.loading = false;
        this.request = undefined;
      }
    }
  }

  /** `timeout` and `max-bytes` as given, or their defaults when the page wrote no positive number (`max-bytes="20MB"` must not lift the limit). */
  private get limits(): {timeout: number; maxBytes: number} {
    const positive = (value: number, fallback: number) => (Number.isFinite(value) && value > 0 ? value : fallback);
    return {timeout: positive(this.timeout, 15_000), maxBytes: positive(this.maxBytes, 20_000_000)};
  }

  private accept(result: ParseResult): void {
    this.result = result;
    this.loadError = undefined;
    if (result.issues.length && this.loggedFor !== result) {
      this.loggedFor = result;
      const lines = result.issues.map((issue) => `  ${issue.severity}: ${issue.path}: ${issue.message}`).join('\n');
      (result.issues.some((issue) => issue.severity === 'error') ? console.error : console.warn)(`<event-timeline>: the data has problems:\n${lines}`);
    }
  }

  // ---- Derived state -------------------------------------------------------------------

  private get orientation(): Orientation {
    if (this.layout === 'horizontal' || this.layout === 'vertical') return this.layout;
    return this.width > 0 && this.width < 600 ? 'vertical' : 'horizontal';
  }

  private get viewLength(): number {
    const geometry = this.geometry;
    if (!geometry) return 0;
    return this.orientation === 'vertical' ? geometry.height : geometry.width;
  }

  private get maxK(): number {
    const geometry = this.geometry;
    if (!geometry) return 1;
    // Once per geometry: zoomTo asks on every call, and the look at every event below is O(n).
    if (this.maxKOf?.geometry === geometry) return this.maxKOf.value;
    // Zoom in until one day (or, for stories with times of day, ten minutes) spans 600 px.
    const fine = this.timeline?.events.some((event) => typeof event.date.start === 'object' && /minute|second/.test(event.date.start.precision));
    const target = (fine ? DAY / 144 : DAY) / 600;
    const rates = geometry.scale.segments.map((segment) => (segment.t1 - segment.t0) / Math.max(1, segment.p1 - segment.p0));
    const value = Math.min(1e7, Math.max(1, Math.max(...rates) / target));
    this.maxKOf = {geometry, value};
    return value;
  }

  private get reducedMotion(): boolean {
    return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('data') || changed.has('format')) && this.data !== undefined) this.accept(parseInput(this.data, this.format));
    else if (changed.has('format') && changed.get('format') !== undefined) {
      this.inlineSource = undefined;
      if (this.src) this.load();
      else this.readInline();
    }
    if (changed.has('src') && this.isConnected && this.data === undefined) this.load();
    // The page's language, else the language the data is written in, else English.
    const lang = resolveLang(this) || this.timeline?.lang || 'en';
    const dir = resolveDir(this);
    const rtl = dir ? dir === 'rtl' : isRtl(lang);
    const timeline = this.timeline;
    const rebuild =
      lang !== this.lang_ ||
      rtl !== this.rtl ||
      changed.has('result' as keyof EventTimeline) ||
      changed.has('width' as keyof EventTimeline) ||
      changed.has('layout') ||
      changed.has('noBreaks') ||
      changed.has('maxLanes') ||
      (timeline && !this.geometry);
    this.lang_ = lang;
    this.rtl = rtl;
    this.strings = stringsFor(lang);
    if (rebuild) this.rebuild();
    this.layoutView = this.computeView();
  }

  private rebuild(): void {
    const timeline = this.timeline;
    this.texts.clear();
    this.names.clear();
    this.linksByEvent = undefined;
    this.subtitles.clear();
    this.packs.clear();
    this.byId = new Map();
    this.indexOf = new Map();
    timeline?.events.forEach((event, i) => {
      this.byId.set(event.id, event);
      this.indexOf.set(event.id, i);
    });
    if (!timeline || this.width <= 0) {
      this.geometry = undefined;
      return;
    }
    if (this.focusId && !this.byId.has(this.focusId)) this.focusId = undefined;
    this.colors = new Map(timeline.categories.map((category, i) => [category.id, category.color ?? colorFor(i)]));
    const lang = this.lang_;
    // Dates are formatted lazily (only for events on screen); their width is estimated from
    // a worst-case sample per precision so the layout can reserve room without formatting all.
    // Keyed by interval, start kind and end kind in nested maps: no key string per event.
    const sampleWidth = new Map<boolean, Map<string, Map<string, number>>>();
    const widthOf = (event: TimelineEvent) => {
      const {interval, start, end} = event.date;
      let byStart = sampleWidth.get(interval);
      if (!byStart) sampleWidth.set(interval, (byStart = new Map()));
      const startKind = typeof start === 'object' ? start.precision : start;
      let byEnd = byStart.get(startKind);
      if (!byEnd) byStart.set(startKind, (byEnd = new Map()));
      const endKind = typeof end === 'object' ? end.precision : '';
      let width = byEnd.get(endKind);
      if (width === undefined) {
        width = estimateTextWidth(this.subtitleFor(event), 11) + 24;
        byEnd.set(endKind, width);
      }
      return width;
    };
    const events = timeline.events.map((event) => toLayoutEvent(event, event.title, '', widthOf(event)));
    this.linkLabels = timeline.links.map((link) => linkLabel(link, this.byId, timeline, lang));
    this.viewLinks = timeline.links.map((link, i) => ({from: this.indexOf.get(link.from)!, to: this.indexOf.get(link.to)!, label: this.linkLabels[i]}));
    const config = {
      orientation: this.orientation,
      width: this.width,
      breaks: !this.noBreaks,
      rtl: this.rtl,
      maxLanes: this.maxLanes,
      links: timeline.links.length > 0,
    };
    let geometry = createGeometry(events, config);
    let pack = packAt(geometry, 1, this.reserved());
    // A vertical timeline may grow longer (the page scrolls) until its labels fit, within reason.
    for (let tries = 0; config.orientation === 'vertical' && pack.clusters.length && tries < 3; tries++) {
      geometry = createGeometry(events, {...config, height: Math.min(4000, geometry.height * 1.4)});
      pack = packAt(geometry, 1, this.reserved());
    }
    fitHeight(geometry, pack.lanesUsed);
    this.geometry = geometry;
    // computeView asks for this very packing next (zoom 1, the anchor reserved; fitHeight only drops
    // lanes no event used, which leaves it unchanged): keep it rather than pack every event twice.
    this.packs.set('1', pack);
    this.zoom = {k: 1, x: 0, y: 0};
    this.zoomSurface.configure(geometry.width, geometry.height, this.maxK);
    this.zoomSurface.set(this.zoom, true);
  }

  private subtitleFor(event: TimelineEvent): string {
    const texts = this.textsOf(event);
    return this.orientation === 'vertical' && texts.relation ? `${texts.shortDate} · ${texts.relation}` : texts.date;
  }

  private textsOf = (event: TimelineEvent): EventTexts => {
    let texts = this.texts.get(event.id);
    if (!texts) {
      texts = describeEvent(event, this.timeline!, this.lang_);
      this.texts.set(event.id, texts);
    }
    return texts;
  };

  private indexesOf(...ids: (string | undefined)[]): number[] {
    return ids.flatMap((id) => (id !== undefined && this.indexOf.has(id) ? [this.indexOf.get(id)!] : []));
  }

  private reserved(): Set<number> {
    return new Set(this.indexesOf(this.timeline?.anchor));
  }

  /**
   * The packing at zoom k. The anchor always has a place; the selected and focused events
   * get one too, but only when they would otherwise sit in a cluster, so that focusing or
   * selecting an event never moves it or its neighbours.
   */
  private packFor(k: number): Pack {
    const base = this.cachedPack(`${k}`, k, this.reserved());
    const extra = this.indexesOf(this.selected, this.focusId).filter((index) => base.lane[index] < 0);
    if (!extra.length) return base;
    return this.cachedPack(`${k}|${extra.join()}`, k, new Set([...this.reserved(), ...extra]));
  }

  private cachedPack(key: string, k: number, reserved: Set<number>): Pack {
    let pack = this.packs.get(key);
    if (!pack) {
      // Keep a handful of zoom levels: the current one and those a gesture passes through.
      if (this.packs.size > 8) this.packs.clear();
      pack = packAt(this.geometry!, k, reserved);
      this.packs.set(key, pack);
    }
    return pack;
  }

  private computeView(): ViewLayout | undefined {
    const geometry = this.geometry;
    const timeline = this.timeline;
    if (!geometry || !timeline) return undefined;
    const vertical = this.orientation === 'vertical';
    const {k} = this.zoom;
    const lang = this.lang_;
    const focusIndex = this.focusId === undefined ? undefined : this.indexOf.get(this.focusId);
    return viewLayout(geometry, this.packFor(k), {
      k,
      shift: vertical ? this.zoom.y : this.zoom.x,
      viewLength: this.viewLength,
      formatTick: (time, unit, withParent) => formatTick(time, unit, lang, withParent),
      subtitleOf: (index) => {
        let subtitle = this.subtitles.get(index);
        if (subtitle === undefined) {
          subtitle = this.subtitleFor(timeline.events[index]);
          this.subtitles.set(index, subtitle);
        }
        return subtitle;
      },
      links: this.viewLinks,
      now: timeline.nowTime,
      eras: timeline.eras,
      include: focusIndex === undefined ? [] : [focusIndex],
    });
  }

  // ---- Rendering -----------------------------------------------------------------------

  override render() {
    const timeline = this.timeline;
    const strings = this.strings;
    const errors = this.issues.filter((issue) => issue.severity === 'error');
    const title = this.label ?? timeline?.title ?? strings.timeline;
    const descriptionId = `${this.idPrefix}-description`;
    const description = timeline ? this.description(timeline) : '';
    return html`<div part="base" class="base" lang=${this.lang_} dir=${this.rtl ? 'rtl' : 'ltr'}>
      ${timeline
        ? html`<div part="header" class="header">
            <div>
              <p class="title" lang=${timeline.lang ?? nothing}>${title}</p>
              <p class="description" id=${descriptionId}>${description}</p>
            </div>
            ${this.renderToolbar()}
          </div>`
        : nothing}
      ${this.loadError ? renderIssues(strings, [{path: this.src ?? 'src', message: this.loadMessage(this.loadError), severity: 'error'}], undefined, () => this.load()) : nothing}
      ${errors.length ? renderIssues(strings, errors.slice(0, 10), errors.length > 10 ? moreIssuesLabel(errors.length - 10, this.lang_) : undefined) : nothing}
      ${!timeline && !this.loadError && !errors.length
        ? html`<p class="loading" role="status">${this.loading || this.src ? strings.loading : strings.errorNoEvents}</p>`
        : nothing}
      ${timeline && this.geometry ? this.renderPicture(timeline, title, descriptionId) : nothing}
      ${timeline ? this.renderListView(timeline) : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private description(timeline: Timeline): string {
    const events = timeline.events;
    const first = formatEdtf(events[0].date, this.lang_);
    const last = formatEdtf(events[events.length - 1].date, this.lang_);
    return describeTimeline(events.length, first, last, this.lang_);
  }

  private loadMessage(error: LoadError): string {
    const s = this.strings;
    switch (error.kind) {
      case 'http':
        return s.errorHttp(String(error.status ?? ''));
      case 'timeout':
        return s.errorTimeout;
      case 'not-json':
        return s.errorNotJson;
      case 'too-large':
        return s.errorTooLarge(formatBytes(this.limits.maxBytes, this.lang_));
      default:
        return s.errorNetwork;
    }
  }

  private renderToolbar() {
    const s = this.strings;
    const list = this.view === 'list';
    return html`<div part="toolbar" class="toolbar" role="toolbar" aria-label=${s.timeline}>
      ${list
        ? nothing
        : html`<button type="button" data-action="zoom-out" aria-label=${s.zoomOut} title=${s.zoomOut} @click=${() => this.zoomBy(0.5)}>−</button>
            <button type="button" data-action="zoom-in" aria-label=${s.zoomIn} title=${s.zoomIn} @click=${() => this.zoomBy(2)}>+</button>
            <button type="button" data-action="fit" @click=${() => this.fit()}>${s.fit}</button>`}
      <button type="button" data-action="toggle-view" aria-pressed=${list ? 'true' : 'false'} @click=${this.toggleView}>
        ${list ? s.showChart : s.showList}
      </button>
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

  private renderPicture(timeline: Timeline, title: string, descriptionId: string) {
    const view = this.layoutView;
    const geometry = this.geometry!;
    if (!view) return nothing;
    const vertical = this.orientation === 'vertical';
    const detailEvent = this.detailId ? this.byId.get(this.detailId) : undefined;
    return html`<div part="chart" class="chart" ?hidden=${this.view === 'list'}>
        <svg
          width=${geometry.width}
          height=${geometry.height}
          viewBox="0 0 ${geometry.width} ${geometry.height}"
          role="group"
          aria-label=${title}
          aria-describedby=${descriptionId}
          @click=${this.onClick}
          @pointerover=${this.onPointerOver}
          @pointerleave=${this.onPointerLeave}
          @focusin=${this.onFocusIn}
          @keydown=${this.onKeyDown}
        >
          ${renderChart({
            view,
            vertical,
            rtl: this.rtl,
            events: timeline.events,
            links: timeline.links,
            linkLabels: this.linkLabels,
            colorOf: (event) => this.colorOf(event.category),
            linkColor: (link) => this.colorOf(this.byId.get(link.from)?.category),
            nameOf: (index) => this.nameOf(timeline.events[index]),
            clusterName: (cluster: ViewCluster) => clusterLabel(cluster.count, this.lang_),
            nowLabel: this.strings.now,
            eventsLabel: this.strings.events,
            anchor: timeline.anchor,
            selected: this.selected,
            focusId: this.focusId ?? this.defaultFocus(view),
            highlighted: new Set(this.highlighted),
            nowTime: timeline.nowTime,
            idPrefix: this.idPrefix,
            dataLang: timeline.lang,
            activeId: this.hoverId ?? this.selected ?? timeline.anchor,
          })}
        </svg>
        ${detailEvent ? renderDetail(this.panelContext(timeline), detailEvent, this.detailPosition(detailEvent, view), this.closeDetail) : nothing}
      </div>
      ${renderLegend(timeline.categories, (id) => this.colorOf(id), this.strings.legend, `${this.strings.now}: ${formatEdtf(timeline.now, this.lang_)}`)}`;
  }

  private renderListView(timeline: Timeline) {
    const list = this.view === 'list';
    if (!list && timeline.events.length > HIDDEN_LIST_LIMIT) return nothing;
    const events = timeline.events.slice(0, this.listShown);
    return renderList(this.panelContext(timeline), events, {
      hidden: !list,
      selected: this.selected,
      more: timeline.events.length - events.length,
      onMore: () => (this.listShown += LIST_PAGE),
    });
  }

  private panelContext(timeline: Timeline): PanelContext {
    return {
      timeline,
      lang: this.lang_,
      strings: this.strings,
      textsOf: this.textsOf,
      linksOf: (event) =>
        timeline.links.flatMap((link, i) =>
          link.from === event.id || link.to === event.id
            ? [{kind: link.kind, other: this.byId.get(link.from === event.id ? link.to : link.from)!, label: this.linkLabels[i]}]
            : [],
        ),
      idPrefix: this.idPrefix,
    };
  }

  private nameOf(event: TimelineEvent): string {
    let name = this.names.get(event.id);
    if (name === undefined) {
      const texts = this.textsOf(event);
      if (!this.linksByEvent) {
        this.linksByEvent = new Map();
        for (const link of this.timeline!.links) {
          for (const id of [link.from, link.to]) {
            const list = this.linksByEvent.get(id);
            if (list) list.push(link);
            else this.linksByEvent.set(id, [link]);
          }
        }
      }
      const links = linksPhrase(event.id, this.linksByEvent.get(event.id) ?? [], this.byId, this.lang_);
      name = links ? `${texts.name}. ${links}` : texts.name;
      this.names.set(event.id, name);
    }
    return name;
  }

  private colorOf(category: string | undefined): string {
    return (category && this.colors.get(category)) || 'var(--_axis)';
  }

  private defaultFocus(view: ViewLayout): string | undefined {
    const anchor = this.timeline?.anchor;
    if (anchor && view.events.some((event) => event.id === anchor)) return anchor;
    return view.events.reduce<{id?: string; at: number}>(
      (best, event) => (event.index < best.at ? {id: event.id, at: event.index} : best),
      {at: Infinity},
    ).id;
  }

  private detailPosition(event: TimelineEvent, view: ViewLayout): {left: number; top: number} {
    const placed = view.events.find((candidate) => candidate.id === event.id);
    const width = Math.min(360, view.width - 16);
    if (!placed) return {left: 8, top: 8};
    const vertical = this.orientation === 'vertical';
    const left = vertical ? Math.max(8, Math.min(view.width - width - 8, placed.labelX)) : Math.max(8, Math.min(view.width - width - 8, placed.x - 40));
    const top = vertical ? placed.subtitleY + 12 : placed.subtitleY + 14;
    return {left, top};
  }

  // ---- Interaction ---------------------------------------------------------------------

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('structuredData') || changed.has('result' as keyof EventTimeline)) {
      writeJsonLd(this, this.structuredData && this.timeline ? timelineJsonLd(this.timeline) : undefined);
    }
    if (changed.has('result' as keyof EventTimeline) && this.result) {
      // After the first render of new data, so listeners (quote cards, apps) find it drawn.
      this.dispatchEvent(new CustomEvent<TimelineLoadDetail>('timeline-load', {detail: {timeline: this.timeline, issues: this.issues}, bubbles: true, composed: true}));
    }
    const svg = this.renderRoot.querySelector('svg[role="group"]');
    if (svg) this.zoomSurface.attach(svg);
    else this.zoomSurface.detach();
    if (this.pendingFocus) {
      this.pendingFocus = false;
      this.eventElement(this.focusId)?.focus({preventScroll: true});
    }
  }

  private eventElement(id: string | undefined): SVGGElement | null {
    return id ? this.renderRoot.querySelector<SVGGElement>(`[data-event-id="${CSS.escape(id)}"][role="option"]`) : null;
  }

  private zoomBy(factor: number, around?: [number, number]): void {
    const geometry = this.geometry;
    if (!geometry) return;
    const at: [number, number] = around ?? [geometry.width / 2, geometry.height / 2];
    this.zoomSurface.scaleBy(factor, at, this.reducedMotion);
  }

  private async download(format: 'svg' | 'png'): Promise<void> {
    const svg = this.toSVG();
    const geometry = this.geometry;
    if (!svg || !geometry) return;
    const name = (this.timeline?.title ?? 'timeline').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'timeline';
    try {
      const blob = format === 'svg' ? new Blob([svg], {type: 'image/svg+xml'}) : await svgToPng(svg, geometry.width, geometry.height);
      download(blob, `${name}.${format}`);
    } catch (error) {
      console.error(`<event-timeline>: could not make the ${format.toUpperCase()}: ${(error as Error).message}`);
    }
    this.renderRoot.querySelector('details.download')?.removeAttribute('open');
  }

  private toggleView = () => {
    this.view = this.view === 'list' ? 'chart' : 'list';
  };

  private closeDetail = () => {
    this.detailId = undefined;
    this.hoverId = undefined;
  };

  private select(id: string): void {
    const event = this.byId.get(id);
    if (!event) return;
    this.selected = id;
    this.focusId = id;
    this.detailId = id;
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
    if (id === this.hoverId) return;
    this.hoverId = id;
    if (id) this.detailId = id;
    else if (this.detailId !== this.selected && this.detailId !== this.focusId) this.detailId = this.selected;
  };

  private onPointerLeave = () => {
    this.hoverId = undefined;
    if (this.detailId !== this.selected && this.detailId !== this.focusId) this.detailId = this.selected;
  };

  private onFocusIn = (event: FocusEvent) => {
    const {id} = this.targetOf(event);
    if (id && id !== this.focusId) {
      this.focusId = id;
      this.detailId = id;
    }
  };

  private expandCluster(key: number): void {
    const cluster = this.packFor(this.zoom.k).clusters.find((candidate) => candidate.key === key);
    if (!cluster) return;
    const pad = Math.max(DAY, (cluster.end - cluster.start) * 0.1);
    this.zoomTo(cluster.start - pad, cluster.end + pad);
  }

  private onKeyDown = (event: KeyboardEvent) => {
    const timeline = this.timeline;
    const view = this.layoutView;
    if (!timeline || !view) return;
    const {id, cluster} = this.targetOf(event);
    const command = keyCommand(event, {vertical: this.orientation === 'vertical', rtl: this.rtl});
    if (!command) return;
    event.preventDefault();
    const current = id ?? this.focusId;
    const index = current === undefined ? 0 : (this.indexOf.get(current) ?? 0);
    switch (command.type) {
      case 'move': {
        const next = command.to === 'first' ? 0 : command.to === 'last' ? timeline.events.length - 1 : index + command.by;
        this.focusEvent(timeline.events[Math.max(0, Math.min(timeline.events.length - 1, next))].id);
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
        break;
      }
      case 'fit':
        this.fit();
        break;
    }
  };

  /** Up/Down in the horizontal layout: the nearest event in the lane above or below. */
  private moveLane(index: number, by: number): void {
    const pack = this.packFor(this.zoom.k);
    const view = this.layoutView!;
    const here = view.events.find((event) => event.index === index);
    if (!here) return;
    const lane = pack.lane[index] + by;
    const candidates = view.events.filter((event) => pack.lane[event.index] === lane);
    if (!candidates.length) return;
    const nearest = candidates.reduce((best, event) => (Math.abs(event.x - here.x) < Math.abs(best.x - here.x) ? event : best));
    this.focusEvent(nearest.id);
  }

  /** Pans so the focused event is on screen (zoom follows focus). */
  private revealFocused(instant: boolean): void {
    const view = this.layoutView;
    const placed = view?.events.find((event) => event.id === this.focusId);
    if (!view || !placed) return;
    const vertical = this.orientation === 'vertical';
    const at = vertical ? placed.y : placed.x;
    const length = this.viewLength;
    if (at >= 24 && at <= length - 24 - (vertical ? 0 : Math.min(placed.labelWidth, length / 3))) return;
    const shift = (vertical ? this.zoom.y : this.zoom.x) + length / 3 - at;
    this.zoomSurface.set(vertical ? {k: this.zoom.k, x: 0, y: shift} : {k: this.zoom.k, x: shift, y: 0}, instant || this.reducedMotion);
  }
}
