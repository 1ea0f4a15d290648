// Draws one corpus story in a container of a given width and resolves once the picture is
// laid out: after `timeline-load`, the first drawing at the container's width, and two frames.
// Shared by the layout report's page and the browser test, so both measure the same thing.
import type {EventTimeline} from '../../src/elements/event-timeline/event-timeline.js';
import type {CorpusStory} from '../corpus/files.js';
import '../../src/index.js';
// The interface strings of the corpus's languages (the story-date label is one of them).
import '../../src/locales/ru.js';
import '../../src/locales/zh.js';
import '../../src/locales/ar.js';

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Replaces the container's content with the story's timeline, `width` px wide, in the story's language. */
export async function drawStory(container: HTMLElement, story: CorpusStory, width: number): Promise<EventTimeline> {
  container.replaceChildren();
  container.style.width = `${width}px`;
  const element = document.createElement('event-timeline');
  element.lang = story.lang;
  const loaded = new Promise((resolve) => element.addEventListener('timeline-load', resolve, {once: true}));
  element.data = story.doc;
  container.append(element);
  await loaded;
  // timeline-load can come before the element knows its width (it is read in a resize observer's
  // next frame): wait for the picture itself, a few seconds at most.
  for (let tries = 0; !element.shadowRoot?.querySelector('svg[role="group"] g.event'); tries++) {
    if (tries > 300) throw new Error(`${story.slug}: no picture drawn at ${width} px`);
    await frame();
  }
  await element.updateComplete;
  await frame();
  await frame();
  return element;
}
