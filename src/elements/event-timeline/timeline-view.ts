// Everything the element derives from one timeline in one language at one size, without a
// DOM: the words (formatted dates, relations, accessible names, link labels), colours, the
// layout frame, the packings per zoom level, and the visible layout for a zoom transform.
// Rebuilt when the data, the language, the direction or the size change; frames reuse it.
import {createGeometry, DETAILED_MAX, fitHeight, METRICS, type Geometry, type Orientation} from '../../layout/geometry.js';
import {toLayoutEvent} from '../../layout/layout-events.js';
import {packAt, type Pack} from '../../layout/pack.js';
import {estimateTextWidth} from '../../layout/text-width.js';
import {viewLayout, type ViewLayout} from '../../layout/view.js';
import {eventsById, indexOfEvent} from '../../model/event-index.js';
import type {Timeline, TimelineEvent} from '../../model/types.js';
import {describeEvent, gapPhrase, linkLabel, linksPhrase, type EventTexts} from '../../i18n/describe.js';
import {formatEdtf, formatTick} from '../../i18n/format-date.js';
import {clusterLabel, describeTimeline} from '../../i18n/phrases.js';
import {loadedStrings, type LoadedStrings} from '../../i18n/strings.js';
import {colorFor} from './palette.js';
import {screenScale, shiftOf, type ZoomNumbers} from '../../layout/zoom-axis.js';
import {DAY} from '../../model/units.js';

const IDENTITY: ZoomNumbers = {k: 1, x: 0, y: 0};

export interface ViewSettings {
  lang: string;
  orientation: Orientation;
  width: number;
  breaks: boolean;
  rtl: boolean;
  /** Rows of labels at most; undefined for as many as the story needs (geometry.ts). */
  maxLanes?: number;
  /** Which events' labels end in a thumbnail (`media-thumbnails`, once its part is loaded). */
  thumbnails?: (event: TimelineEvent) => boolean;
}

/** The most events whose zoom levels are laid out ahead (warmZoom): about 20–30 ms a level at 10,000. */
export const WARM_ZOOM_MAX = 20_000;

export class TimelineView {
  readonly strings: LoadedStrings;
  readonly geometry: Geometry;
  /** The events by id (the parser's map, not made again). */
  readonly byId: ReadonlyMap<string, TimelineEvent>;
  /**
   * The labels drawn on the arcs ('' for none), by index into timeline.links, as far as they have
   * been worded: read them with drawnLinkLabelOf, which words one when first asked.
   */
  readonly drawnLinkLabels: string[] = [];
  readonly #linkLabels: string[] = [];
  /** A story rather than an archive (geometry.ts): its dates are formatted up front. */
  readonly #detailed: boolean;
  /** How far one may zoom in: until a day (ten minutes for stories with times of day) spans 600 px. */
  readonly maxK: number;
  /** No date is known to the minute: the axis never ticks finer than a day. */
  readonly #wholeDays: boolean;
  readonly #colors: Map<string, string>;
  readonly #texts = new Map<string, EventTexts>();
  readonly #names = new Map<string, string>();
  readonly #subtitles = new Map<number, string>();
  /** Indexes into timeline.links of each event's links. */
  readonly #linksByEvent = new Map<string, number[]>();
  readonly #viewLinks: LinkInput[];
  readonly #packs = new Map<string, Pack>();
  /** The badges' names by count, in the strings they were worded with: every zoom and pan step names its badges again. */
  readonly #clusterNames = new Map<number, string>();
  #clusterStrings?: LoadedStrings;
  /** Tick labels made so far: every zoom and pan step asks for most of them again. */
  readonly #tickLabels = new Map<string, string>();
  /** The view at zoom 1 laid out to size the room for the links, and the room below the axis it had. */
  readonly #sizing?: {view: ViewLayout; pack: Pack; room: number};
  #described?: string;

  constructor(
    readonly timeline: Timeline,
    readonly settings: ViewSettings,
  ) {
    const {lang} = settings;
    this.strings = loadedStrings(lang);
    this.byId = eventsById(timeline);
    timeline.links.forEach((link, i) => {
      for (const id of [link.from, link.to]) {
        const list = this.#linksByEvent.get(id);
        if (list) list.push(i);
        else this.#linksByEvent.set(id, [i]);
      }
    });
    this.#colors = new Map(timeline.categories.map((category, i) => [category.id, category.color ?? colorFor(i)]));
    this.#detailed = timeline.events.length <= DETAILED_MAX;
    // Each link's label is worded when the layout reads it: only arcs that are drawn are.
    this.#viewLinks = timeline.links.map(
      (link, i) => new LinkInput(this, i, indexOfEvent(timeline, link.from), indexOfEvent(timeline, link.to)),
    );

    // A story's dates are formatted up front. An archive's are formatted lazily (only for events
    // on screen); the layout reserves room for them from one worst-case sample per kind of date.
    const sampled = new Map<string, number>();
    let fine = false;
    const subtitleWidth = (event: TimelineEvent) => {
      if (this.#detailed) return estimateTextWidth(this.#subtitleFor(event), METRICS.subtitleSize) + 4;
      const {interval, start, end} = event.date;
      const key = `${interval}${typeof start === 'object' ? start.precision : start}${typeof end === 'object' ? end.precision : end}`;
      let width = sampled.get(key);
      if (width === undefined) sampled.set(key, (width = estimateTextWidth(this.#subtitleFor(event), METRICS.subtitleSize) + 24));
      return width;
    };
    const events = timeline.events.map((event) => {
      const {start} = event.date;
      if (typeof start === 'object' && (start.precision === 'minute' || start.precision === 'second')) fine = true;
      return toLayoutEvent(event, event.title, '', subtitleWidth(event));
    });
    this.#wholeDays = !fine;
    const anchor = timeline.anchor === undefined ? -1 : indexOfEvent(timeline, timeline.anchor);
    const config = {
      ...settings,
      links: timeline.links.length > 0,
      nowLabel: true,
      anchor,
      thumbnails: settings.thumbnails && timeline.events.map(settings.thumbnails),
    };
    let geometry = createGeometry(events, config);
    let pack = packAt(geometry, 1, this.#reserved());
    // A vertical archive may grow longer (the page scrolls) until its labels fit, within reason.
    for (let tries = 0; settings.orientation === 'vertical' && pack.clusters.length && tries < 3; tries++) {
      geometry = createGeometry(events, {...config, height: Math.min(4000, geometry.height * 1.4)});
      pack = packAt(geometry, 1, this.#reserved());
    }
    // The drawing is as tall as its labels, and its links below the axis, need at zoom 1.
    const clustered = pack.clusters.length > 0;
    fitHeight(geometry, pack.used, clustered || !geometry.detailed, 400);
    if (!this.vertical && timeline.links.length) {
      const view = this.#layoutWith(geometry, pack, IDENTITY, []);
      this.#sizing = {view, pack, room: geometry.height - geometry.track};
      fitHeight(geometry, pack.used, clustered || !geometry.detailed, Math.max(0, view.linkExtent + 8 - METRICS.tickRow));
    }
    this.geometry = geometry;
    // The first frame asks for this very packing (zoom 1, the anchor reserved; fitHeight only
    // shrinks the label area to what it used): keep it rather than pack every event twice.
    this.#packs.set('1', pack);

    const rates = geometry.scale.segments.map((segment) => (segment.t1 - segment.t0) / Math.max(1, segment.p1 - segment.p0));
    this.maxK = Math.min(1e7, Math.max(1, Math.max(...rates) / ((fine ? DAY / 144 : DAY) / 600)));
  }

  get vertical(): boolean {
    return this.settings.orientation === 'vertical';
  }

  /** Length of the time axis on screen: the drawing's width, or its height when vertical. */
  get viewLength(): number {
    return this.vertical ? this.geometry.height : this.geometry.width;
  }

  textsOf = (event: TimelineEvent): EventTexts => {
    let texts = this.#texts.get(event.id);
    if (!texts) this.#texts.set(event.id, (texts = describeEvent(event, this.timeline, this.settings.lang)));
    return texts;
  };

  /** The accessible name: title, date, relation and status, then the event's links. */
  nameOf(event: TimelineEvent): string {
    let name = this.#names.get(event.id);
    if (name === undefined) {
      const {name: base} = this.textsOf(event);
      const own = this.linkIndexesOf(event.id).map((i) => this.timeline.links[i]);
      const links = linksPhrase(event.id, own, this.byId, this.settings.lang);
      this.#names.set(event.id, (name = links ? `${base}. ${links}` : base));
    }
    return name;
  }

  /** An event's index in timeline.events, or -1. */
  indexOf(id: string): number {
    return indexOfEvent(this.timeline, id);
  }

  /** Indexes into timeline.links of an event's links (event-links.ts words them for its card and the list). */
  linkIndexesOf(id: string): readonly number[] {
    return this.#linksByEvent.get(id) ?? [];
  }

  /** The label of link `i` (timeline.links): the author's, the years of an anniversary, or the time between its ends. */
  linkLabelOf(i: number): string {
    let label = this.#linkLabels[i];
    if (label === undefined) {
      const {timeline} = this;
      this.#linkLabels[i] = label = linkLabel(timeline.links[i], this.byId, timeline, this.settings.lang);
    }
    return label;
  }

  /**
   * The label drawn on link `i`'s arc ('' for none), kept in drawnLinkLabels. A vertical story's
   * labels say where each event lies from the story's date: an arc from the anchor whose label
   * would only say that again is drawn unlabelled there.
   */
  drawnLinkLabelOf(i: number): string {
    let drawn = this.drawnLinkLabels[i];
    if (drawn === undefined) {
      const {timeline} = this;
      const link = timeline.links[i];
      const label = this.linkLabelOf(i);
      const other = link.from === timeline.anchor ? link.to : link.to === timeline.anchor ? link.from : undefined;
      const said =
        other !== undefined &&
        this.vertical &&
        !link.label &&
        link.kind !== 'anniversary' &&
        this.textsOf(this.byId.get(other)!).relation === label;
      this.drawnLinkLabels[i] = drawn = said ? '' : label;
    }
    return drawn;
  }

  /** A cluster badge's accessible name ("5 more events"): two Intl calls the first time a count is named. */
  clusterNameOf(count: number): string {
    const {lang} = this.settings;
    // A language's strings registered later make a new table (strings.ts): the names are worded again.
    const strings = loadedStrings(lang);
    if (strings !== this.#clusterStrings) {
      this.#clusterNames.clear();
      this.#clusterStrings = strings;
    }
    let name = this.#clusterNames.get(count);
    if (name === undefined) this.#clusterNames.set(count, (name = clusterLabel(count, lang)));
    return name;
  }

  colorOf(category: string | undefined): string {
    return (category && this.#colors.get(category)) || 'var(--_axis)';
  }

  /** "7 events from 16 July 2001 to 16 July 2026" (made once: every frame shows it). */
  description(): string {
    if (this.#described === undefined) {
      const {events} = this.timeline;
      const {lang} = this.settings;
      this.#described = describeTimeline(
        events.length,
        formatEdtf(events[0].date, lang),
        formatEdtf(events[events.length - 1].date, lang),
        lang,
      );
    }
    return this.#described;
  }

  /**
   * The label's second line: the date (short in a story, where labels crowd), and in the
   * vertical layout where it lies from the story's date (horizontal layouts say that on the arcs).
   */
  #subtitleFor(event: TimelineEvent): string {
    const texts = this.textsOf(event);
    if (this.vertical && texts.relation) return `${texts.shortDate} · ${texts.relation}`;
    return this.#detailed ? texts.shortDate : texts.date;
  }

  #indexesOf(ids: (string | undefined)[]): number[] {
    return ids.flatMap((id) => {
      const index = id === undefined ? -1 : indexOfEvent(this.timeline, id);
      return index < 0 ? [] : [index];
    });
  }

  #reserved(): Set<number> {
    return new Set(this.#indexesOf([this.timeline.anchor]));
  }

  /**
   * The packing at zoom k. The anchor always has a place; `keep` (the selected and focused
   * events) get one too, but only when they would otherwise sit in a cluster, so that focusing
   * or selecting an event never moves it or its neighbours.
   */
  packFor(k: number, keep: (string | undefined)[] = []): Pack {
    const base = this.#pack(`${k}`, k, this.#reserved());
    const kept = this.#indexesOf(keep);
    if (kept.every((index) => base.lane[index] >= 0)) return base;
    // Reserve all of them: making room for one must not push another out.
    return this.#pack(`${k}|${kept.join()}`, k, new Set([...this.#reserved(), ...kept]));
  }

  #pack(key: string, k: number, reserved: Set<number>): Pack {
    let pack = this.#packs.get(key);
    if (!pack) {
      // Keep a handful of zoom levels: the current one and those a gesture passes through.
      if (this.#packs.size > 8) this.#packs.clear();
      this.#packs.set(key, (pack = packAt(this.geometry, k, reserved)));
    }
    return pack;
  }

  /** The stretch of time [start, end] (ms) on screen under a zoom transform. */
  window(zoom: ZoomNumbers): [number, number] {
    const {scale, width} = this.geometry;
    const at = screenScale(scale, zoom, {vertical: this.vertical, rtl: this.settings.rtl, width});
    const [a, b] = [at.invert(0), at.invert(this.viewLength)];
    return a < b ? [a, b] : [b, a];
  }

  /** Where the detail card of an event opens: below its label, inside the drawing. */
  cardPosition(id: string, view: ViewLayout): {left: number; top: number} {
    const placed = view.events.find((candidate) => candidate.id === id);
    if (!placed) return {left: 8, top: 8};
    const right = view.width - Math.min(METRICS.cardWidth, view.width - METRICS.cardMargin) - 8;
    return this.vertical
      ? {left: Math.max(8, Math.min(right, placed.labelX)), top: placed.subtitleY + 12}
      : {left: Math.max(8, Math.min(right, placed.x - 40)), top: placed.subtitleY + 14};
  }

  /**
   * Runs a zoom step's layout once at zoom `k` (packing the story at a new zoom level, the view with
   * its arcs), as the reader's first zooms will: until then that code has run only for the first
   * frame, and V8 runs code it has met once or twice slowly (a 10,000-event story's first zoom step
   * spent 20 ms in packing that later steps do in 3). What it lays out is kept like any other zoom
   * level's packing; nothing is drawn. Not for a story of more than WARM_ZOOM_MAX events, where one
   * level's layout is a long task that a click or key pressed meanwhile would wait for: false then.
   */
  warmZoom(k: number): boolean {
    if (this.timeline.events.length > WARM_ZOOM_MAX) return false;
    this.layout({k, x: 0, y: 0}, []);
    return true;
  }

  /** What is on screen under the zoom transform, with `keep` always placed and drawn. */
  layout(zoom: ZoomNumbers, keep: (string | undefined)[]): ViewLayout {
    const pack = this.packFor(zoom.k, keep);
    const sizing = this.#sizing;
    const {height, track} = this.geometry;
    // The first frame shows the view the links were sized with. Only the drawing's height and the
    // room below the axis changed since: less room, but all the arcs and their labels had used.
    // With no more room than then, the arcs are placed as they were then (link-paths.ts: each
    // arc's height and its label's spot are the first that fit, and those it took still fit).
    if (
      sizing?.pack === pack &&
      zoom.k === 1 &&
      zoom.x === 0 &&
      zoom.y === 0 &&
      this.#indexesOf(keep).length === 0 &&
      height - track <= sizing.room
    )
      return {...sizing.view, height};
    return this.#layoutWith(this.geometry, pack, zoom, keep);
  }

  #layoutWith(geometry: Geometry, pack: Pack, zoom: ZoomNumbers, keep: (string | undefined)[]): ViewLayout {
    const {timeline, settings} = this;
    const vertical = settings.orientation === 'vertical';
    // The layout reads the label of each arc it draws (view.ts, links()): drawnLinkLabels has them.
    return viewLayout(geometry, pack, {
      k: zoom.k,
      shift: shiftOf(zoom, {vertical, rtl: settings.rtl, width: geometry.width}),
      viewLength: vertical ? geometry.height : geometry.width,
      formatTick: (time, unit, withParent, withYear) => {
        const key = `${time}${unit}${withParent}${withYear}`;
        let label = this.#tickLabels.get(key);
        if (label === undefined) {
          // A context tick's time follows the window's edge: never asked again, so the map is kept small.
          if (this.#tickLabels.size > 500) this.#tickLabels.clear();
          this.#tickLabels.set(key, (label = formatTick(time, unit, settings.lang, withParent, withYear)));
        }
        return label;
      },
      subtitleOf: (index) => {
        let subtitle = this.#subtitles.get(index);
        if (subtitle === undefined) this.#subtitles.set(index, (subtitle = this.#subtitleFor(timeline.events[index])));
        return subtitle;
      },
      links: this.#viewLinks,
      now: timeline.nowTime,
      eras: timeline.eras,
      include: this.#indexesOf(keep),
      wholeDays: this.#wholeDays,
      formatGap: (start, end) => gapPhrase(start, end, settings.lang),
    });
  }
}

/** A link as the layout reads it: its ends' indexes, and its drawn label, worded when first read. */
class LinkInput {
  constructor(
    readonly view: TimelineView,
    readonly i: number,
    readonly from: number,
    readonly to: number,
  ) {}

  get label(): string {
    return this.view.drawnLinkLabelOf(this.i);
  }
}
