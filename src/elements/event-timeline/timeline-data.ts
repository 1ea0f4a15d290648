// Where a timeline's data comes from: the `data` property, the `src` URL (one request at a
// time, with limits), or the element's own content (inline JSON or an <ol> of events).
// A Lit reactive controller: it reads, parses, logs the problems once, and asks for a redraw.
// The readers of TimelineJS3 documents and of light-DOM lists are parts of their own, loaded the
// first time such an input comes; event JSON needs nothing more than the first frame holds.
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {readInput, total, type InputFormat} from '../../adapters/input-format.js';
import {parseTimeline} from '../../model/parse-timeline.js';
import type {ParseResult, TimelineIssue} from '../../model/types.js';
import {whenIdle} from '../shared/idle.js';
import {lazyPart, type LazyPart} from '../shared/lazy-part.js';
import type {PartLoads} from '../shared/part-loads.js';
import {LoadError, loadJson, SheetText} from './load-source.js';

const timelineJsPart = lazyPart('TimelineJS3 reader', () => import('../../adapters/timelinejs.js'));
const lightDomListPart = lazyPart('list reader', () => import('../../adapters/light-dom-list.js'));
const spreadsheetPart = lazyPart('spreadsheet reader', () => import('../../adapters/spreadsheet.js'));
/**
 * @internal The advice on problems: teach.ts for event JSON, and in the terms of a TimelineJS3
 * document or a light-DOM list (teach-formats.ts, which holds both). The server renderer loads it
 * before rendering (server.ts).
 */
export const teachPart = lazyPart('advice on problems', () => import('../../adapters/teach-formats.js'));
type Advice = (module: NonNullable<typeof teachPart.value>) => TimelineIssue[];

/** What the controller reads from its element. */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  src?: string;
  format: InputFormat;
  timeout: number;
  maxBytes: number;
  readonly hasUpdated: boolean;
}

export class TimelineData implements ReactiveController {
  result?: ParseResult;
  loadError?: LoadError;
  #fetching = false;
  #waitingForPart = false;
  #request?: AbortController;
  /** The `src` whose document `result` holds (or whose request failed): a reconnection reloads any other. */
  #loadedSrc?: string;
  #inlineKey?: string;
  #observer?: MutationObserver;
  /** Counts reads: a reader part that arrives after a newer read has begun is not used. */
  #reads = 0;
  /** The read under way is a live refresh: a version with no valid event keeps the story drawn. */
  #keepStory = false;

  readonly #host: DataHost;
  readonly #parts: PartLoads;

  constructor(host: DataHost, parts: PartLoads) {
    this.#host = host;
    this.#parts = parts;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new MutationObserver(() => this.readInline());
    this.#observer.observe(this.#host, {childList: true, subtree: true, characterData: true});
    this.readInline();
    // On the first connection the first update loads `src`; loading here too would send the
    // request twice. Later connections (after a move, or a removal that aborted it) load here.
    const {src, data} = this.#host;
    if (this.#host.hasUpdated && src && data === undefined && src !== this.#loadedSrc && !this.#fetching) this.load();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    // An aborted request has loaded nothing: reconnecting loads it again.
    if (this.#request) this.#loadedSrc = undefined;
    this.#request?.abort();
    this.#request = undefined;
    this.#fetching = false;
  }

  /** Is a request or a reader part under way? */
  get loading(): boolean {
    return this.#fetching || this.#waitingForPart;
  }

  /** Reads again from wherever the data comes from (the error state's retry button). */
  retry(): void {
    const {data, src} = this.#host;
    if (data !== undefined) this.#read(data, true);
    else if (src) void this.load();
    else {
      this.#inlineKey = undefined;
      this.readInline();
    }
  }

  /** Called from the element's willUpdate with the properties that changed. */
  sync(changed: Map<PropertyKey, unknown>): void {
    const {data, src} = this.#host;
    if ((changed.has('data') || changed.has('format')) && data !== undefined) {
      // `data` wins over `src`: a request still under way must not overwrite it when it lands.
      this.#request?.abort();
      this.#read(data, true);
    } else if (
      (changed.has('format') && changed.get('format') !== undefined) ||
      (changed.has('data') && changed.get('data') !== undefined)
    ) {
      // A new format, or `data` taken away: read again from `src` or the element's content.
      this.#inlineKey = undefined;
      this.result = undefined;
      if (src) this.load();
      else this.readInline();
    } else if (changed.has('src') && this.#host.isConnected && data === undefined) this.load();
  }

  /** `timeout` and `max-bytes` as given, or their defaults when the page wrote no positive number (`max-bytes="20MB"` must not lift the limit). */
  get limits(): {timeout: number; maxBytes: number; format: string} {
    const positive = (value: number, fallback: number) => (Number.isFinite(value) && value > 0 ? value : fallback);
    return {timeout: positive(this.#host.timeout, 15_000), maxBytes: positive(this.#host.maxBytes, 20_000_000), format: this.#host.format};
  }

  /**
   * Data written into the page: a child `<script type="application/json">`, else a child
   * `<ol>`/`<ul>` of events (which reads as a plain list where scripts do not run).
   */
  readInline(): void {
    const host = this.#host;
    const script = host.querySelector(':scope > script[type="application/json"]');
    const list = script ? null : host.querySelector(':scope > ol, :scope > ul');
    const key = script ? (script.textContent ?? '') : list ? `list:${list.outerHTML}` : undefined;
    if (key === this.#inlineKey) return;
    this.#inlineKey = key;
    if (host.data !== undefined || host.src || key === undefined) return;
    if (script) return this.#read(key, true, key);
    const reads = ++this.#reads;
    this.#withPart(lightDomListPart, reads, ({readListTimeline}) => {
      const read = readListTimeline(host);
      if (read) this.#accept(read.result, read.advise);
    });
  }

  async load(): Promise<void> {
    this.#request?.abort();
    const src = this.#host.src;
    if (!src) return;
    const request = (this.#request = new AbortController());
    const reads = ++this.#reads;
    this.#loadedSrc = src;
    this.#fetching = true;
    this.loadError = undefined;
    this.#host.requestUpdate();
    let value: unknown;
    try {
      value = await loadJson(new URL(src, document.baseURI).href, {signal: request.signal, ...this.limits});
    } catch (error) {
      if (request.signal.aborted) return;
      this.loadError = error instanceof LoadError ? error : new LoadError('network', String(error));
      this.result = undefined;
      console.error(`<event-timeline>: ${this.loadError.message}`);
      return;
    } finally {
      if (this.#request === request) {
        this.#fetching = false;
        this.#request = undefined;
        this.#host.requestUpdate();
      }
    }
    // Read outside the request's try: nothing in the data can be taken for a network error. A parsed
    // value: a body that is a JSON string is a document encoded twice, not JSON text to read again.
    if (!request.signal.aborted && this.#host.data === undefined) this.#read(value, false, undefined, reads);
  }

  /**
   * Reads event JSON at once; TimelineJS3 once its reader has arrived. `text`: the input is JSON
   * text when it is a string (`data`, inline JSON), else a parsed value (a `src` body); `inline`,
   * the text of an inline script, whose problems may come from the page's HTML parser.
   */
  #read(input: unknown, text: boolean, inline?: string, reads = ++this.#reads): void {
    // A spreadsheet: a `src` body that is one, or text given as `data` with format="csv" or "tsv".
    if (input instanceof SheetText || (typeof input === 'string' && /sv/.test(this.#host.format))) {
      return this.#withPart(spreadsheetPart, reads, ({parseSpreadsheet}) => this.#accept(total(() => parseSpreadsheet(String(input)))));
    }
    // The src body is already within max-bytes; `data` and inline JSON have the document limits.
    const reading = readInput(input, this.#host.format, text);
    if ('failed' in reading) return this.#accept(withCause(reading.failed, inline));
    const {value, timelinejs} = reading;
    if (!timelinejs) {
      const result = withCause(
        total(() => parseTimeline(value)),
        inline,
      );
      return this.#accept(result, (module) => module.teach(result.issues, value));
    }
    this.#withPart(timelineJsPart, reads, ({readTimelineJs}) => {
      const {result, advise} = readTimelineJs(value);
      this.#accept(result, advise);
    });
  }

  /**
   * Runs `use` with a reader part, at once when it is loaded, else once it arrives (still
   * "loading" meanwhile) unless a newer read has begun by then. A part that cannot be loaded is an
   * error of its own, with a retry.
   */
  #withPart<T>(part: LazyPart<T>, reads: number, use: (module: T) => void): void {
    if (part.value) return use(part.value);
    this.#waitingForPart = true;
    this.loadError = undefined;
    this.#host.requestUpdate();
    void this.#parts.load(part).then((module) => {
      if (reads !== this.#reads) return;
      this.#waitingForPart = false;
      if (module) use(module);
      else {
        this.result = undefined;
        this.loadError = new LoadError('part', `could not load the ${part.name}`);
        this.#host.requestUpdate();
      }
    });
  }

  /**
   * A new version of the `src` document from a live refresh (live-updates.ts), read as the first
   * was; one that holds no valid event leaves the story on screen, its problems logged.
   */
  refreshed(value: unknown): void {
    if (this.#host.data !== undefined) return;
    this.#keepStory = true;
    this.#read(value, false);
  }

  /**
   * Takes a read's result. With `advise` (a story with problems), each problem is said with how to
   * fix it (teach.ts for event JSON, teach-formats.ts for TimelineJS3 and lists: a part loaded for
   * stories with problems): the story and its problems are shown at once, and said (logged) once
   * the advice has come, or without it when it cannot load. The taught result keeps the same
   * timeline, so it is no new version of the story.
   */
  #accept(result: ParseResult, advise?: Advice): void {
    if (advise && result.issues.length) {
      const {issues} = result;
      const taught = (module?: typeof teachPart.value) => ({
        ...result,
        issues: module ? total(() => ({issues: advise(module)})).issues : issues,
      });
      if (!teachPart.value) {
        const reads = this.#reads;
        this.#take(result, false);
        // Unless a newer read came, or this one was not taken (a live version with no event keeps the story drawn).
        // Asked for in idle time: starting the import inside the first frame cost it about 1 ms.
        whenIdle(
          () => void teachPart.load().then((module) => reads === this.#reads && this.result === result && this.#accept(taught(module))),
          2000,
        );
        return;
      }
      result = taught(teachPart.value);
    }
    this.#take(result, true);
  }

  #take(result: ParseResult, log: boolean): void {
    const keep = this.#keepStory && !result.timeline && this.result?.timeline !== undefined;
    this.#keepStory = false;
    if (keep) {
      console.error(
        `<event-timeline>: an update of the story was not drawn: ${result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`,
      );
      return;
    }
    this.result = result;
    this.loadError = undefined;
    this.#host.requestUpdate();
    if (!result.issues.length || !log) return;
    const lines = result.issues.map((issue) => `  ${issue.severity}: ${issue.path}: ${issue.message}`).join('\n');
    (result.issues.some((issue) => issue.severity === 'error') ? console.error : console.warn)(
      `<event-timeline>: the data has problems:\n${lines}`,
    );
  }
}

/**
 * An inline script whose JSON stops early, or runs on into the page, was most likely cut by the
 * page's HTML parser: it ends a script at the first "</script", and after "<!--<script" reads on
 * past the script's own end tag. Then the error names that cause and its cure.
 */
function withCause(result: ParseResult, text: string | undefined): ParseResult {
  if (text === undefined) return result;
  if (!result.issues[0]?.message.startsWith('is not valid JSON') || (/[}\]]\s*$/.test(text) && !/<!--|<\/?script/i.test(text)))
    return result;
  const cause: TimelineIssue = {
    path: '(root)',
    message: 'the inline <script> ends early or runs on: write every "<" in it as "\\u003c"',
    severity: 'error',
  };
  return {...result, issues: [cause, ...result.issues]};
}
