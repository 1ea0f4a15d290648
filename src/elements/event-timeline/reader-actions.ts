// The reader's actions that zoom or export: the zoom keys, opening a cluster (a click, or Enter on
// it), "Show 2 new" and the download menu. A part of its own, loaded in idle time after the first
// frame with the gestures they need; an input that comes before it waits for it (reader-input.ts).
// Moving between events and selecting one stay in the first frame: they need no part, and work
// offline.
import {css, html} from 'lit';
import {withEnglish, type LoadedStrings} from '../../i18n/strings.js';
import {EN_DOWNLOAD} from '../../i18n/locales/en-download.js';
import type {PartLoads} from '../shared/part-loads.js';
import {exportPart} from './export-part.js';
import type {TimelineImageOptions} from './export-svg.js';
import type {KeyCommand} from './keyboard.js';
import type {ImageKind, ToolbarActions} from './render-toolbar.js';
import type {Selection} from './selection.js';
import type {TimelineView} from './timeline-view.js';
import type {Viewport} from './viewport.js';

// A day in ms (model/units.ts's DAY), written here: importing it from the first frame's file would
// make the bundler split that module into a file of its own (as i18n/deep-time.ts found).
const DAY = 86_400_000;

/** The download menu's panel (menu below), adopted when this part comes (render-views.ts). */
export const styles = css`
  .download .menu {
    position: absolute;
    z-index: 3;
    inset-inline-end: 0;
    margin-top: 4px;
    display: flex;
    flex-direction: column;
    white-space: nowrap;
    gap: 4px;
    padding: 6px;
    background: var(--_card-bg);
    border: 1px solid var(--_grid);
    border-radius: 6px;
    box-shadow: var(--_card-shadow);
  }
`;

/** The download menu's panel: what is on screen as SVG or PNG, or the whole story at a preset's size. */
export function menu(strings: LoadedStrings, act: Pick<ToolbarActions, 'download'>) {
  const {imageKinds} = withEnglish(strings, EN_DOWNLOAD);
  return html`<div class="menu">
    <button type="button" data-action="download-svg" @click=${() => act.download('svg')}>SVG</button>
    <button type="button" data-action="download-png" @click=${() => act.download('png')}>PNG</button>
    ${(['story', 'social', 'newsletter', 'print'] as const).map((kind) => {
      const format = kind === 'print' ? 'svg' : 'png';
      return html`<button type="button" data-action=${`download-${kind}`} @click=${() => act.download(format, kind)}>
        ${imageKinds[kind]} · ${format.toUpperCase()}
      </button>`;
    })}
  </div>`;
}

/** What the actions reach of their element (its private controllers, behind one object). */
export interface ReaderContext {
  readonly host: HTMLElement & {
    readonly selected?: string;
    readonly renderRoot: HTMLElement | DocumentFragment;
    focusEvent(id: string): Promise<void>;
    zoomTo(start: number, end: number): void;
    fit(): void;
    requestUpdate(): void;
    toSVG(options?: TimelineImageOptions): Promise<string>;
  };
  readonly viewport: Viewport;
  readonly selection: Selection;
  readonly parts: PartLoads;
  /** The view model drawn, if any. */
  model(): TimelineView | undefined;
  /** The element's accessible name, which an image it saves takes as its title. */
  title(): string;
  /** Selects an event as the reader does: announced, and `timeline-select` fired. */
  select(id: string): void;
}

/** What a key or a click was on: an event's id, or a cluster's key (selection.ts's targetOf). */
export interface Target {
  id?: string;
  cluster?: number;
}

/** A zoom key (+, −, 0) around the event it was pressed on; once it settles, the focused event is kept in view. */
export function zoomKey({model, viewport, selection, host}: ReaderContext, command: KeyCommand, {id}: Target): void {
  const view = viewport.shown;
  if (!model() || !view) return;
  if (command.type === 'fit') return host.fit();
  if (command.type !== 'zoom') return;
  const current = selection.focusId ?? id;
  const placed = view.events.find((candidate) => candidate.id === current);
  viewport.zoomByKey(command.factor, placed ? [placed.x, placed.y] : undefined);
}

/** A cluster zooms in on its events; events at one instant, which never part, give the focus to the first of them. */
export function expandCluster(context: ReaderContext, key: number): void {
  const {viewport, selection, host} = context;
  const model = context.model();
  const k = viewport.transform.k;
  const cluster = model?.packFor(k, [host.selected, selection.focusId]).clusters.find((candidate) => candidate.key === key);
  if (!model || !cluster) return;
  // (A focused event always gets a place, and arrow keys go through the rest.)
  if (cluster.start === cluster.end || k >= model.maxK) return void host.focusEvent(model.timeline.events[cluster.members[0]].id);
  // A tenth of the members' span on each side, so that they part (a day either side was too
  // little for events hours apart, most of all at the drawing's edge).
  const pad = (cluster.end - cluster.start) * 0.1;
  host.zoomTo(cluster.start - pad, cluster.end + pad);
}

/** "Show 2 new": zooms to the events given (new ones out of view) and focuses the earliest. */
export function showNew({model, host}: ReaderContext, ids: string[]): void {
  const byId = model()?.byId;
  if (!byId) return;
  const events = ids.map((id) => byId.get(id)!).sort((a, b) => a.start - b.start);
  const [start, end] = [events[0].start, Math.max(...events.map((event) => event.end))];
  const pad = Math.max(DAY, (end - start) * 0.1);
  host.zoomTo(start - pad, end + pad);
  void host.focusEvent(events[0].id);
}

/**
 * The download menu: an image to publish, with its title, legend and credit line: what is on
 * screen, or the whole story at a preset's size (a social card's pixels are its size; a
 * newsletter's are twice its 600 px).
 */
export async function download({host, parts, title}: ReaderContext, format: 'svg' | 'png', kind?: ImageKind): Promise<void> {
  const preset = kind === 'story' ? undefined : kind;
  const [exporter, svg] = await Promise.all([parts.load(exportPart), host.toSVG(kind ? {extent: 'story', preset} : {extent: 'view'})]);
  if (exporter && svg) await exporter.saveImage(svg, format, title(), kind === 'social' ? 1 : 2);
  host.renderRoot.querySelector('details.download')?.removeAttribute('open');
}
