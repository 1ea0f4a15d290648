// A fresh page finds each font the first time it lays out text in it: for every family, weight and
// size, a synchronous request to the browser process (in headless Chromium on a busy 2-core machine
// 1–7 ms of waiting each, 9–24 ms of a first frame's wall time for about 1 ms of CPU). The first
// drawing sets text in ten (the header, the toolbar, the labels, the story's own label, dates,
// ticks, badges, the story-date marker, gap notes, the legend): an element asks for them in idle
// time when it connects, while its data is still loading, by measuring a letter in each on a
// canvas, which fills the same font cache. Nothing is drawn.
import {METRICS} from '../../layout/geometry.js';
import {whenIdle} from '../shared/idle.js';

/**
 * The fonts the first drawing sets text in, as event-timeline.styles.ts gives them (a browser test
 * checks that every text of a drawn story is in one), in the element's font `family`.
 */
export function firstFonts(family: string): string[] {
  const {titleSize, anchorTitleSize, subtitleSize, smallTextSize: small} = METRICS;
  // (A weight of 400 goes without saying.)
  const fonts = ['650 1.05rem', '.85rem', '.8rem', `600 ${titleSize}px`, `750 ${anchorTitleSize}px`, `${subtitleSize}px`];
  return [...fonts, `${small}px`, `600 ${small}px`, `650 ${small}px`, `italic ${small}px`].map((font) => `${font} ${family}`);
}

/** Finds the first drawing's fonts in the next idle period (measuring again costs next to nothing). */
export function warmUpFonts(host: Element): void {
  whenIdle(() => {
    // (A host removed meanwhile has no font family: the fonts are then not valid, and ignored.)
    const context = document.createElement('canvas').getContext('2d');
    if (context)
      for (const font of firstFonts(getComputedStyle(host).fontFamily)) {
        context.font = font;
        context.measureText('A');
      }
  }, 2000);
}
