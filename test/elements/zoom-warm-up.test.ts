// The zoom steps' warm-up (viewport.ts, TimelineView.warmZoom): once the gestures are bound, the
// first two zoom levels the zoom keys reach are laid out in idle time, one level per idle task, and
// nothing more once the element is gone. That it changes no layout is a unit test's
// (test/unit/timeline-view.test.ts).
import {expect} from '@open-wc/testing';
import {TimelineView} from '../../src/elements/event-timeline/timeline-view.js';
import {story, timelineWith} from './helpers.js';
import {waitUntil} from './wait.js';

/** A few idle periods go by. */
async function idle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => requestIdleCallback(resolve, {timeout: 500}));
}

describe('the zoom steps warm-up', () => {
  const warmed: number[] = [];
  const original = TimelineView.prototype.warmZoom;
  before(() => {
    TimelineView.prototype.warmZoom = function (k: number) {
      warmed.push(k);
      return original.call(this, k);
    };
  });
  after(() => {
    TimelineView.prototype.warmZoom = original;
  });

  it('lays out zoom 2 then zoom 4 in idle time after the first frame, and no more', async () => {
    const element = await timelineWith(await story('en'));
    await waitUntil(() => warmed.length >= 2, 'the zoom levels were not warmed');
    await idle();
    expect(warmed).to.deep.equal([2, 4]);
    element.remove();
    await idle();
    expect(warmed).to.deep.equal([2, 4]);
  });
});
