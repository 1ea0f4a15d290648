// The reader's input on the drawing and the toolbar, as the first frame takes it: the key map
// decides at once whether a key is the element's (keyboard.ts), the event or cluster it was on is
// read while the input is dispatched, and the actions part (reader-actions.ts, loaded in idle time
// after the first frame) carries it out: at once once it has come, else as soon as it does, in the
// order the reader acted. Selecting an event (announced, `timeline-select`) is here, as the page's
// own `showEvent()` selects too.
import type {ReactiveControllerHost} from 'lit';
import {lazyPart} from '../shared/lazy-part.js';
import type {PartLoads} from '../shared/part-loads.js';
import {keyCommand} from './keyboard.js';
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
  };

  onClick = (event: MouseEvent): void => {
    // Where it was: the path is gone once the event has been dispatched.
    const target: Target = targetOf(event);
    if (target.id !== undefined || target.cluster !== undefined) this.#act((actions) => actions.click(this.#reader, target));
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
    this.#act((actions) => actions.keyDown(this.#reader, command, target));
  };

  /** Carries out an action now when the part has come, else once it has. The element's updates wait for it. */
  #act(action: (actions: Actions) => void): void {
    if (actionsPart.value) return action(actionsPart.value);
    const {parts} = this.#context;
    void parts.track(parts.load(actionsPart).then((actions) => actions && action(actions)));
  }
}
