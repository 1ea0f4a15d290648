// The label layer's labels as a template, for the server renderer alone: there the layer's
// directive (label-layer.ts) cannot write into the DOM, so the same <text> elements are written as
// markup. When the element hydrates, the layer writes its own and these go (shared/hydration.ts).
import {nothing, svg} from 'lit';
import type {DrawnLabel} from './chart-marks.js';
import type {DateLines} from './label-layer.js';
import {tenth as r} from '../../layout/round.js';

export function serverLabels(labels: readonly DrawnLabel[], {dir, lang}: DateLines) {
  return labels.map((label) => {
    const cancelled = label.className.includes('cancelled');
    const lines = label.lines.map((line, i) =>
      i === 0 && !cancelled ? line : svg`<tspan class="line" x="0" dy=${i ? r(label.lineHeight) : nothing}>${line}</tspan>`,
    );
    const dateDy = r(label.subtitleY - (label.lines.length - 1) * label.lineHeight);
    return svg`<text data-label-for=${label.id} part="event-label" transform=${label.transform} class=${`label halo ${label.className}`.trim()} text-anchor=${label.anchor} direction=${label.direction}>${lines}<tspan class="subtitle" x="0" dy=${dateDy || nothing} text-anchor=${label.subtitleAnchor} direction=${dir} lang=${lang}>${label.subtitle}</tspan></text>`;
  });
}
