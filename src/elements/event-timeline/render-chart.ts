// The SVG picture of a ViewLayout: era bands, the story-date marker, link arcs, the axis
// with ticks and breaks (over the arcs, so the tick labels' halos keep them legible), event
// marks with their labels, and cluster badges. Geometry comes
// from src/layout; this module only turns it into Lit `svg` templates, keyed by id.
import {isServer, nothing, svg, type TemplateResult} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import {styleMap} from '../shared/style-map.js'; // never a style attribute: strict CSPs block those
import {METRICS} from '../../layout/geometry.js';
import {estimateTextWidth} from '../../layout/text-width.js';
import {drawnEvent, type MarkState} from './chart-marks.js';
import {labelLayer} from './label-layer.js';
import {optionLayer} from './option-layer.js';
import type {ViewCluster, ViewLayout} from '../../layout/view.js';
import type {TimelineLink} from '../../model/types.js';
import {serverLabels} from './server-labels.js';
import {serverOptions} from './server-options.js';

/** What the picture is drawn from: the view layout, the marks' state (chart-marks.ts), and the words. */
export interface ChartContext extends MarkState {
  view: ViewLayout;
  links: readonly TimelineLink[];
  linkLabels: readonly string[];
  clusterName: (cluster: ViewCluster) => string;
  nowLabel: string;
  eventsLabel: string;
  linkColor: (link: TimelineLink) => string | undefined;
  nowTime: number;
  /** Language of the data's texts, so that screen readers read titles in the right voice. */
  dataLang?: string;
  /** The element's language (dates, phrases), for the texts it writes itself. */
  lang: string;
  /** The id of the event whose links are drawn strongest (hovered or selected). */
  activeId?: string;
}

const r = (value: number) => Math.round(value * 10) / 10;

export function renderChart(ctx: ChartContext): TemplateResult {
  const {view} = ctx;
  const drawn = view.events.map((placed) => drawnEvent(ctx, placed));
  return svg`<g class="eras" aria-hidden="true">
      ${view.eras.map(
        (era) => svg`<g class="era"><rect x=${r(era.x)} y=${r(era.y)} width=${r(era.width)} height=${r(era.height)}></rect>
          <text x=${r(era.x + 4)} y=${r(era.y + 12)}>${era.title}</text></g>`,
      )}
    </g>
    ${renderNow(ctx)}
    <g class="links" aria-hidden="true">${renderLinks(ctx)}</g>
    ${renderAxis(ctx)}
    <g class="events" role="listbox" aria-label=${ctx.eventsLabel} aria-multiselectable="false" lang=${ctx.dataLang ?? nothing} style=${styleMap({'--_fade': ctx.vertical ? 'to bottom' : ctx.rtl ? 'to left' : 'to right'})} ${optionLayer(
      drawn,
    )}>${
      // As for the labels below: the options are the directive's, or on the server markup.
      isServer ? serverOptions(drawn) : nothing
    }${repeat(
      view.clusters,
      (cluster) => cluster.key,
      (cluster) => renderCluster(ctx, cluster),
    )}</g>
    <g class="labels" aria-hidden="true" lang=${ctx.dataLang ?? nothing} ${labelLayer(
      drawn.map((event) => event.label),
      {dir: ctx.rtl ? 'rtl' : 'ltr', lang: ctx.lang},
    )}>${
      // The server renderer runs no directive on an element: there the labels are written as markup.
      isServer
        ? serverLabels(
            drawn.map((event) => event.label),
            {dir: ctx.rtl ? 'rtl' : 'ltr', lang: ctx.lang},
          )
        : nothing
    }</g>
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

function renderCluster(ctx: ChartContext, cluster: ViewCluster) {
  const label = `+${cluster.count}`;
  const width = Math.max(28, label.length * 8 + 12);
  return svg`<g part="cluster" class="cluster" role="option" aria-selected="false" tabindex="-1" data-cluster=${cluster.key} aria-label=${ctx.clusterName(cluster)} transform="translate(${r(cluster.x)},${r(cluster.y)})"><rect x=${-width / 2} y="-12" width=${width} height="24" rx="12"></rect><text x="0" y="4" text-anchor="middle" aria-hidden="true" .textContent=${label}></text></g>`;
}
