// A standalone SVG of what the timeline shows: the drawn <svg> cloned with every computed
// colour, font and stroke written onto it as presentation attributes (no stylesheet, no
// custom properties, no scripts), plus a background, a title and a description.

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
  originals.forEach((original, i) => {
    const copy = copies[i];
    const style = getComputedStyle(original);
    if (style.display === 'none' || original.classList.contains('hit')) {
      copy.remove();
      return;
    }
    if (!(original instanceof SVGSVGElement)) {
      for (const property of PROPERTIES) {
        // Computed paint servers read url("#id"); the file keeps the plain form.
        const value = style.getPropertyValue(property).replace(/^url\("(#[\w-]+)"\)$/, 'url($1)');
        if (value && value !== 'normal' && value !== 'none' && !(property === 'visibility' && value === 'visible')) copy.setAttribute(property, value);
        else if (value === 'none' && (property === 'fill' || property === 'stroke')) copy.setAttribute(property, 'none');
      }
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
  const doc = clone.ownerDocument;
  const ns = 'http://www.w3.org/2000/svg';
  const titleElement = doc.createElementNS(ns, 'title');
  titleElement.textContent = title;
  const descElement = doc.createElementNS(ns, 'desc');
  descElement.textContent = description;
  const backdrop = doc.createElementNS(ns, 'rect');
  backdrop.setAttribute('width', '100%');
  backdrop.setAttribute('height', '100%');
  backdrop.setAttribute('fill', background);
  clone.prepend(titleElement, descElement, backdrop);
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

/** Rasterises an SVG string to a PNG blob at `scale` × its size. */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
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
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * The drawing as a standalone SVG document, on the theme's background as a plain colour: the custom
 * property holds light-dark(…), which only browsers read; the labels' halo is painted in it, computed.
 */
export function drawingSvg(svg: SVGSVGElement, title: string, description: string): string {
  const halo = svg.querySelector('.halo');
  return exportSvg(svg, title, description, (halo && getComputedStyle(halo).stroke) || '#ffffff');
}

/** Offers the drawing (`svgText`, from drawingSvg) as an SVG or PNG file named after the title. */
export async function saveDrawing(svgText: string, format: 'svg' | 'png', title: string, width: number, height: number): Promise<void> {
  const name = title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'timeline';
  try {
    download(format === 'svg' ? new Blob([svgText], {type: 'image/svg+xml'}) : await svgToPng(svgText, width, height), `${name}.${format}`);
  } catch (error) {
    console.error(`<event-timeline>: could not make the ${format.toUpperCase()}: ${(error as Error).message}`);
  }
}
