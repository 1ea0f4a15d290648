// The playground's editor: a form for a story's events (with their media and quotes), links,
// categories and eras beside the live timeline, the JSON view kept in step, each problem shown at its field (and in a list that moves
// focus to it), import of event JSON, TimelineJS3 JSON or a CSV/TSV sheet, export of the JSON and
// of an embed snippet, and the story kept in the address (#story=…) so that it can be shared.
// Plain Lit templates over one document; every control has a label, and focus moves where a
// keyboard user expects it (to a new event's first field, to a problem's field).
import {html, nothing, render} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import {parseSpreadsheet} from '../src/adapters/spreadsheet.js';
import {fromTimelineJs, isTimelineJs} from '../src/adapters/timelinejs.js';
import type {CategoryDocument, EraDocument, EventDocument, LinkDocument, TimelineDocument} from '../src/model/document.js';
import {EVENT_STATUSES, LINK_KINDS, parseTimeline, teach, type TaughtIssue} from '../src/model/index.js';
import {eraFields, EXTRA_FIELDS, mediaFields, quoteFields, type FieldMaker} from './editor-extras.js';

type Doc = TimelineDocument & {links: LinkDocument[]; categories: Record<string, CategoryDocument>; eras: EraDocument[]};
type Preview = HTMLElement & {data?: unknown};

const SCRIPT_URL = 'https://unpkg.com/event-timeline@0.1.0/dist/event-timeline.js';
const EMPTY: Doc = {version: 1, lang: 'en', title: '', events: [], links: [], categories: {}, eras: []};

/** A document as the form edits it: arrays and objects always present. */
function normal(value: unknown): Doc {
  const doc = (value && typeof value === 'object' ? value : {}) as Partial<Doc>;
  return {
    ...doc,
    version: 1,
    // Copies all the way down: the form edits media and quotes in place, never the caller's objects.
    events: Array.isArray(doc.events) ? doc.events.map((event) => structuredClone(event)) : [],
    links: Array.isArray(doc.links) ? doc.links.map((link) => ({...link})) : [],
    categories: doc.categories && typeof doc.categories === 'object' ? {...doc.categories} : {},
    eras: Array.isArray(doc.eras) ? doc.eras.map((era) => ({...era})) : [],
  };
}

/** The document as JSON, without empty fields and lists. */
function clean(doc: Doc): TimelineDocument {
  const drop = (object: object) => Object.fromEntries(Object.entries(object).filter(([, v]) => v !== '' && v !== undefined));
  const out: Record<string, unknown> = drop({...doc, events: undefined, links: undefined, categories: undefined, eras: undefined});
  if (Object.keys(doc.categories).length) out.categories = doc.categories;
  out.events = doc.events.map((event) => {
    const entry = drop(event) as unknown as EventDocument;
    if (entry.source) entry.source = drop(entry.source);
    if (entry.source && !Object.keys(entry.source).length) delete entry.source;
    if (entry.media && typeof entry.media === 'object') entry.media = cleanMedia(entry.media);
    if (Array.isArray(entry.quotes))
      entry.quotes = entry.quotes.map((quote) =>
        quote && typeof quote === 'object' ? ({...drop(quote), text: quote.text} as typeof quote) : quote,
      );
    return entry;
  });
  if (doc.links.length) out.links = doc.links.map((link) => drop(link));
  if (doc.eras.length) out.eras = doc.eras.map((era) => ({...era}));
  return out as unknown as TimelineDocument;
}

/** Media without its empty fields, but with `alt: ""` (a picture that is decoration says so). */
function cleanMedia(media: NonNullable<EventDocument['media']>): NonNullable<EventDocument['media']> {
  const out = Object.fromEntries(Object.entries(media).filter(([, v]) => v !== '' && v !== undefined)) as typeof media;
  if (media.alt === '') out.alt = '';
  out.url ??= '';
  return out;
}

/** base64url of UTF-8, for the address. */
const toHash = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const fromHash = (hash: string) =>
  new TextDecoder().decode(Uint8Array.from(atob(hash.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)));

/** The document in the address (`#story=…`), if any. */
export function storyInAddress(hash = location.hash): unknown {
  const match = /[#&]story=([\w-]+)/.exec(hash);
  if (!match) return undefined;
  try {
    return JSON.parse(fromHash(match[1]!));
  } catch {
    return undefined;
  }
}

/** The embed snippet: the script tag and the story inline, "<" written as \u003c so that no "</script>" ends it early. */
export function embedSnippet(doc: TimelineDocument): string {
  const json = JSON.stringify(doc, null, 2).replace(/</g, '\\u003c');
  // Only a language tag's characters go into the attribute: the snippet is pasted into pages.
  const lang = doc.lang && /^[A-Za-z0-9-]{1,35}$/.test(doc.lang) ? ` lang="${doc.lang}"` : '';
  return `<script type="module" src="${SCRIPT_URL}"></script>\n\n<event-timeline${lang}>\n  <script type="application/json">\n${json}\n  </script>\n</event-timeline>\n`;
}

/** A file's text read as a story: a sheet (by name or content), TimelineJS3 JSON (converted) or event JSON. */
export function importText(text: string, name = ''): {doc?: Doc; problem?: string} {
  if (/\.[ct]sv$/i.test(name) || !/^\s*[[{]/.test(text)) {
    const sheet = parseSpreadsheet(text);
    return sheet.template
      ? {doc: normal(sheet.document)}
      : {problem: sheet.issues[0] ? `${sheet.issues[0].path}: ${sheet.issues[0].message}` : 'not a sheet'};
  }
  try {
    const value: unknown = JSON.parse(text);
    return {doc: normal(isTimelineJs(value) ? fromTimelineJs(value).document : value)};
  } catch (error) {
    return {problem: `not JSON: ${(error as Error).message}`};
  }
}

export class StoryEditor implements FieldMaker {
  doc: Doc = normal(EMPTY);
  issues: TaughtIssue[] = [];
  private status = '';
  private jsonProblem = '';

  constructor(
    private readonly root: HTMLElement,
    private readonly preview: Preview,
    private readonly useAddress = true,
  ) {
    root.addEventListener('input', (event) => this.onInput(event));
    root.addEventListener('change', (event) => this.onInput(event));
  }

  /** Shows `value` (a document) in the form, the JSON view and the timeline. */
  load(value: unknown): void {
    this.doc = normal(value);
    this.update(true);
  }

  private byPath = new Map<string, (value: string) => void>();

  private onInput(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    if (target.id === 'story-json') {
      if (event.type !== 'input') return;
      try {
        this.doc = normal(JSON.parse(target.value));
        this.jsonProblem = '';
      } catch (error) {
        this.jsonProblem = `The JSON is not valid: ${(error as Error).message}`;
        this.draw();
        return;
      }
      this.update(false);
      return;
    }
    const path = target.dataset.path;
    if (!path) return;
    this.byPath.get(path)?.(target.type === 'checkbox' ? String((target as HTMLInputElement).checked) : target.value);
    this.update(true);
  }

  /** Validates, redraws the form, the JSON view (unless it is being typed in), the timeline and the address. */
  private update(json: boolean): void {
    const document = clean(this.doc);
    const {timeline, issues} = parseTimeline(document);
    this.issues = teach(issues, document);
    const errors = issues.filter((issue) => issue.severity === 'error').length;
    const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    this.status = timeline
      ? `${count(timeline.events.length, 'event')}, ${count(timeline.links.length, 'link')}; ${count(errors, 'problem')}, ${count(issues.length - errors, 'warning')}.`
      : `No event drawn yet; ${count(errors, 'problem')}.`;
    this.preview.data = document;
    if (this.doc.lang) this.preview.setAttribute('lang', this.doc.lang);
    if (this.useAddress) history.replaceState(null, '', `#story=${toHash(JSON.stringify(document))}`);
    this.draw();
    if (json) {
      const area = this.root.querySelector<HTMLTextAreaElement>('#story-json');
      if (area && area !== this.root.ownerDocument.activeElement) area.value = JSON.stringify(document, null, 2);
    }
  }

  private draw(): void {
    this.byPath.clear();
    render(this.template(), this.root);
  }

  /** A labelled text field bound to `path`, with its problem (if any) said next to it and tied to it. */
  field(
    path: string,
    label: string,
    value: string | undefined,
    set: (value: string) => void,
    options: {hint?: string; type?: string; list?: string} = {},
  ) {
    this.byPath.set(path, set);
    const problem = this.issues.find(
      (issue) => issue.path === path || issue.path.startsWith(`${path}.`) || issue.path.startsWith(`${path}[`),
    );
    const id = `f-${path.replace(/[^\w-]/g, '_')}`;
    const described = [options.hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        data-path=${path}
        type=${options.type ?? 'text'}
        .value=${value ?? ''}
        list=${options.list ?? nothing}
        aria-invalid=${problem?.severity === 'error' ? 'true' : nothing}
        aria-describedby=${described || nothing}
        autocomplete="off"
        spellcheck="false"
      />
      ${options.hint ? html`<small id="${id}-hint">${options.hint}</small>` : nothing}
      ${problem ? html`<p class="problem ${problem.severity}" id="${id}-problem">${problem.severity === 'error' ? 'Problem' : 'Note'}: ${problem.message}${problem.fix !== undefined ? html` <button type="button" @click=${() => this.applyFix(path, problem.fix!, set)}>Use “${problem.fix}”</button>` : nothing}</p>` : nothing}
    </div>`;
  }

  /** A labelled checkbox bound to `path`. */
  checkbox(path: string, label: string, checked: boolean, set: (checked: boolean) => void, hint?: string) {
    this.byPath.set(path, (value) => set(value === 'true'));
    const id = `f-${path.replace(/[^\w-]/g, '_')}`;
    return html`<div class="field check">
      <input id=${id} data-path=${path} type="checkbox" .checked=${checked} aria-describedby=${hint ? `${id}-hint` : nothing} />
      <label for=${id}>${label}</label>
      ${hint ? html`<small id="${id}-hint">${hint}</small>` : nothing}
    </div>`;
  }

  /** A change made by a button: applied, drawn, and focus moved to the field of `path` or to `selector`. */
  change(run: () => void, focus: {path: string} | {selector: string}): void {
    run();
    this.update(true);
    if ('path' in focus) this.focusPath(focus.path);
    else this.root.querySelector<HTMLElement>(focus.selector)?.focus();
  }

  private select(path: string, label: string, value: string | undefined, choices: readonly string[], set: (value: string) => void) {
    this.byPath.set(path, set);
    const id = `f-${path.replace(/[^\w-]/g, '_')}`;
    const problem = this.issues.find((issue) => issue.path === path);
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <select
        id=${id}
        data-path=${path}
        aria-invalid=${problem?.severity === 'error' ? 'true' : nothing}
        aria-describedby=${problem ? `${id}-problem` : nothing}
      >
        ${choices.map((choice) => html`<option value=${choice} ?selected=${choice === (value ?? '')}>${choice || '(none)'}</option>`)}
      </select>
      ${problem ? html`<p class="problem ${problem.severity}" id="${id}-problem">${problem.message}</p>` : nothing}
    </div>`;
  }

  private applyFix(path: string, fix: string, set: (value: string) => void): void {
    set(fix);
    this.update(true);
    this.focusPath(path);
  }

  /** Moves focus to the field of `path` (or of its nearest parent that has one). */
  focusPath(path: string): void {
    for (let p = path; p; p = p.replace(/(\.[^.[\]]+|\[\d+\])$/, '')) {
      const input = this.root.querySelector<HTMLElement>(`[data-path="${CSS.escape(p)}"]`);
      if (input) return input.focus();
      if (!/(\.[^.[\]]+|\[\d+\])$/.test(p)) break;
    }
  }

  private addEvent(): void {
    const n = this.doc.events.length + 1;
    this.doc.events.push({id: `event-${n}`, date: '', title: ''});
    this.update(true);
    this.focusPath(`events[${n - 1}].date`);
  }

  private removeAt<T>(list: T[], index: number, focus: string): void {
    list.splice(index, 1);
    this.update(true);
    this.root.querySelector<HTMLElement>(focus)?.focus();
  }

  private addLink(): void {
    const [a, b] = this.doc.events;
    this.doc.links.push({from: a?.id ?? '', to: b?.id ?? '', kind: 'context'});
    this.update(true);
    this.focusPath(`links[${this.doc.links.length - 1}].from`);
  }

  private addCategory(): void {
    let n = Object.keys(this.doc.categories).length + 1;
    while (`category-${n}` in this.doc.categories) n++;
    this.doc.categories[`category-${n}`] = {label: '', color: ''};
    this.update(true);
    this.root.querySelector<HTMLElement>(`[data-category-key="category-${n}"]`)?.focus();
  }

  private renameCategory(from: string, to: string): void {
    if (!to || to === from || to in this.doc.categories) return;
    this.doc.categories = Object.fromEntries(Object.entries(this.doc.categories).map(([key, value]) => [key === from ? to : key, value]));
    for (const event of this.doc.events) if (event.category === from) event.category = to;
  }

  private async importFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    const {doc, problem} = importText(await file.text(), file.name);
    if (doc) {
      this.doc = doc;
      this.update(true);
      this.status = `Imported ${file.name}. ${this.status}`;
      this.draw();
    } else {
      this.status = `${file.name} could not be imported: ${problem}`;
      this.draw();
    }
  }

  private download(): void {
    const url = URL.createObjectURL(new Blob([`${JSON.stringify(clean(this.doc), null, 2)}\n`], {type: 'application/json'}));
    const a = Object.assign(document.createElement('a'), {href: url, download: 'story.json'});
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  private template() {
    const doc = this.doc;
    const ids = doc.events.map((event) => event.id);
    const keys = Object.keys(doc.categories);
    const issuesBy = (prefix: string) => this.issues.filter((issue) => issue.path.startsWith(prefix));
    return html` <nav aria-label="Parts of the editor" class="jump">
        <a href="#events-heading">Events</a> <a href="#links-heading">Links</a> <a href="#categories-heading">Categories</a>
        <a href="#eras-heading">Eras</a>
        <a href="#problems-heading">Problems (${this.issues.length})</a> <a href="#json-heading">JSON</a>
        <a href="#io-heading">Import and export</a>
      </nav>
      <p id="editor-status" role="status" class="status">${this.status}</p>
      <fieldset class="story">
        <legend>Story</legend>
        ${this.field('title', 'Title', doc.title, (v) => (doc.title = v))}
        ${this.field('lang', 'Language', doc.lang, (v) => (doc.lang = v), {hint: 'A language tag: en, ru, zh, ar, he…'})}
        ${this.field('now', 'Story date', doc.now, (v) => (doc.now = v), {hint: 'EDTF, like 2026-02-03: relative phrases count from it'})}
        ${this.select('anchor', 'Main event', doc.anchor, ['', ...ids], (v) => (doc.anchor = v))}
      </fieldset>

      <section aria-labelledby="events-heading">
        <h2 id="events-heading">Events</h2>
        ${repeat(
          doc.events,
          (_, index) => index,
          (event, index) => {
            const path = `events[${index}]`;
            const own = issuesBy(path).filter(
              (issue) =>
                !/\.(id|date|title|summary|category|status|place|source(\.url|\.name)?)$/.test(issue.path) &&
                !EXTRA_FIELDS.test(issue.path),
            );
            const name = `event ${index + 1}`;
            return html`<fieldset class="event">
              <legend>Event ${index + 1}${event.title ? `: ${event.title}` : ''}</legend>
              ${this.field(`${path}.date`, 'Date', event.date, (v) => (event.date = v), {hint: 'EDTF: 2026-02-03, 2026-07, 2001?, 2026-01/2026-06'})}
              ${this.field(`${path}.title`, 'Title', event.title, (v) => (event.title = v))}
              ${this.field(
                `${path}.id`,
                'Id',
                event.id,
                (v) => {
                  for (const link of doc.links) for (const end of ['from', 'to'] as const) if (link[end] === event.id) link[end] = v;
                  if (doc.anchor === event.id) doc.anchor = v;
                  event.id = v;
                },
                {hint: 'Letters, digits, - and _: links name events by it'},
              )}
              ${this.field(`${path}.summary`, 'Summary', event.summary, (v) => (event.summary = v))}
              ${this.select(`${path}.category`, 'Category', event.category, ['', ...keys], (v) => (event.category = v || undefined))}
              ${this.select(`${path}.status`, 'Status', event.status, ['', ...EVENT_STATUSES], (v) => (event.status = (v || undefined) as EventDocument['status']))}
              ${this.field(`${path}.place`, 'Place', event.place, (v) => (event.place = v))}
              ${this.field(`${path}.source.name`, 'Source name', event.source?.name, (v) => (event.source = {...event.source, name: v}))}
              ${this.field(`${path}.source.url`, 'Source address', event.source?.url, (v) => (event.source = {...event.source, url: v}), {type: 'url'})}
              ${mediaFields(this, path, event, name)} ${quoteFields(this, path, event, name)}
              ${own.map((issue) => html`<p class="problem ${issue.severity}"><code>${issue.path}</code>: ${issue.message}</p>`)}
              <button type="button" class="remove" @click=${() => this.removeAt(doc.events, index, '#add-event')}>
                Remove event ${index + 1}${event.title ? ` (${event.title})` : ''}
              </button>
            </fieldset>`;
          },
        )}
        <button type="button" id="add-event" @click=${() => this.addEvent()}>Add an event</button>
      </section>

      <section aria-labelledby="links-heading">
        <h2 id="links-heading">Links</h2>
        <p class="hint">
          A link reads “from <em>kind</em> to”: “call <em>invitation</em> visit” is an invitation, made in the call, to the visit.
        </p>
        ${repeat(
          doc.links,
          (_, index) => index,
          (link, index) => {
            const path = `links[${index}]`;
            return html`<fieldset class="link">
              <legend>Link ${index + 1}</legend>
              ${this.select(`${path}.from`, 'From', link.from, ids.includes(link.from) ? ids : [link.from, ...ids], (v) => (link.from = v))}
              ${this.select(`${path}.kind`, 'Kind', link.kind ?? 'context', LINK_KINDS, (v) => (link.kind = v))}
              ${this.select(`${path}.to`, 'To', link.to, ids.includes(link.to) ? ids : [link.to, ...ids], (v) => (link.to = v))}
              ${this.field(`${path}.label`, 'Label (optional)', link.label, (v) => (link.label = v))}
              <button type="button" class="remove" @click=${() => this.removeAt(doc.links, index, '#add-link')}>
                Remove link ${index + 1}
              </button>
            </fieldset>`;
          },
        )}
        <button type="button" id="add-link" ?disabled=${doc.events.length < 2} @click=${() => this.addLink()}>Add a link</button>
      </section>

      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading">Categories</h2>
        ${repeat(
          Object.entries(doc.categories),
          ([key]) => key,
          ([key, category], index) => {
            const path = `categories${/^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`}`;
            return html`<fieldset class="category">
              <legend>Category ${index + 1}</legend>
              <div class="field">
                <label for="cat-key-${index}">Key</label>
                <input
                  id="cat-key-${index}"
                  data-category-key=${key}
                  .value=${key}
                  @change=${(e: Event) => {
                    this.renameCategory(key, (e.target as HTMLInputElement).value.trim());
                    this.update(true);
                  }}
                />
              </div>
              ${this.field(`${path}.label`, 'Label', category.label, (v) => (category.label = v))}
              ${this.field(`${path}.color`, 'Colour', category.color, (v) => (category.color = v), {hint: '#b03a2e, rgb(…), or a colour name'})}
              <button
                type="button"
                class="remove"
                @click=${() => {
                  delete doc.categories[key];
                  for (const event of doc.events) if (event.category === key) delete event.category;
                  this.update(true);
                  this.root.querySelector<HTMLElement>('#add-category')?.focus();
                }}
              >
                Remove category ${key}
              </button>
            </fieldset>`;
          },
        )}
        <button type="button" id="add-category" @click=${() => this.addCategory()}>Add a category</button>
      </section>

      <section aria-labelledby="eras-heading">
        <h2 id="eras-heading">Eras</h2>
        <p class="hint">Background bands for periods of the story: a war, a term of office.</p>
        ${eraFields(this, doc.eras)}
      </section>

      <section aria-labelledby="problems-heading">
        <h2 id="problems-heading">Problems</h2>
        ${
          this.issues.length
            ? html`<ul class="problems">
                ${this.issues.map(
                  (issue) =>
                    html`<li class=${issue.severity}>
                      <button type="button" class="link-like" @click=${() => this.focusPath(issue.path)}>
                        ${issue.severity}: <code>${issue.path}</code></button
                      >: ${issue.message}
                    </li>`,
                )}
              </ul>`
            : html`<p>None.</p>`
        }
      </section>

      <section aria-labelledby="json-heading">
        <h2 id="json-heading">Event JSON</h2>
        <label for="story-json">The story as event JSON (edit it here or in the form)</label>
        <textarea
          id="story-json"
          spellcheck="false"
          autocomplete="off"
          aria-describedby=${this.jsonProblem ? 'json-problem' : nothing}
        ></textarea>
        ${this.jsonProblem ? html`<p class="problem error" id="json-problem" role="alert">${this.jsonProblem}</p>` : nothing}
      </section>

      <section aria-labelledby="io-heading">
        <h2 id="io-heading">Import and export</h2>
        <div class="field">
          <label for="import-file">Import event JSON, TimelineJS3 JSON or a CSV/TSV sheet</label>
          <input
            id="import-file"
            type="file"
            accept=".json,.csv,.tsv,application/json,text/csv,text/tab-separated-values"
            @change=${(e: Event) => void this.importFile(e.target as HTMLInputElement)}
          />
        </div>
        <button type="button" id="download-json" @click=${() => this.download()}>Download the event JSON</button>
        <div class="field">
          <label for="embed">Embed snippet (paste it into a page)</label>
          <textarea id="embed" readonly rows="8" .value=${embedSnippet(clean(doc))}></textarea>
        </div>
        <button
          type="button"
          id="copy-embed"
          @click=${async () => {
            await navigator.clipboard?.writeText(embedSnippet(clean(doc))).catch(() => undefined);
            this.status = 'The embed snippet is copied.';
            this.draw();
          }}
        >
          Copy the embed snippet
        </button>
        <p class="hint">The story is kept in this page’s address: copy it to share the story.</p>
      </section>`;
  }
}
