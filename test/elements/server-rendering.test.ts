// Pages made by the server renderer (the plain Node script of docs/server-rendering.md), opened
// by a reader's browser: with JavaScript off, the picture, every event and its title, the axis,
// the legend and the list are there; with it, the elements take over the server's markup
// (hydrate) with no console error, showing the same events, and answer the reader.
// (`node scripts/build.js --lib-only` first: the page uses dist/.)
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';

interface PageReport {
  shadowRoot: boolean;
  width: number;
  labels: {id: string; title: string; visible: boolean}[];
  marks: {id: string; visible: boolean; server: boolean; name: string; tabIndex: string | null}[];
  axisTicks: number;
  legend: string;
  listItems: number;
  markFills: string[];
  listHidden: boolean;
  links: number;
  toolbarVisible: boolean;
  serverMarkup: boolean;
  charts: number;
  quote: string;
  quoteSpeaker: string;
  showButton: boolean;
  defined: boolean;
  errors: string[];
  selected?: string;
  focused: string | null;
  focusedBeforeScript?: string | null;
  afterKey?: PageReport;
}

const open = (payload: {
  story: string;
  lang?: string;
  width?: number;
  js: boolean;
  viewport?: number;
  click?: string;
  csp?: 'hashes' | 'no-hashes';
  tab?: boolean;
}) => executeServerCommand<PageReport, typeof payload>('server-rendered-page', payload);

type Story = {events: {id: string; title: string}[]};
const stories: Record<'story-en.json' | 'story-ru.json', Story> = {'story-en.json': {events: []}, 'story-ru.json': {events: []}};
before(async () => {
  for (const name of Object.keys(stories) as (keyof typeof stories)[]) stories[name] = await (await fetch(`/demo/data/${name}`)).json();
});
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

for (const [story, lang] of [
  ['story-en.json', 'en'],
  ['story-ru.json', 'ru'],
] as const) {
  describe(`a server-rendered page (${lang})`, () => {
    let events: Story['events'] = [];
    before(() => (events = stories[story].events));

    it('shows every event with its whole title, the axis, the legend and the list with JavaScript off', async () => {
      const page = await open({story, lang, js: false});
      expect(page.defined, 'no script ran').to.equal(false);
      expect(page.shadowRoot).to.equal(true);
      expect(page.width).to.equal(720);
      expect(page.marks.map((mark) => mark.id).sort()).to.deep.equal(events.map((event) => event.id).sort());
      expect(page.marks.filter((mark) => !mark.visible)).to.deep.equal([]);
      expect(page.labels.length).to.equal(events.length);
      for (const event of events) {
        const label = page.labels.find((candidate) => candidate.id === event.id);
        expect(label, `${event.id} has a label`).to.exist;
        expect(words(label!.title), event.id).to.equal(words(event.title));
        expect(label!.visible, `${event.id}'s label is visible`).to.equal(true);
      }
      expect(page.axisTicks).to.be.greaterThan(2);
      expect(page.links).to.be.greaterThan(0);
      expect(page.legend).to.match(lang === 'ru' ? /Дипломатия/ : /Diplomacy/);
      expect(page.listItems).to.equal(events.length);
      // Buttons that would do nothing without script are not shown.
      expect(page.toolbarVisible).to.equal(false);
      expect(page.quote).to.have.length.greaterThan(10);
      expect(page.quoteSpeaker).to.have.length.greaterThan(3);
      expect(page.errors).to.deep.equal([]);
    });

    it('hydrates with JavaScript: the same events on the server markup, no console error, and a click selects', async () => {
      const click = events[1]!.id;
      const page = await open({story, lang, js: true, click});
      expect(page.errors).to.deep.equal([]);
      expect(page.defined).to.equal(true);
      expect(page.serverMarkup, 'the markup is the server’s, taken over').to.equal(true);
      expect(page.charts).to.equal(1);
      expect(page.marks.map((mark) => mark.id).sort()).to.deep.equal(events.map((event) => event.id).sort());
      // One label an event: the server's went once the label layer had written its own.
      expect(page.labels.length).to.equal(events.length);
      for (const event of events)
        expect(words(page.labels.find((label) => label.id === event.id)?.title ?? ''), event.id).to.equal(words(event.title));
      expect(page.listItems).to.equal(events.length);
      expect(page.toolbarVisible).to.equal(true);
      // The quote card found its timeline once hydrated.
      expect(page.showButton).to.equal(true);
      expect(page.selected).to.equal(click);
    });

    it('keeps the server’s options when it hydrates: the one a reader tabbed to keeps the focus, and the arrows move it', async () => {
      const page = await open({story, lang, js: true, tab: true});
      expect(page.errors).to.deep.equal([]);
      // Each event's option is the server's element, taken over: one an event, none drawn again beside it.
      expect(page.marks.map((mark) => mark.id).sort()).to.deep.equal(events.map((event) => event.id).sort());
      expect(
        page.marks.filter((mark) => !mark.server).map((mark) => mark.id),
        'options drawn again',
      ).to.deep.equal([]);
      expect(
        page.marks.every((mark) => mark.name.length > 10),
        'every option is named',
      ).to.equal(true);
      expect(page.focusedBeforeScript, 'the reader tabbed into the picture before the script ran').to.be.a('string');
      expect(page.focused, 'still focused once hydrated').to.equal(page.focusedBeforeScript);
      expect(page.marks.filter((mark) => mark.tabIndex === '0').map((mark) => mark.id)).to.deep.equal([page.focused]);
      // The hydrated element answers the keys: the focus moves to another event, which Tab now reaches.
      const after = page.afterKey!;
      expect(after.focused).to.be.a('string').and.not.equal(page.focused);
      expect(after.marks.filter((mark) => mark.tabIndex === '0').map((mark) => mark.id)).to.deep.equal([after.focused]);
    });
  });
}

describe('a server-rendered page at phone width', () => {
  it('is laid out vertically by the server and hydrates at the reader’s width without errors', async () => {
    const page = await open({story: 'story-en.json', width: 360, js: true, viewport: 390});
    expect(page.errors).to.deep.equal([]);
    expect(page.serverMarkup).to.equal(true);
    expect(page.marks.length).to.equal(stories['story-en.json'].events.length);
    expect(page.width).to.be.within(300, 390);
  });
});

describe('a server-rendered page under a strict Content-Security-Policy', () => {
  // The policy allows the page's inline styles by their hashes (styleHashes), and no other inline style.
  const colours = ['rgb(176, 58, 46)', 'rgb(31, 95, 153)', 'rgb(107, 76, 154)', 'rgb(154, 106, 0)'];

  it('shows the styled picture with JavaScript off: category colours, the list out of sight, nothing refused', async () => {
    const page = await open({story: 'story-en.json', js: false, csp: 'hashes'});
    expect(page.errors).to.deep.equal([]);
    expect(page.marks.length).to.equal(stories['story-en.json'].events.length);
    expect(page.markFills.filter((fill) => colours.includes(fill)).length).to.be.greaterThan(3);
    expect(page.listHidden).to.equal(true);
    for (const label of page.labels) expect(label.visible, label.id).to.equal(true);
  });

  it('hydrates under it with no error', async () => {
    const page = await open({story: 'story-en.json', js: true, csp: 'hashes', click: stories['story-en.json'].events[1]!.id});
    expect(page.errors).to.deep.equal([]);
    expect(page.serverMarkup).to.equal(true);
    expect(page.markFills.filter((fill) => colours.includes(fill)).length).to.be.greaterThan(3);
    expect(page.selected).to.equal(stories['story-en.json'].events[1]!.id);
  });

  it('(the control) without the hashes, the same policy refuses the styles: unstyled marks, the browser says why', async () => {
    const page = await open({story: 'story-en.json', js: false, csp: 'no-hashes'});
    expect(page.errors.some((error) => /Content Security Policy/i.test(error))).to.equal(true);
    expect(page.markFills.filter((fill) => colours.includes(fill))).to.deep.equal([]);
    expect(page.listHidden).to.equal(false);
  });
});
