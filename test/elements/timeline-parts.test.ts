// The seed story drawn by <event-timeline>: every public part is there and means what it says.
import {expect} from '@open-wc/testing';
import {eventLabel, eventMark, part, parts, story, timelineWith} from './helpers.js';

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
    expect(bar.getAttribute('mask'), 'fades out at its uncertain ends').to.match(/^url\(#/);
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
});
