// A plain SVG picture of a ViewLayout, for snapshot files that show in review what a change does
// to a drawing (as Observable Plot keeps its snapshots): label boxes as the layout reserved
// them, marks, bars, stems, arcs, tick and link labels, breaks and notes. Rounded to a tenth of
// a pixel, so that the files change only when the drawing does. Not a test file itself.
import type {ViewLayout} from '../../../src/layout/view.js';

const r = (value: number) => Math.round(value * 10) / 10;
const text = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function snapshotSvg(
  view: ViewLayout,
  labelBox: (event: ViewLayout['events'][number]) => {x0: number; y0: number; x1: number; y1: number},
): string {
  const lines = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${view.width}" height="${r(view.height)}" font-family="sans-serif" font-size="11">`,
  ];
  const {track} = view;
  lines.push(`<line x1="${r(track.x1)}" y1="${r(track.y1)}" x2="${r(track.x2)}" y2="${r(track.y2)}" stroke="#444"/>`);
  for (const tick of view.ticks)
    lines.push(`<text x="${r(tick.x + (tick.nudge ?? 0))}" y="${r(tick.y)}" fill="#666">${text(tick.label)}</text>`);
  for (const at of view.breaks) lines.push(`<path d="M${r(at.x - 4)},${r(at.y + 6)}l8,-12" stroke="#444"/>`);
  for (const note of view.notes)
    lines.push(`<text x="${r(note.x)}" y="${r(note.y)}" fill="#666" font-style="italic">${text(note.text)}</text>`);
  for (const link of view.links) {
    lines.push(`<path d="${link.d}" fill="none" stroke="#a33"/>`);
    if (link.labelX !== undefined)
      lines.push(`<text x="${link.labelX}" y="${link.labelY}" text-anchor="middle" fill="#a33">link ${link.index}</text>`);
  }
  for (const event of view.events) {
    const box = labelBox(event);
    lines.push(`<g data-id="${text(event.id)}">`);
    lines.push(
      `<rect x="${r(box.x0)}" y="${r(box.y0)}" width="${r(box.x1 - box.x0)}" height="${r(box.y1 - box.y0)}" fill="none" stroke="#ccc"/>`,
    );
    if (event.bar)
      lines.push(
        `<rect x="${r(event.bar.x)}" y="${r(event.bar.y)}" width="${r(event.bar.width)}" height="${r(event.bar.height)}" fill="#9ab"/>`,
      );
    if (event.stem)
      lines.push(
        `<line x1="${r(event.stem.x1)}" y1="${r(event.stem.y1)}" x2="${r(event.stem.x2)}" y2="${r(event.stem.y2)}" stroke="#9ab"/>`,
      );
    if (event.point) lines.push(`<circle cx="${r(event.x)}" cy="${r(event.y)}" r="${event.emphasis ? 9 : 6}" fill="#357"/>`);
    event.titleLines.forEach((line, i) =>
      lines.push(
        `<text x="${r(event.labelX)}" y="${r(event.titleY + i * event.lineHeight)}" text-anchor="${event.anchor}" font-weight="bold">${text(line)}</text>`,
      ),
    );
    lines.push(
      `<text x="${r(event.labelX)}" y="${r(event.subtitleY)}" text-anchor="${event.anchor}" fill="#666">${text(event.subtitle)}</text>`,
    );
    lines.push('</g>');
  }
  for (const cluster of view.clusters)
    lines.push(`<text x="${r(cluster.x)}" y="${r(cluster.y)}" text-anchor="middle">+${cluster.count}</text>`);
  lines.push('</svg>', '');
  return lines.join('\n');
}
