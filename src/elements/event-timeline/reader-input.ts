// The reader's input on the drawing and the toolbar. The key map decides at once whether a key is
// the element's (keyboard.ts); moving between events and selecting one (announced,
// `timeline-select`; the page's own `showEvent()` selects too) happen here, at once, offline too.
// What zooms or exports (zoom keys, opening a cluster, "Show 2 new", downloads) is carried out by
// the actions part (reader-actions.ts, loaded in idle time after the first frame): at once once it
// has come, else as soon as it does, in order (a move meanwhile needs no wait: a zoom key zooms
// around the focused event, and keeps it in view, wherever the keys have taken it).
import {nothing, type ReactiveControllerHost} from 'lit';
import {lazyPart} from '../shared/lazy-part.js';
import type {PartLoads} from '../shared/part-loads.js';
import {keyCommand, laneNeighbour, type KeyCommand} from './keyboard.js';
import type {TimelineSelectDetail} from './event-timeline.js';
import type {ReaderContext, Target} from './reader-actions.js';
import type {ImageKind, ToolbarActions} from './render-toolbar.js';
import {targetOf} from './selection.js';

export const actionsPart = lazyPart("reader's actions", () => import('./reader-actions.js'));

type Actions = typeof import('./reader-actions.js');

/** What the input reads of its element, besides the actions' context. */
export interface InputContext extends Omit<ReaderContext, 'select' | 'host'> {
  readonly host: ReaderContext['host'] & ReactiveControllerHost & {view: 'chart' | 'list'};
  readonly parts: PartLoads;
  /** The drawing's direction (the arrow keys follow it). */
  rtl(): boolean;
  /** Says a selection to screen readers. */
  announce(id: string): void;
}

export class ReaderInput {
  readonly #context: InputContext;
  readonly #reader: ReaderContext;

  constructor(context: InputContext) {
    this.#context = context;
    this.#reader = {...context, select: (id) => this.select(id)};
  }

  /** Selects an event as the reader does: it takes the focus and its card, is announced, and `timeline-select` fires. */
  select(id: string): void {
    const {host, selection, model} = this.#context;
    if (!model()?.byId.has(id)) return;
    selection.select(id);
    this.#context.announce(id);
    host.dispatchEvent(new CustomEvent<TimelineSelectDetail>('timeline-select', {detail: {id}, bubbles: true, composed: true}));
  }

  /** The toolbar's buttons. */
  readonly toolbar: ToolbarActions = {
    zoomBy: (factor: number) => this.#context.viewport.zoomBy(factor),
    fit: () => this.#context.host.fit(),
    toggleView: () => {
      const host = this.#context.host;
      host.view = host.view === 'list' ? 'chart' : 'list';
    },
    showNew: (ids: string[]) => this.#act((actions) => actions.showNew(this.#reader, ids)),
    download: (format: 'svg' | 'png', kind?: ImageKind) => this.#act((actions) => void actions.download(this.#reader, format, kind)),
    menu: (s) => actionsPart.value?.menu(s, this.toolbar) ?? nothing,
    menuOpened: () => void this.#context.parts.get(actionsPart),
  };

  onClick = (event: MouseEvent): void => {
    // Where it was: the path is gone once the event has been dispatched.
    const {id, cluster} = targetOf(event);
    if (id !== undefined) this.select(id);
    else if (cluster !== undefined) this.#act((actions) => actions.expandCluster(this.#reader, cluster));
  };

  onKeyDown = (event: KeyboardEvent): void => {
    const {model, viewport, selection} = this.#context;
    const drawn = model();
    if (!drawn || !viewport.shown) return;
    const command = keyCommand(event, {vertical: drawn.vertical, rtl: this.#context.rtl()});
    // Escape with no card open is not ours: a dialog around the timeline may want it.
    if (!command || (command.type === 'close' && selection.detailId === undefined)) return;
    event.preventDefault();
    const target: Target = targetOf(event);
    if (command.type === 'zoom' || command.type === 'fit') this.#act((actions) => actions.zoomKey(this.#reader, command, target));
    else if (command.type === 'select' && target.cluster !== undefined) {
      const cluster = target.cluster;
      this.#act((actions) => actions.expandCluster(this.#reader, cluster));
    } else this.#key(command, target);
  };

  /** Moving between events, selecting one, closing its card: no part needed. */
  #key(command: KeyCommand, {id}: Target): void {
    const {model, viewport, selection, host} = this.#context;
    const drawn = model();
    const view = viewport.shown;
    if (!drawn || !view) return;
    // The event the keys have moved to, before the browser's focus has followed (it does after the
    // element's next update): keys pressed quickly go on from there.
    const current = selection.focusId ?? id;
    const index = current === undefined ? 0 : Math.max(0, drawn.indexOf(current));
    const events = drawn.timeline.events;
    const last = events.length - 1;
    if (command.type === 'move') {
      const next = command.to === 'first' ? 0 : command.to === 'last' ? last : index + command.by;
      void host.focusEvent(events[Math.max(0, Math.min(last, next))].id);
    } else if (command.type === 'lane') {
      const next = laneNeighbour(view.events, index, command.by);
      if (next) void host.focusEvent(next);
    } else if (command.type === 'select') {
      if (current) this.select(current);
    } else if (command.type === 'close') {
      selection.detailId = undefined;
      host.requestUpdate();
    }
  }

  /** Carries out an action now when the part has come, else once it has (in order). The element's updates wait for it. */
  #act(action: (actions: Actions) => void): void {
    if (actionsPart.value) return action(actionsPart.value);
    const {parts} = this.#context;
    void parts.track(parts.load(actionsPart).then((actions) => actions && action(actions)));
  }
}
