// The two views of a story the element draws: the picture (the drawing, its detail card and the
// legend) and the list (a part of its own, render-list.ts, drawn in the list view and kept for
// screen readers in the picture view). Templates only: the element derives what they show.
import {html, nothing} from 'lit';
import type {ViewLayout} from '../../layout/view.js';
import {formatEdtf} from '../../i18n/format-date.js';
import {isRtl, type LoadedStrings} from '../../i18n/strings.js';
import {adoptStyles} from '../shared/adopt-styles.js';
import type {PartLoads} from '../shared/part-loads.js';
import {detailPart, listPart} from './idle-parts.js';
import {actionsPart} from './reader-input.js';
import {renderChart} from './render-chart.js';
import {renderLegend, type PanelContext} from './render-panels.js';
import {defaultFocus, type Selection} from './selection.js';
import {thumbnailsPart} from './view-settings.js';
import type {TimelineView} from './timeline-view.js';

/** Above this many events the list is built only when the reader asks for it. */
const HIDDEN_LIST_LIMIT = 300;

/** What the views draw from. */
export interface ViewsContext {
  model: TimelineView;
  /** What the zoom shows. */
  shown: ViewLayout;
  locale: {lang: string; rtl: boolean; strings: LoadedStrings};
  /** The reader's place and the drawing's pointer and focus handlers (selection.ts). */
  selection: Pick<
    Selection,
    'focusId' | 'detailId' | 'hoverId' | 'onPointerOver' | 'onPointerLeave' | 'onFocusIn' | 'closeDetail' | 'onCardKey'
  >;
  /** The drawing's click and key handlers (reader-input.ts). */
  input: {onClick(event: MouseEvent): void; onKeyDown(event: KeyboardEvent): void};
  /** The element's own settings. */
  element: {idPrefix: string; selected?: string; highlighted: readonly string[]; theme?: string; view: 'chart' | 'list'};
  title: string;
  descriptionId: string;
  /** New or changed in a live update. */
  marked(id: string): boolean;
}

/** The list is drawn in the list view, and kept for screen readers in the picture view up to HIDDEN_LIST_LIMIT events. */
export function listWanted(model: TimelineView, listView: boolean): boolean {
  return listView || model.timeline.events.length <= HIDDEN_LIST_LIMIT;
}

export function renderPicture(c: ViewsContext) {
  const {model, shown: view, selection} = c;
  const {lang, strings} = c.locale;
  const {geometry, timeline} = model;
  const {selected, highlighted, idPrefix} = c.element;
  const detailEvent = selection.detailId ? model.byId.get(selection.detailId) : undefined;
  // focusin listens on the wrapper: Chromium makes an <svg> with a focus listener a Tab stop of its own.
  return html`<div
      part="chart"
      class="chart"
      ?hidden=${c.element.view === 'list'}
      @pointerover=${selection.onPointerOver}
      @pointerleave=${selection.onPointerLeave}
      @focusin=${selection.onFocusIn}
    >
      <svg
        width=${geometry.width}
        height=${geometry.height}
        viewBox="0 0 ${geometry.width} ${geometry.height}"
        role="group"
        aria-label=${c.title}
        aria-describedby=${c.descriptionId}
        @click=${c.input.onClick}
        @keydown=${c.input.onKeyDown}
      >
        ${renderChart({
          view,
          vertical: model.vertical,
          rtl: c.locale.rtl,
          events: timeline.events,
          links: timeline.links,
          linkLabel: (index) => model.drawnLinkLabelOf(index),
          colorOf: (event) => model.colorOf(event.category),
          linkColor: (link) => model.colorOf(model.byId.get(link.from)?.category),
          nameOf: (index) => model.nameOf(timeline.events[index]),
          clusterName: (cluster) => model.clusterNameOf(cluster.count),
          nowLabel: strings.now,
          eventsLabel: strings.events,
          anchor: timeline.anchor,
          selected,
          focusId: selection.focusId ?? defaultFocus(view, timeline.anchor),
          highlighted: new Set(highlighted),
          fresh: c.marked,
          nowTime: timeline.nowTime,
          idPrefix,
          dataLang: timeline.lang,
          dataRtl: timeline.lang ? isRtl(timeline.lang) : undefined,
          lang,
          activeId: selection.hoverId ?? selected ?? timeline.anchor,
        })}${model.settings.thumbnails && thumbnailsPart.value!.renderThumbnails(view, timeline.events, c.locale.rtl)}
      </svg>
      ${
        detailEvent && detailPart.value
          ? detailPart.value.renderDetail(
              panelContext(c),
              detailEvent,
              model.cardPosition(detailEvent.id, view),
              selection.closeDetail,
              selection.onCardKey,
            )
          : nothing
      }
    </div>
    ${renderLegend(timeline.categories, (id) => model.colorOf(id), strings.legend, `${strings.now}: ${formatEdtf(timeline.now, lang)}`)}`;
}

/** The list's first `shown` events; `onMore` shows more. */
export function renderListView(c: ViewsContext, shown: number, onMore: () => void) {
  const {model} = c;
  const {selected, theme} = c.element;
  const listView = c.element.view === 'list';
  const {events} = model.timeline;
  const part = listPart.value;
  if (!part || !listWanted(model, listView)) return nothing;
  // Drawn again only when what it shows changes: not on every frame of a zoom or a hover.
  return part.guard([part, model, selected, listView, shown, theme], () => {
    const drawn = events.slice(0, shown);
    return part.renderList(panelContext(c), drawn, {hidden: !listView, selected, more: events.length - drawn.length, onMore});
  });
}

function panelContext({model, locale: {lang, strings}, element: {idPrefix, theme}}: ViewsContext): PanelContext {
  const dataLang = model.timeline.lang;
  const {textsOf, timeline} = model;
  return {
    timeline,
    lang,
    strings,
    textsOf,
    model,
    idPrefix,
    dataDir: dataLang ? (isRtl(dataLang) ? 'rtl' : 'ltr') : undefined,
    theme: theme === 'light' || theme === 'dark' ? theme : undefined,
  };
}

/**
 * The detail card, the list, the thumbnails and the download menu's panel (the actions part) come
 * with styles of their own, adopted before they first draw (in `willUpdate`). The list view asks for its part at once; the copy kept for screen readers waits
 * for the idle time after the first frame (idle-parts.ts), so that it never competes with the picture.
 */
export function adoptPartStyles(
  root: ShadowRoot,
  parts: PartLoads,
  {detail, list, listView, thumbnails}: {detail: boolean; list: boolean; listView: boolean; thumbnails: boolean},
) {
  const detailCard = detail ? parts.get(detailPart) : undefined;
  if (detailCard) adoptStyles(root, detailCard.styles);
  const listModule = list ? (listView ? parts.get(listPart) : listPart.value) : undefined;
  if (listModule) adoptStyles(root, listModule.styles);
  if (thumbnails && thumbnailsPart.value) adoptStyles(root, thumbnailsPart.value.styles);
  if (actionsPart.value) adoptStyles(root, actionsPart.value.styles);
}
