// Where a timeline's data comes from: the `data` property, the `src` URL (one request at a
// time, with limits), or the element's own content (inline JSON or an <ol> of events).
// A Lit reactive controller: it reads, parses, logs the problems once, and asks for a redraw.
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {parseInput, parseValue, type InputFormat} from '../../adapters/read-input.js';
import {readLightDomList} from '../../adapters/light-dom-list.js';
import {thrownMessage} from '../../model/issue-log.js';
import {parseTimeline} from '../../model/parse-timeline.js';
import type {ParseResult, TimelineIssue} from '../../model/types.js';
import {LoadError, loadJson} from './load-source.js';

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
  loading = false;
  private request?: AbortController;
  /** The `src` whose document `result` holds (or whose request failed): a reconnection reloads any other. */
  private loadedSrc?: string;
  private inlineKey?: string;
  private observer?: MutationObserver;

  constructor(private readonly host: DataHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.readInline());
    this.observer.observe(this.host, {childList: true, subtree: true, characterData: true});
    this.readInline();
    // On the first connection the first update loads `src`; loading here too would send the
    // request twice. Later connections (after a move, or a removal that aborted it) load here.
    const {src, data} = this.host;
    if (this.host.hasUpdated && src && data === undefined && src !== this.loadedSrc && !this.loading) this.load();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    // An aborted request has loaded nothing: reconnecting loads it again.
    if (this.request) this.loadedSrc = undefined;
    this.request?.abort();
    this.request = undefined;
    this.loading = false;
  }

  /** Called from the element's willUpdate with the properties that changed. */
  sync(changed: Map<PropertyKey, unknown>): void {
    const {data, src} = this.host;
    if ((changed.has('data') || changed.has('format')) && data !== undefined) {
      // `data` wins over `src`: a request still under way must not overwrite it when it lands.
      this.request?.abort();
      this.accept(parseInput(data, this.host.format));
    } else if ((changed.has('format') && changed.get('format') !== undefined) || (changed.has('data') && changed.get('data') !== undefined)) {
      // A new format, or `data` taken away: read again from `src` or the element's content.
      this.inlineKey = undefined;
      this.result = undefined;
      if (src) this.load();
      else this.readInline();
    } else if (changed.has('src') && this.host.isConnected && data === undefined) this.load();
  }

  /** `timeout` and `max-bytes` as given, or their defaults when the page wrote no positive number (`max-bytes="20MB"` must not lift the limit). */
  get limits(): {timeout: number; maxBytes: number} {
    const positive = (value: number, fallback: number) => (Number.isFinite(value) && value > 0 ? value : fallback);
    return {timeout: positive(this.host.timeout, 15_000), maxBytes: positive(this.host.maxBytes, 20_000_000)};
  }

  /**
   * Data written into the page: a child `<script type="application/json">`, else a child
   * `<ol>`/`<ul>` of events (which reads as a plain list where scripts do not run).
   */
  readInline(): void {
    const host = this.host;
    const script = host.querySelector(':scope > script[type="application/json"]');
    const list = script ? null : host.querySelector(':scope > ol, :scope > ul');
    const key = script ? (script.textContent ?? '') : list ? `list:${list.outerHTML}` : undefined;
    if (key === this.inlineKey) return;
    this.inlineKey = key;
    if (host.data !== undefined || host.src || key === undefined) return;
    if (script) return this.accept(withCause(parseInput(key, host.format), key));
    try {
      const read = readLightDomList(host);
      if (!read) return;
      const result = parseTimeline(read.document);
      this.accept({...result, issues: [...read.issues, ...result.issues]});
    } catch (error) {
      // Unreachable by design (the list is read without recursion); a bug here is an issue, not a blank element.
      this.accept({issues: [{path: '(root)', message: `could not be read: ${thrownMessage(error)}`, severity: 'error'}]});
    }
  }

  async load(): Promise<void> {
    this.request?.abort();
    const src = this.host.src;
    if (!src) return;
    const request = (this.request = new AbortController());
    this.loadedSrc = src;
    this.loading = true;
    this.loadError = undefined;
    this.host.requestUpdate();
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
      if (this.request === request) {
        this.loading = false;
        this.request = undefined;
        this.host.requestUpdate();
      }
    }
    // Read outside the request's try: nothing in the data can be taken for a network error. A parsed
    // value: a body that is a JSON string is a document encoded twice, not JSON text to read again.
    if (!request.signal.aborted && this.host.data === undefined) this.accept(parseValue(value, this.host.format));
  }

  private accept(result: ParseResult): void {
    this.result = result;
    this.loadError = undefined;
    this.host.requestUpdate();
    if (!result.issues.length) return;
    const lines = result.issues.map((issue) => `  ${issue.severity}: ${issue.path}: ${issue.message}`).join('\n');
    (result.issues.some((issue) => issue.severity === 'error') ? console.error : console.warn)(`<event-timeline>: the data has problems:\n${lines}`);
  }
}

/**
 * An inline script whose JSON stops early, or runs on into the page, was most likely cut by the
 * page's HTML parser: it ends a script at the first "</script", and after "<!--<script" reads on
 * past the script's own end tag. Then the error names that cause and its cure.
 */
function withCause(result: ParseResult, text: string): ParseResult {
  if (!result.issues[0]?.message.startsWith('is not valid JSON') || (/[}\]]\s*$/.test(text) && !/<!--|<\/?script/i.test(text))) return result;
  const cause: TimelineIssue = {path: '(root)', message: 'the inline <script> ends early or runs on: write every "<" in it as "\\u003c"', severity: 'error'};
  return {...result, issues: [cause, ...result.issues]};
}
