// What `media-thumbnails` draws beside each event's label, worked out before drawing: which
// picture (the media's `thumbnail`, else the picture itself) or a play glyph (a video or a sound
// with no thumbnail), and where, in the room the layout kept for it at the end of the label's box
// (geometry.ts, `thumbnails`), so that it meets no other label or mark. A post or a page without a
// thumbnail gets none.
// Plain data, no DOM and no Lit: tested in Node. Part of the thumbnails part, never the first frame.
import type {ViewEvent} from '../../layout/view.js';
import {mediaTarget} from '../../model/media-target.js';
import type {Media, TimelineEvent} from '../../model/types.js';

/** What an event's thumbnail shows: a picture, a play glyph, or a picture with a play glyph on it. */
export interface Thumbnail {
  src?: string;
  play: boolean;
}

export interface ThumbnailBox extends Thumbnail {
  id: string;
  x: number;
  y: number;
  size: number;
}

/**
 * A thumbnail's side (the layout keeps a little more: THUMBNAIL_ROOM), and the title sizes
 * (METRICS.titleSize, anchorTitleSize), which the unit test holds equal to the layout's: imported
 * from geometry.ts, they would split the first frame's file in two.
 */
export const THUMBNAIL = 32;
export const TITLE_SIZES = {title: 13, anchor: 15} as const;

const known = new WeakMap<Media, Thumbnail | null>();
/** Only http(s) is ever asked for (the parser checks it too: this guards data set by other means). */
const HTTP = /^https?:\/\//i;

/** The thumbnail of an event's media, or undefined for none (no media, a post, a page). */
export function thumbnailOf(event: TimelineEvent): Thumbnail | undefined {
  const media = event.media;
  if (!media) return undefined;
  let thumbnail = known.get(media);
  if (thumbnail === undefined) {
    const target = HTTP.test(media.url) ? mediaTarget(media.url) : {kind: 'page' as const};
    const play = target.kind === 'video' || target.kind === 'audio';
    const picture = media.thumbnail ?? (target.kind === 'image' ? (target.src ?? media.url) : undefined);
    const src = picture && HTTP.test(picture) ? picture : undefined;
    thumbnail = src || play ? {src, play} : null;
    known.set(media, thumbnail);
  }
  return thumbnail ?? undefined;
}

/** For the layout: does this event's label end in a thumbnail? */
export const hasThumbnail = (event: TimelineEvent): boolean => thumbnailOf(event) !== undefined;

/**
 * The thumbnails of the drawn events: each at the far end of its label's box from the mark (the
 * label's text keeps its place), level with the title's first line. One the window's edge would
 * cut is left out: the label's text is cut there, and the picture would stand on it.
 */
export function thumbnailBoxes(
  placed: readonly ViewEvent[],
  events: readonly TimelineEvent[],
  {rtl, width}: {rtl: boolean; width: number},
): ThumbnailBox[] {
  const size = THUMBNAIL;
  const boxes: ThumbnailBox[] = [];
  for (const view of placed) {
    const thumbnail = thumbnailOf(events[view.index]);
    if (!thumbnail) continue;
    // The box runs rightwards from labelX when the text starts there left to right, or ends there right to left.
    const rightwards = (view.anchor === 'start') !== rtl;
    const x = rightwards ? view.labelX + view.labelWidth - size : view.labelX - view.labelWidth;
    if (x < 0 || x + size > width) continue;
    const y = view.titleY - (view.emphasis ? TITLE_SIZES.anchor : TITLE_SIZES.title);
    boxes.push({id: view.id, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10, size, ...thumbnail});
  }
  return boxes;
}
