// The media of an event or a quote in the detail card and the list view: a picture (its room
// reserved, loaded lazily, no referrer sent), or a video or sound behind a button that names the
// service (YouTube through its no-cookie domain, Vimeo, SoundCloud…): nothing is asked of the
// service until the reader presses it, and then only a sandboxed frame of the service's own player
// is added (never a script in the page). Posts and other pages are a link out. Part of the detail
// and list parts, never of the first frame. All data goes in as text; URLs only http(s).
import {css, html, nothing, type TemplateResult} from 'lit';
import {keyed} from 'lit/directives/keyed.js';
import {mediaTarget, type MediaTarget} from '../../model/media-target.js';
import type {Media} from '../../model/types.js';
import {mediaStrings} from '../../i18n/media-strings.js';
import type {LoadedStrings} from '../../i18n/strings.js';

export interface MediaContext {
  /** The element's language and its strings (a page's own media phrases may be among them). */
  lang: string;
  strings: LoadedStrings;
  /** The data's language and direction, set on the caption and credit. */
  dataLang?: string;
  dataDir?: 'ltr' | 'rtl';
  /** The copy of the list kept for screen readers: text and links out of the Tab order, nothing loaded. */
  hidden?: boolean;
}

// What a player frame may do: run the service's own scripts in its own origin (never in the page),
// go full screen, and open the service in a new tab. No forms, no top navigation, no downloads.
const SANDBOX = 'allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox';
const ALLOW = 'autoplay; encrypted-media; fullscreen; picture-in-picture';

/** The player for `target`, made when the reader asks: a sandboxed frame, or the browser's own player for a file. */
function makePlayer(document: Document, media: Media, target: MediaTarget, label: string): HTMLElement {
  if (target.provider) {
    const frame = document.createElement('iframe');
    // The reader pressed play: the player starts at once rather than asking for a second press.
    const url = new URL(target.embed!);
    url.searchParams.set('autoplay', '1');
    frame.src = url.href;
    frame.title = label;
    frame.setAttribute('sandbox', SANDBOX);
    frame.setAttribute('allow', ALLOW);
    frame.setAttribute('allowfullscreen', '');
    // The services' players refuse to play without the page's origin (never its full address).
    frame.referrerPolicy = 'strict-origin-when-cross-origin';
    return frame;
  }
  const player = document.createElement(target.kind === 'video' ? 'video' : 'audio');
  player.src = target.embed!;
  player.controls = true;
  player.autoplay = true;
  player.setAttribute('aria-label', label);
  if (media.thumbnail && player instanceof HTMLVideoElement) player.poster = media.thumbnail;
  return player;
}

function play(event: Event, media: Media, target: MediaTarget, label: string): void {
  const button = event.currentTarget as HTMLButtonElement;
  const player = makePlayer(button.ownerDocument, media, target, label);
  player.classList.add('media-player');
  // The button is plain template content (the figure around it is keyed by URL, so a reused
  // template never shows one event's player under another event).
  button.replaceWith(player);
  player.focus();
}

function link(url: string, text: string, hidden: boolean | undefined): TemplateResult {
  return html`<a
    class="media-link"
    href=${url}
    target="_blank"
    rel="noopener noreferrer"
    referrerpolicy="no-referrer"
    tabindex=${hidden ? -1 : nothing}
    >${text}</a
  >`;
}

function caption(media: Media, ctx: MediaContext): TemplateResult | typeof nothing {
  if (!media.caption && !media.credit) return nothing;
  return html`<figcaption lang=${ctx.dataLang ?? nothing} dir=${ctx.dataDir ?? nothing}>
    ${media.caption ?? nothing}${
      media.credit ? html`${media.caption ? ' · ' : ''}<span class="media-credit">${media.credit}</span>` : nothing
    }
  </figcaption>`;
}

// Pictures and players get a 16:9 box before anything arrives (object-fit keeps a picture whole in it).
const WIDTH = 640;
const HEIGHT = 360;

// The box keeps its ratio whatever the picture turns out to be (CSS aspect-ratio, not the attributes'
// "auto" ratio, which gives way to the picture's own): nothing moves when it arrives.
function picture(src: string, alt: string, className: string): TemplateResult {
  return html`<img
    class=${className}
    src=${src}
    alt=${alt}
    width=${WIDTH}
    height=${HEIGHT}
    loading="lazy"
    decoding="async"
    referrerpolicy="no-referrer"
  />`;
}

/** The figure for `media`; in the screen-reader copy of the list, its text and a link out only. */
export function renderMedia(media: Media, ctx: MediaContext): unknown {
  const target = mediaTarget(media.url);
  const strings = mediaStrings(ctx.lang, ctx.strings);
  const playable = (target.kind === 'video' || target.kind === 'audio') && target.embed !== undefined;
  const label = playable ? strings.play(target.kind as 'video' | 'audio', target.provider) : strings.open(target.provider);
  if (ctx.hidden) {
    return html`<div class="media-text">
      ${media.alt && target.kind === 'image' ? html`<span role="img" aria-label=${media.alt}></span>` : nothing}${caption(
        media,
        ctx,
      )}${target.kind === 'image' ? nothing : link(media.url, label, true)}
    </div>`;
  }
  let body: TemplateResult;
  if (target.kind === 'image') {
    body = picture(target.src ?? media.url, media.alt, 'media-picture');
  } else if (playable) {
    const name = media.alt || media.caption || label;
    body = html`<div class="media-frame" data-kind=${target.kind}>
        <button
          type="button"
          class="media-play"
          aria-label=${`${label}: ${name}`}
          @click=${(event: Event) => play(event, media, target, name)}
        >
          ${media.thumbnail ? picture(media.thumbnail, '', 'media-thumbnail') : nothing}
          <span class="media-play-label"><span aria-hidden="true">▶</span> ${label}</span>
        </button>
      </div>
      ${target.provider ? html`<p class="media-notice">${strings.notice(target.provider)} ${link(media.url, strings.open(target.provider), false)}</p>` : nothing}`;
  } else {
    body = html`${media.thumbnail ? picture(media.thumbnail, media.alt, 'media-picture') : nothing}
      <p class="media-notice">
        ${link(media.url, label, false)}${
          !media.thumbnail && media.alt
            ? html` <span lang=${ctx.dataLang ?? nothing} dir=${ctx.dataDir ?? nothing}>${media.alt}</span>`
            : nothing
        }
      </p>`;
  }
  return keyed(media.url, html`<figure part="media" class="media" data-kind=${target.kind}>${body}${caption(media, ctx)}</figure>`);
}

export const styles = css`
  .media {
    margin: 8px 0;
  }
  .media-picture,
  .media-frame,
  .media-player {
    display: block;
    width: 100%;
    max-width: 480px;
    height: auto;
    aspect-ratio: 16 / 9;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_grid);
  }
  .media-picture {
    object-fit: contain;
  }
  .media-frame {
    position: relative;
  }
  .media-frame[data-kind='audio'],
  .media-frame[data-kind='audio'] > .media-player {
    height: 166px;
    aspect-ratio: auto;
  }
  .media-play,
  .media-thumbnail {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .media-play {
    padding: 0;
    border: 1px solid var(--_grid);
    border-radius: inherit;
    background: none;
    color: var(--_fg);
    cursor: pointer;
    overflow: hidden;
  }
  .media-play:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .media-play-label {
    position: relative;
    padding: 6px 12px;
    border-radius: 99px;
    background: var(--_card-bg);
    font-weight: 600;
  }
  .media-notice,
  .media figcaption {
    margin: 4px 0;
    font-size: 0.85em;
  }
  .media-notice,
  .media-credit {
    color: var(--_muted);
  }
`;
