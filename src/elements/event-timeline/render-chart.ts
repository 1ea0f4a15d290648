// The SVG picture of a ViewLayout: era bands, the story-date marker, link arcs, the axis
// with ticks and breaks (over the arcs, so the tick labels' halos keep them legible), event
// marks with their labels, and cluster badges. Geometry comes from src/layout; what changes at
// every zoom step (options, labels, badges, ticks, arcs) is written by small keyed joins
// (keyed-layer.ts) from plain records (chart-marks.ts, drawn-parts.ts); the rest are Lit `svg`
// templates. The server renderer runs no directive: there the same elements are written as markup.
import {isServer, nothing, svg, type TemplateResult} from 'lit';
import {styleMap} from '../shared/style-map.js'; // never a style attribute: strict CSPs block those
import {METRICS} from '../../layout/geometry.js';
import {estimateTextWidth} from '../../layout/text-width.js';
import {axisLayer} from './axis-layer.js';
import {drawnEvent, type MarkState, type Pan} from './chart-marks.js';
import {drawnClusters, drawnLinks, drawnTicks, drawnTrack} from './drawn-parts.js';
import {labelLayer} from './label-layer.js';
import {linkLayer} from './link-layer.js';
import {optionLayer} from './option-layer.js';
import type {ViewCluster, ViewLayout} from '../../layout/view.js';
import type {TimelineLink} from '../../model/types.js';
import {serverAxis} from './server-axis.js';
import {serverLabels} from './server-labels.js';
import {serverLinks} from './server-links.js';
import {serverClusters, serverOptions} from './server-options.js';
import {tenth as r} from '../../layout/round.js';

/** What the picture is drawn from: the view layout, the marks' state (chart-marks.ts), and the words. */
export interface ChartContext extends MarkState {
  view: ViewLayout;
  links: readonly TimelineLink[];
  /** The label drawn on link `index`'s arc ('' for none). */
  linkLabel: (index: number) => string;
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

export function renderChart(ctx: ChartContext): TemplateResult {
  const {view} = ctx;
  // The marks that move with the pan (options, badges, labels, the axis) are drawn as at this
  // zoom level unpanned, in groups translated by the pan: a pan rewrites three transforms and what
  // the window's edge changes, not every mark's place. The link arcs keep screen coordinates.
  // Marks subtract the exact pan before they are rounded, so that their own numbers stay the same
  // from one pan to the next; only the groups' translation is rounded (on screen within 0.1 px).
  const {pan} = view;
  const moved = pan.x || pan.y ? `translate(${r(pan.x)},${r(pan.y)})` : nothing;
  const drawn = view.events.map((placed) => drawnEvent(ctx, placed, pan));
  const clusters = drawnClusters(view.clusters, ctx.clusterName, pan);
  const links = drawnLinks(view, ctx);
  const track = drawnTrack(view);
  const ticks = drawnTicks(view, ctx.vertical, ctx.rtl);
  const labels = drawn.map((event) => event.label);
  const dates = {dir: ctx.rtl ? 'rtl' : 'ltr', lang: ctx.lang} as const;
  // Each layer's joins write its first children; on the server, its first part holds the same as markup.
  return svg`<g class="eras" aria-hidden="true">
      ${view.eras.map(
        (era) => svg`<g class="era"><rect x=${r(era.x)} y=${r(era.y)} width=${r(era.width)} height=${r(era.height)}></rect>
          <text x=${r(era.x + 4)} y=${r(era.y + 12)}>${era.title}</text></g>`,
      )}
    </g>
    ${renderNow(ctx)}
    <g class="links" aria-hidden="true" ${linkLayer(links)}>${isServer ? serverLinks(links) : nothing}</g>
    <g part="axis" class="axis" aria-hidden="true" transform=${moved} ${axisLayer(track, ticks)}>${isServer ? serverAxis(track, ticks) : nothing}${renderBreaks(ctx, pan)}</g>
    <g class="events" role="listbox" transform=${moved} aria-label=${ctx.eventsLabel} aria-multiselectable="false" lang=${ctx.dataLang ?? nothing} style=${styleMap({'--_fade': ctx.vertical ? 'to bottom' : ctx.rtl ? 'to left' : 'to right'})} ${optionLayer(
      drawn,
      clusters,
    )}>${isServer ? [serverOptions(drawn), serverClusters(clusters)] : nothing}</g>
    <g class="labels" aria-hidden="true" transform=${moved} lang=${ctx.dataLang ?? nothing} ${labelLayer(labels, dates)}>${isServer ? serverLabels(labels, dates) : nothing}</g>
  `;
}

/** The axis's breaks and gap notes, after its track and ticks, less the pan (the axis's group is translated by it). */
function renderBreaks(ctx: ChartContext, pan: Pan) {
  const {view, vertical} = ctx;
  return svg`${view.breaks.map(({x, y}) => {
    const at = {x: x - pan.x, y: y - pan.y};
    // Two slanted strokes across the track, over a gap painted in the background colour.
    const path = vertical
      ? `M${r(at.x - 9)},${r(at.y - 6)}l18,4M${r(at.x - 9)},${r(at.y + 2)}l18,4`
      : `M${r(at.x - 6)},${r(at.y + 9)}l4,-18M${r(at.x + 2)},${r(at.y + 9)}l4,-18`;
    const rect = vertical
      ? svg`<rect x=${r(at.x - 10)} y=${r(at.y - 5)} width="20" height="10"></rect>`
      : svg`<rect x=${r(at.x - 5)} y=${r(at.y - 10)} width="10" height="20"></rect>`;
    return svg`<g part="axis-break" class="break">${rect}<path d=${path}></path></g>`;
  })}
    ${view.notes.map((note) => svg`<text class="gap-note halo" x=${r(note.x - pan.x)} y=${r(note.y - pan.y)} text-anchor="start" direction=${ctx.rtl ? 'rtl' : 'ltr'}>${note.text}</text>`)}`;
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
