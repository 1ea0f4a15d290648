// What the view model is built for (timeline-view.ts's ViewSettings), from the element's
// attributes, its measured width and its language: worked out in `willUpdate`, and compared with
// the model drawn, so that a story is laid out again only when something it depends on changed.
import {isServer} from 'lit';
import type {Timeline} from '../../model/types.js';
import type {TimelineStrings} from '../../i18n/strings.js';
import type {TimelineView, ViewSettings} from './timeline-view.js';

export interface SettingsSource {
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
  strings: TimelineStrings,
  settings: ViewSettings,
): boolean {
  return Boolean(
    old &&
    old.timeline === timeline &&
    old.strings === strings &&
    (Object.keys(settings) as (keyof ViewSettings)[]).every((key) => old.settings[key] === settings[key]),
  );
}
