// The HTML around the picture: the detail card, the list view, the legend and the error
// state. All data goes in as text (Lit escapes it); URLs only through safeUrl.
import {html, nothing, type TemplateResult} from 'lit';
import {styleMap} from '../shared/style-map.js'; // never a style attribute: strict CSPs block those
import {htmlDatetime} from '../../model/html-datetime.js';
import {safeUrl} from '../../model/safe-url.js';
import type {Category, Quote, Timeline, TimelineEvent, TimelineIssue} from '../../model/types.js';
import type {EventTexts} from '../../i18n/describe.js';
import type {TimelineStrings} from '../../i18n/strings.js';
import {countText} from '../../i18n/phrases.js';

export interface PanelContext {
  timeline: Timeline;
  lang: string;
  strings: TimelineStrings;
  textsOf: (event: TimelineEvent) => EventTexts;
  linksOf: (event: TimelineEvent) => {kind: string; other: TimelineEvent; label: string}[];
  idPrefix: string;
  /** The data's writing direction, when the data names its language: set with its `lang` on data text. */
  dataDir?: 'ltr' | 'rtl';
  /** The timeline's `theme`, handed to the quote cards in its detail card. */
  theme?: 'light' | 'dark';
}

/**
 * A link to a URL from data, or plain text when the URL is not an allowed one. `tabbable: false`
 * for links no one can see (the list kept for screen readers): they stay in reading order but
 * out of the Tab order, so that focus never lands on something invisible.
 */
export function safeLink(url: string | undefined, text: string, tabbable = true): TemplateResult {
  const href = safeUrl(url);
  return href ? html`<a href=${href} target="_blank" rel="noopener noreferrer" tabindex=${tabbable ? nothing : -1}>${text}</a>` : html`${text}`;
}

function renderQuote(quote: Quote, lang: string, theme: 'light' | 'dark' | undefined): TemplateResult {
  const date = quote.date ? htmlDatetime(quote.date) : undefined;
  return html`<quote-card
    speaker=${quote.speaker ?? nothing}
    speaker-role=${quote.role ?? nothing}
    date=${quote.date?.text ?? nothing}
    source=${quote.source ?? nothing}
    cite=${safeUrl(quote.url) ?? nothing}
    lang=${quote.lang ?? lang}
    data-datetime=${date ?? nothing}
    theme=${theme ?? nothing}
    no-share
    >${quote.text}</quote-card
  >`;
}

export function renderDetail(
  ctx: PanelContext,
  event: TimelineEvent,
  position: {left: number; top: number},
  onClose: () => void,
  onKey: (event: KeyboardEvent) => void,
): TemplateResult {
  const {strings} = ctx;
  const texts = ctx.textsOf(event);
  const datetime = htmlDatetime(event.date);
  const meta = [texts.relation, event.status !== 'happened' ? strings.status[event.status] : ''].filter(Boolean).join(' · ');
  const links = ctx.linksOf(event);
  const titleId = `${ctx.idPrefix}-detail-title`;
  return html`<div part="detail" class="detail" role="group" aria-labelledby=${titleId} data-event-id=${event.id} @keydown=${onKey}
    style=${styleMap({left: `${position.left}px`, top: `${position.top}px`})}>
    <button class="close" type="button" aria-label=${strings.close} @click=${onClose}>✕</button>
    <p class="detail-title" id=${titleId} lang=${ctx.timeline.lang ?? nothing} dir=${ctx.dataDir ?? nothing}>${event.title}</p>
    <p class="meta"><time datetime=${datetime ?? nothing}>${texts.date}</time>${meta ? html` · ${meta}` : nothing}</p>
    ${event.summary ? html`<p lang=${ctx.timeline.lang ?? nothing} dir=${ctx.dataDir ?? nothing}>${event.summary}</p>` : nothing}
    ${event.place ? html`<p><strong>${strings.place}:</strong> <span lang=${ctx.timeline.lang ?? nothing} dir=${ctx.dataDir ?? nothing}>${event.place}</span></p>` : nothing}
    ${event.source ? html`<p><strong>${strings.source}:</strong> ${safeLink(event.source.url, event.source.name ?? event.source.url ?? '')}</p>` : nothing}
    ${links.length
      ? html`<p><strong>${strings.linksHeading}:</strong></p>
          <ul>${links.map((link) => html`<li>${link.label}: <span lang=${ctx.timeline.lang ?? nothing} dir=${ctx.dataDir ?? nothing}>${link.other.title}</span></li>`)}</ul>`
      : nothing}
    ${event.quotes.map((quote) => renderQuote(quote, ctx.timeline.lang ?? ctx.lang, ctx.theme))}
  </div>`;
}

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

export function renderLegend(categories: readonly Category[], colorOf: (category: string) => string, label: string, now: string) {
  return html`<ul part="legend" class="legend" aria-label=${label}>
    ${categories.map((category) => html`<li><span class="swatch" style=${styleMap({'--_c': colorOf(category.id)})}></span>${category.label}</li>`)}
    <li class="legend-now"><svg width="14" height="14" aria-hidden="true"><line x1="7" y1="0" x2="7" y2="14"></line></svg>${now}</li>
  </ul>`;
}

export function renderIssues(strings: TimelineStrings, issues: readonly TimelineIssue[], more: string | undefined, retry?: () => void) {
  return html`<div part="error" class="error" role="alert">
    <strong>${strings.errorHeading}</strong>
    <ul>
      ${issues.map((issue) => html`<li><code>${issue.path}</code>: ${issue.message}</li>`)}
      ${more ? html`<li>${more}</li>` : nothing}
    </ul>
    ${retry ? html`<button type="button" class="retry" @click=${retry}>${strings.retry}</button>` : nothing}
  </div>`;
}
