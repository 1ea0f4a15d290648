// Languages and reading direction: labels in ru, en and zh come from Intl in the element's
// language; right-to-left mirrors the time axis; the data's and quotes' languages are marked.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import type {EventTimeline} from '../../src/elements/event-timeline/event-timeline.js';
import {drawn, eventLabel, eventMark, part, parts, story, timelineWith} from './helpers.js';

before(() => setViewport({width: 1280, height: 1000}));

async function arabic(): Promise<Record<string, unknown>> {
  return (await fetch('/test/fixtures/story-ar.json')).json();
}

const x = (element: EventTimeline, id: string) => eventMark(element, id).querySelector('.dot')!.getBoundingClientRect().x;

describe('<event-timeline> in several languages', () => {
  const cases = {
    ru: {relation: 'через 2 недели', years: '25 лет', fit: 'Показать всё', month: /февр/, ago: '24 года назад'},
    en: {relation: 'in 2 weeks', years: '25 years', fit: 'Show all', month: /Feb/, ago: '24 years ago'},
    zh: {relation: '2周后', years: '25年', fit: '显示全部', month: /2月/, ago: '24年前'},
  } as const;
  for (const [lang, expected] of Object.entries(cases)) {
    it(`formats relations, durations, ticks and controls in ${lang}`, async () => {
      const element = await timelineWith(await story('en'), {attrs: {lang}});
      const labels = parts(element, 'link-label').map((label) => label.textContent);
      expect(labels).to.include(expected.relation);
      expect(labels).to.include(expected.years);
      expect(part(element, 'axis')!.textContent).to.match(expected.month);
      expect(element.shadowRoot!.querySelector('[data-action="fit"]')!.textContent!.trim()).to.equal(expected.fit);
      expect(eventMark(element, 'treaty').getAttribute('aria-label')).to.contain(expected.ago);
    });
  }

  it('says "first half of 2026" at the precision the data gives, in Russian', async () => {
    const element = await timelineWith(await story('ru'), {attrs: {lang: 'ru'}});
    expect(eventLabel(element, 'visit').textContent).to.contain('первое полугодие 2026');
    expect(eventLabel(element, 'abu-dhabi').textContent).to.match(/февр\. 2026/);
  });

  it('inherits the language of an ancestor', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh" style="width: 1000px"></div>`);
    const element = document.createElement('event-timeline');
    element.data = await story('en');
    wrapper.append(element);
    await drawn(element);
    expect(element.shadowRoot!.querySelector('[data-action="zoom-in"]')!.getAttribute('title')).to.equal('放大');
  });

  it('follows an ancestor when the page changes its language or direction, and so does a quote card', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en" style="width: 1000px"></div>`);
    const element = document.createElement('event-timeline');
    element.data = await story('en');
    const card = document.createElement('quote-card');
    card.setAttribute('date', '2026-07-16');
    card.textContent = 'x';
    wrapper.append(element, card);
    await drawn(element);
    await card.updateComplete;
    const zoomIn = () => element.shadowRoot!.querySelector('[data-action="zoom-in"]')!.getAttribute('title');
    const cardDate = () => card.shadowRoot!.querySelector('time')?.textContent ?? '';
    expect(zoomIn()).to.equal('Zoom in');
    expect(cardDate()).to.contain('July');
    wrapper.setAttribute('lang', 'ru');
    await waitUntil(() => zoomIn() === 'Увеличить', 'the timeline did not redraw in Russian');
    await waitUntil(() => /июл/.test(cardDate()), 'the quote card did not redraw in Russian');
    wrapper.setAttribute('dir', 'rtl');
    await waitUntil(
      () => element.shadowRoot!.querySelector('.base')!.getAttribute('dir') === 'rtl',
      'the timeline did not turn right to left',
    );
  });

  it('lets a page add a language or override strings', async () => {
    const {registerStrings} = await import('../../src/index.js');
    registerStrings('x-pirate', {fit: 'Show the whole sea'});
    const element = await timelineWith(await story('en'), {attrs: {lang: 'x-pirate'}});
    expect(element.shadowRoot!.querySelector('[data-action="fit"]')!.textContent!.trim()).to.equal('Show the whole sea');
    expect(element.shadowRoot!.querySelector('[data-action="zoom-in"]')!.getAttribute('title')).to.equal('Zoom in');
  });
});

describe('<event-timeline> right to left', () => {
  it('runs time from right to left for an Arabic story under dir="rtl"', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar" style="width: 1000px"></div>`);
    const element = document.createElement('event-timeline');
    element.data = await arabic();
    wrapper.append(element);
    await drawn(element);
    expect(x(element, 'treaty')).to.be.above(x(element, 'call'));
    expect(x(element, 'call')).to.be.above(x(element, 'treaty-25'));
    expect(element.shadowRoot!.querySelector('.base')!.getAttribute('dir')).to.equal('rtl');
    // Labels sit on the later side of their mark, which is to the left in right-to-left.
    const label = eventLabel(element, 'call').getBoundingClientRect();
    expect(label.right).to.be.at.most(x(element, 'call') + 14);
  });

  it('takes the direction from the language when no dir is set', async () => {
    const element = await timelineWith(await arabic(), {attrs: {lang: 'ar'}});
    expect(x(element, 'treaty')).to.be.above(x(element, 'treaty-25'));
    expect(eventMark(element, 'treaty').getAttribute('aria-label')).to.match(/منذ|قبل/);
  });

  it('lays the list out right to left', async () => {
    const element = await timelineWith(await arabic(), {attrs: {lang: 'ar', view: 'list'}});
    expect(getComputedStyle(part(element, 'list')!).direction).to.equal('rtl');
  });

  it('keeps time running down in the vertical layout, with labels on the left', async () => {
    const element = await timelineWith(await arabic(), {width: 375, attrs: {lang: 'ar'}});
    const y = (id: string) => eventMark(element, id).querySelector('.dot')!.getBoundingClientRect().y;
    expect(y('treaty')).to.be.below(y('treaty-25'));
    const track = element.shadowRoot!.querySelector('.track')!.getBoundingClientRect();
    expect(eventLabel(element, 'call').getBoundingClientRect().right).to.be.below(track.left);
  });
});
