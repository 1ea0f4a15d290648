// Styles of <event-timeline> that the first frame needs (the detail card, the list, the download
// menu's panel and the live marks bring their own: render-detail.ts, render-list.ts,
// reader-actions.ts, live-marks.ts). Public `--event-timeline-*` tokens feed private
// `--_*` properties on :host, so themes, dark mode and forced colours each set values in one place.
import {css, type CSSResult} from 'lit';
import {METRICS} from '../../layout/geometry.js';

const ownStyles = css`
  :host {
    /* Each colour has a light and a dark value (theme.styles.ts picks one), so dark mode lives in
       the same declarations. */
    --_font: var(--event-timeline-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_bg: var(--event-timeline-background, light-dark(#ffffff, #16171b));
    --_fg: var(--event-timeline-color, light-dark(#1b1b1f, #ececf1));
    --_muted: var(--event-timeline-muted-color, light-dark(#55565e, #b4b5bf));
    --_axis: var(--event-timeline-axis-color, light-dark(#6b6c74, #9a9ba5));
    --_grid: var(--event-timeline-grid-color, light-dark(#e4e4ea, #2e3036));
    --_accent: var(--event-timeline-accent-color, light-dark(#0b57d0, #8ab4f8));
    --_focus: var(--event-timeline-focus-color, light-dark(#0b57d0, #8ab4f8));
    --_highlight: var(--event-timeline-highlight-color, light-dark(#fff1b8, #5c4a00));
    --_card-bg: var(--event-timeline-card-background, light-dark(#ffffff, #22242a));
    --_card-shadow: var(--event-timeline-card-shadow, 0 6px 24px rgb(0 0 0 / 0.18));
    --_radius: var(--event-timeline-radius, 8px);
    --_error: var(--event-timeline-error-color, light-dark(#a50e0e, #ffb4ab));
    --_error-bg: var(--event-timeline-error-background, light-dark(#fdecea, #3d1a17));
    /* The sizes the layout measures with (METRICS, src/layout/geometry.ts), written from there and
       never by hand: the drawing's text and the detail card use them. */
    --_title-size: ${METRICS.titleSize}px;
    --_anchor-title-size: ${METRICS.anchorTitleSize}px;
    --_date-size: ${METRICS.subtitleSize}px;
    --_small-size: ${METRICS.smallTextSize}px;
    --_card-width: ${METRICS.cardWidth}px;
    --_card-margin: ${METRICS.cardMargin}px;
    display: block;
    position: relative;
    font-family: var(--_font);
    color: var(--_fg);
    background: var(--_bg);
    min-width: 0;
    /* Words longer than a line (a title, a path in the error box) break rather than widen the page. */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 16px;
    justify-content: space-between;
    margin-block-end: 4px;
  }
  .title {
    font-size: 1.05rem;
    font-weight: 650;
    margin: 0;
    line-height: 1.3;
  }
  .description {
    color: var(--_muted);
    font-size: 0.85rem;
    margin: 2px 0 0;
  }
  .toolbar {
    display: flex;
    gap: 4px;
    flex-wrap: wrap;
  }
  button {
    font: inherit;
    min-width: 32px;
    padding: 4px 10px;
    background: var(--_bg);
    color: var(--_fg);
  }
  /* The download menu's summary looks like the buttons beside it. */
  button,
  .download summary {
    font-size: 0.85rem;
    min-height: 32px;
    border-radius: 6px;
    border: 1px solid var(--_axis);
    cursor: pointer;
  }
  button:hover,
  button[aria-pressed='true'] {
    background: var(--_grid);
  }
  /* The focus ring, on the controls and on an event (the option's outline, round its box: the
     pointer target, mark and label). */
  button:focus-visible,
  a:focus-visible,
  .download summary:focus-visible,
  .event:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .chart,
  .download {
    position: relative;
  }
  .download summary {
    list-style: none;
    padding: 6px 10px;
  }
  .download summary::-webkit-details-marker {
    display: none;
  }
  svg {
    /* Geometry is mirrored by the layout; text anchors inside are meant left to right, and
       event labels set direction="rtl" themselves where they need it. */
    direction: ltr;
    display: block;
    overflow: hidden;
    user-select: none;
    /* One finger scrolls the page; pinch and two-finger pans reach the timeline. */
    touch-action: pan-x pan-y;
    cursor: grab;
  }
  svg:active {
    cursor: grabbing;
  }
  text {
    fill: var(--_fg);
    font-family: var(--_font);
    unicode-bidi: isolate;
  }
  /* Small print of the drawing: ticks, dates, link labels, badges. */
  .tick text,
  .now text,
  .era text,
  .cluster text,
  .link-label {
    font-size: var(--_small-size);
  }
  .halo {
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 4px;
    stroke-linejoin: round;
  }
  .track {
    stroke: var(--_axis);
    stroke-width: 2;
  }
  .tick line {
    stroke: var(--_axis);
  }
  /* Secondary text of the drawing: tick dates, era names, link labels, the note of an axis break,
     an event's date line. */
  .tick text,
  .era text,
  .link-label,
  .gap-note,
  .label .subtitle {
    fill: var(--_muted);
  }
  .break rect {
    fill: var(--_bg);
  }
  .break path {
    stroke: var(--_axis);
    stroke-width: 2;
    fill: none;
  }
  .now line,
  .legend-now line {
    stroke: var(--_accent);
    stroke-width: 1.5;
    stroke-dasharray: 2 3;
  }
  .now text {
    fill: var(--_accent);
    font-weight: 600;
  }
  .era rect {
    fill: var(--_grid);
    opacity: 0.55;
  }
  .event {
    cursor: pointer;
    outline: none;
  }
  /* The mark colour: the data's --_c, lightened a third of the way to white in dark themes, where
     colours picked against white pages (a story's #6b4c9a) fall below 3:1. */
  .event,
  .link,
  .swatch {
    --_m: light-dark(var(--_c, var(--_axis)), color-mix(in oklab, var(--_c, var(--_axis)), #fff 35%));
  }
  .event .hit {
    fill: transparent;
  }
  .event .stem {
    stroke: var(--_m);
    stroke-opacity: 0.45;
  }
  .event .dot {
    fill: var(--_m);
    /* On dark backgrounds a light ring keeps any category colour at 3:1 against its surroundings. */
    stroke: light-dark(var(--_bg), #ececf1);
    stroke-width: 2;
  }
  .event.future .dot {
    fill: var(--_bg);
    stroke: var(--_m);
    stroke-width: 2.5;
  }
  .event.fuzzy .dot {
    stroke-dasharray: 3 2;
  }
  .event .bar {
    fill: var(--_m);
    fill-opacity: 0.35;
    stroke: var(--_m);
    stroke-width: 1.5;
  }
  /* Fuzzy or open ends: the bar fades out there along the axis (--_fade: to right, to left or to
     bottom, set on the events' group) and its outline is dashed. */
  .event.faded .bar {
    stroke-dasharray: 4 3;
  }
  .event .bar.fade-start {
    mask-image: linear-gradient(var(--_fade), rgb(0 0 0 / 0.14), #000 20%);
  }
  .event .bar.fade-end {
    mask-image: linear-gradient(var(--_fade), #000 80%, rgb(0 0 0 / 0.14));
  }
  .event .bar.fade-both {
    mask-image: linear-gradient(var(--_fade), rgb(0 0 0 / 0.14), #000 20% 80%, rgb(0 0 0 / 0.14));
  }
  .event.future .bar {
    stroke-dasharray: 5 3;
  }
  /* Nothing to point at in the labels and the arcs (hovering one is hovering the drawing), and the
     browser hit-tests what is under the pointer after every frame that moves the drawing: an arc
     to a cluster far off screen is a stroke thousands of px long, dashed, slow to test. */
  .labels,
  .links {
    pointer-events: none;
  }
  /* An event's label: its title lines, then its date line (a tspan.subtitle). */
  .label.cancelled .line {
    text-decoration: line-through;
  }
  .label {
    font-size: var(--_title-size);
    font-weight: 600;
  }
  /* The story's own event. */
  .label.emphasis {
    font-size: var(--_anchor-title-size);
    font-weight: 750;
  }
  .gap-note {
    font-size: var(--_small-size);
    font-style: italic;
  }
  .label .subtitle {
    font-size: var(--_date-size);
    font-weight: 400;
  }
  .event.anchor .dot {
    stroke: var(--_fg);
    stroke-width: 2.5;
  }
  .event .anchor-ring {
    fill: none;
    stroke: var(--_m);
    stroke-width: 2;
  }
  .event.highlighted .hit,
  .event.selected .hit {
    fill: var(--_highlight);
  }
  .cluster {
    cursor: zoom-in;
    outline: none;
  }
  .cluster rect {
    fill: var(--_bg);
    stroke: var(--_axis);
    stroke-width: 1.5;
  }
  .cluster text {
    font-weight: 650;
    fill: var(--_fg);
  }
  .cluster:focus-visible rect {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .link {
    fill: none;
    stroke: var(--_m);
    stroke-width: 1.5;
    opacity: 0.9;
  }
  .link.active {
    stroke-width: 2.5;
  }
  .link[data-kind='anniversary'] {
    stroke-dasharray: 1 4;
    stroke-linecap: round;
    stroke-width: 2.5;
  }
  .link[data-kind='invitation'] {
    stroke-dasharray: 8 4;
  }
  .link[data-kind='deadline'] {
    stroke-dasharray: 2 2;
  }
  .link[data-kind='follows'],
  .link[data-kind='precedes'] {
    stroke-dasharray: 10 3 2 3;
  }
  .link-label {
    text-anchor: middle;
    dominant-baseline: middle;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 14px;
    margin: 8px 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8rem;
    color: var(--_muted);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .swatch {
    width: 12px;
    height: 12px;
    border-radius: 50%;
    background: var(--_m);
    forced-color-adjust: none;
  }
  .legend svg {
    display: inline;
    cursor: default;
  }
  .error {
    border: 1px solid var(--_error);
    background: var(--_error-bg);
    color: var(--_fg);
    border-radius: var(--_radius);
    padding: 10px 14px;
    margin: 8px 0;
    font-size: 0.9rem;
  }
  .error strong {
    color: var(--_error);
  }
  .error ul {
    margin: 6px 0 0;
    padding-inline-start: 20px;
  }
  .error code {
    font-size: 0.85em;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .notice {
    color: var(--_muted);
    font-size: 0.85rem;
    margin: 4px 0;
  }
  .notice .retry {
    margin-inline-start: 6px;
  }
  .loading {
    color: var(--_muted);
    padding: 16px 0;
  }
  @media (prefers-reduced-motion: no-preference) {
    .event .dot,
    .event .bar {
      transition: opacity 150ms;
    }
  }
  @media (forced-colors: active) {
    .event .dot,
    .event .bar,
    .cluster rect {
      fill: Canvas;
      stroke: CanvasText;
    }
    .event.anchor .dot,
    .event.selected .dot {
      fill: Highlight;
    }
    .link,
    .track,
    .event .stem,
    .break path {
      stroke: CanvasText;
    }
    text,
    .tick text,
    .label .subtitle,
    .link-label {
      fill: CanvasText;
    }
    .event:focus-visible {
      outline-color: Highlight;
    }
    .cluster:focus-visible rect {
      stroke: Highlight;
    }
    .event.highlighted .hit,
    .event.selected .hit {
      fill: Canvas;
      stroke: Highlight;
      stroke-width: 2;
    }
  }
  @media print {
    .toolbar {
      display: none;
    }
  }
`;

export const styles: CSSResult[] = [ownStyles];
