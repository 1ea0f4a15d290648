// The fonts found in idle time before a story's first drawing (warm-fonts.ts): they must be the
// ones the drawing sets its text in, or the first frame still waits for the browser to find them.
import {expect} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import {firstFonts, warmUpFonts} from '../../src/elements/event-timeline/warm-fonts.js';
import {denseStory, story, timelineWith} from './helpers.js';
import {waitUntil} from './wait.js';

before(() => setViewport({width: 1280, height: 1000}));

const context = document.createElement('canvas').getContext('2d')!;
/** A font as the canvas writes it back (sizes in px, a weight of 400 left out): one spelling for each font. */
function canonical(font: string): string {
  context.font = font;
  return context.font;
}

/** The fonts of the texts drawn in the first frame: the header, the toolbar, the picture and the legend (not the list, which comes later). */
function drawnFonts(element: HTMLElement): Set<string> {
  const fonts = new Set<string>();
  for (const node of element.shadowRoot!.querySelectorAll('*')) {
    if (
      node.closest('[part~="list"]') ||
      ![...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim())
    )
      continue;
    const style = getComputedStyle(node);
    fonts.add(canonical(`${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`));
  }
  return fonts;
}

describe('<event-timeline> fonts found before the first drawing', () => {
  it('finds every font that the demo story and a dense story with clusters are drawn in', async () => {
    for (const data of [await story('en'), denseStory(120)]) {
      const element = await timelineWith(data);
      const warmed = new Set(firstFonts(getComputedStyle(element).fontFamily).map(canonical));
      const fonts = drawnFonts(element);
      // Labels, the story's own label, dates, ticks and the header at least, each found beforehand.
      expect(fonts.size).to.be.above(4);
      for (const font of fonts) expect(warmed, font).to.include(font);
    }
    // The dense story draws clusters: their badges' font was among those checked.
    const dense = await timelineWith(denseStory(120));
    expect(dense.shadowRoot!.querySelector('[part~="cluster"] text')).to.exist;
  });

  it('measures text in each of them in idle time, in the element’s own font family', async () => {
    const host = document.createElement('div');
    host.style.fontFamily = 'Georgia, serif';
    document.body.append(host);
    const measured: string[] = [];
    const measure = CanvasRenderingContext2D.prototype.measureText;
    // (Elements of the test before, removed since, may measure too: in no family of theirs.)
    CanvasRenderingContext2D.prototype.measureText = function (text) {
      if (this.font.includes('Georgia')) measured.push(this.font);
      return measure.call(this, text);
    };
    try {
      warmUpFonts(host);
      expect(measured).to.deep.equal([]);
      await waitUntil(() => measured.length > 0, 'no font was measured');
      expect(measured).to.deep.equal(firstFonts('Georgia, serif').map(canonical));
    } finally {
      CanvasRenderingContext2D.prototype.measureText = measure;
      host.remove();
    }
  });
});
