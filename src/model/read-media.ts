// Reads the `media` of an event or a quote: a picture, a video, a sound or a post. Only http(s)
// addresses are kept, and `alt` is required (`""` when the media is decoration). A media item that
// cannot be kept is reported at its path and left out; its event stays. What the URL points at
// (a picture, YouTube…) is worked out where it is drawn, in a part loaded then: this runs before
// the first frame, so it stays small.
import {pathOf} from './issue-log.js';
import {cleanText, cutText, readObject, readText, warnUnknownKeys, type ReadContext} from './read-fields.js';
import {safeHttpUrl} from './safe-url.js';
import type {Media} from './types.js';

const MEDIA_KEYS = new Set(['url', 'alt', 'caption', 'credit', 'thumbnail']);
const NOT_HTTP = 'must be an http: or https: URL';

/** Reads `parent[key]`, a media item. Returns undefined (with the reason logged) when there is nothing to show. */
export function readMedia(ctx: ReadContext, value: unknown, parent: string, key: string): Media | undefined {
  if (value == null) return undefined;
  const path = pathOf(parent, key);
  const object = readObject(ctx, value, path);
  if (!object) return undefined;
  warnUnknownKeys(ctx, object, MEDIA_KEYS, path);
  const url = safeHttpUrl(object.url);
  // alt: "" is a real value (decoration), which readText would drop as empty.
  const alt = typeof object.alt === 'string' ? cutText(cleanText(object.alt), ctx.maxTextLength) : undefined;
  if (!url) ctx.log.add(pathOf(path, 'url'), `${NOT_HTTP}; the media is left out`);
  if (alt === undefined) ctx.log.add(pathOf(path, 'alt'), 'is required ("" for decoration); the media is left out');
  if (!url || alt === undefined) return undefined;
  const media: Media = {url, alt};
  for (const field of ['caption', 'credit'] as const) {
    const text = readText(ctx, object[field], path, field);
    if (text) media[field] = text;
  }
  if (object.thumbnail != null) {
    const thumbnail = safeHttpUrl(object.thumbnail);
    if (thumbnail) media.thumbnail = thumbnail;
    else ctx.log.warn(pathOf(path, 'thumbnail'), `${NOT_HTTP}; not loaded`);
  }
  return media;
}
