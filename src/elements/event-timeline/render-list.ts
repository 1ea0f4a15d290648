// The list view: every event in time order, with its date, relation, status, summary, source,
// links and quotes. A part of its own (the list part), loaded when the list is first drawn — right
// after the first frame, for the copy kept for screen readers — with the styles only it uses.
// All data goes in as text (Lit escapes it); URLs only through safeUrl.
import {css, html, nothing} from 'lit';
// The element draws the list again only when what it shows changes; the directive comes with the part.
export {guard} from 'lit/directives/guard.js';
import {htmlDatetime} from '../../model/html-datetime.js';
import type {TimelineEvent} from '../../model/types.js';
import {countText} from '../../i18n/phrases.js';
import {withEnglish} from '../../i18n/strings.js';
import {EN_READING} from '../../i18n/locales/en-reading.js';
import {linksOf} from './event-links.js';
import type {PanelContext} from './render-panels.js';
import {safeLink} from './safe-link.js';
import {renderMedia, styles as mediaStyles, type MediaContext} from './render-media.js';

export function renderList(
  ctx: PanelContext,
  events: readonly TimelineEvent[],
  options: {hidden: boolean; selected?: string; more: number; onMore: () => void},
) {
  const strings = withEnglish(ctx.strings, EN_READING);
  const dataLang = ctx.timeline.lang ?? nothing;
  const dataDir = ctx.dataDir ?? nothing;
  const media: MediaContext = {lang: ctx.lang, strings, dataLang: ctx.timeline.lang, dataDir: ctx.dataDir, hidden: options.hidden};
  // Written with as few bindings and as little white space between tags as reads well: each child
  // binding is a node of its own (a marker comment), and each run of white space a text node (an
  // element's only text goes in as its textContent, no marker); the list is drawn for screen
  // readers even in the picture view, for every event.
  const item = (event: TimelineEvent) => {
    const texts = ctx.textsOf(event);
    const links = linksOf(ctx.model, event);
    const after = `${texts.relation ? ` (${texts.relation})` : ''}${event.status !== 'happened' ? `, ${strings.status[event.status]}` : ''}`;
    const more = [
      event.media ? renderMedia(event.media, media) : undefined,
      event.summary ? html`<div lang=${dataLang} dir=${dataDir}>${event.summary}</div>` : undefined,
      event.source
        ? html`<div>${strings.source}: ${safeLink(event.source.url, event.source.name ?? event.source.url ?? '', !options.hidden)}</div>`
        : undefined,
      links.length
        ? html`<ul>
            ${links.map((link) => html`<li>${link.label}: <span lang=${dataLang} dir=${dataDir}>${link.other.title}</span></li>`)}
          </ul>`
        : undefined,
      ...event.quotes.map(
        (quote) =>
          html`<blockquote lang=${quote.lang ?? nothing}>${quote.text}</blockquote>
            ${quote.speaker ? html`<div>— ${quote.speaker}${quote.role ? `, ${quote.role}` : ''}</div>` : nothing}${quote.media ? renderMedia(quote.media, media) : nothing}`,
      ),
    ].filter((part) => part !== undefined);
    return html`<li data-event-id=${event.id} aria-current=${event.id === options.selected ? 'true' : nothing}>
      <span class="list-title" lang=${dataLang} dir=${dataDir} .textContent=${event.title}></span> —
      <time datetime=${htmlDatetime(event.date) ?? nothing} .textContent=${texts.date}></time
      >${after || nothing}${more.length ? more : nothing}
    </li>`;
  };
  return html`<ol part="list" class="list ${options.hidden ? 'visually-hidden' : ''}" aria-label=${strings.events}>
      ${events.map(item)}
    </ol>
    ${
      options.more > 0 && !options.hidden
        ? html`<button type="button" @click=${options.onMore}>
            ${strings.showMore(countText(Math.min(options.more, 500), ctx.lang))}
          </button>`
        : nothing
    }`;
}

export const styles = css`
  ${mediaStyles}
  .list {
    margin: 8px 0 0;
    padding-inline-start: 1.6em;
    line-height: 1.45;
  }
  .list > li {
    margin-block-end: 10px;
  }
  .list .list-title {
    font-weight: 600;
  }
  .list time {
    color: var(--_muted);
  }
  .list ul {
    margin: 2px 0 0;
    padding-inline-start: 1.2em;
    font-size: 0.9em;
  }
  .list [aria-current='true'] {
    background: var(--_highlight);
  }
  @media print {
    .list.visually-hidden {
      position: static !important;
      width: auto;
      height: auto;
      clip-path: none;
      white-space: normal;
    }
  }
`;
