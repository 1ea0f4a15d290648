// A timeline as a standalone SVG image, from plain data and no DOM: the same layout as the element
// (TimelineView), drawn with presentation attributes only (no stylesheet, custom property or
// script), with the story's title, the legend and a credit line, at a preset's size. Used by the
// command line (`event-timeline render`, PNG through resvg) and by the element's export in the
// browser (its lazy export part). Deterministic: the same story and options give the same bytes.
import type {Timeline} from '../model/types.js';
import {formatEdtf} from '../i18n/format-date.js';
import {isRtl, loadedStrings} from '../i18n/strings.js';
import {METRICS} from '../layout/geometry.js';
import {estimateTextWidth, wrapToWidth} from '../layout/text-width.js';
import type {ViewLayout} from '../layout/view.js';
import {TimelineView} from '../elements/event-timeline/timeline-view.js';
import {screenScale, transformShowing} from '../layout/zoom-axis.js';
import {tenth as r} from '../layout/round.js';

/** Sizes for where the image goes. */
export const PRESETS = {
  /** A social card (Open Graph, X): 1200 × 630. */
  social: {width: 1200, height: 630, scale: 1},
  /** An email newsletter's 600 px column, at twice the pixels for sharp screens. */
  newsletter: {width: 600, scale: 2},
  /** A4 landscape, for print (SVG, in millimetres). */
  print: {width: 1123, height: 794, scale: 1, physical: {width: '297mm', height: '210mm'}},
} as const;
export type PresetName = keyof typeof PRESETS;

export interface StaticSvgOptions {
  /** Width of the image in CSS pixels; default 1000 (or the preset's). */
  width?: number;
  /** Height of the image in CSS pixels; default: as tall as the story needs (or the preset's). The drawing is scaled down to fit. */
  height?: number;
  preset?: PresetName;
  /** Language of the interface, dates and numbers; default the story's, else English. */
  lang?: string;
  theme?: 'light' | 'dark';
  /** The stretch of time to show, [start, end] in ms (or Dates); default the whole story. */
  extent?: readonly [number | Date, number | Date];
  /** The line at the foot; default the story's source names, else none. */
  credit?: string;
  /** The heading; default the story's title. */
  title?: string;
  /** `horizontal` or `vertical`; default horizontal (vertical below 600 px). */
  layout?: 'horizontal' | 'vertical';
  noBreaks?: boolean;
  /** Font families, first choice first. */
  font?: string;
}

export interface StaticSvg {
  svg: string;
  /** Size in CSS pixels (the PNG is this times `scale`). */
  width: number;
  height: number;
  scale: number;
}

const THEMES = {
  light: {bg: '#ffffff', fg: '#1b1b1f', muted: '#55565e', axis: '#6b6c74', grid: '#e4e4ea', accent: '#0b57d0'},
  dark: {bg: '#16171b', fg: '#ececf1', muted: '#b4b5bf', axis: '#9a9ba5', grid: '#2e3036', accent: '#8ab4f8'},
};
const DASHES: Record<string, string> = {anniversary: '1 4', invitation: '8 4', deadline: '2 2', follows: '10 3 2 3', precedes: '10 3 2 3'};
export const DEFAULT_FONT =
  "'Noto Sans', 'Noto Naskh Arabic', 'Noto Sans Hebrew', 'Noto Sans Hans', 'Noto Sans CJK SC', 'DejaVu Sans', sans-serif";

/** Text and attribute values for XML: escaped, and well formed (a lone surrogate has no UTF-8). */
const x = (text: string) =>
  text
    .toWellFormed()
    .replace(/[&<>"]/g, (char) => `&#${char.codePointAt(0)};`)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
const attrs = (values: Record<string, string | number | undefined>) =>
  Object.entries(values)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([name, value]) => ` ${name}="${typeof value === 'number' ? r(value) : x(value as string)}"`)
    .join('');

/**
 * Text anchors are physical here (no `direction` attribute: renderers disagree on what `start`
 * means in right-to-left text); right-to-left text is isolated as such (RLI … PDI) instead.
 */
const flip = (anchor: 'start' | 'end') => (anchor === 'start' ? 'end' : 'start');
const physical = (anchor: 'start' | 'end', rtl: boolean) => (rtl ? flip(anchor) : anchor);
const bidi = (text: string, rtl: boolean) => (rtl ? `\u2067${text}\u2069` : text);

/** Draws `timeline` as an SVG document. */
export function staticSvg(timeline: Timeline, options: StaticSvgOptions = {}): StaticSvg {
  const preset = options.preset ? PRESETS[options.preset] : undefined;
  const width = Math.max(200, Math.round(options.width ?? preset?.width ?? 1000));
  const fixedHeight = options.height ?? (preset && 'height' in preset ? preset.height : undefined);
  const lang = options.lang ?? timeline.lang ?? 'en';
  const rtl = isRtl(lang);
  const strings = loadedStrings(lang);
  const colors = THEMES[options.theme ?? 'light'];
  const font = options.font ?? DEFAULT_FONT;
  const pad = width >= 800 ? 32 : 20;
  const inner = width - 2 * pad;
  const start = rtl ? 'end' : 'start';
  const edge = rtl ? width - pad : pad;

  // Header: title and the story's span.
  const titleSize = width >= 800 ? 28 : 20;
  const title = options.title ?? timeline.title ?? strings.timeline;
  const titleLines = wrapToWidth(title, inner, titleSize, true, 2);
  const parts: string[] = [];
  let y = pad + titleSize;
  titleLines.forEach((line, i) =>
    parts.push(
      `<text${attrs({x: edge, y: y + i * titleSize * 1.2, 'font-size': titleSize, 'font-weight': 700, fill: colors.fg, 'text-anchor': start})}>${x(bidi(line, rtl))}</text>`,
    ),
  );
  y += (titleLines.length - 1) * titleSize * 1.2 + 12;

  // The drawing: the element's layout at this width, whole story or the span asked for.
  const orientation = options.layout ?? (width < 600 ? 'vertical' : 'horizontal');
  const model = new TimelineView(timeline, {lang, orientation, width: inner, breaks: !options.noBreaks, rtl, maxLanes: undefined});
  let zoom = {k: 1, x: 0, y: 0};
  if (options.extent) {
    const [t0, t1] = options.extent.map((time) => new Date(time).getTime()).sort((a, b) => a - b);
    if (Number.isFinite(t0) && Number.isFinite(t1)) {
      const {scale, width: drawn, height} = model.geometry;
      const at = screenScale(scale, zoom, {vertical: model.vertical, rtl, width: inner});
      zoom = transformShowing([at(t0!), at(t1!)], 1, zoom, {width: drawn, height, maxK: model.maxK, axis: model.vertical ? 'y' : 'x'});
    }
  }
  const view = model.layout(zoom, []);
  const fades = new Fades(model.vertical ? 'vertical' : rtl ? 'rtl' : 'ltr');
  const chart = drawChart(model, view, colors, lang, rtl, fades);

  // Footer: the legend, then the credit line.
  const footer: string[] = [];
  const small = 13;
  const categories = timeline.categories;
  let legendX = 0;
  let legendRow = 0;
  const legendItems = [
    ...categories.map((category) => ({label: category.label, color: model.colorOf(category.id)})),
    {label: `${strings.now}: ${formatEdtf(timeline.now, lang)}`, color: colors.accent, now: true},
  ];
  const legend: string[] = [];
  for (const item of legendItems) {
    const itemWidth = 18 + estimateTextWidth(item.label, small) + 18;
    if (legendX > 0 && legendX + itemWidth > inner) {
      legendX = 0;
      legendRow++;
    }
    const ix = rtl ? inner - legendX : legendX;
    const iy = legendRow * 22;
    legend.push(
      'now' in item
        ? `<line${attrs({x1: rtl ? ix - 6 : ix + 6, y1: iy - 7, x2: rtl ? ix - 6 : ix + 6, y2: iy + 7, stroke: item.color, 'stroke-width': 1.5, 'stroke-dasharray': '2 3'})}/>`
        : `<circle${attrs({cx: rtl ? ix - 6 : ix + 6, cy: iy, r: 6, fill: item.color})}/>`,
      `<text${attrs({x: rtl ? ix - 18 : ix + 18, y: iy + 4.5, 'font-size': small, fill: colors.muted, 'text-anchor': start})}>${x(bidi(item.label, rtl))}</text>`,
    );
    legendX += itemWidth;
  }
  const legendHeight = (legendRow + 1) * 22;
  const credit = options.credit ?? creditOf(timeline);
  const creditLines = credit ? wrapToWidth(credit, inner, 12, false, 2) : [];
  const footerHeight = 12 + legendHeight + (creditLines.length ? 6 + creditLines.length * 16 : 0) + pad - 8;

  // The drawing fits between header and footer: scaled down (never up) when the height is fixed.
  const chartTop = y;
  const room = fixedHeight !== undefined ? Math.max(60, fixedHeight - chartTop - footerHeight) : view.height;
  const fit = Math.min(1, room / view.height);
  const chartHeight = view.height * fit;
  const height = Math.round(fixedHeight ?? chartTop + chartHeight + footerHeight);
  const chartLeft = pad + (inner - inner * fit) / 2;
  const clip = `<clipPath id="chart-area"><rect x="0" y="-4" width="${r(inner)}" height="${r(view.height + 8)}"/></clipPath>`;

  let footY = chartTop + chartHeight + 16;
  footer.push(`<g transform="translate(${r(pad)},${r(footY + 6)})">${legend.join('')}</g>`);
  footY += legendHeight + 6;
  creditLines.forEach((line, i) =>
    footer.push(
      `<text${attrs({x: edge, y: footY + 12 + i * 16, 'font-size': 12, fill: colors.muted, 'text-anchor': start})}>${x(bidi(line, rtl))}</text>`,
    ),
  );

  const physical = preset && 'physical' in preset ? preset.physical : undefined;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg"${attrs({width: physical?.width ?? width, height: physical?.height ?? height, viewBox: `0 0 ${width} ${height}`, role: 'img', lang, 'font-family': font})}>
<title>${x(title)}</title>
<desc>${x(model.description())}</desc>
<defs>${clip}${fades.defs()}</defs>
<rect width="100%" height="100%" fill="${colors.bg}"/>
${parts.join('\n')}
<g transform="translate(${r(chartLeft)},${r(chartTop)}) scale(${r(fit * 1000) / 1000})" clip-path="url(#chart-area)">
${chart}
</g>
${footer.join('\n')}
</svg>
`;
  return {svg, width, height, scale: preset?.scale ?? 1};
}

/** "Sources: A, B" from the events' sources, when the options give no credit. */
function creditOf(timeline: Timeline): string {
  const names = [...new Set(timeline.events.map((event) => event.source?.name).filter((name): name is string => Boolean(name)))];
  return names.length ? names.slice(0, 6).join(' · ') : '';
}

/**
 * Fuzzy or open ends of a bar fade out along the axis, as the element draws them with a CSS mask
 * (event-timeline.styles.ts: linear-gradient to 0.14 over the outer fifth). Here the fade is an SVG
 * <linearGradient> of the bar's colour, its fill and its outline, which every SVG renderer reads
 * (resvg, behind the PNG, has no CSS masks); the bar's fill-opacity applies on top, as in the element.
 * One gradient a colour and kind of fade, in the order first used: the same story gives the same file.
 */
class Fades {
  private readonly used = new Map<string, {id: string; color: string; kind: FadeKind}>();
  constructor(private readonly direction: 'ltr' | 'rtl' | 'vertical') {}

  /** `url(#…)` of the gradient for a bar of `color` fading at `kind`. */
  paint(color: string, kind: FadeKind): string {
    const key = `${kind} ${color}`;
    let fade = this.used.get(key);
    if (!fade) this.used.set(key, (fade = {id: `fade-${this.used.size + 1}`, color, kind}));
    return `url(#${fade.id})`;
  }

  defs(): string {
    const axis = FADE_AXIS[this.direction];
    return [...this.used.values()]
      .map(
        ({id, color, kind}) =>
          `<linearGradient${attrs({id, ...axis})}>${FADE_STOPS[kind]
            .map(([offset, opacity]) => `<stop offset="${offset}" stop-color="${x(color)}" stop-opacity="${opacity}"/>`)
            .join('')}</linearGradient>`,
      )
      .join('');
  }
}
export type FadeKind = 'start' | 'end' | 'both';
/** A fade's gradient vector along the time axis: left to right, right to left, or down. */
export const FADE_AXIS = {ltr: {x1: 0, x2: 1}, rtl: {x1: 1, x2: 0}, vertical: {x1: 0, x2: 0, y1: 0, y2: 1}} as const;
/** The CSS mask's stops: [offset, opacity]. */
export const FADE_STOPS: Record<FadeKind, [number, number][]> = {
  start: [
    [0, 0.14],
    [0.2, 1],
  ],
  end: [
    [0.8, 1],
    [1, 0.14],
  ],
  both: [
    [0, 0.14],
    [0.2, 1],
    [0.8, 1],
    [1, 0.14],
  ],
};

function drawChart(
  model: TimelineView,
  view: ViewLayout,
  colors: (typeof THEMES)['light'],
  lang: string,
  rtl: boolean,
  fades: Fades,
): string {
  const {timeline} = model;
  const out: string[] = [];
  const halo = {'paint-order': 'stroke', stroke: colors.bg, 'stroke-width': 4, 'stroke-linejoin': 'round'} as const;
  const small = METRICS.smallTextSize;
  for (const era of view.eras) {
    out.push(`<rect${attrs({x: era.x, y: era.y, width: era.width, height: era.height, fill: colors.grid, opacity: 0.55})}/>`);
    out.push(`<text${attrs({x: era.x + 4, y: era.y + 12, 'font-size': small, fill: colors.muted})}>${x(era.title)}</text>`);
  }
  if (view.now)
    out.push(
      `<line${attrs({x1: view.now.x1, y1: view.now.y1, x2: view.now.x2, y2: view.now.y2, stroke: colors.accent, 'stroke-width': 1.5, 'stroke-dasharray': '2 3'})}/>`,
    );
  for (const link of view.links) {
    const data = timeline.links[link.index]!;
    const color = model.colorOf(model.byId.get(data.from)?.category);
    out.push(
      `<path${attrs({d: link.d, fill: 'none', stroke: color, 'stroke-width': data.kind === 'anniversary' ? 2.5 : 1.5, opacity: 0.9, 'stroke-dasharray': DASHES[data.kind], 'stroke-linecap': data.kind === 'anniversary' ? 'round' : undefined})}/>`,
    );
    const label = model.drawnLinkLabelOf(link.index);
    if (link.labelX !== undefined && label)
      out.push(
        `<text${attrs({x: link.labelX, y: link.labelY! + 4, 'font-size': small, fill: colors.muted, 'text-anchor': 'middle', ...halo})}>${x(label)}</text>`,
      );
  }
  // The axis: track, ticks, breaks, notes.
  const {track} = view;
  out.push(`<line${attrs({x1: track.x1, y1: track.y1, x2: track.x2, y2: track.y2, stroke: colors.axis, 'stroke-width': 2})}/>`);
  for (const tick of view.ticks) {
    if (!tick.context) {
      out.push(
        model.vertical
          ? `<line${attrs({x1: track.x1 - 4, x2: track.x1 + 4, y1: tick.y, y2: tick.y, stroke: colors.axis})}/>`
          : `<line${attrs({x1: tick.x, x2: tick.x, y1: track.y1, y2: track.y1 + 5, stroke: colors.axis})}/>`,
      );
    }
    const anchor = model.vertical ? 'end' : 'middle';
    out.push(
      `<text${attrs({x: tick.x + (tick.nudge ?? 0), y: tick.y + (model.vertical ? 4 : 0), 'font-size': small, fill: colors.muted, 'text-anchor': anchor, ...halo})}>${x(tick.label)}</text>`,
    );
  }
  for (const at of view.breaks) {
    const path = model.vertical
      ? `M${r(at.x - 9)},${r(at.y - 6)}l18,4M${r(at.x - 9)},${r(at.y + 2)}l18,4`
      : `M${r(at.x - 6)},${r(at.y + 9)}l4,-18M${r(at.x + 2)},${r(at.y + 9)}l4,-18`;
    const box = model.vertical ? {x: at.x - 10, y: at.y - 5, width: 20, height: 10} : {x: at.x - 5, y: at.y - 10, width: 10, height: 20};
    out.push(`<rect${attrs({...box, fill: colors.bg})}/><path${attrs({d: path, stroke: colors.axis, 'stroke-width': 2, fill: 'none'})}/>`);
  }
  for (const note of view.notes)
    out.push(
      `<text${attrs({x: note.x, y: note.y, 'font-size': small, 'font-style': 'italic', fill: colors.muted, 'text-anchor': physical('start', rtl)})}>${x(bidi(note.text, rtl))}</text>`,
    );
  // Events: stem and mark; then the labels above them all.
  const labels: string[] = [];
  const titleRtl = timeline.lang ? isRtl(timeline.lang) : rtl;
  for (const placed of view.events) {
    const event = timeline.events[placed.index]!;
    const color = model.colorOf(event.category);
    const anchorEvent = event.id === timeline.anchor;
    const future = event.status === 'planned' || event.status === 'expected';
    const stem = placed.stem;
    if (stem) out.push(`<line${attrs({x1: stem.x1, y1: stem.y1, x2: stem.x2, y2: stem.y2, stroke: color, 'stroke-opacity': 0.45})}/>`);
    if (placed.bar) {
      const bar = placed.bar;
      const fadeStart = placed.fuzzyStart || placed.openStart;
      const fadeEnd = placed.fuzzyEnd || placed.openEnd;
      const paint = fadeStart || fadeEnd ? fades.paint(color, fadeStart && fadeEnd ? 'both' : fadeStart ? 'start' : 'end') : color;
      out.push(
        `<rect${attrs({x: bar.x, y: bar.y, width: Math.max(2, bar.width), height: Math.max(2, bar.height), rx: 3, fill: paint, 'fill-opacity': '0.35', stroke: paint, 'stroke-width': 1.5, 'stroke-dasharray': future ? '5 3' : paint !== color ? '4 3' : undefined})}/>`,
      );
    } else {
      const dot = anchorEvent ? 9 : 6;
      if (anchorEvent) out.push(`<circle${attrs({cx: placed.x, cy: placed.y, r: 13, fill: 'none', stroke: color, 'stroke-width': 2})}/>`);
      out.push(
        `<circle${attrs({cx: placed.x, cy: placed.y, r: dot, fill: future ? colors.bg : color, stroke: anchorEvent ? colors.fg : future ? color : colors.bg, 'stroke-width': future || anchorEvent ? 2.5 : 2, 'stroke-dasharray': placed.fuzzyStart || placed.fuzzyEnd ? '3 2' : undefined})}/>`,
      );
    }
    const size = placed.emphasis ? METRICS.anchorTitleSize : METRICS.titleSize;
    const anchor = titleRtl === rtl ? placed.anchor : placed.anchor === 'start' ? 'end' : 'start';
    // Each line a <text> of its own (renderers differ on <tspan>s in right-to-left text).
    const font = {
      'font-size': size,
      'font-weight': placed.emphasis ? 700 : 600,
      fill: colors.fg,
      'text-anchor': physical(anchor, titleRtl),
      lang: timeline.lang,
      'text-decoration': event.status === 'cancelled' ? 'line-through' : undefined,
    };
    const lines = placed.titleLines
      .map((line, i) => `<text${attrs({y: i * placed.lineHeight, ...font, ...halo})}>${x(bidi(line, titleRtl))}</text>`)
      .join('');
    const date = `<text${attrs({y: placed.subtitleY - placed.titleY, 'font-size': METRICS.subtitleSize, fill: colors.muted, 'text-anchor': physical(placed.anchor, rtl), lang, ...halo})}>${x(bidi(placed.subtitle, rtl))}</text>`;
    labels.push(`<g transform="translate(${r(placed.labelX)},${r(placed.titleY)})">${lines}${date}</g>`);
  }
  for (const cluster of view.clusters) {
    const label = `+${cluster.count}`;
    const w = Math.max(28, label.length * 8 + 12);
    out.push(
      `<g transform="translate(${r(cluster.x)},${r(cluster.y)})"><rect${attrs({x: -w / 2, y: -12, width: w, height: 24, rx: 12, fill: colors.bg, stroke: colors.axis, 'stroke-width': 1.5})}/><text${attrs({x: 0, y: 4, 'text-anchor': 'middle', 'font-size': small, 'font-weight': 700, fill: colors.fg})}>${label}</text></g>`,
    );
  }
  return [...out, ...labels].join('\n');
}
