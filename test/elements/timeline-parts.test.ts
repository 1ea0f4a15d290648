// The seed story drawn by <event-timeline>: every public part is there and means what it says.
import {expect} from '@open-wc/testing';
import {waitUntil} from './wait.js';
import {sendMouse} from '@web/test-runner-commands';
import {METRICS} from '../../src/layout/geometry.js';
import {generateStory} from '../../bench/generate.js';
import type {EventTimeline} from '../../src/elements/event-timeline/event-timeline.js';
import {centre, eventLabel, eventMark, part, parts, story, timelineWith} from './helpers.js';

/** Every node under `node` (elements, text, comments), itself included. */
const nodesIn = (node: Node): number => [...node.childNodes].reduce((sum, child) => sum + nodesIn(child), 1);

/** What each drawn event costs: its option and its label, with Lit's markers and white space just before each, as the benchmark counts them. */
function nodesPerEvent(element: EventTimeline): number[] {
  const options = [...element.shadowRoot!.querySelectorAll<SVGGElement>('svg [part~="event"][data-event-id]')];
  return options.map((mark) => {
    const label = eventLabel(element, mark.getAttribute('data-event-id')!);
    let lead = 0;
    for (const node of [mark, label])
      for (let before = node.previousSibling; before && before.nodeType !== Node.ELEMENT_NODE; before = before.previousSibling) lead++;
    return nodesIn(mark) + nodesIn(label) + lead;
  });
}

describe('<event-timeline> parts on the seed story', () => {
  it('formats in the language of the data when the page names none', async () => {
    const element = await timelineWith(await story('ru'));
    expect(part(element, 'axis')!.textContent).to.match(/февр/);
  });

  it('formats in the element language, own or inherited, over that of the data', async () => {
    const element = await timelineWith(await story('ru'), {attrs: {lang: 'en-GB'}});
    expect(part(element, 'axis')!.textContent).to.match(/Feb/);
    expect(eventLabel(element, 'treaty').textContent).to.contain('16 Jul 2001');
  });

  it('draws a time axis with Intl tick labels in the element language', async () => {
    const element = await timelineWith(await story('ru'), {attrs: {lang: 'ru'}});
    const axis = part(element, 'axis')!;
    const labels = [...axis.querySelectorAll('text')].map((text) => text.textContent);
    expect(labels).to.include('2001');
    expect(labels.some((label) => /февр|март|апр/.test(label ?? ''))).to.equal(true, labels.join(' | '));
  });

  it('cuts the empty years between 2001 and 2026 with one axis break', async () => {
    const element = await timelineWith(await story('ru'), {attrs: {lang: 'ru'}});
    expect(parts(element, 'axis-break')).to.have.length(1);
    const breakX = parts(element, 'axis-break')[0].getBoundingClientRect().x;
    expect(eventMark(element, 'treaty').querySelector('.dot')!.getBoundingClientRect().x).to.be.below(breakX);
    expect(eventMark(element, 'call').querySelector('.dot')!.getBoundingClientRect().x).to.be.above(breakX);
  });

  it('draws a continuous axis when breaks are turned off', async () => {
    const element = await timelineWith(await story('ru'), {attrs: {'no-breaks': ''}});
    expect(parts(element, 'axis-break')).to.have.length(0);
  });

  it('marks the anchor, planned and expected events with their part tokens', async () => {
    const element = await timelineWith(await story('ru'), {attrs: {lang: 'ru'}});
    expect(eventMark(element, 'call').getAttribute('part')).to.contain('anchor');
    expect(eventMark(element, 'visit').getAttribute('part')).to.contain('planned');
    expect(eventMark(element, 'treaty').getAttribute('part')).not.to.contain('planned');
  });

  it('draws the first half of 2026 as a fuzzy bar, and a day as a point', async () => {
    const element = await timelineWith(await story('ru'), {attrs: {lang: 'ru'}});
    const bar = eventMark(element, 'visit').querySelector('rect.bar')!;
    // Fades out at both uncertain ends, along the axis: a mask image from faint to full to faint.
    expect(getComputedStyle(bar).maskImage, 'fades out at its uncertain ends').to.match(
      /^linear-gradient\(to right, rgba\(0, 0, 0, 0\.14\).*rgba\(0, 0, 0, 0\.14\)[^,]*\)$/,
    );
    expect(bar.getBoundingClientRect().width).to.be.above(200);
    expect(eventMark(element, 'call').querySelector('.dot')).to.exist;
    expect(eventLabel(element, 'visit').textContent).to.contain('первое полугодие 2026');
  });

  it('draws each link with data-from and data-to, and labels them with derived phrases', async () => {
    const data = await story('ru');
    const element = await timelineWith(data, {attrs: {lang: 'ru'}});
    const links = parts(element, 'link');
    expect(links).to.have.length((data.links as unknown[]).length);
    const anniversary = links.find((link) => link.getAttribute('data-kind') === 'anniversary')!;
    expect(anniversary.getAttribute('data-from')).to.equal('treaty');
    expect(anniversary.getAttribute('data-to')).to.equal('treaty-25');
    const labels = parts(element, 'link-label').map((label) => label.textContent);
    expect(labels).to.include('25 лет');
    expect(labels).to.include('через 2 недели');
  });

  it('marks the story date and names it in the legend', async () => {
    const element = await timelineWith(await story('en'));
    const now = part(element, 'now')!.querySelector('line')!.getBoundingClientRect();
    const call = eventMark(element, 'call').querySelector('.dot')!.getBoundingClientRect();
    expect(Math.abs(now.x - (call.x + call.width / 2))).to.be.below(2);
    expect(part(element, 'legend')!.textContent).to.contain('Story date');
    // Drawn, not only placed: an SVG line without a stroke has its box and shows nothing.
    for (const line of [part(element, 'now')!.querySelector('line')!, part(element, 'legend')!.querySelector('.legend-now line')!]) {
      const style = getComputedStyle(line);
      expect(style.stroke, 'the marker line is stroked').to.not.equal('none');
      expect(parseFloat(style.strokeWidth)).to.be.above(1);
      expect(style.strokeDasharray).to.not.equal('none');
    }
  });

  it('colours events by category and lists the categories in the legend', async () => {
    const element = await timelineWith(await story('en'));
    const legend = part(element, 'legend')!.textContent!;
    for (const label of ['Diplomacy', 'Treaties', 'Security', 'Holidays']) expect(legend).to.contain(label);
    const dot = eventMark(element, 'treaty').querySelector('.dot')!;
    expect(getComputedStyle(dot).fill).to.equal('rgb(31, 95, 153)');
  });

  it('gives every event mark its data-event-id and accessible name', async () => {
    const element = await timelineWith(await story('en'));
    const mark = eventMark(element, 'treaty-25');
    expect(mark.getAttribute('role')).to.equal('option');
    expect(mark.getAttribute('aria-label')).to.match(/25 years of the Treaty.*July 16, 2026.*in 5 months/);
  });

  it('draws each event in at most 12 DOM nodes: its option (target, stem, mark) and its label, one text', async () => {
    const element = await timelineWith(await story('en'));
    const counts = nodesPerEvent(element);
    expect(Math.max(...counts), `nodes per event ${counts}`).to.be.at.most(14);
    expect(counts.reduce((a, b) => a + b, 0) / counts.length, `nodes per event ${counts}`).to.be.at.most(12);
    // Still everything a reader needs: the option's name and the label's title and date.
    expect(eventMark(element, 'call').getAttribute('aria-label')).to.contain('Putin');
    expect(eventLabel(element, 'treaty').textContent).to.contain('Treaty').and.to.contain('2001');
  });

  it('draws the events of a 100-event story in at most 12 DOM nodes each, titles of two and three lines included', async () => {
    // The benchmark's own story of 100 events, at its width.
    const element = await timelineWith(generateStory(100, 1).doc);
    const counts = nodesPerEvent(element);
    expect(counts.length, 'most events are drawn one by one').to.be.at.least(30);
    expect(counts.reduce((a, b) => a + b, 0) / counts.length, `nodes per event ${counts}`).to.be.at.most(12);
    expect(element.shadowRoot!.querySelectorAll('svg [data-label-for] tspan.line').length, 'some titles wrap').to.be.above(0);
    // One option per event drawn, each with its own name.
    const options = [...element.shadowRoot!.querySelectorAll('svg [role="option"][data-event-id]')];
    expect(new Set(options.map((option) => option.getAttribute('data-event-id'))).size).to.equal(options.length);
    expect(options.every((option) => option.getAttribute('aria-label'))).to.equal(true);
  });

  it('draws with the sizes the layout measured with (one source, METRICS)', async () => {
    const element = await timelineWith(await story('en'));
    const size = (node: Element) => parseFloat(getComputedStyle(node).fontSize);
    expect(size(eventLabel(element, 'treaty'))).to.equal(METRICS.titleSize);
    expect(size(eventLabel(element, 'call'))).to.equal(METRICS.anchorTitleSize);
    expect(size(eventLabel(element, 'treaty').querySelector('.subtitle')!)).to.equal(METRICS.subtitleSize);
    expect(size(part(element, 'axis')!.querySelector('.tick text')!)).to.equal(METRICS.smallTextSize);
    await sendMouse({type: 'move', position: centre(eventLabel(element, 'treaty'))});
    await waitUntil(() => part(element, 'detail'), 'no detail card on hover');
    expect(part(element, 'detail')!.getBoundingClientRect().width).to.be.at.most(METRICS.cardWidth + 0.5);
  });
});
