// The editor's fields for what an event carries besides its own lines, and for the story's eras:
// an event's media (a picture, video, sound or post), its quotes, and the background bands of
// periods. The same labelled fields as the rest of the form (editor.ts), each problem said at its
// field with its fix when there is one; adding a part moves focus to its first field, removing
// one moves it to the button that adds another.
import {html, type TemplateResult} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import type {EraDocument, EventDocument, MediaDocument, QuoteDocument} from '../src/model/document.js';

/** What these fields need of the editor. */
export interface FieldMaker {
  field(
    path: string,
    label: string,
    value: string | undefined,
    set: (value: string) => void,
    options?: {hint?: string; type?: string},
  ): TemplateResult;
  checkbox(path: string, label: string, checked: boolean, set: (checked: boolean) => void, hint?: string): TemplateResult;
  /** Applies a change made by a button, redraws, and moves focus to `focus` (a field's path, or a selector). */
  change(run: () => void, focus: {path: string} | {selector: string}): void;
}

/** The field paths these groups draw, so that the event's list of other problems leaves them out. */
export const EXTRA_FIELDS = /\.(media\.(url|alt|caption|credit|thumbnail)|quotes\[\d+\]\.(text|speaker|role|date|lang|url|source))$/;

const fieldId = (path: string) => path.replace(/[^\w-]/g, '_');

/** An event's media: its address, what it shows (or that it is decoration), caption, credit, thumbnail. */
export function mediaFields(ui: FieldMaker, path: string, event: EventDocument, name: string): TemplateResult {
  // Media that is no object (typed so in the JSON view) is a problem listed with the event; adding replaces it.
  const media = event.media && typeof event.media === 'object' ? event.media : undefined;
  const add = `add-media-${fieldId(path)}`;
  if (!media) {
    return html`<button
      type="button"
      class="add-part"
      id=${add}
      @click=${() => ui.change(() => (event.media = {url: ''}), {path: `${path}.media.url`})}
    >
      Add media to ${name}
    </button>`;
  }
  const at = `${path}.media`;
  const set = (key: keyof MediaDocument) => (value: string) => {
    media[key] = value as never;
    if (!value) delete media[key];
  };
  return html`<fieldset class="media">
    <legend>Media of ${name}</legend>
    ${ui.field(`${at}.url`, 'Address (https:)', media.url, (v) => (media.url = v), {
      type: 'url',
      hint: 'A picture (.jpg, .png…), a YouTube, Vimeo or SoundCloud address, a sound or video file, or a post',
    })}
    ${ui.field(`${at}.alt`, 'What it shows', media.alt, set('alt'), {hint: 'For readers who cannot see it; for a video or sound, it names the player'})}
    ${ui.checkbox(
      `${at}.decorative`,
      'Decoration only (says nothing the title does not)',
      media.alt === '',
      (checked) => (checked ? (media.alt = '') : delete media.alt),
      'Leaves the description empty on purpose: alt=""',
    )}
    ${ui.field(`${at}.caption`, 'Caption', media.caption, set('caption'))}
    ${ui.field(`${at}.credit`, 'Credit', media.credit, set('credit'))}
    ${ui.field(`${at}.thumbnail`, 'Thumbnail address (optional)', media.thumbnail, set('thumbnail'), {
      type: 'url',
      hint: 'A small picture shown on the play button of a video or sound',
    })}
    <button type="button" class="remove" @click=${() => ui.change(() => delete event.media, {selector: `#${add}`})}>
      Remove the media of ${name}
    </button>
  </fieldset>`;
}

/** An event's quotes: who said what, when, and where it was published. */
export function quoteFields(ui: FieldMaker, path: string, event: EventDocument, name: string): TemplateResult {
  const quotes = Array.isArray(event.quotes) ? event.quotes : [];
  const add = `add-quote-${fieldId(path)}`;
  const remove = (index: number) => {
    quotes.splice(index, 1);
    if (!quotes.length) delete event.quotes;
  };
  return html`${repeat(
      quotes,
      (_, index) => index,
      (quote: QuoteDocument, index) => {
        const at = `${path}.quotes[${index}]`;
        if (!quote || typeof quote !== 'object') return html``;
        const set = (key: Exclude<keyof QuoteDocument, 'media'>) => (value: string) => {
          quote[key] = value;
          if (!value && key !== 'text') delete quote[key];
        };
        return html`<fieldset class="quote">
          <legend>Quote ${index + 1} of ${name}</legend>
          ${ui.field(`${at}.text`, 'Words', quote.text, set('text'))} ${ui.field(`${at}.speaker`, 'Speaker', quote.speaker, set('speaker'))}
          ${ui.field(`${at}.role`, 'Speaker’s role', quote.role, set('role'), {hint: 'president of Russia, spokesperson…'})}
          ${ui.field(`${at}.date`, 'Said on', quote.date, set('date'), {hint: 'EDTF, like 2026-02-03'})}
          ${ui.field(`${at}.source`, 'Published in', quote.source, set('source'))}
          ${ui.field(`${at}.url`, 'Address of the record', quote.url, set('url'), {type: 'url'})}
          ${ui.field(`${at}.lang`, 'Language of the words', quote.lang, set('lang'), {hint: 'When it is not the story’s: en, ru…'})}
          <button type="button" class="remove" @click=${() => ui.change(() => remove(index), {selector: `#${add}`})}>
            Remove quote ${index + 1} of ${name}
          </button>
        </fieldset>`;
      },
    )}<button
      type="button"
      class="add-part"
      id=${add}
      @click=${() => ui.change(() => (event.quotes = [...quotes, {text: ''}]), {path: `${path}.quotes[${quotes.length}].text`})}
    >
      Add a quote to ${name}
    </button>`;
}

/** The story's eras: background bands for periods, each a title and an EDTF interval. */
export function eraFields(ui: FieldMaker, eras: EraDocument[]): TemplateResult {
  return html`${repeat(
      eras,
      (_, index) => index,
      (era, index) => {
        const at = `eras[${index}]`;
        return html`<fieldset class="era">
          <legend>Era ${index + 1}${era.title ? `: ${era.title}` : ''}</legend>
          ${ui.field(`${at}.title`, 'Title', era.title, (v) => (era.title = v))}
          ${ui.field(`${at}.date`, 'Period', era.date, (v) => (era.date = v), {hint: 'An EDTF interval: 2022-02/2022-11, 1991/..'})}
          <button type="button" class="remove" @click=${() => ui.change(() => eras.splice(index, 1), {selector: '#add-era'})}>
            Remove era ${index + 1}${era.title ? ` (${era.title})` : ''}
          </button>
        </fieldset>`;
      },
    )}<button
      type="button"
      id="add-era"
      @click=${() => ui.change(() => eras.push({title: '', date: ''}), {path: `eras[${eras.length}].title`})}
    >
      Add an era
    </button>`;
}
