// The keyed joins that draw the cluster badges, the axis ticks and the link arcs
// (keyed-layer.ts): across a zoom step, what stays keeps its element (only its changed
// attributes are written; a pan moves badges and ticks by their group's transform), what goes is
// removed, and no item brings comment markers of its own.
import {expect} from '@open-wc/testing';
import type {EventTimeline} from '../../src/elements/event-timeline/event-timeline.js';
import {part, parts, story, timelineWith, zoomSettled} from './helpers.js';

const DAY = 86_400_000;
const svgOf = (element: EventTimeline) => element.shadowRoot!.querySelector('svg[role="group"]')!;
const comments = (layer: Element) => [...layer.childNodes].filter((node) => node.nodeType === Node.COMMENT_NODE).length;

async function zoomTo(element: EventTimeline, start: number, end: number): Promise<void> {
  await zoomSettled(element);
  element.zoomTo(start, end, true);
  await zoomSettled(element);
}

/** Forty events an hour apart over five days, then one a year later: most are counted in clusters. */
function clustered() {
  const at = (i: number) => `2026-03-${String(1 + Math.floor(i / 8)).padStart(2, '0')}T${String(8 + (i % 8)).padStart(2, '0')}:00Z`;
  const events = Array.from({length: 40}, (_, i) => ({id: `e${i}`, date: at(i), title: `Event number ${i}`}));
  events.push({id: 'far', date: '2027-03-01', title: 'Far away'});
  return {events};
}

describe('<event-timeline> keyed joins of badges, ticks and arcs', () => {
  it('keeps a badge element across a pan that keeps its cluster, and removes it when its cluster goes', async () => {
    const element = await timelineWith(clustered(), {attrs: {'max-lanes': '3', 'no-breaks': ''}});
    const start = Date.parse('2026-02-20');
    await zoomTo(element, start, start + 30 * DAY);
    const badge = part(element, 'cluster')!;
    expect(badge, 'a cluster is drawn').to.exist;
    const key = badge.getAttribute('data-cluster')!;
    const [place, onScreen] = [badge.getAttribute('transform'), badge.getBoundingClientRect().left];
    // In the listbox, the options first, then the badges.
    const order = [...badge.parentElement!.children].map((child) => (child.matches('[part~="cluster"]') ? 'c' : 'o')).join('');
    expect(order).to.match(/^o+c+$/);
    // The same window, a day later: the same zoom level, so the same packing, moved.
    await zoomTo(element, start + DAY, start + 31 * DAY);
    const after = element.shadowRoot!.querySelector(`[data-cluster="${key}"]`);
    expect(after, 'the cluster is still drawn').to.exist;
    expect(after === badge, 'the same element').to.equal(true);
    // Moved by its group's transform: a pan rewrites no badge's own place.
    expect(badge.getAttribute('transform'), 'its own place unchanged').to.equal(place);
    expect(badge.getBoundingClientRect().left, 'moved on screen').not.to.be.closeTo(onScreen, 1);
    expect(badge.parentElement!.getAttribute('transform')).to.match(/^translate\(/);
    expect(badge.getAttribute('aria-label')).to.match(/\d/);
    // Zoomed in on the cluster's first hours, its events are drawn apart: the badge goes.
    const first = element.timeline!.events[Number(key)].start;
    await zoomTo(element, first - 3_600_000, first + 3 * 3_600_000);
    expect(badge.isConnected, 'the badge is removed').to.equal(false);
    expect(element.shadowRoot!.querySelector(`[data-cluster="${key}"]`)).to.equal(null);
    // The items bring no comment markers: the listbox has its one part's two.
    const listbox = svgOf(element).querySelector('g.events')!;
    expect(comments(listbox)).to.be.at.most(2);
  });

  it('keeps tick and arc elements across a pan, moving them, with no comment markers per item', async () => {
    const element = await timelineWith(await story('en'), {attrs: {'no-breaks': ''}});
    const svg = svgOf(element);
    const links = parts(element, 'link');
    expect(links.length, 'arcs are drawn').to.be.greaterThan(1);
    const axis = svg.querySelector('g.axis')!;
    expect(axis.firstElementChild!.matches('line.track'), 'the track first').to.equal(true);
    const ticks = [...axis.querySelectorAll(':scope > g.tick')];
    expect(ticks.length).to.be.greaterThan(2);
    expect(comments(svg.querySelector('g.links')!)).to.be.at.most(2);
    expect(comments(axis)).to.be.lessThan(ticks.length);
    // A label belongs to the arc drawn just before it.
    for (const label of svg.querySelectorAll('text.link-label')) expect(label.previousElementSibling!.matches('path.link')).to.equal(true);

    // Zoomed in on the first arc's ends, then panned by a fiftieth of the window.
    const {events, links: model} = element.timeline!;
    const ends = events.filter((event) => event.id === model[0].from || event.id === model[0].to);
    const [from, to] = [Math.min(...ends.map((event) => event.start)), Math.max(...ends.map((event) => event.end))];
    const pad = Math.max(to - from, 86_400_000);
    await zoomTo(element, from - pad, to + pad);
    const span = to - from + 2 * pad;
    expect(svg.querySelector(`path.link[data-from="${model[0].from}"][data-to="${model[0].to}"]`), 'the arc is drawn').to.exist;
    const tick = axis.querySelector(':scope > g.tick')!;
    const text = tick.textContent;
    const [place, onScreen] = [tick.getAttribute('transform'), tick.getBoundingClientRect().left];
    const arc = svg.querySelector(`path.link[data-from="${model[0].from}"][data-to="${model[0].to}"]`)!;
    const [arcFrom, arcTo, d] = [arc.getAttribute('data-from'), arc.getAttribute('data-to'), arc.getAttribute('d')];
    await zoomTo(element, from - pad + span / 50, to + pad + span / 50);
    // The tick saying the same is the same element, moved.
    const same = [...axis.querySelectorAll(':scope > g.tick')].find((candidate) => candidate.textContent === text);
    expect(same === tick, `the tick "${text}" is the same element`).to.equal(true);
    // Moved by the axis's transform, its own place unchanged.
    expect(tick.getAttribute('transform')).to.equal(place);
    expect(tick.getBoundingClientRect().left, 'moved on screen').not.to.be.closeTo(onScreen, 1);
    const sameArc = svg.querySelector(`path.link[data-from="${arcFrom}"][data-to="${arcTo}"]`);
    expect(sameArc === arc, 'the arc is the same element').to.equal(true);
    expect(arc.getAttribute('d')).not.to.equal(d);
  });
});
