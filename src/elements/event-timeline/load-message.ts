// What the error state says when `src` could not be read, in the element's language. Its own
// module: the lazy parts that share render-panels.ts need none of it.
import {formatBytes} from '../../i18n/phrases.js';
import type {LoadedStrings} from '../../i18n/strings.js';
import type {LoadError} from './load-source.js';

/** What the error state says when `src` could not be read. */
export function loadMessage(error: LoadError, s: LoadedStrings, maxBytes: number, lang: string): string {
  if (error.kind === 'http') return s.errorHttp(String(error.status ?? ''));
  if (error.kind === 'timeout') return s.errorTimeout;
  if (error.kind === 'not-json') return s.errorNotJson;
  if (error.kind === 'bad-json') return s.errorBadJson(error.reason ?? '');
  if (error.kind === 'too-large') return s.errorTooLarge(formatBytes(maxBytes, lang));
  if (error.kind === 'part') return s.errorPart;
  return s.errorNetwork;
}
