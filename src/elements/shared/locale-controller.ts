// The language and direction an element draws in, and its strings, for both elements: its own
// `lang`, else an ancestor's (crossing shadow roots), else a fallback (the data's language), else
// English; `dir` from the nearest `dir`, else the language's own direction. The element redraws
// when the page changes a `lang` or `dir` around it, or registers strings. A built-in translation
// loads when first needed; `waiting` says it is on its way. No browser global is touched before
// the element is connected (server rendering reads the element's own attributes only).
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {isRtl, loadedStrings, watchStrings, type LoadedStrings} from '../../i18n/strings.js';
import type {PartLoads} from './part-loads.js';
import {resolveDir, resolveLang} from './resolve-lang.js';
import {translationFor} from './translations.js';

export interface LocaleOptions {
  /** The language when the page sets none (for a timeline, its data's). */
  fallback?: () => string | undefined;
  /** Where the element counts the translation it loads. */
  parts: PartLoads;
}

export class LocaleController implements ReactiveController {
  lang = 'en';
  dir: 'ltr' | 'rtl' = 'ltr';
  strings: LoadedStrings = loadedStrings('en');
  /** A built-in translation of `lang` is still loading (the element may wait for it rather than draw in English). */
  waiting = false;
  #unwatchStrings?: () => void;
  #observer?: MutationObserver;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: LocaleOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: LocaleOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get rtl(): boolean {
    return this.dir === 'rtl';
  }

  hostConnected(): void {
    const update = () => this.#host.requestUpdate();
    this.#unwatchStrings = watchStrings(update);
    // A `lang` or `dir` changed on the element or anywhere in the page (an update that finds the
    // same language redraws nothing); inside a shadow root the page's observer misses the element itself.
    const observer = (this.#observer = new MutationObserver(update));
    const options = {attributeFilter: ['lang', 'dir'], subtree: true};
    observer.observe(document.documentElement, options);
    if (this.#host.getRootNode() !== document) observer.observe(this.#host, options);
  }

  hostDisconnected(): void {
    this.#unwatchStrings?.();
    this.#observer?.disconnect();
  }

  /** Works out the language, direction and strings for this update (the element calls it in `willUpdate`). */
  resolve(): void {
    const host = this.#host;
    const lang = resolveLang(host) || this.#options.fallback?.() || 'en';
    const dir = resolveDir(host);
    this.lang = lang;
    this.dir = dir ?? (isRtl(lang) ? 'rtl' : 'ltr');
    this.strings = loadedStrings(lang);
    const translation = translationFor(lang);
    const {parts} = this.#options;
    this.waiting = translation !== undefined && !parts.get(translation) && !parts.failed.has(translation.name);
  }
}
