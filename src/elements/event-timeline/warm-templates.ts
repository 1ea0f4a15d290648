// The warm-up's last step (warm-up.ts): the sample's picture and toolbar drawn with Lit's `render`
// into a fragment that is never connected, then dropped. Lit prepares a template once per page, the
// first time it meets its strings, and that is a fifth of a small story's first frame; after this,
// the real element's first frame finds the picture's templates prepared, and the code that works
// out the drawn events (chart-marks.ts) and writes the layers (the joins) already run once. Nothing
// is shared with an element: no element, no handler (the fragment's never fire), no event.
import {nothing, render} from 'lit';
import {isRtl, loadedStrings} from '../../i18n/strings.js';
import {renderPicture} from './render-views.js';
import {renderToolbar, type ToolbarActions} from './render-toolbar.js';
import type {TimelineView} from './timeline-view.js';

const none = () => {};
/** No reader: nothing hovered, focused or open, and handlers that do nothing. */
const reader = {onPointerOver: none, onPointerLeave: none, onFocusIn: none, closeDetail: none, onCardKey: none};
const toolbar: ToolbarActions = {
  zoomBy: none,
  fit: none,
  toggleView: none,
  showNew: none,
  download: none,
  menu: () => nothing,
  menuOpened: none,
};

/** Draws the model's first view and the toolbar, in `lang`, into a fragment of its own. */
export function warmTemplates(model: TimelineView, lang: string): void {
  const strings = loadedStrings(lang);
  const rtl = isRtl(lang);
  const picture = renderPicture({
    model,
    shown: model.layout({k: 1, x: 0, y: 0}, []),
    locale: {lang, rtl, strings},
    selection: reader,
    input: {onClick: none, onKeyDown: none},
    element: {idPrefix: 'warm', highlighted: [], view: 'chart'},
    title: strings.timeline,
    descriptionId: 'warm-description',
    marked: () => false,
  });
  render([renderToolbar(strings, false, undefined, toolbar), picture], document.createDocumentFragment());
}
