// TimelineView (DOM-free) as the detail card and the list read it: each related event labelled
// from the side of the event whose card shows it.
import {describe, expect, it} from 'vitest';
import {TimelineView} from '../../src/elements/event-timeline/timeline-view.js';
import {parseTimeline} from '../../src/model/parse-timeline.js';

const settings = {lang: 'en', orientation: 'horizontal' as const, width: 1000, breaks: true, rtl: false, maxLanes: 6};

function view(links: unknown[]) {
  const {timeline} = parseTimeline({
    now: '2026-02-03',
    anchor: 'call',
    events: [
      {id: 'call', date: '2026-02-03', title: 'The call'},
      {id: 'report', date: '2026-02', title: 'February report'},
      {id: 'festival', date: '2026-02-17', title: 'Festival'},
    ],
    links,
  });
  return new TimelineView(timeline!, settings);
}
const labels = (model: TimelineView, id: string) => model.linksOf(model.byId.get(id)!).map((link) => `${link.label}: ${link.other.title}`);

describe('TimelineView.linksOf', () => {
  it("labels a link from the anchor by where the other end lies from the story date, on the anchor's card", () => {
    const model = view([{from: 'call', to: 'festival', kind: 'precedes'}]);
    expect(labels(model, 'call')).toEqual(['in 2 weeks: Festival']);
    expect(labels(model, 'festival')).toEqual(['Follows: The call']);
  });

  it("turns the kind round on the anchor's card when the other end spans the story date (no relation to show)", () => {
    const model = view([{from: 'report', to: 'call', kind: 'mentions'}]);
    expect(labels(model, 'call')).toEqual(['Mentioned in: February report']);
    expect(labels(model, 'report')).toEqual(['Mentions: The call']);
  });

  it("keeps an author's own label on both cards", () => {
    const model = view([{from: 'call', to: 'festival', kind: 'precedes', label: 'New Year greetings'}]);
    expect(labels(model, 'call')).toEqual(['New Year greetings: Festival']);
    expect(labels(model, 'festival')).toEqual(['New Year greetings: The call']);
  });
});
