// The light-DOM list reader in a real browser: a CMS author's <ol> of news items becomes event
// JSON that parses without errors; hostile markup gives only text and no URL; the DOM is never changed.
import {expect, fixture, html} from '@open-wc/testing';
import {readLightDomList} from '../../src/adapters/light-dom-list.js';
import {parseTimeline} from '../../src/model/parse-timeline.js';

/** A host holding `markup`, parsed into a document with no browsing context: nothing in it loads or runs. */
function inertHost(markup: string): Element {
  // The test's own fixture markup; the code under test never parses or inserts HTML.
  const doc = new DOMParser().parseFromString(`<div>${markup}</div>`, 'text/html');
  return doc.body.firstElementChild!;
}

/** Reads `host` and checks that reading left its DOM exactly as it was. */
function read(host: Element) {
  const before = host.outerHTML;
  const result = readLightDomList(host);
  expect(host.outerHTML).to.equal(before);
  return result;
}

describe('readLightDomList', () => {
  it('reads the seed story written as a list, into a document that parses without errors', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <ol data-anchor="call" data-now="2026-02-03" data-title="Putin and Xi: the call of 3 February 2026 and the dates around it">
          <li data-id="treaty" data-category="treaty">
            <time datetime="2001-07-16">16 July 2001</time> — <strong>Russia and China sign the Treaty of Good-Neighbourliness</strong>.
            Signed in Moscow, it is the foundation of relations between the two countries.
            <a href="https://en.wikipedia.org/wiki/2001_Sino-Russian_Treaty_of_Friendship">Wikipedia</a>
          </li>
          <li data-id="call" data-category="diplomacy" data-status="happened" data-place="Moscow — Beijing, by video link">
            <time datetime="2026-02-03">3 February 2026</time>
            <h3>Putin and Xi hold a video call</h3>
            <p>They discuss partnership and strategic cooperation, trade (turnover reached $200 billion) and the international agenda.</p>
            <p>The call lasts almost 1.5 hours.</p>
          </li>
          <li data-id="new-start" data-category="security" data-status="expected">
            <time datetime="2026-02-05">5 February 2026</time>: <b>New START expires</b>
            <blockquote cite="http://kremlin.ru/events/president/news" lang="ru">
              Россия будет действовать взвешенно и ответственно на основе анализа обстановки
              <footer>— Владимир Путин</footer>
            </blockquote>
            <a href="/wiki/New_START">Wikipedia: New START</a>
          </li>
          <li data-category="culture"><time datetime="2026-02-17">17 February 2026</time> Chinese New Year (Spring Festival)</li>
        </ol>
      </div>`,
    );
    const result = read(host)!;
    expect(result.issues).to.deep.equal([]);
    expect(result.document).to.deep.equal({
      version: 1,
      lang: 'en',
      title: 'Putin and Xi: the call of 3 February 2026 and the dates around it',
      now: '2026-02-03',
      anchor: 'call',
      events: [
        {
          id: 'treaty',
          date: '2001-07-16',
          title: 'Russia and China sign the Treaty of Good-Neighbourliness',
          summary: 'Signed in Moscow, it is the foundation of relations between the two countries.',
          category: 'treaty',
          source: {name: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/2001_Sino-Russian_Treaty_of_Friendship'},
        },
        {
          id: 'call',
          date: '2026-02-03',
          title: 'Putin and Xi hold a video call',
          summary:
            'They discuss partnership and strategic cooperation, trade (turnover reached $200 billion) and the international agenda.\nThe call lasts almost 1.5 hours.',
          category: 'diplomacy',
          place: 'Moscow — Beijing, by video link',
          status: 'happened',
        },
        {
          id: 'new-start',
          date: '2026-02-05',
          title: 'New START expires',
          category: 'security',
          status: 'expected',
          // A relative link is resolved against the page, as the browser would follow it.
          source: {name: 'Wikipedia: New START', url: new URL('/wiki/New_START', location.href).href},
          quotes: [
            {
              text: 'Россия будет действовать взвешенно и ответственно на основе анализа обстановки',
              speaker: 'Владимир Путин',
              url: 'http://kremlin.ru/events/president/news',
              lang: 'ru',
            },
          ],
        },
        {id: 'e4', date: '2026-02-17', title: 'Chinese New Year (Spring Festival)', category: 'culture'},
      ],
    });

    const {timeline, issues} = parseTimeline(result.document);
    expect(issues).to.deep.equal([]);
    expect(timeline!.anchor).to.equal('call');
    expect(timeline!.events.map((event) => event.id)).to.deep.equal(['treaty', 'call', 'new-start', 'e4']);
    expect(timeline!.events.find((event) => event.id === 'e4')!.status).to.equal('expected');
  });

  it('gives only text and no URL for hostile content, and runs nothing', () => {
    const host = inertHost(
      '<ol><li><time datetime="2026">x</time><img src=x onerror="window.__pwned=1"><a href="javascript:alert(1)">src</a></li></ol>',
    );
    const result = read(host)!;
    // The link's URL is dropped with a warning, as the same URL in event JSON is; its text stays,
    // as the title and the source's name.
    expect(result.document.events).to.deep.equal([{id: 'e1', date: '2026', title: 'src', source: {name: 'src'}}]);
    expect(result.issues).to.deep.equal([
      {
        path: 'li[1]/a/@href',
        message: '"javascript:alert(1)" is not an absolute http:, https: or mailto: URL; it is not linked',
        severity: 'warning',
      },
    ]);
    expect(JSON.stringify(result.document)).not.to.match(/javascript|onerror|__pwned|</);
    expect(parseTimeline(result.document).issues).to.deep.equal([]);
    expect((window as {__pwned?: unknown}).__pwned).to.equal(undefined);
    expect(document.querySelector('img[onerror]')).to.equal(null);
  });

  it('keeps markup-looking text as text, and leaves out scripts, styles, templates and hidden text', () => {
    const host = inertHost(`<ol><li>
      <time datetime="2026-02-03">3 Feb</time>
      <strong>&lt;b&gt;Call&lt;/b&gt; <script>window.__pwned = 1</script></strong>
      Summary <style>li { color: red }</style><template><img src=x onerror="window.__pwned=1">t</template><span hidden>secret</span>text.
      <blockquote cite="javascript:alert(1)" data-speaker="&lt;img src=x onerror=alert(1)&gt;">Quoted <script>alert(1)</script>words</blockquote>
    </li></ol>`);
    const {document: doc, issues} = read(host)!;
    expect(doc.events[0]).to.deep.equal({
      id: 'e1',
      date: '2026-02-03',
      title: '<b>Call</b>',
      summary: 'Summary text.',
      quotes: [{text: 'Quoted words', speaker: '<img src=x onerror=alert(1)>'}],
    });
    expect(issues).to.deep.equal([]);
  });

  it('returns undefined when the host has no <ol> or <ul> child', async () => {
    expect(
      read(
        await fixture(
          html`<div>
            <p>Text</p>
            <div>
              <ol>
                <li><time datetime="2026">x</time> y</li>
              </ol>
            </div>
          </div>`,
        ),
      ),
    ).to.equal(undefined);
    expect(read(await fixture(html`<div></div>`))).to.equal(undefined);
  });

  it('reads a <ul> too, and takes the first list', async () => {
    const host = await fixture(
      html`<div>
        <p>Intro</p>
        <ul>
          <li><time datetime="2026">2026</time> First list</li>
        </ul>
        <ol>
          <li><time datetime="2027">x</time> Second</li>
        </ol>
      </div>`,
    );
    expect(read(host)!.document.events.map((event) => event.title)).to.deep.equal(['First list']);
  });

  it('makes <time> values EDTF: a space for "T", no fractions of a second; the <time> text when there is no datetime', async () => {
    const host = await fixture(
      html`<div>
        <ol data-now="2026-02-03 09:00">
          <li><time datetime="2026-02-03 14:00">14:00</time> <b>A</b></li>
          <li><time datetime="2026-02-03T14:00:00.000+03:00">14:00</time> <b>B</b></li>
          <li><time datetime="2026-02-03T14:00:00+03:00">14:00</time> <b>C</b></li>
          <li><time>2026-07</time> <b>D</b></li>
          <li><time datetime="2026-40?">first half</time> <b>E</b></li>
        </ol>
      </div>`,
    );
    const {document: doc, issues} = read(host)!;
    expect(issues).to.deep.equal([]);
    expect(doc.now).to.equal('2026-02-03T09:00');
    expect(doc.events.map((event) => event.date)).to.deep.equal([
      '2026-02-03T14:00',
      '2026-02-03T14:00:00+03:00',
      '2026-02-03T14:00:00+03:00',
      '2026-07',
      '2026-40?',
    ]);
    expect(parseTimeline(doc).issues).to.deep.equal([]);
  });

  it('reports each problem at the item as an author counts it, and keeps the good items', async () => {
    const host = await fixture(
      html`<div lang="en">
        <ol data-anchor="nowhere" data-now="soon">
          <li><b>No date at all</b></li>
          <li><time datetime="2026-13-01">x</time> <b>Bad month</b></li>
          <li><time>3 February</time> <b>Date in words only</b></li>
          <li><time datetime="2026-02-03"></time></li>
          <li data-id="call" data-status="maybe"><time datetime="2026-02-03">x</time> <b>Call</b></li>
          <li data-id="call"><time datetime="2026-02-04">x</time> <b>Call again</b></li>
          <li data-id="new start!"><time datetime="2026-02-05">x</time> <b>Expiry</b></li>
          <li data-id="—"><time datetime="2026-02-06">x</time> <b>Dash</b></li>
          <li>
            <time datetime="2026-02-07">x</time> <b>Empty quote</b>
            <blockquote></blockquote>
          </li>
        </ol>
      </div>`,
    );
    const {document: doc, issues} = read(host)!;
    expect(issues).to.deep.equal([
      {path: 'li[1]', message: 'has no <time datetime> (or data-date)', severity: 'error'},
      {path: 'li[2]', message: '<time> "2026-13-01" has month 13 (must be 01–12)', severity: 'error'},
      {path: 'li[3]', message: '<time> "3 February" is not a valid EDTF date', severity: 'error'},
      {path: 'li[4]', message: 'has no title', severity: 'error'},
      {path: 'li[6]/@data-id', message: '"call" is taken or not a valid id; read as "call-2"', severity: 'warning'},
      {path: 'li[7]/@data-id', message: '"new start!" is taken or not a valid id; read as "new-start"', severity: 'warning'},
      {path: 'li[8]/@data-id', message: '"—" is taken or not a valid id; ignored', severity: 'warning'},
    ]);
    expect(doc.events.map((event) => [event.id, event.title])).to.deep.equal([
      ['call', 'Call'],
      ['call-2', 'Call again'],
      ['new-start', 'Expiry'],
      ['e8', 'Dash'],
      ['e9', 'Empty quote'],
    ]);
    // An empty quote is no quote. What parseTimeline checks anyway is passed on as written, and reported there.
    expect(doc.events[4]).not.to.have.property('quotes');
    expect([doc.now, doc.anchor, doc.events[0]!.status]).to.deep.equal(['soon', 'nowhere', 'maybe']);
    expect(parseTimeline(doc).issues).to.deep.equal([
      {
        path: 'events[0].status',
        message: '"maybe" is not one of happened, planned, expected, cancelled; derived from the date instead',
        severity: 'warning',
      },
      {path: 'anchor', message: '"nowhere" is not the id of any event', severity: 'error'},
      {path: 'now', message: '"soon" is not a valid EDTF date', severity: 'warning'},
    ]);
  });

  it('reports an empty list through parseTimeline', async () => {
    const result = read(await fixture(html`<div><ol></ol></div>`))!;
    expect(result).to.deep.equal({document: {version: 1, events: []}, issues: [], places: {events: [], links: [], eras: []}});
    expect(parseTimeline(result.document).issues).to.deep.equal([
      {path: 'events', message: 'must hold at least one event', severity: 'error'},
    ]);
  });

  it("finds the speaker in a <cite>, a <footer>, data-speaker or the <figure>'s caption", async () => {
    const host = await fixture(
      html`<div>
        <ol>
          <li>
            <time datetime="2026-02-03">3 Feb</time> <b>Quotes</b>
            <blockquote>One <cite>Yuri Ushakov</cite></blockquote>
            <blockquote data-speaker="Vladimir Putin">
              Two
              <footer>ignored footer is still text</footer>
            </blockquote>
            <figure>
              <blockquote>Three</blockquote>
              <figcaption>— Xi Jinping</figcaption>
            </figure>
          </li>
        </ol>
      </div>`,
    );
    const {document: doc} = read(host)!;
    expect(doc.events[0]!.quotes).to.deep.equal([
      {text: 'One', speaker: 'Yuri Ushakov'},
      {text: 'Two\nignored footer is still text', speaker: 'Vladimir Putin'},
      {text: 'Three', speaker: 'Xi Jinping'},
    ]);
    expect(doc.events[0]!.summary).to.equal(undefined);
  });

  it('takes the language from the list, the host or an ancestor, and titles a bare link item by its link', async () => {
    const host = await fixture(
      html`<section lang="ru">
        <div>
          <ol>
            <li>
              <time datetime="2026-02-03">3 февраля</time>:
              <a href="https://ria.ru/20260203/call.html">Путин и Си Цзиньпин провели разговор</a>
            </li>
          </ol>
        </div>
      </section>`,
    );
    const {document: doc} = read(host.querySelector('div')!)!;
    expect(doc.lang).to.equal('ru');
    expect(doc.events[0]).to.deep.equal({
      id: 'e1',
      date: '2026-02-03',
      title: 'Путин и Си Цзиньпин провели разговор',
      source: {name: 'Путин и Си Цзиньпин провели разговор', url: 'https://ria.ru/20260203/call.html'},
    });
  });

  it("reads the whole format: links both ways of writing them, category labels and colours, eras and a speaker's role", async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <ol data-title="The race to the Moon">
          <li data-type="era" data-date="1961-04-12/1969-07-24"><strong>The crewed race</strong></li>
          <li data-id="sputnik" data-category="soviet" data-category-label="Soviet Union" data-category-color="#b03a2e">
            <time datetime="1957-10-04">4 October 1957</time> <strong>Sputnik 1 is launched</strong>
          </li>
          <li data-id="gagarin" data-category="soviet">
            <time datetime="1961-04-12">12 April 1961</time> <strong>Gagarin orbits the Earth</strong>,
            <a href="#sputnik" data-link="follows">four years after Sputnik</a>.
            <a href="https://example.org/gagarin">Source</a>
          </li>
          <li data-id="kennedy" data-category="us" data-category-label="United States" data-links="follows: gagarin">
            <time datetime="1961-05-25">25 May 1961</time> <strong>Kennedy sets the goal</strong>
            <blockquote data-speaker="John F. Kennedy" data-role="President of the United States">Before this decade is out</blockquote>
          </li>
        </ol>
      </div>`,
    );
    const {document, issues} = read(host)!;
    expect(issues).to.deep.equal([]);
    expect(document.categories).to.deep.equal({soviet: {label: 'Soviet Union', color: '#b03a2e'}, us: {label: 'United States'}});
    expect(document.links).to.deep.equal([
      {from: 'gagarin', to: 'sputnik', kind: 'follows'},
      {from: 'kennedy', to: 'gagarin', kind: 'follows'},
    ]);
    expect(document.eras).to.deep.equal([{title: 'The crewed race', date: '1961-04-12/1969-07-24'}]);
    const gagarin = document.events.find((event) => event.id === 'gagarin')!;
    expect(gagarin.source).to.deep.equal({name: 'Source', url: 'https://example.org/gagarin'});
    expect(gagarin.title).to.equal('Gagarin orbits the Earth');
    expect(document.events.find((event) => event.id === 'kennedy')!.quotes![0]).to.deep.equal({
      text: 'Before this decade is out',
      speaker: 'John F. Kennedy',
      role: 'President of the United States',
    });
    const {timeline, issues: parsed} = parseTimeline(document);
    expect(parsed).to.deep.equal([]);
    expect(timeline!.categories.map((category) => category.label)).to.deep.equal(['Soviet Union', 'United States']);
  });

  it('reports an era without a date, and a link to an id no item has, where the author can find them', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div>
        <ol>
          <li data-type="era"><strong>No date</strong></li>
          <li data-id="a"><time datetime="2026-01-01">1 January</time> <b>A</b> <a href="#nowhere" data-link="follows">x</a></li>
        </ol>
      </div>`,
    );
    const {document, issues} = read(host)!;
    expect(issues[0]!.path).to.equal('li[1]');
    expect(issues[0]!.message).to.contain('give it data-date=');
    const parsed = parseTimeline(document).issues;
    expect(parsed.map((issue) => `${issue.path}: ${issue.message}`)).to.deep.equal(['links[0].to: "nowhere" is not the id of any event']);
  });
});
