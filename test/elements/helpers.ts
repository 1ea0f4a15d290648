// Shared helpers for the browser tests: the seed story, fixtures of sized timelines, and
// queries into the shadow DOM by part name, as a reader's tools would see them.
import {fixture, html} from '@open-wc/testing';
import {waitUntil} from './wait.js';
import type {EventTimeline} from '../../src/elements/event-timeline/event-timeline.js';
import '../../src/index.js';
import '../../src/locales/ru.js';
import '../../src/locales/ar.js';
import '../../src/locales/zh.js';

const cache = new Map<string, unknown>();

/** The demo's event JSON for the seed story (`ru` or `en`), as served from demo/data. */
export async function story(lang: 'ru' | 'en' = 'ru'): Promise<Record<string, unknown>> {
  if (!cache.has(lang)) cache.set(lang, await (await fetch(`/demo/data/story-${lang}.json`)).json());
  return structuredClone(cache.get(lang)) as Record<string, unknown>;
}

/** A timeline of the given width with `data`, rendered and laid out. */
export async function timelineWith(data: unknown, options: {width?: number; attrs?: Record<string, string>} = {}): Promise<EventTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${options.width ?? 1000}px"></div>`);
  const element = document.createElement('event-timeline');
  for (const [name, value] of Object.entries(options.attrs ?? {})) element.setAttribute(name, value);
  element.data = data;
  wrapper.append(element);
  await drawn(element);
  return element;
}

/** Resolves once the element has drawn its picture (or its error state). */
export async function drawn(element: EventTimeline): Promise<void> {
  await waitUntil(
    () => element.shadowRoot?.querySelector('svg [part~="event"], [part="error"], [part="list"]:not(.visually-hidden)'),
    'the timeline did not draw',
  );
  await element.updateComplete;
}

/**
 * Resolves once the gestures are bound and no zoom or pan is under way (an eased zoom, or a
 * keyboard zoom and the pan that keeps the focused event in view after it), and the element has
 * drawn what it shows at rest.
 */
export async function zoomSettled(element: EventTimeline): Promise<void> {
  const viewport = (element as unknown as {viewport: {moving: boolean; gesturesReady(): Promise<void>}}).viewport;
  await viewport.gesturesReady();
  await element.updateComplete;
  await waitUntil(() => !viewport.moving, 'the zoom never came to rest');
  await element.updateComplete;
}

export function parts(element: Element, name: string): Element[] {
  return [...element.shadowRoot!.querySelectorAll(`[part~="${name}"]`)];
}

export function part(element: Element, name: string): Element | null {
  return element.shadowRoot!.querySelector(`[part~="${name}"]`);
}

export function eventMark(element: Element, id: string): SVGGElement {
  const mark = element.shadowRoot!.querySelector<SVGGElement>(`svg [part~="event"][data-event-id="${id}"]`);
  if (!mark) throw new Error(`no mark for event ${id}`);
  return mark;
}

/** The drawn label (title and date lines) of an event. */
export function eventLabel(element: Element, id: string): SVGTextElement {
  const label = element.shadowRoot!.querySelector<SVGTextElement>(`svg [data-label-for="${id}"]`);
  if (!label) throw new Error(`no label for event ${id}`);
  return label;
}

/** Centre of an element in viewport pixels, for real mouse input. */
export function centre(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}

export function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

/** A seeded story of `n` events packed into a few days, to force collisions and clusters. */
export function denseStory(n: number, seed = 7): Record<string, unknown> {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const events = Array.from({length: n}, (_, i) => {
    const day = 1 + Math.floor(random() * 20);
    return {
      id: `e${i}`,
      date: `2026-03-${String(day).padStart(2, '0')}`,
      title: `Event ${i} ${'word '.repeat(1 + Math.floor(random() * 4))}`.trim(),
    };
  });
  return {version: 1, title: 'Dense', anchor: 'e0', events};
}
