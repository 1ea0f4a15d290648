// The HTML around the picture that the first frame draws: the legend, the error state and the
// note that a part could not be loaded; and the context the detail card and the list view (the
// reading part, render-reading.ts) are drawn in. All data goes in as text (Lit escapes it).
import {html, nothing} from 'lit';
import {styleMap} from '../shared/style-map.js'; // never a style attribute: strict CSPs block those
import type {Category, Timeline, TimelineEvent, TimelineIssue} from '../../model/types.js';
import type {EventTexts} from '../../i18n/describe.js';
import type {LoadedStrings} from '../../i18n/strings.js';
import type {TimelineView} from './timeline-view.js';

export interface PanelContext {
  timeline: Timeline;
  lang: string;
  strings: LoadedStrings;
  textsOf: (event: TimelineEvent) => EventTexts;
  /** The view model drawn: the detail card and the list word an event's links from it (event-links.ts). */
  model: TimelineView;
  idPrefix: string;
  /** The data's writing direction, when the data names its language: set with its `lang` on data text. */
  dataDir?: 'ltr' | 'rtl';
  /** The timeline's `theme`, handed to the quote cards in its detail card. */
  theme?: 'light' | 'dark';
}

export function renderLegend(categories: readonly Category[], colorOf: (category: string) => string, label: string, now: string) {
  return html`<ul part="legend" class="legend" aria-label=${label}>
    ${categories.map((category) => html`<li><span class="swatch" style=${styleMap({'--_c': colorOf(category.id)})}></span>${category.label}</li>`)}
    <li class="legend-now">
      <svg width="14" height="14" aria-hidden="true"><line x1="7" y1="0" x2="7" y2="14"></line></svg>${now}
    </li>
  </ul>`;
}

export function renderIssues(strings: LoadedStrings, issues: readonly TimelineIssue[], more: string | undefined, retry?: () => void) {
  return html`<div part="error" class="error" role="alert">
    <strong>${strings.errorHeading}</strong>
    <ul>
      ${issues.map((issue) => html`<li><code>${issue.path}</code>: ${issue.message}</li>`)} ${more ? html`<li>${more}</li>` : nothing}
    </ul>
    ${retry ? html`<button type="button" class="retry" @click=${retry}>${strings.retry}</button>` : nothing}
  </div>`;
}

/** Some part could not be loaded (offline, a blocked file): what is drawn stays, and the reader may try again. */
export function renderPartNotice(strings: LoadedStrings, retry: () => void) {
  return html`<p part="notice" class="notice" role="status">
    ${strings.errorPart} <button type="button" class="retry" @click=${retry}>${strings.retry}</button>
  </p>`;
}
