// The toolbar above the picture: zoom out, zoom in, fit, the list view's switch, "Show 2 new"
// after a live update, and the download menu. The picture's buttons are left out in the list view.
import {html, nothing} from 'lit';
import type {TimelineStrings} from '../../i18n/strings.js';

/** An image to publish: the whole story, or a preset's size (social card, newsletter column, A4 print). */
export type ImageKind = 'story' | 'social' | 'newsletter' | 'print';

export interface ToolbarActions {
  zoomBy(factor: number): void;
  fit(): void;
  toggleView(): void;
  showNew(ids: string[]): void;
  /** Without `kind`, what is on screen; with it, the whole story at that kind's size. */
  download(format: 'svg' | 'png', kind?: ImageKind): void;
}

/** `fresh`: the events new or changed in a live update that lie out of view, and the button's words. */
export function renderToolbar(s: TimelineStrings, list: boolean, fresh: {label: string; ids: string[]} | undefined, act: ToolbarActions) {
  return html`<div part="toolbar" class="toolbar" role="group" aria-label=${s.controls}>
    ${
      list
        ? nothing
        : // Named by their title (the symbol is hidden), so the tooltip is not read a second time as a description.
          html`<button type="button" data-action="zoom-out" title=${s.zoomOut} @click=${() => act.zoomBy(0.5)}>
              <span aria-hidden="true">−</span>
            </button>
            <button type="button" data-action="zoom-in" title=${s.zoomIn} @click=${() => act.zoomBy(2)}>
              <span aria-hidden="true">+</span>
            </button>
            <button type="button" data-action="fit" @click=${() => act.fit()}>${s.fit}</button>`
    }
    <button type="button" data-action="toggle-view" aria-pressed=${list ? 'true' : 'false'} @click=${() => act.toggleView()}>
      ${s.showList}
    </button>
    ${fresh ? html`<button type="button" part="show-new" data-action="show-new" @click=${() => act.showNew(fresh.ids)}>${fresh.label}</button>` : nothing}
    ${
      list
        ? nothing
        : html`<details class="download">
            <summary>${s.download}</summary>
            <div class="menu">
              <button type="button" data-action="download-svg" @click=${() => act.download('svg')}>SVG</button>
              <button type="button" data-action="download-png" @click=${() => act.download('png')}>PNG</button>
              ${(['story', 'social', 'newsletter', 'print'] as const).map((kind) => {
                const format = kind === 'print' ? 'svg' : 'png';
                return html`<button type="button" data-action=${`download-${kind}`} @click=${() => act.download(format, kind)}>
                  ${s.imageKinds[kind]} · ${format.toUpperCase()}
                </button>`;
              })}
            </div>
          </details>`
    }
  </div>`;
}
