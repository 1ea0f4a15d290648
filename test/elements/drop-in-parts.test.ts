// The parts of a story's picture that the first frame of a plain story does without, each on a
// fresh page of the drop-in bundle (test/server/cdn.js): a story that needs the part loads it and
// is drawn with it from its first frame (the picture waits for it: never a wrong picture first);
// a story that does not never asks for it; a part that cannot be loaded leaves the picture without
// it and says so in the element. Needs the build: `node scripts/build.js --lib-only`.
import {expect} from '@open-wc/testing';
import {waitUntil} from './wait.js';
import {setViewport} from '@web/test-runner-commands';
import type {EventTimeline} from '../../src/elements/event-timeline/event-timeline.js';
import '../../src/elements/event-timeline/define.js';
import {story} from './helpers.js';

type FrameWindow = Window & typeof globalThis & {__errors: string[]};

before(() => setViewport({width: 1280, height: 1000}));
afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

/** A fresh page; `watch` is called on every animation frame from the start, before anything is drawn. */
async function open(path: string, watch: (win: FrameWindow) => void): Promise<FrameWindow> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 800px; border: 0; display: block';
  frame.src = path;
  document.body.prepend(frame);
  const win = frame.contentWindow as FrameWindow;
  // The frame's own window from its first script on: checked before each of its frames is painted.
  const tick = () => {
    if (!frame.isConnected) return;
    const current = frame.contentWindow as FrameWindow | null;
    if (current && current.location.href !== 'about:blank') watch(current);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  return (frame.contentWindow as FrameWindow) ?? win;
}

const root = (win: Window) => (win.document.querySelector('event-timeline') as EventTimeline | null)?.shadowRoot;
const marks = (win: Window) => root(win)?.querySelectorAll('svg [part~="event"]').length ?? 0;
/** The chunks of the bundle the page asked for, by name (less their hash). */
const chunksLoaded = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname.match(/\/dist\/chunks\/(.+)-[\w-]{8}\.js$/)?.[1])
    .filter((name): name is string => name !== undefined);

describe('the link arcs, a part of their own in the drop-in bundle', function () {
  this.timeout(20_000);
  const arcs = (win: Window) => [...(root(win)?.querySelectorAll<SVGPathElement>('svg path[part="link"]') ?? [])];

  it('are loaded with a story that has links, and drawn from its first frame with their styles', async () => {
    let drawnWithout = 0;
    const win = await open('/cdn/drop-in.html', (w) => {
      if (marks(w) > 0 && arcs(w).length === 0) drawnWithout++;
    });
    await waitUntil(() => marks(win) === 7, 'the timeline did not draw');
    await (win.document.querySelector('event-timeline') as EventTimeline).updateComplete;
    expect(arcs(win).length, 'no arcs').to.be.greaterThan(0);
    expect(drawnWithout, 'frames drawn without the arcs').to.equal(0);
    expect(chunksLoaded(win)).to.include('link-arcs');
    // Its styles came with it: an arc is a line, not a filled shape.
    expect(win.getComputedStyle(arcs(win)[0]).fill).to.equal('none');
    expect(win.getComputedStyle(arcs(win)[0]).pointerEvents).to.equal('none');
    expect(root(win)!.querySelector('[part="notice"]')).to.equal(null);
    expect(win.__errors).to.deep.equal([]);
  });

  it('are drawn when timeline-load says the story is drawn (the element from source, the part not yet loaded in this page)', async () => {
    const wrapper = document.createElement('div');
    wrapper.style.width = '1000px';
    document.body.append(wrapper);
    try {
      const element = document.createElement('event-timeline');
      const loaded = new Promise<number>((resolve) =>
        element.addEventListener('timeline-load', () => resolve(element.shadowRoot!.querySelectorAll('svg path[part="link"]').length), {
          once: true,
        }),
      );
      element.data = await story('en');
      wrapper.append(element);
      expect(await loaded, 'arcs drawn when timeline-load fired').to.be.greaterThan(0);
    } finally {
      wrapper.remove();
    }
  });

  it('are never asked for by a story without links', async () => {
    const win = await open(`/cdn/drop-in.html?src=${encodeURIComponent('/__fault/ok?title=Plain')}`, () => {});
    await waitUntil(() => marks(win) === 2, 'the timeline did not draw');
    await (win.document.querySelector('event-timeline') as EventTimeline).updateComplete;
    expect(arcs(win)).to.have.length(0);
    expect(chunksLoaded(win)).to.not.include('link-arcs');
    expect(win.__errors).to.deep.equal([]);
  });

  it('when they cannot be loaded, leave the picture without them and say so in the element', async () => {
    const win = await open('/cdn/drop-in.html?path=without-link-arcs/dist', (w) => {
      // The element logs the part it could not load.
      if (w.console.error.name !== 'quiet') w.console.error = function quiet() {};
    });
    await waitUntil(() => marks(win) === 7, 'the timeline did not draw');
    await waitUntil(() => root(win)!.querySelector('[part="notice"][role="status"]'), 'no notice that a part could not be loaded');
    expect(root(win)!.querySelector('[part="notice"]')!.textContent).to.contain('could not be loaded');
    expect(arcs(win)).to.have.length(0);
    expect(win.__errors).to.deep.equal([]);
  });
});
