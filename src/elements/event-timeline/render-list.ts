// The list view: every event in time order, with its date, relation, status, summary, source,
// links and quotes. A part of its own (the list part), loaded when the list is first drawn — right
// after the first frame, for the copy kept for screen readers — with the styles only it uses.
// All data goes in as text (Lit escapes it); URLs only through safeUrl.
import {css, html, nothing} from 'lit';
import {htmlDatetime} from '../../model/html-datetime.js';
import type {TimelineEvent} from '../../model/types.js';
import {countText} from '../../i18n/phrases.js';
import {safeLink, type PanelContext} from './render-panels.js';

export function renderList(ctx: PanelContext, events: readonly TimelineEvent[], options: {hidden: boolean; selected?: string; more: number; onMore: () => void}) {
  const {strings} = ctx;
  return html`<ol part="list" class="list ${options.hidden ? 'visually-hidden' : ''}" aria-label=${strings.events}>
      ${events.map((event) => {
        const texts = ctx.textsOf(event);
        const links = ctx.linksOf(event);
        return html`<li data-event-id=${event.id} aria-current=${event.id === options.selected ? 'true' : nothing}>
          <span class="list-title" lang=${ctx.timeline.lang ?? nothing} dir=${ctx.dataDir ?? nothing}>${event.title}</span> —
          <time datetime=${htmlDatetime(event.date) ?? nothing}>${texts.date}</time>${texts.relation ? html` (${texts.relation})` : nothing}${
            event.status !== 'happened' ? html`, ${strings.status[event.status]}` : nothing
          }
          ${event.summary ? html`<div lang=${ctx.timeline.lang ?? nothing} dir=${ctx.dataDir ?? nothing}>${event.summary}</div>` : nothing}
          ${event.source ? html`<div>${strings.source}: ${safeLink(event.source.url, event.source.name ?? event.source.url ?? '', !options.hidden)}</div>` : nothing}
          ${links.length ? html`<ul>${links.map((link) => html`<li>${link.label}: <span lang=${ctx.timeline.lang ?? nothing} dir=${ctx.dataDir ?? nothing}>${link.other.title}</span></li>`)}</ul>` : nothing}
          ${event.quotes.map(
            (quote) => html`<blockquote lang=${quote.lang ?? nothing}>${quote.text}</blockquote>${quote.speaker ? html`<div>— ${quote.speaker}${quote.role ? `, ${quote.role}` : ''}</div>` : nothing}`,
          )}
        </li>`;
      })}
    </ol>
    ${options.more > 0 && !options.hidden ? html`<button type="button" @click=${options.onMore}>${strings.showMore(countText(Math.min(options.more, 500), ctx.lang))}</button>` : nothing}`;
}

export const styles = css`
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
