// The playground's editor, used as a keyboard user would: a story made from nothing with keys
// alone (add events, type dates and titles, take a suggested fix, add a link of a kind), the
// timeline and the JSON view following; imports and the embed snippet.
import {expect, fixture, html} from '@open-wc/testing';
import {waitUntil} from './wait.js';
import {sendKeys} from '@web/test-runner-commands';
import {embedSnippet, importText, StoryEditor, storyInAddress} from '../../demo/editor.js';
import type {EventTimeline} from '../../src/elements/event-timeline/event-timeline.js';
import {parts} from './helpers.js';

async function mount() {
  const page = await fixture<HTMLDivElement>(
    html`<div style="display: grid; grid-template-columns: 420px 700px">
      <section id="editor"></section>
      <event-timeline id="preview"></event-timeline>
    </div>`,
  );
  const root = page.querySelector<HTMLElement>('#editor')!;
  const preview = page.querySelector<EventTimeline>('#preview')!;
  const editor = new StoryEditor(root, preview, false);
  editor.load({version: 1, lang: 'en', events: []});
  return {root, preview, editor};
}

/** Presses Tab until focus is on `selector` (at most 150 times); fails if it never gets there. */
async function tabTo(selector: string, back = false): Promise<HTMLElement> {
  for (let i = 0; i < 150; i++) {
    const active = document.activeElement as HTMLElement | null;
    if (active?.matches(selector)) return active;
    if (back) await sendKeys({down: 'Shift'});
    await sendKeys({press: 'Tab'});
    if (back) await sendKeys({up: 'Shift'});
  }
  throw new Error(`Tab never reached ${selector}`);
}

const active = () => document.activeElement as HTMLInputElement;

describe('the playground editor, with the keyboard alone', () => {
  it('makes a story from nothing: two events, a fix taken from a problem, a link of a kind', async () => {
    const {root, preview} = await mount();
    (root.querySelector('#editor-status') as HTMLElement).tabIndex = -1;
    root.querySelector<HTMLElement>('#editor-status')!.focus();

    await tabTo('#add-event');
    await sendKeys({press: 'Enter'});
    expect(active().dataset.path, 'a new event puts focus on its date').to.equal('events[0].date');
    await sendKeys({type: '2026-02-03'});
    await sendKeys({press: 'Tab'});
    expect(active().dataset.path).to.equal('events[0].title');
    await sendKeys({type: 'Leaders hold a call'});

    await tabTo('#add-event');
    await sendKeys({press: 'Enter'});
    expect(active().dataset.path).to.equal('events[1].date');
    await sendKeys({type: 'circa 1996'});
    const problem = root.querySelector('#f-events_1__date-problem')!;
    expect(problem.textContent).to.contain('write "1996~"');
    expect(active().getAttribute('aria-invalid')).to.equal('true');
    expect(active().getAttribute('aria-describedby')).to.contain('f-events_1__date-problem');
    await sendKeys({press: 'Tab'});
    expect(active().textContent, 'the fix is the next stop after the field').to.contain('Use “1996~”');
    await sendKeys({press: 'Enter'});
    expect(active().dataset.path, 'focus goes back to the fixed field').to.equal('events[1].date');
    expect(active().value).to.equal('1996~');
    await tabTo('[data-path="events[1].title"]');
    await sendKeys({type: 'The first talks'});

    await tabTo('#add-link');
    await sendKeys({press: 'Enter'});
    expect(active().dataset.path).to.equal('links[0].from');
    await sendKeys({press: 'Tab'});
    expect(active().dataset.path).to.equal('links[0].kind');
    await sendKeys({press: 'ArrowUp'});
    expect(active().value, 'the kind changed with an arrow key').to.not.equal('context');

    await waitUntil(
      () => parts(preview, 'event').length === 2 && parts(preview, 'link').length === 1,
      'the timeline did not draw the story',
    );
    const json = JSON.parse(root.querySelector<HTMLTextAreaElement>('#story-json')!.value);
    expect(json.events.map((event: {date: string}) => event.date)).to.deep.equal(['2026-02-03', '1996~']);
    expect(json.links).to.have.length(1);
    expect(root.querySelector('#editor-status')!.textContent).to.contain('2 events, 1 link; 0 problems');
  });

  it("edits through the JSON view too, and moves focus to a problem's field from the list of problems", async () => {
    const {root} = await mount();
    const area = root.querySelector<HTMLTextAreaElement>('#story-json')!;
    area.focus();
    area.select();
    await sendKeys({type: '{"events": [{"id": "a", "date": "10/09/2002", "title": "A"}]}'});
    await waitUntil(() => root.querySelector('.problems'), 'no problem listed');
    expect(root.querySelector('.problems')!.textContent).to.contain('ambiguous');
    await tabTo('.problems li:first-child button', true);
    await sendKeys({press: 'Enter'});
    expect(active().dataset.path).to.equal('events[0].date');
  });
});

describe("the playground editor: an event's media and quotes, and the story's eras, with the keyboard alone", () => {
  it('adds a picture to an event, says at its field that it needs a description, and takes "decoration" for one', async () => {
    const {root, preview, editor} = await mount();
    editor.load({version: 1, lang: 'en', events: [{id: 'a', date: '2026-02-03', title: 'A call'}]});
    root.querySelector<HTMLElement>('[data-path="events[0].title"]')!.focus();
    await tabTo('#add-media-events_0_');
    expect(active().textContent!.trim()).to.equal('Add media to event 1');
    await sendKeys({press: 'Enter'});
    expect(active().dataset.path, 'new media puts focus on its address').to.equal('events[0].media.url');
    await sendKeys({type: `${location.origin}/test/csp/portrait.svg`});
    await sendKeys({press: 'Tab'});
    expect(active().dataset.path).to.equal('events[0].media.alt');
    expect(active().getAttribute('aria-invalid'), 'a picture without a description is a problem').to.equal('true');
    const problem = root.querySelector(
      `#${active()
        .getAttribute('aria-describedby')!
        .split(' ')
        .find((id) => id.endsWith('-problem'))}`,
    )!;
    expect(problem.textContent).to.contain('is required');
    await tabTo('[data-path="events[0].media.decorative"]');
    await sendKeys({press: 'Space'});
    expect(active().checked).to.equal(true);
    expect(root.querySelector('[data-path="events[0].media.alt"]')!.getAttribute('aria-invalid')).to.equal(null);
    await tabTo('[data-path="events[0].media.caption"]');
    await sendKeys({type: 'The sitter'});
    const json = JSON.parse(root.querySelector<HTMLTextAreaElement>('#story-json')!.value);
    expect(json.events[0].media).to.deep.equal({url: `${location.origin}/test/csp/portrait.svg`, alt: '', caption: 'The sitter'});
    expect(root.querySelector('#editor-status')!.textContent).to.contain('0 problems');
    await waitUntil(
      () => (preview as EventTimeline).timeline?.events[0]?.media?.caption === 'The sitter',
      'the timeline did not take the media',
    );

    // Removing it leaves focus on the button that adds it again.
    await tabTo('.media .remove');
    await sendKeys({press: 'Enter'});
    expect(active().id).to.equal('add-media-events_0_');
    expect(JSON.parse(root.querySelector<HTMLTextAreaElement>('#story-json')!.value).events[0].media).to.equal(undefined);
  });

  it('adds a quote, with its problem at the words until they are written', async () => {
    const {root, editor} = await mount();
    editor.load({version: 1, lang: 'en', events: [{id: 'a', date: '2026-02-03', title: 'A call'}]});
    root.querySelector<HTMLElement>('[data-path="events[0].title"]')!.focus();
    await tabTo('#add-quote-events_0_');
    await sendKeys({press: 'Enter'});
    expect(active().dataset.path, 'a new quote puts focus on its words').to.equal('events[0].quotes[0].text');
    expect(active().getAttribute('aria-invalid'), 'empty words are a problem').to.equal('true');
    await sendKeys({type: 'We will act with care'});
    expect(active().getAttribute('aria-invalid')).to.equal(null);
    await sendKeys({press: 'Tab'});
    expect(active().dataset.path).to.equal('events[0].quotes[0].speaker');
    await sendKeys({type: 'A. Speaker'});
    await tabTo('[data-path="events[0].quotes[0].date"]');
    await sendKeys({type: '2026-02-03'});
    const json = JSON.parse(root.querySelector<HTMLTextAreaElement>('#story-json')!.value);
    expect(json.events[0].quotes).to.deep.equal([{text: 'We will act with care', speaker: 'A. Speaker', date: '2026-02-03'}]);
    await tabTo('.quote .remove');
    expect(active().textContent!.trim()).to.equal('Remove quote 1 of event 1');
    await sendKeys({press: 'Enter'});
    expect(active().id).to.equal('add-quote-events_0_');
    expect(JSON.parse(root.querySelector<HTMLTextAreaElement>('#story-json')!.value).events[0].quotes).to.equal(undefined);
  });

  it('adds an era, takes the fix offered for its period, and the timeline draws its band', async () => {
    const {root, preview, editor} = await mount();
    editor.load({
      version: 1,
      lang: 'en',
      events: [
        {id: 'a', date: '1990-05-01', title: 'A'},
        {id: 'b', date: '2026-02-03', title: 'B'},
      ],
    });
    root.querySelector<HTMLElement>('[data-path="events[1].title"]')!.focus();
    await tabTo('#add-era');
    await sendKeys({press: 'Enter'});
    expect(active().dataset.path, 'a new era puts focus on its title').to.equal('eras[0].title');
    await sendKeys({type: 'The talks'});
    await sendKeys({press: 'Tab'});
    expect(active().dataset.path).to.equal('eras[0].date');
    await sendKeys({type: 'circa 1996'});
    expect(active().getAttribute('aria-invalid')).to.equal('true');
    await sendKeys({press: 'Tab'});
    expect(active().textContent, 'the fix is the next stop after the field').to.contain('Use “1996~”');
    await sendKeys({press: 'Enter'});
    expect(active().dataset.path, 'focus goes back to the fixed field').to.equal('eras[0].date');
    expect(active().value).to.equal('1996~');
    await sendKeys({press: 'End'});
    await sendKeys({type: '/2001'});
    expect(active().getAttribute('aria-invalid')).to.equal(null);
    const json = JSON.parse(root.querySelector<HTMLTextAreaElement>('#story-json')!.value);
    expect(json.eras).to.deep.equal([{title: 'The talks', date: '1996~/2001'}]);
    await waitUntil(() => preview.shadowRoot?.querySelector('.eras .era text')?.textContent === 'The talks', 'no era band drawn');
    await tabTo('.era .remove');
    await sendKeys({press: 'Enter'});
    expect(active().id).to.equal('add-era');
    expect(JSON.parse(root.querySelector<HTMLTextAreaElement>('#story-json')!.value).eras).to.equal(undefined);
  });

  it('shows media, quotes and eras written in the JSON view in their fields, and leaves the loaded story as it was', async () => {
    const {root, editor} = await mount();
    const story = {
      version: 1,
      lang: 'en',
      events: [
        {
          id: 'a',
          date: '2026-02-03',
          title: 'A',
          media: {url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', alt: 'The speech'},
          quotes: [{text: 'Words', speaker: 'S'}],
        },
      ],
      eras: [{title: 'Then', date: '2026-01/2026-03'}],
    };
    const copy = structuredClone(story);
    editor.load(story);
    expect(root.querySelector<HTMLInputElement>('[data-path="events[0].media.url"]')!.value).to.equal(story.events[0]!.media.url);
    expect(root.querySelector<HTMLInputElement>('[data-path="events[0].quotes[0].speaker"]')!.value).to.equal('S');
    expect(root.querySelector<HTMLInputElement>('[data-path="eras[0].date"]')!.value).to.equal('2026-01/2026-03');
    const alt = root.querySelector<HTMLInputElement>('[data-path="events[0].media.alt"]')!;
    alt.focus();
    alt.select();
    await sendKeys({type: 'The whole speech'});
    expect(story, 'the form edits its own copy').to.deep.equal(copy);
  });
});

describe('the playground editor: accessibility', () => {
  it('has no axe violations, with a story that has problems shown at its fields', async () => {
    const {root, editor} = await mount();
    editor.load({
      version: 1,
      lang: 'en',
      categories: {a: {label: 'A'}},
      events: [
        {id: 'a', date: 'circa 1996', title: 'A', category: 'a'},
        {id: 'b', date: '2026', title: 'B'},
      ],
      links: [{from: 'a', to: 'b', kind: 'follows'}],
    });
    expect(root.querySelector('[aria-invalid="true"]')).to.exist;
    await expect(root).to.be.accessible();
  });

  it('has no axe violations with media, quotes and eras, their problems shown at their fields', async () => {
    const {root, editor} = await mount();
    editor.load({
      version: 1,
      lang: 'en',
      events: [
        {id: 'a', date: '2026-02-03', title: 'A', media: {url: 'javascript:alert(1)'}, quotes: [{text: '', speaker: 'S'}]},
        {id: 'b', date: '2026-02-05', title: 'B', media: {url: 'https://example.com/a.jpg', alt: ''}},
      ],
      eras: [{title: 'Then', date: 'circa 1996'}],
    });
    for (const path of ['events[0].media.url', 'events[0].media.alt', 'events[0].quotes[0].text', 'eras[0].date'])
      expect(root.querySelector(`[data-path="${path}"]`)!.getAttribute('aria-invalid'), path).to.equal('true');
    expect(root.querySelector<HTMLInputElement>('[data-path="events[1].media.decorative"]')!.checked).to.equal(true);
    await expect(root).to.be.accessible();
  });
});

describe('the playground editor: import, export, address', () => {
  it('imports a CSV sheet, TimelineJS3 JSON and event JSON', () => {
    expect(importText('date,title\n2026-02-03,A call\n', 'story.csv').doc!.events[0]!.title).to.equal('A call');
    const timelinejs = JSON.stringify({events: [{start_date: {year: 2026, month: 2}, text: {headline: 'A'}}]});
    expect(importText(timelinejs, 'tl.json').doc!.events[0]!.date).to.equal('2026-02');
    expect(importText('{"events": []}', 'x.json').doc!.events).to.deep.equal([]);
    expect(importText('{', 'x.json').problem).to.match(/^not JSON/);
  });

  it('writes an embed snippet whose inline JSON cannot end its script early', () => {
    const snippet = embedSnippet({version: 1, events: [{id: 'a', date: '2026', title: '</script><script>alert(1)</script>'}]});
    expect(snippet).to.contain('<script type="module" src="https://unpkg.com/event-timeline@0.1.0/dist/event-timeline.js"></script>');
    expect(snippet.match(/<\/script>/g)).to.have.length(2);
    const json = snippet.slice(snippet.indexOf('application/json">') + 18, snippet.lastIndexOf('</script>'));
    expect(JSON.parse(json).events[0].title).to.equal('</script><script>alert(1)</script>');
    expect(embedSnippet({version: 1, lang: 'en" onload="alert(1)', events: []})).to.contain('<event-timeline>');
    expect(embedSnippet({version: 1, lang: 'ru', events: []})).to.contain('<event-timeline lang="ru">');
  });

  it('reads a story back from the address it wrote', async () => {
    const {editor} = await mount();
    const before = location.hash;
    const withAddress = new StoryEditor(document.createElement('div'), document.createElement('div'), true);
    withAddress.load({version: 1, title: 'Ünïcode — 北京', events: [{id: 'a', date: '2026', title: 'A'}]});
    expect((storyInAddress() as {title: string}).title).to.equal('Ünïcode — 北京');
    history.replaceState(null, '', before || location.pathname + location.search);
    expect(editor.issues).to.be.an('array');
  });
});
