// The toolbar above the picture: zoom out, zoom in, fit, the list view's switch, "Show 2 new"
// after a live update, and the download menu (its panel drawn by the reader's actions part,
// reader-actions.ts). The picture's buttons are left out in the list view.
import {html, nothing, type TemplateResult} from 'lit';
import type {LoadedStrings} from '../../i18n/strings.js';

/** An image to publish: the whole story, or a preset's size (social card, newsletter column, A4 print). */
export type ImageKind = 'story' | 'social' | 'newsletter' | 'print';

export interface ToolbarActions {
  zoomBy(factor: number): void;
  fit(): void;
  toggleView(): void;
  showNew(ids: string[]): void;
  /** Without `kind`, what is on screen; with it, the whole story at that kind's size. */
  download(format: 'svg' | 'png', kind?: ImageKind): void;
  /** The download menu's panel, once the part that draws it has come. */
  menu(s: LoadedStrings): TemplateResult | typeof nothing;
  /** The download menu was opened or closed: its part is asked for when missing. */
  menuOpened(): void;
}

/** `fresh`: the events new or changed in a live update that lie out of view, and the button's words. */
export function renderToolbar(s: LoadedStrings, list: boolean, fresh: {label: string; ids: string[]} | undefined, act: ToolbarActions) {
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
        : // The menu's buttons come with the reader's actions part (reader-actions.ts), in idle time
          // after the first frame; opening the menu before asks for it at once.
          html`<details class="download" @toggle=${() => act.menuOpened()}>
            <summary>${s.download}</summary>
            ${act.menu(s)}
          </details>`
    }
  </div>`;
}
