// The view model of an update (`willUpdate`): what it is built for (timeline-view.ts's
// ViewSettings: the element's attributes, its measured width, its language), whether the one drawn
// still fits, and what a new one keeps of the old: a new version of the story keeps the reader's
// place, another story is shown from its first view. A picture whose words are still loading (a
// translation, the words of deep time) waits for them rather than drawing first without.
import {isServer} from 'lit';
import {registerDeepTime} from '../../i18n/deep-hook.js';
import type {LoadedStrings} from '../../i18n/strings.js';
import type {TimelineChanges} from '../../model/diff-timeline.js';
import type {Timeline} from '../../model/types.js';
import {isFar} from '../../model/units.js';
import {lazyPart} from '../shared/lazy-part.js';
import type {LocaleController} from '../shared/locale-controller.js';
import type {PartLoads} from '../shared/part-loads.js';
import {COMPARING, type LiveUpdates} from './live-updates.js';
import type {Selection} from './selection.js';
import {TimelineView, type ViewSettings} from './timeline-view.js';
import type {Viewport} from './viewport.js';

/** Thumbnails on the chart (`media-thumbnails`): the layout keeps room for them once it has come. */
export const thumbnailsPart = lazyPart('thumbnails', () => import('./render-thumbnails.js'));

// Asked for by a story reaching before year -9999 (its first event: they are in time order).
export const deepTimePart = lazyPart('deep time', () =>
  import('../../i18n/deep-time.js').then((module) => (registerDeepTime(module.deepTimeWords), true as const)),
);

/** What an update's view model is derived from. */
export interface ViewSources {
  element: SettingsSource;
  /** The story read (TimelineData's). */
  timeline: Timeline | undefined;
  locale: LocaleController;
  parts: PartLoads;
  viewport: Viewport;
  selection: Selection;
  live: LiveUpdates;
}

/**
 * Gives the viewport the view model of this update. Returns what a new version of the story
 * changed (the reader's place is kept: selection, focus, the stretch of time shown), and whether a
 * story new to the element was laid out (its first view is still to be shown).
 */
export function deriveView({element, timeline, locale, parts, viewport, selection, live}: ViewSources): {
  changes?: TimelineChanges;
  newStory: boolean;
} {
  const far = timeline && isFar(timeline.events[0]!.start) ? deepTimePart : undefined;
  const waiting = locale.waiting || (far !== undefined && !parts.get(far) && !parts.failed.has(far.name));
  const thumbnails = element.mediaThumbnails ? parts.get(thumbnailsPart) : undefined;
  const settings = {...viewSettings(element, viewport.width, locale), thumbnails: thumbnails?.hasThumbnail};
  const old = viewport.model;
  const place = {host: element, selection, startOf: (id: string) => old?.byId.get(id)?.start};
  const compared = timeline && !waiting ? live.changesFor(timeline, place) : undefined;
  const changes = compared === COMPARING ? undefined : compared;
  // Nothing new to lay out; or the version drawn stays until the part that compares it with the new one has come.
  if (compared === COMPARING || isDrawn(old, timeline, locale.strings, settings)) return {changes, newStory: false};
  if (waiting) {
    if (old?.timeline !== timeline) viewport.setModel(undefined, false);
    return {changes, newStory: false};
  }
  // A new size or language, or a new version of the story, keeps the stretch of time the reader zoomed to; another story shows it all.
  const model = timeline && settings.width > 0 ? new TimelineView(timeline, settings) : undefined;
  const keepTime = Boolean(old && (old.timeline === timeline || changes));
  viewport.setModel(model, keepTime);
  if (selection.focusId && !model?.byId.has(selection.focusId)) selection.focusId = undefined;
  return {changes, newStory: Boolean(model && !keepTime && old?.timeline !== timeline && !changes)};
}

export interface SettingsSource {
  selected?: string;
  mediaThumbnails: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
  layout: 'auto' | 'horizontal' | 'vertical';
  noBreaks: boolean;
  maxLanes?: number;
  initialWidth?: number;
}

/** The settings for the element's own width (0 before it is measured) and language. */
export function viewSettings(element: SettingsSource, measured: number, {lang, rtl}: {lang: string; rtl: boolean}): ViewSettings {
  // The server cannot measure: it lays out at initial-width (as hydration does: hydration.ts). It renders once.
  const width = isServer ? Math.max(0, element.initialWidth ?? 720) || 720 : measured;
  const layout = element.layout;
  const orientation = layout === 'horizontal' || layout === 'vertical' ? layout : width > 0 && width < 600 ? 'vertical' : 'horizontal';
  // A max-lanes that is no number (NaN never equals itself) would make every update see new settings
  // and lay the story out again, forever: it is left out, and the layout uses its default.
  const maxLanes = Number.isFinite(element.maxLanes) ? element.maxLanes : undefined;
  return {lang, orientation, width, breaks: !element.noBreaks, rtl, maxLanes};
}

/** Whether the model drawn is the one these would build. */
export function isDrawn(
  old: TimelineView | undefined,
  timeline: Timeline | undefined,
  strings: LoadedStrings,
  settings: ViewSettings,
): boolean {
  return Boolean(
    old &&
    old.timeline === timeline &&
    old.strings === strings &&
    (Object.keys(settings) as (keyof ViewSettings)[]).every((key) => old.settings[key] === settings[key]),
  );
}
