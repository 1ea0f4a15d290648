// Reads the `media` of an event or a quote: a picture, a video, a sound or a post. Only http(s)
// addresses are kept, and `alt` is required (`""` when the media is decoration). A media item that
// cannot be kept is reported at its path and left out; its event stays. What the URL points at
// (a picture, YouTube…) is worked out where it is drawn, in a part loaded then.
import {pathOf, shown} from './issue-log.js';
import {cleanText, readObject, readText, warnUnknownKeys, type ReadContext} from './read-fields.js';
import {safeHttpUrl} from './safe-url.js';
import type {Media} from './types.js';

const MEDIA_KEYS = new Set(['url', 'alt', 'caption', 'credit', 'thumbnail', 'width', 'height']);
const MAX_SIZE = 10_000;

function readHttpUrl(ctx: ReadContext, value: unknown, path: string, required: boolean): string | undefined {
  if (value === undefined || value === null || value === '') {
    if (required) ctx.log.add(path, 'is required');
    return undefined;
  }
  const url = safeHttpUrl(value);
  if (!url) ctx.log.add(path, `${shown(value)} is not an absolute http: or https: URL; it is not loaded`, required ? 'error' : 'warning');
  return url;
}

function readSize(ctx: ReadContext, value: unknown, path: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= MAX_SIZE) return value;
  ctx.log.warn(path, `${shown(value)} is not a size in pixels (a whole number from 1 to ${MAX_SIZE}); ignored`);
  return undefined;
}

/** Reads `…media`. Returns undefined (with the reason logged) when there is nothing to show. */
export function readMedia(ctx: ReadContext, value: unknown, path: string): Media | undefined {
  if (value === undefined || value === null) return undefined;
  const object = readObject(ctx, value, path);
  if (!object) return undefined;
  warnUnknownKeys(ctx, object, MEDIA_KEYS, path);
  const url = readHttpUrl(ctx, object.url, pathOf(path, 'url'), true);
  // alt: "" is a real value (decoration), so it is read apart from readText, which drops empty text.
  const altPath = pathOf(path, 'alt');
  const alt = typeof object.alt === 'string' && !cleanText(object.alt) ? '' : readText(ctx, object.alt, altPath);
  if (object.alt === undefined || object.alt === null) ctx.log.add(altPath, 'is required: what the media shows, or "" when it is decoration; the media is left out');
  if (!url || alt === undefined) return undefined;
  const media: Media = {url, alt};
  for (const key of ['caption', 'credit'] as const) {
    const text = readText(ctx, object[key], pathOf(path, key));
    if (text) media[key] = text;
  }
  const thumbnail = readHttpUrl(ctx, object.thumbnail, pathOf(path, 'thumbnail'), false);
  if (thumbnail) media.thumbnail = thumbnail;
  const [width, height] = [readSize(ctx, object.width, pathOf(path, 'width')), readSize(ctx, object.height, pathOf(path, 'height'))];
  if (width && height) Object.assign(media, {width, height});
  else if (width || height) ctx.log.warn(pathOf(path, width ? 'height' : 'width'), 'is needed with the other size; both are ignored');
  return media;
}
