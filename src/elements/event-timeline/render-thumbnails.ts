// The thumbnails part (`media-thumbnails`): a small picture, or a play glyph, at the end of each
// drawn event's label, where the layout kept room for it. Loaded only when the attribute is set,
// so a page without it asks for no picture. Pictures are HTML <img> in a <foreignObject> (an SVG
// <image> has no lazy loading and no referrer policy): lazy, decoded off the main thread, sent
// with no referrer, and with alt="" as the label beside them already names the event. Positions
// are attributes, never a style attribute (strict CSPs block those). Decoration: no pointer target.
import {css, html, nothing, svg, type TemplateResult} from 'lit';
import type {ViewLayout} from '../../layout/view.js';
import type {TimelineEvent} from '../../model/types.js';
import {thumbnailBoxes, type ThumbnailBox} from './thumbnail-boxes.js';

export {hasThumbnail} from './thumbnail-boxes.js';

export function renderThumbnails(view: ViewLayout, events: readonly TimelineEvent[], rtl: boolean): TemplateResult {
  const boxes = thumbnailBoxes(view.events, events, {rtl, width: view.width});
  // By position, not keyed (lit's repeat here would move Lit out of the first frame's file into a
  // chunk of its own): panning gives an <img> another cached address rather than a new element.
  return svg`<g class="thumbnails" aria-hidden="true">${boxes.map(
    (box) => svg`<g class="thumbnail" data-event-id=${box.id} transform="translate(${box.x},${box.y})">${picture(box)}${play(box)}</g>`,
  )}</g>`;
}

function picture(box: ThumbnailBox) {
  if (!box.src) return nothing;
  return svg`<rect class="picture-box" width=${box.size} height=${box.size} rx="6"></rect><foreignObject width=${box.size} height=${box.size}>${html`<img src=${box.src} alt="" width=${box.size} height=${box.size} loading="lazy" decoding="async" referrerpolicy="no-referrer" @error=${failed} @load=${failed} />`}</foreignObject>`;
}

/** A picture that could not be loaded leaves its grey box, not the browser's broken-image sign (an <img> is reused for another picture as the reader pans). */
function failed(event: Event): void {
  const img = event.currentTarget as HTMLImageElement;
  img.classList.toggle('failed', event.type === 'error');
}

/** A play triangle in a round box: on its own for a video or sound with no thumbnail, small in a corner of one with. */
function play(box: ThumbnailBox) {
  if (!box.play) return nothing;
  const s = box.size;
  if (!box.src)
    return svg`<rect class="play-box" width=${s} height=${s} rx="6"></rect><path class="play" d="M${s * 0.38},${s * 0.28}L${s * 0.72},${s * 0.5}L${s * 0.38},${s * 0.72}Z"></path>`;
  return svg`<circle class="play-box" cx=${s - 8} cy=${s - 8} r="8"></circle><path class="play" d="M${s - 11},${s - 12}L${s - 4},${s - 8}L${s - 11},${s - 4}Z"></path>`;
}

export const styles = css`
  .thumbnails {
    pointer-events: none;
  }
  .thumbnail img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
    border-radius: 6px;
  }
  .thumbnail img.failed {
    visibility: hidden;
  }
  .thumbnail .picture-box {
    fill: var(--_grid);
  }
  .thumbnail .play-box {
    fill: var(--_grid);
    stroke: var(--_axis);
  }
  .thumbnail .play {
    fill: var(--_fg);
  }
`;
