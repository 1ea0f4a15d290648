// The reader's actions: what a key, a click on the drawing, "Show 2 new" and the download menu do.
// A part of its own (loaded in idle time after the first frame, with the gestures): the first frame
// only draws. The element decides at once whether a key is its own (keyboard.ts, so that the page
// does not scroll) and hands the command here; an input that comes before this part waits for it.
import type {ViewEvent} from '../../layout/view.js';
import type {PartLoads} from '../shared/part-loads.js';
import {exportPart} from './export-part.js';
import type {TimelineImageOptions} from './export-svg.js';
import type {KeyCommand} from './keyboard.js';
import type {ImageKind} from './render-toolbar.js';
import type {Selection} from './selection.js';
import type {TimelineView} from './timeline-view.js';
import type {Viewport} from './viewport.js';

// A day in ms (model/units.ts's DAY), written here: importing it from the first frame's file would
// make the bundler split that module into a file of its own (as i18n/deep-time.ts found).
const DAY = 86_400_000;

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

/** A click on the drawing: an event is selected, a cluster opens. */
export function click(context: ReaderContext, target: Target): void {
  if (target.id) context.select(target.id);
  else if (target.cluster !== undefined) expandCluster(context, target.cluster);
}

/** Carries out a key's command (keyboard.ts) on the event or cluster it was pressed on. */
export function keyDown(context: ReaderContext, command: KeyCommand, {id, cluster}: Target): void {
  const {selection, viewport, host} = context;
  const model = context.model();
  const view = viewport.shown;
  if (!model || !view) return;
  // The event the keys have moved to, before the browser's focus has followed (it does after the
  // element's next update): keys pressed quickly, or while this part was loading, go on from there.
  const current = selection.focusId ?? id;
  const index = (current !== undefined && model.indexOf.get(current)) || 0;
  const last = model.timeline.events.length - 1;
  if (command.type === 'move') {
    const next = command.to === 'first' ? 0 : command.to === 'last' ? last : index + command.by;
    void host.focusEvent(model.timeline.events[Math.max(0, Math.min(last, next))].id);
  } else if (command.type === 'lane') {
    const next = laneNeighbour(view.events, index, command.by);
    if (next) void host.focusEvent(next);
  } else if (command.type === 'select') {
    if (cluster !== undefined) expandCluster(context, cluster);
    else if (current) context.select(current);
  } else if (command.type === 'close') {
    selection.detailId = undefined;
    host.requestUpdate();
  } else if (command.type === 'zoom') {
    const placed = view.events.find((candidate) => candidate.id === current);
    viewport.zoomByKey(command.factor, placed ? [placed.x, placed.y] : undefined);
  } else host.fit();
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

/**
 * Up/Down in the horizontal layout: the event nearest in time among the labels in the next row up
 * (`by` 1) or down (-1) from the event at `index` (labels stack at any height, so a row is the
 * nearest label level that way, give or take 20 px). Undefined when there is none that way.
 */
export function laneNeighbour(events: readonly ViewEvent[], index: number, by: number): string | undefined {
  const here = events.find((event) => event.index === index);
  if (!here) return undefined;
  const way = events.filter((event) => (by > 0 ? event.titleY < here.titleY - 4 : event.titleY > here.titleY + 4));
  if (!way.length) return undefined;
  const row = way.reduce((best, event) =>
    Math.abs(event.titleY - here.titleY) < Math.abs(best.titleY - here.titleY) ? event : best,
  ).titleY;
  const candidates = way.filter((event) => Math.abs(event.titleY - row) <= 20);
  return candidates.reduce((best, event) => (Math.abs(event.x - here.x) < Math.abs(best.x - here.x) ? event : best)).id;
}
