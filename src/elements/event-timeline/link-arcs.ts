// The links between events' arcs, a part of their own (dist/chunks/link-arcs-*.js): their layout
// (link-paths.ts, which links-part.ts registers in arcs-hook.ts when it loads) and their styles.
// Loaded with a story that has links: the element waits for it before drawing such a story
// (view-settings.ts); stories without links never load it. Their drawing is render-chart.ts's.
import {css} from 'lit';

export {arcPaths} from '../../layout/link-paths.js';

/** The arcs' styles, after the element's own (event-timeline.styles.ts): its colours and sizes. */
export const styles = css`
  /* Nothing to point at in the arcs (hovering one is hovering the drawing), and the browser
     hit-tests what is under the pointer after every frame that moves the drawing: an arc to a
     cluster far off screen is a stroke thousands of px long, dashed, slow to test. */
  .links {
    pointer-events: none;
  }
  /* The mark colour, as the events' (event-timeline.styles.ts). */
  .link {
    --_m: light-dark(var(--_c, var(--_axis)), color-mix(in oklab, var(--_c, var(--_axis)), #fff 35%));
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
    font-size: var(--_small-size);
    fill: var(--_muted);
    text-anchor: middle;
    dominant-baseline: middle;
  }
  @media (forced-colors: active) {
    .link {
      stroke: CanvasText;
    }
    .link-label {
      fill: CanvasText;
    }
  }
`;
