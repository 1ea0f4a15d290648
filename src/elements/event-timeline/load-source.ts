// Fetches the JSON behind `src`: one request at a time (a newer one aborts the older),
// with a timeout, a size limit checked while the body streams in, and an error of its
// own kind for each way a request can fail, so the element can say what went wrong.
import {jsonShape} from '../../model/json-text.js';
import {DEFAULT_LIMITS} from '../../model/limits.js';

/** `part`: the data came, but the part of the library that reads its format could not be loaded. */
export type LoadErrorKind = 'http' | 'timeout' | 'not-json' | 'bad-json' | 'too-large' | 'network' | 'part';

export class LoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    message: string,
    readonly status?: number,
    /** For `bad-json`: the parser's own words, with the line and column. */
    readonly reason?: string,
  ) {
    super(message);
  }
}

export interface LoadOptions {
  signal: AbortSignal;
  timeout: number;
  maxBytes: number;
  /** The element's `format`: `csv` or `tsv` read the body as a spreadsheet whatever its type. */
  format?: string;
}

/** A spreadsheet's text as it came (CSV or TSV: the reader tells them apart), for the spreadsheet reader. */
export class SheetText extends String {}

/** What a server said about the version it sent, to ask later whether it has changed (HTTP conditional requests). */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

/** Resolves with the parsed JSON value, or rejects with a LoadError (or an AbortError when aborted by the caller). */
export async function loadJson(url: string, options: LoadOptions): Promise<unknown> {
  return ((await loadJsonIfChanged(url, options)) as {value: unknown}).value;
}

/**
 * loadJson for a live story: sends `validators` as If-None-Match and If-Modified-Since, so that
 * an unchanged story costs a 304 and no body (resolves `{changed: false}`); else the value and
 * the new validators.
 */
export async function loadJsonIfChanged(
  url: string,
  {signal, timeout, maxBytes, format}: LoadOptions,
  validators: Validators = {},
): Promise<{changed: false} | {changed: true; value: unknown; validators: Validators}> {
  const timer = new AbortController();
  const timeoutId = setTimeout(() => timer.abort(), timeout);
  const abortAll = () => timer.abort();
  signal.addEventListener('abort', abortAll);
  try {
    let response: Response;
    try {
      const headers: Record<string, string> = {accept: 'application/json'};
      if (validators.etag) headers['if-none-match'] = validators.etag;
      if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
      // no-cache: the browser's own cache must ask the server too, not answer for it.
      response = await fetch(url, {
        signal: timer.signal,
        credentials: 'same-origin',
        headers,
        cache: validators.etag || validators.lastModified ? 'no-cache' : 'default',
      });
    } catch (error) {
      throw rethrow(error, signal, `could not fetch ${url}: ${(error as Error).message}`);
    }
    if (response.status === 304) return {changed: false};
    if (!response.ok) throw new LoadError('http', `${url} answered HTTP ${response.status}`, response.status);
    const next: Validators = {
      etag: response.headers.get('etag') ?? undefined,
      lastModified: response.headers.get('last-modified') ?? undefined,
    };
    const type = response.headers.get('content-type') ?? '';
    // A spreadsheet: by the format asked for, the type sent, or the address (`story.csv`, a published Google Sheet's `output=csv`).
    const sheet = /[ct]sv|tab-sep/i.test(format + type) || /\.[ct]sv([?#]|$)|=[ct]sv\b/i.test(url);
    if (type && !sheet && !/json|text\/plain/i.test(type)) {
      throw new LoadError('not-json', `${url} sent ${type.split(';')[0]}, not JSON`);
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) throw new LoadError('too-large', `${url} is ${declared} bytes; the limit is ${maxBytes}`);
    const text = await readText(response, maxBytes, url, signal);
    if (sheet) return {changed: true, value: new SheetText(text), validators: next};
    // Before JSON.parse, which builds what it reads level by level (19 MB of "[" would hold the page
    // for seconds) and spends 0.3 µs on each array or object (20 MB of "[]," would hold it 1.7 s).
    const shape = jsonShape(text, DEFAULT_LIMITS);
    if (shape) {
      const {maxDepth, maxContainers} = DEFAULT_LIMITS;
      const reason = `more than ${shape.past === 'depth' ? `${maxDepth} levels of nesting` : `${maxContainers} arrays and objects`}`;
      throw new LoadError('bad-json', `${url} holds ${reason}`, undefined, `${reason} at character ${shape.at + 1}`);
    }
    try {
      return {changed: true, value: JSON.parse(text), validators: next};
    } catch (error) {
      throw new LoadError('bad-json', `${url} is not valid JSON: ${(error as Error).message}`, undefined, (error as Error).message);
    }
  } finally {
    clearTimeout(timeoutId);
    signal.removeEventListener('abort', abortAll);
  }
}

async function readText(response: Response, maxBytes: number, url: string, signal: AbortSignal): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  try {
    for (;;) {
      const {done, value} = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        throw new LoadError('too-large', `${url} is over ${maxBytes} bytes`);
      }
      text += decoder.decode(value, {stream: true});
    }
  } catch (error) {
    if (error instanceof LoadError) throw error;
    throw rethrow(error, signal, `${url} stopped sending: ${(error as Error).message}`);
  }
  return text + decoder.decode();
}

function rethrow(error: unknown, signal: AbortSignal, message: string): unknown {
  if (signal.aborted) return error; // the caller gave up: not an error to show
  if ((error as Error)?.name === 'AbortError') return new LoadError('timeout', message.replace(/:.*$/, ': no answer in time'));
  return new LoadError('network', message);
}
