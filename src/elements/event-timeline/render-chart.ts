// The SVG picture of a ViewLayout: era bands, the story-date marker, link arcs, the axis
// with ticks and breaks (over the arcs, so the tick labels' halos keep them legible), event
// marks with their labels, and cluster badges. Geometry comes
// from src/layout; this module only turns it into Lit `svg` templates, keyed by id.
import {isServer, nothing, svg, type TemplateResult} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import {styleMap} from '../shared/style-map.js'; // never a style attribute: strict CSPs block those
import {METRICS} from '../../layout/geometry.js';
import {estimateTextWidth} from '../../layout/text-width.js';
import {labelLayer, type DrawnLabel} from './label-layer.js';
import {serverLabels} from './server-labels.js';
import type {ViewCluster, ViewEvent, ViewLayout} from '../../layout/view.js';
import type {TimelineEvent, TimelineLink} from '../../model/types.js';

export interface ChartContext {
  view: ViewLayout;
  vertical: boolean;
  rtl: boolean;
  events: readonly TimelineEvent[];
  links: readonly TimelineLink[];
  linkLabels: readonly string[];
  colorOf: (event: TimelineEvent) => string;
  nameOf: (index: number) => string;
  clusterName: (cluster: ViewCluster) => string;
  nowLabel: string;
  eventsLabel: string;
  linkColor: (link: TimelineLink) => string | undefined;
  anchor?: string;
  selected?: string;
  focusId?: string;
  highlighted: ReadonlySet<string>;
  /** Is the event new or changed in a live update (marked for a while)? */
  fresh: (id: string) => boolean;
  nowTime: number;
  /** Language of the data's texts, so that screen readers read titles in the right voice. */
  dataLang?: string;
  /** Is the data's language written right to left? Undefined when the data names no language. */
  dataRtl?: boolean;
  /** The element's language (dates, phrases), for the texts it writes itself. */
  lang: string;
  /** Id prefix that keeps ids unique when several timelines share a page. */
  idPrefix: string;
  /** The id of the event whose links are drawn strongest (hovered or selected). */
  activeId?: string;
}

const r = (value: number) => Math.round(value * 10) / 10;

export function renderChart(ctx: ChartContext): TemplateResult {
  const {view} = ctx;
  const labels = view.events.map((event) => drawnLabel(ctx, event));
  // (The server renderer runs no directive on an element: it writes the labels as markup.)
  return svg`<g class="eras" aria-hidden="true">
      ${view.eras.map(
        (era) => svg`<g class="era"><rect x=${r(era.x)} y=${r(era.y)} width=${r(era.width)} height=${r(era.height)}></rect>
          <text x=${r(era.x + 4)} y=${r(era.y + 12)}>${era.title}</text></g>`,
      )}
    </g>
    ${renderNow(ctx)}
    <g class="links" aria-hidden="true">${renderLinks(ctx)}</g>
    ${renderAxis(ctx)}
    <g class="events" role="listbox" aria-label=${ctx.eventsLabel} aria-multiselectable="false" lang=${ctx.dataLang ?? nothing} style=${styleMap({'--_fade': ctx.vertical ? 'to bottom' : ctx.rtl ? 'to left' : 'to right'})}>${repeat(
      view.events,
      (event) => event.id,
      (event) => renderEvent(ctx, event),
    )}${repeat(view.clusters, (cluster) => cluster.key, (cluster) => renderCluster(ctx, cluster))}</g>
    <g class="labels" aria-hidden="true" lang=${ctx.dataLang ?? nothing} ${labelLayer(labels)}>${isServer ? serverLabels(labels) : nothing}</g>
  `;
}

function renderAxis(ctx: ChartContext) {
  const {view, vertical} = ctx;
  const {track} = view;
  return svg`<g part="axis" class="axis" aria-hidden="true">
    <line class="track" x1=${r(track.x1)} y1=${r(track.y1)} x2=${r(track.x2)} y2=${r(track.y2)}></line>
    ${repeat(
      view.ticks,
      // Keyed by what they say and placed by a transform: panning moves ticks without rewriting or re-laying out their text.
      (tick) => `${tick.time}|${tick.label}`,
      (tick) => {
        const [x, y] = [r(tick.x), r(tick.y)];
        const line = vertical
          ? svg`<line x1=${r(track.x1 - 4 - x)} x2=${r(track.x1 + 4 - x)} y1="0" y2="0"></line>`
          : svg`<line x1="0" x2="0" y1=${r(track.y1 - y)} y2=${r(track.y1 + 5 - y)}></line>`;
        const anchor = vertical ? (ctx.rtl ? 'start' : 'end') : 'middle';
        return svg`<g class="tick" transform="translate(${x},${y})">${tick.context ? nothing : line}<text class="halo" x=${r(tick.nudge ?? 0)} y=${vertical ? 4 : 0} text-anchor=${anchor}>${tick.label}</text></g>`;
      },
    )}
    ${view.breaks.map((at) => {
      // Two slanted strokes across the track, over a gap painted in the background colour.
      const path = vertical
        ? `M${r(at.x - 9)},${r(at.y - 6)}l18,4M${r(at.x - 9)},${r(at.y + 2)}l18,4`
        : `M${r(at.x - 6)},${r(at.y + 9)}l4,-18M${r(at.x + 2)},${r(at.y + 9)}l4,-18`;
      const rect = vertical
        ? svg`<rect x=${r(at.x - 10)} y=${r(at.y - 5)} width="20" height="10"></rect>`
        : svg`<rect x=${r(at.x - 5)} y=${r(at.y - 10)} width="10" height="20"></rect>`;
      return svg`<g part="axis-break" class="break">${rect}<path d=${path}></path></g>`;
    })}
    ${view.notes.map((note) => svg`<text class="gap-note halo" x=${r(note.x)} y=${r(note.y)} text-anchor="start" direction=${ctx.rtl ? 'rtl' : 'ltr'}>${note.text}</text>`)}
  </g>`;
}

function renderNow(ctx: ChartContext) {
  const now = ctx.view.now;
  if (!now) return nothing;
  // Vertical layouts have no free room for the label: the legend names the marker instead. The
  // label runs away from the marker, back towards the middle where the drawing's edge would cut it.
  const width = estimateTextWidth(ctx.nowLabel, METRICS.smallTextSize) + 8;
  const back = ctx.rtl ? now.x1 - width < 0 : now.x1 + width > ctx.view.width;
  const leftwards = ctx.rtl !== back;
  // The text is set in the page's direction; its anchor is chosen so it runs the way it should.
  const anchor = leftwards !== ctx.rtl ? 'end' : 'start';
  const label = ctx.vertical
    ? nothing
    : svg`<text class="halo" x=${r(now.x1 + (leftwards ? -4 : 4))} y=${r(now.y1 + 8)} text-anchor=${anchor} direction=${ctx.rtl ? 'rtl' : 'ltr'}>${ctx.nowLabel}</text>`;
  return svg`<g part="now" class="now" aria-hidden="true">
    <line x1=${r(now.x1)} y1=${r(now.y1)} x2=${r(now.x2)} y2=${r(now.y2)}></line>
    ${label}
  </g>`;
}

function renderLinks(ctx: ChartContext) {
  return repeat(
    ctx.view.links,
    (link) => link.index,
    (link) => {
      const model = ctx.links[link.index];
      const active = model.from === ctx.activeId || model.to === ctx.activeId;
      const color = ctx.linkColor(model);
      return svg`<path part="link" class="link ${active ? 'active' : ''}" d=${link.d} data-from=${model.from} data-to=${model.to}
          data-kind=${model.kind} style=${styleMap({'--_c': color})}></path>
        ${
          link.labelX === undefined
            ? nothing
            : svg`<text part="link-label" class="link-label halo" x=${link.labelX} y=${link.labelY!} data-from=${model.from} data-to=${model.to}>${ctx.linkLabels[link.index]}</text>`
        }`;
    },
  );
}

/**
 * An event's option: its pointer target (whose stroke is the ring of a live update; the focus
 * ring is the option's outline), its stem and its mark, a rectangle for points (a circle: rx is
 * half its side) and bars alike, so that one template with bound attributes draws every event.
 * No white space between the tags and no child parts: each is a node per event.
 */
function renderEvent(ctx: ChartContext, placed: ViewEvent) {
  const event = ctx.events[placed.index];
  const id = event.id;
  const anchor = id === ctx.anchor;
  const selected = id === ctx.selected;
  const highlighted = ctx.highlighted.has(id);
  const future = event.status === 'planned' || event.status === 'expected';
  const fresh = ctx.fresh(id);
  const parts = ['event', anchor && 'anchor', selected && 'selected', highlighted && 'highlighted', future && 'planned', fresh && 'fresh'].filter(Boolean).join(' ');
  const fadeStart = placed.fuzzyStart || placed.openStart;
  const fadeEnd = placed.fuzzyEnd || placed.openEnd;
  const fuzzyBar = placed.bar && (fadeStart || fadeEnd);
  const classes = [
    'event',
    anchor && 'anchor',
    selected && 'selected',
    highlighted && 'highlighted',
    fresh && 'fresh',
    future && 'future',
    event.status === 'cancelled' && 'cancelled',
    (placed.fuzzyStart || placed.fuzzyEnd) && 'fuzzy',
    fuzzyBar && 'faded',
    id === ctx.focusId && 'focused',
  ]
    .filter(Boolean)
    .join(' ');
  const hit = hitBox(ctx, placed);
  const stem = placed.stem;
  const bar = placed.bar;
  const dot = anchor ? 9 : 6;
  const mark = bar
    ? {x: bar.x, y: bar.y, width: Math.max(2, bar.width), height: Math.max(2, bar.height), rx: 3, className: 'bar'}
    : {x: placed.x - dot, y: placed.y - dot, width: 2 * dot, height: 2 * dot, rx: dot, className: 'dot'};
  // Fuzzy or open ends fade out, through a CSS mask image along the axis (the styles): the date is
  // honest about what it does not know. (Not an SVG <mask> by id: Chromium then keeps removed
  // timelines alive, as the lifecycle test found.)
  if (fuzzyBar) mark.className += fadeStart && fadeEnd ? ' fade-both' : fadeStart ? ' fade-start' : ' fade-end';
  const optionId = `${ctx.idPrefix}-e-${id}`;
  const style = styleMap({'--_c': ctx.colorOf(event)});
  if (!anchor) {
    return svg`<g part=${parts} class=${classes} role="option" id=${optionId} data-event-id=${id} aria-setsize=${ctx.events.length} aria-posinset=${placed.index + 1} tabindex=${id === ctx.focusId ? 0 : -1} aria-selected=${selected ? 'true' : 'false'} aria-label=${ctx.nameOf(placed.index)} style=${style}><rect class="hit" x=${r(hit.x)} y=${r(hit.y)} width=${r(hit.width)} height=${r(hit.height)} rx="4"></rect><line class="stem" x1=${r(stem?.x1 ?? placed.x)} y1=${r(stem?.y1 ?? placed.y)} x2=${r(stem?.x2 ?? placed.x)} y2=${r(stem?.y2 ?? placed.y)}></line><rect class=${mark.className} x=${r(mark.x)} y=${r(mark.y)} width=${r(mark.width)} height=${r(mark.height)} rx=${mark.rx}></rect></g>`;
  }
  // The story's own event adds a ring: a circle round a point, an outline round a bar (whose label sits below it).
  const ring = bar
    ? {x: mark.x - 3, y: mark.y - 3, width: mark.width + 6, height: mark.height + 6, rx: 5}
    : {x: placed.x - 13, y: placed.y - 13, width: 26, height: 26, rx: 13};
  return svg`<g part=${parts} class=${classes} role="option" id=${optionId} data-event-id=${id} aria-setsize=${ctx.events.length} aria-posinset=${placed.index + 1} tabindex=${id === ctx.focusId ? 0 : -1} aria-selected=${selected ? 'true' : 'false'} aria-label=${ctx.nameOf(placed.index)} style=${style}><rect class="hit" x=${r(hit.x)} y=${r(hit.y)} width=${r(hit.width)} height=${r(hit.height)} rx="4"></rect><line class="stem" x1=${r(stem?.x1 ?? placed.x)} y1=${r(stem?.y1 ?? placed.y)} x2=${r(stem?.x2 ?? placed.x)} y2=${r(stem?.y2 ?? placed.y)}></line><rect class="anchor-ring" x=${r(ring.x)} y=${r(ring.y)} width=${r(ring.width)} height=${r(ring.height)} rx=${ring.rx}></rect><rect class=${mark.className} x=${r(mark.x)} y=${r(mark.y)} width=${r(mark.width)} height=${r(mark.height)} rx=${mark.rx}></rect></g>`;
}

/**
 * An event's label, as the label layer writes it. Labels live in their own layer, over every
 * mark and stem, outside the option: the option's accessible name says everything (full title,
 * date, relation), while the drawn label may be cut to fit, and a cut label inside the option
 * would not match its name (WCAG 2.5.3).
 */
function drawnLabel(ctx: ChartContext, placed: ViewEvent): DrawnLabel {
  const event = ctx.events[placed.index];
  // The title is written in the data's direction (English titles stay left to right in an Arabic
  // page); its anchor turns round with it, so that it still runs away from the mark.
  const titleRtl = ctx.dataRtl ?? ctx.rtl;
  // The transform places the label; its text keeps fixed coordinates inside it, so that zooming
  // and panning move labels without the browser laying their text out again each frame.
  return {
    id: event.id,
    x: placed.labelX,
    y: placed.titleY,
    lines: placed.titleLines,
    lineHeight: placed.lineHeight,
    subtitle: placed.subtitle,
    subtitleY: placed.subtitleY - placed.titleY,
    anchor: titleRtl === ctx.rtl ? placed.anchor : placed.anchor === 'start' ? 'end' : 'start',
    direction: titleRtl ? 'rtl' : 'ltr',
    subtitleAnchor: placed.anchor,
    subtitleDirection: ctx.rtl ? 'rtl' : 'ltr',
    subtitleLang: ctx.lang,
    className: `${placed.emphasis ? ' emphasis' : ''}${event.status === 'cancelled' ? ' cancelled' : ''}`,
  };
}

/** The pointer target: mark and label together, at least 24 px high (WCAG 2.2 target size). */
function hitBox(ctx: ChartContext, placed: ViewEvent) {
  const labelWidth = Math.max(24, placed.labelWidth);
  const top = Math.min(placed.titleY - 15, ctx.vertical || !placed.bar ? Infinity : placed.bar.y - 2);
  const bottom = Math.max(placed.subtitleY + 5, top + 24);
  // The label runs rightwards from labelX when it starts there in left-to-right text or ends there in right-to-left text.
  const rightwards = (placed.anchor === 'start') !== ctx.rtl;
  let x0 = rightwards ? placed.labelX : placed.labelX - labelWidth;
  let x1 = rightwards ? placed.labelX + labelWidth : placed.labelX;
  if (ctx.vertical) {
    x0 = Math.min(x0, placed.x - 8);
    x1 = Math.max(x1, placed.x + 8);
  } else {
    x0 = Math.min(x0, placed.x - 8, placed.bar?.x ?? Infinity);
    x1 = Math.max(x1, placed.x + 8, placed.bar ? placed.bar.x + placed.bar.width : -Infinity);
  }
  return {x: x0, y: top, width: x1 - x0, height: bottom - top};
}

function renderCluster(ctx: ChartContext, cluster: ViewCluster) {
  const label = `+${cluster.count}`;
  const width = Math.max(28, label.length * 8 + 12);
  return svg`<g part="cluster" class="cluster" role="option" aria-selected="false" tabindex="-1" data-cluster=${cluster.key} aria-label=${ctx.clusterName(cluster)} transform="translate(${r(cluster.x)},${r(cluster.y)})"><rect x=${-width / 2} y="-12" width=${width} height="24" rx="12"></rect><text x="0" y="4" text-anchor="middle" aria-hidden="true" .textContent=${label}></text></g>`;
}
