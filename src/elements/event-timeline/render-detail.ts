// The detail card of the hovered, focused or selected event, with its quotes as <quote-card>s:
// a part of its own (the detail part), loaded the first time a card is asked for, with the styles
// only it uses. All data goes in as text (Lit escapes it); URLs only through safeUrl.
import {css, html, nothing, type TemplateResult} from 'lit';
import {styleMap} from '../shared/style-map.js'; // never a style attribute: strict CSPs block those
import {htmlDatetime} from '../../model/html-datetime.js';
import {safeUrl} from '../../model/safe-url.js';
import type {Quote, TimelineEvent} from '../../model/types.js';
import {withEnglish} from '../../i18n/strings.js';
import {EN_READING} from '../../i18n/locales/en-reading.js';
import {linksOf} from './event-links.js';
import type {PanelContext} from './render-panels.js';
import {safeLink} from './safe-link.js';
import {renderMedia, styles as mediaStyles, type MediaContext} from './render-media.js';

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
  const strings = withEnglish(ctx.strings, EN_READING);
  const texts = ctx.textsOf(event);
  const datetime = htmlDatetime(event.date);
  const meta = [texts.relation, event.status !== 'happened' ? strings.status[event.status] : ''].filter(Boolean).join(' · ');
  const links = linksOf(ctx.model, event);
  const titleId = `${ctx.idPrefix}-detail-title`;
  const media: MediaContext = {lang: ctx.lang, strings, dataLang: ctx.timeline.lang, dataDir: ctx.dataDir};
  return html`<div
    part="detail"
    class="detail"
    role="group"
    aria-labelledby=${titleId}
    data-event-id=${event.id}
    @keydown=${onKey}
    style=${styleMap({left: `${position.left}px`, top: `${position.top}px`})}
  >
    <button class="close" type="button" aria-label=${strings.close} @click=${onClose}>✕</button>
    <p class="detail-title" id=${titleId} lang=${ctx.timeline.lang ?? nothing} dir=${ctx.dataDir ?? nothing}>${event.title}</p>
    <p class="meta"><time datetime=${datetime ?? nothing}>${texts.date}</time>${meta ? html` · ${meta}` : nothing}</p>
    ${event.media ? renderMedia(event.media, media) : nothing}
    ${event.summary ? html`<p lang=${ctx.timeline.lang ?? nothing} dir=${ctx.dataDir ?? nothing}>${event.summary}</p>` : nothing}
    ${event.place ? html`<p><strong>${strings.place}:</strong> <span lang=${ctx.timeline.lang ?? nothing} dir=${ctx.dataDir ?? nothing}>${event.place}</span></p>` : nothing}
    ${event.source ? html`<p><strong>${strings.source}:</strong> ${safeLink(event.source.url, event.source.name ?? event.source.url ?? '')}</p>` : nothing}
    ${
      links.length
        ? html`<p><strong>${strings.linksHeading}:</strong></p>
            <ul>
              ${links.map((link) => html`<li>${link.label}: <span lang=${ctx.timeline.lang ?? nothing} dir=${ctx.dataDir ?? nothing}>${link.other.title}</span></li>`)}
            </ul>`
        : nothing
    }
    ${event.quotes.map((quote) => html`${renderQuote(quote, ctx.timeline.lang ?? ctx.lang, ctx.theme)}${quote.media ? renderMedia(quote.media, media) : nothing}`)}
  </div>`;
}

export const styles = css`
  ${mediaStyles}
  .detail {
    position: absolute;
    z-index: 2;
    width: min(var(--_card-width), calc(100% - var(--_card-margin)));
    max-height: 70vh;
    overflow: auto;
    background: var(--_card-bg);
    color: var(--_fg);
    border: 1px solid var(--_grid);
    border-radius: var(--_radius);
    box-shadow: var(--_card-shadow);
    padding: 12px 14px;
    font-size: 0.9rem;
    line-height: 1.45;
  }
  /* Not a heading: the card lands in pages whose heading levels the element cannot know. */
  /* Room for the close button, on the card's end side: the title may run in the data's own direction. */
  .detail .detail-title {
    margin: 0 28px 4px 0;
    font-size: 1rem;
    font-weight: 700;
  }
  .base[dir='rtl'] .detail .detail-title {
    margin: 0 0 4px 28px;
  }
  .detail .meta {
    color: var(--_muted);
    margin: 0 0 6px;
  }
  .detail p {
    margin: 6px 0;
  }
  .detail .close {
    position: absolute;
    inset-block-start: 6px;
    inset-inline-end: 6px;
    min-width: 28px;
    min-height: 28px;
    padding: 0;
    border: none;
  }
  .detail a {
    color: var(--_accent);
  }
  @media (prefers-reduced-motion: no-preference) {
    .detail {
      animation: appear 120ms ease-out;
    }
  }
  @keyframes appear {
    from {
      opacity: 0;
      transform: translateY(4px);
    }
  }
  @media print {
    .detail {
      display: none;
    }
  }
`;
