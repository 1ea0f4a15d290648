// The layout report's page script: draws a corpus story at a width and measures it. The report
// script calls window.layoutReport; a query string (?story=slug&width=920) draws one story by hand.
import {parseTimeline} from '../../src/model/index.js';
import {CORPUS} from '../corpus/index.js';
import {profileStory, spanText} from '../corpus/profile.js';
import {drawStory} from './draw-story.js';
import {measureTimeline, type LayoutMetrics} from './measure.js';
import {checkTargets, TARGETS, type TargetCheck} from './targets.js';

export interface DrawingResult {
  slug: string;
  lang: string;
  width: number;
  metrics: LayoutMetrics;
  checks: TargetCheck[];
}

const stage = document.getElementById('stage')!;

async function draw(slug: string, width: number): Promise<DrawingResult> {
  const story = CORPUS.find((candidate) => candidate.slug === slug);
  if (!story) throw new Error(`no corpus story "${slug}"`);
  const element = await drawStory(stage, story, width);
  const metrics = measureTimeline(element);
  return {slug, lang: story.lang, width, metrics, checks: checkTargets(metrics, width)};
}

/** The corpus in a line a story: slug, language, events and span. */
function stories() {
  return CORPUS.map((story) => {
    const profile = profileStory(parseTimeline(story.doc).timeline!);
    return {slug: story.slug, lang: story.lang, events: profile.events, span: spanText(profile.spanDays)};
  });
}

/**
 * Width in em of a Chinese ideograph in the timeline's fonts here. Real CJK fonts draw it 1 em
 * wide; without one, Chromium draws a narrower box, and Chinese labels measure narrower than
 * readers see them.
 */
function cjkEm(): number {
  const probe = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
  text.setAttribute('font-size', '100');
  text.setAttribute('font-family', 'system-ui, sans-serif');
  text.textContent = '中文';
  probe.append(text);
  document.body.append(probe);
  const width = text.getBoundingClientRect().width / 200;
  probe.remove();
  return Math.round(width * 100) / 100;
}

const api = {draw, stories, cjkEm, targets: TARGETS.map(({id, text, limit}) => ({id, text, limit}))};
declare global {
  interface Window {
    layoutReport: typeof api;
  }
}
window.layoutReport = api;

const query = new URLSearchParams(location.search);
if (query.has('story')) {
  draw(query.get('story')!, Number(query.get('width') ?? innerWidth)).then((result) => console.log(result));
}
