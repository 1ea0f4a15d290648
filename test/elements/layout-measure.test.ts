// The layout measure (test/layout/measure.ts) counts what it says it counts: checked on small
// drawings written by hand in the classes <event-timeline> draws, where the answer is known,
// so that a layout report's numbers can be trusted before they are used to judge a layout.
import {expect, fixture, html} from '@open-wc/testing';
import {render, svg, type TemplateResult} from 'lit';
import {measureTimeline, type MeasuredTimeline} from '../layout/measure.js';

interface FakeData {
  anchor?: string;
  events: {id: string; title: string}[];
}

class HandDrawnTimeline extends HTMLElement {
  timeline?: FakeData;
  constructor() {
    super();
    this.attachShadow({mode: 'open'});
  }
}
customElements.define('hand-drawn-timeline', HandDrawnTimeline);

const EVENTS = [
  {id: 'a', title: 'Alpha event'},
  {id: 'b', title: 'Beta event'},
  {id: 'c', title: 'Gamma event'},
];

/** A 400 × 200 drawing (or as given) holding `content`, with the data it pretends to draw. */
async function drawing(
  content: TemplateResult,
  data: FakeData = {anchor: 'a', events: EVENTS},
  size = {width: 400, height: 200},
): Promise<MeasuredTimeline> {
  const element = await fixture<HandDrawnTimeline>(html`<hand-drawn-timeline></hand-drawn-timeline>`);
  element.timeline = data;
  render(
    html`<svg
      role="group"
      width=${size.width}
      height=${size.height}
      viewBox="0 0 ${size.width} ${size.height}"
      font-size="13"
      font-family="sans-serif"
    >
      ${content}
    </svg>`,
    element.shadowRoot!,
  );
  return element;
}

const track = (vertical = false) =>
  vertical
    ? svg`<line class="track" x1="40" y1="0" x2="40" y2="400"></line>`
    : svg`<line class="track" x1="0" y1="150" x2="400" y2="150"></line>`;
const mark = (id: string, x: number, y: number) =>
  svg`<g class="event" data-event-id=${id}><rect class="dot" x=${x - 6} y=${y - 6} width="12" height="12" rx="6"></rect></g>`;
// As the label layer writes a label: the first title line the text's own, the others and the date tspans.
const label = (id: string, x: number, y: number, lines: string[], date = '1 May') =>
  svg`<text class="label" data-label-for=${id} transform="translate(${x},${y})">${lines[0]}${lines
    .slice(1)
    .map((line) => svg`<tspan class="line" x="0" dy="16">${line}</tspan>`)}<tspan class="subtitle" x="0" dy="16">${date}</tspan></text>`;

describe('measureTimeline', () => {
  it('counts events drawn as marks and events left in clusters', async () => {
    const metrics = measureTimeline(
      await drawing(svg`${track()}${mark('a', 20, 100)}${mark('b', 200, 100)}${mark('b', 210, 100)}
        <g class="cluster"><text>+1</text></g>`),
    );
    expect([metrics.events, metrics.drawn, metrics.hidden]).to.deep.equal([3, 2, 1]);
    expect(metrics.details.hidden).to.deep.equal(['c']);
    expect(metrics.details.clustered).to.equal(1);
  });

  it('compares drawn titles, lines joined, with the full titles, and knows when the anchor is cut or missing', async () => {
    const content = svg`${track()}${label('a', 10, 20, ['Alpha', '  event'])}${label('b', 200, 20, ['Beta…'])}`;
    const metrics = measureTimeline(await drawing(content));
    expect(metrics.titlesCut).to.equal(1);
    expect(metrics.details.titlesCut).to.deep.equal([{id: 'b', drawn: 'Beta…', title: 'Beta event'}]);
    expect(metrics.anchorCut).to.equal(false);
    expect(measureTimeline(await drawing(content, {anchor: 'b', events: EVENTS})).anchorCut).to.equal(true);
    expect(measureTimeline(await drawing(content, {anchor: 'c', events: EVENTS})).anchorCut).to.equal(true);
  });

  it('counts pairs of labels that overlap, with their date lines, and not labels apart', async () => {
    const metrics = measureTimeline(
      await drawing(
        svg`${track()}${label('a', 10, 20, ['Alpha event'])}${label('b', 40, 44, ['Beta event'])}${label('c', 250, 20, ['Gamma event'])}`,
      ),
    );
    // b's title sits on a's date line only.
    expect(metrics.details.labelOverlaps).to.deep.equal([['a', 'b']]);
  });

  it('finds link labels on ticks, event labels and each other, each pair once', async () => {
    const metrics = measureTimeline(
      await drawing(svg`${track()}
        <g class="tick" transform="translate(100,170)"><text>2001</text></g>
        <path class="link" d="M0,150 L100,150" data-from="a" data-to="b"></path><text class="link-label" x="95" y="170">25 years</text>
        <path class="link" d="M0,150 L120,150" data-from="a" data-to="c"></path><text class="link-label" x="100" y="172">Context</text>
        <path class="link" d="M0,150 L300,150" data-from="b" data-to="c"></path><text class="link-label" x="300" y="190">far away</text>`),
    );
    expect(metrics.linkLabelCollisions).to.equal(3);
    expect(metrics.details.linkLabelCollisions.map((hit) => hit.with)).to.deep.equal([
      'tick "2001"',
      'label of link a→c #1 "Context"',
      'tick "2001"',
    ]);
  });

  it("samples arcs along their length and finds those through event labels or other links' labels, not their own", async () => {
    const metrics = measureTimeline(
      await drawing(svg`${track()}${label('a', 100, 58, ['Alpha event'])}
        <path class="link" d="M20,150 C20,20 300,20 300,150" data-from="a" data-to="b"></path><text class="link-label" x="30" y="92">own label</text>
        <path class="link" d="M20,190 L380,190" data-from="b" data-to="c"></path><text class="link-label" x="200" y="185">elsewhere</text>`),
    );
    // The first arc's apex (160, 52.5) is in a's title; at (49, 88) it crosses its own label, which does not count.
    expect(metrics.details.arcsThroughLabels).to.deep.equal([{link: 'link a→b #0', label: 'label a'}]);
  });

  it('in vertical layouts, finds labels more than 40 px from their mark along time', async () => {
    const content = svg`${track(true)}${mark('a', 40, 20)}${label('a', 60, 25, ['Alpha event'])}${mark('b', 40, 60)}${label('b', 60, 160, ['Beta event'])}`;
    const metrics = measureTimeline(await drawing(content, {events: EVENTS}, {width: 300, height: 400}));
    expect(metrics.vertical).to.equal(true);
    expect(metrics.details.farFromMark.map((far) => far.id)).to.deep.equal(['b']);
    expect(metrics.details.farFromMark[0].distance).to.be.within(80, 100);
    expect(metrics.heightPerEvent).to.be.closeTo(400 / 3, 0.1);
  });

  it('does not judge distance from marks in horizontal layouts', async () => {
    const metrics = measureTimeline(await drawing(svg`${track()}${mark('a', 20, 140)}${label('a', 30, 20, ['Alpha event'])}`));
    expect([metrics.vertical, metrics.farFromMark]).to.deep.equal([false, 0]);
  });

  it('finds texts that leave the drawing, and not those inside', async () => {
    const metrics = measureTimeline(
      await drawing(svg`${track()}${label('a', 350, 40, ['Alpha event'], '1 May 2001 to 3 June 2002')}${label('b', 10, 40, ['Beta event'])}
        <g class="tick" transform="translate(200,170)"><text>2001</text></g>
        <g class="now"><line x1="5" y1="0" x2="5" y2="150"></line><text x="10" y="-2">Story date</text></g>`),
    );
    expect(metrics.details.edgeCuts.map(({text}) => text)).to.deep.equal(['title of a', 'date of a', 'story-date label']);
  });
});
