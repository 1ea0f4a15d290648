// The export part: a standalone SVG of what the timeline shows, either the drawn <svg> cloned with
// every computed colour, font and stroke written onto it as presentation attributes (no
// stylesheet, custom properties or scripts), plus a background, a title and a description; or an
// image to publish, with the story's title, legend and credit line at a preset's size
// (export/static-svg.ts, as the command line draws it). Then a file download, or a PNG.
import {FADE_AXIS, FADE_STOPS, staticSvg, type FadeKind, type PresetName} from '../../export/static-svg.js';
import type {TimelineView} from './timeline-view.js';

/** Options of `toSVG()` for an image to publish. */
export interface TimelineImageOptions {
  /** `social` (1200×630), `newsletter` (600 px wide), `print` (A4 landscape). */
  preset?: PresetName;
  /** `story` (the default: every event), `view` (what is on screen), or [start, end] (Dates, ms or ISO strings). */
  extent?: 'story' | 'view' | readonly [Date | number | string, Date | number | string];
  /** The line at the foot; default the events' sources. */
  credit?: string;
  title?: string;
  /** Size in CSS pixels; default the preset's, else the element's width and as tall as needed. */
  width?: number;
  height?: number;
  /** Default: the element's (its `theme`, else the reader's colour scheme). */
  theme?: 'light' | 'dark';
}

/** What the element knows that the export needs. */
export interface ExportContext {
  title: string;
  lang: string;
  /** The stretch of time on screen, [start, end] in ms. */
  window: [number, number];
}

/** `toSVG()`: the drawing as it is, or, with options, an image to publish. */
export function toSvg(svg: SVGSVGElement, model: TimelineView, context: ExportContext, options?: TimelineImageOptions): string {
  // The theme's background as a plain colour: the custom property holds light-dark(…), which
  // only browsers read; the labels' halo is painted in it, computed.
  const halo = svg.querySelector('.halo');
  const background = (halo && getComputedStyle(halo).stroke) || '#ffffff';
  if (!options) return exportSvg(svg, context.title, model.description(), background);
  const [red = 255, green = 255, blue = 255] = background.match(/\d+/g)?.map(Number) ?? [];
  const dark = 0.2126 * red + 0.7152 * green + 0.0722 * blue < 128;
  const {extent} = options;
  return staticSvg(model.timeline, {
    preset: options.preset,
    width: options.width ?? (options.preset ? undefined : model.geometry.width),
    height: options.height,
    lang: context.lang,
    theme: options.theme ?? (dark ? 'dark' : 'light'),
    title: options.title ?? context.title,
    credit: options.credit,
    extent:
      extent === 'view'
        ? context.window
        : Array.isArray(extent)
          ? [new Date(extent[0]).getTime(), new Date(extent[1]).getTime()]
          : undefined,
    layout: model.vertical ? 'vertical' : 'horizontal',
    noBreaks: !model.settings.breaks,
  }).svg;
}

/** Properties copied from computed style; they are all SVG presentation attributes. */
const PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-decoration',
  'paint-order',
  'stop-color',
  'stop-opacity',
  'visibility',
] as const;

const DROP_ATTRIBUTES = /^(?:class|part|style|tabindex|role|aria-selected|data-.*)$/;

export function exportSvg(source: SVGSVGElement, title: string, description: string, background: string): string {
  const clone = source.cloneNode(true) as SVGSVGElement;
  const originals = [source, ...source.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  const ns = 'http://www.w3.org/2000/svg';
  const doc = clone.ownerDocument;
  const gradients = doc.createElementNS(ns, 'defs');
  originals.forEach((original, i) => {
    const copy = copies[i];
    const style = getComputedStyle(original);
    if (style.display === 'none' || original.classList.contains('hit') || original.classList.contains('thumbnails')) {
      copy.remove();
      return;
    }
    if (!(original instanceof SVGSVGElement)) {
      for (const property of PROPERTIES) {
        // Computed paint servers read url("#id"); the file keeps the plain form.
        const value = style.getPropertyValue(property).replace(/^url\("(#[\w-]+)"\)$/, 'url($1)');
        if (value && value !== 'normal' && value !== 'none' && !(property === 'visibility' && value === 'visible'))
          copy.setAttribute(property, value);
        else if (value === 'none' && (property === 'fill' || property === 'stroke')) copy.setAttribute(property, 'none');
      }
    }
    // A bar's fuzzy ends fade through a CSS mask, which the file cannot keep (and SVG tools do
    // not draw): the same fade as a gradient of its colour, for its fill and outline.
    const fade = /\bfade-(start|end|both)\b/.exec(original.getAttribute('class') ?? '')?.[1] as FadeKind | undefined;
    if (fade && style.maskImage !== 'none') {
      const gradient = doc.createElementNS(ns, 'linearGradient');
      gradient.id = `fade-${gradients.childElementCount + 1}`;
      const direction = style.getPropertyValue('--_fade').trim();
      for (const [name, value] of Object.entries(
        FADE_AXIS[direction === 'to bottom' ? 'vertical' : direction === 'to left' ? 'rtl' : 'ltr'],
      ))
        gradient.setAttribute(name, String(value));
      for (const [offset, opacity] of FADE_STOPS[fade]) {
        const stop = doc.createElementNS(ns, 'stop');
        stop.setAttribute('offset', String(offset));
        stop.setAttribute('stop-color', style.fill);
        stop.setAttribute('stop-opacity', String(opacity));
        gradient.append(stop);
      }
      gradients.append(gradient);
      copy.setAttribute('fill', `url(#${gradient.id})`);
      copy.setAttribute('stroke', `url(#${gradient.id})`);
    }
    for (const attribute of [...copy.attributes]) if (DROP_ATTRIBUTES.test(attribute.name)) copy.removeAttribute(attribute.name);
  });
  // Lit's markers (<!--?lit$…-->) are of no use outside the page.
  const walker = clone.ownerDocument.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('role', 'img');
  clone.removeAttribute('aria-describedby');
  const titleElement = doc.createElementNS(ns, 'title');
  titleElement.textContent = title;
  const descElement = doc.createElementNS(ns, 'desc');
  descElement.textContent = description;
  const backdrop = doc.createElementNS(ns, 'rect');
  backdrop.setAttribute('width', '100%');
  backdrop.setAttribute('height', '100%');
  backdrop.setAttribute('fill', background);
  clone.prepend(titleElement, descElement, ...(gradients.childElementCount ? [gradients] : []), backdrop);
  // A lone surrogate in the data (drawn as text, harmlessly) has no UTF-8 form: the file would not parse as XML.
  return new XMLSerializer().serializeToString(clone).toWellFormed();
}

/** Offers `content` as a file download, without leaving the page. */
export function download(content: Blob, filename: string): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Rasterises an SVG string to a PNG blob at `scale` × its size (its viewBox's). */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const [, , width = 800, height = 600] = /viewBox="([^"]+)"/.exec(svgText)?.[1]?.split(/\s+/).map(Number) ?? [];
  const url = URL.createObjectURL(new Blob([svgText], {type: 'image/svg+xml'}));
  try {
    const image = new Image();
    image.width = width;
    image.height = height;
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the SVG could not be drawn'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d')!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Offers the image (`svgText`, from toSvg) as an SVG or PNG file named after the title. */
export async function saveImage(svgText: string, format: 'svg' | 'png', title: string, scale = 2): Promise<void> {
  const name =
    title
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'timeline';
  try {
    download(format === 'svg' ? new Blob([svgText], {type: 'image/svg+xml'}) : await svgToPng(svgText, scale), `${name}.${format}`);
  } catch (error) {
    console.error(`<event-timeline>: could not make the ${format.toUpperCase()}: ${(error as Error).message}`);
  }
}
