// The layout targets (test/layout/targets.ts) on every corpus story at 1280, 920 and 390 px,
// measured from the drawn DOM (test/layout/measure.ts): no hidden events in stories of up to 30
// events at 900 px and wider, no cut titles, no overlapping labels, no link label on any text,
// no arc through a label, phone labels beside their marks, nothing cut at the edges.
import {expect, fixture, html} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import {fetchCorpus} from '../corpus/fetch-corpus.js';
import {drawStory} from '../layout/draw-story.js';
import {measureTimeline, type LayoutDetails} from '../layout/measure.js';
import {checkTargets, WIDTHS} from '../layout/targets.js';

const corpus = await fetchCorpus();

describe('<event-timeline> layout on the corpus of real stories', () => {
  after(() => setViewport({width: 800, height: 600}));

  for (const story of corpus) {
    for (const width of WIDTHS) {
      it(`draws ${story.slug} (${story.lang}) at ${width} px within the layout targets`, async () => {
        await setViewport({width, height: 900});
        const container = await fixture<HTMLDivElement>(html`<div></div>`);
        const metrics = measureTimeline(await drawStory(container, story, width));
        const failures = checkTargets(metrics, width)
          .filter((check) => !check.ok)
          .map(({id, value, limit}) => `${id} is ${value} (at most ${limit})${detail(metrics.details, id)}`);
        expect(failures).to.deep.equal([]);
      });
    }
  }
});

/** The ids or pairs behind a failing target, so the failure says what to look at. */
function detail(details: LayoutDetails, id: string): string {
  const shown = id === 'anchorCut' ? details.titlesCut.filter((cut) => cut.id === details.anchor) : details[id as keyof LayoutDetails];
  return shown === undefined ? '' : `: ${JSON.stringify(shown).slice(0, 400)}`;
}
