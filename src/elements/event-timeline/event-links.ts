// An event's links as its detail card and the list show them (both parts of their own, which
// import this): each labelled from that event's side.
import {linkKindLabel} from '../../i18n/phrases.js';
import type {TimelineEvent} from '../../model/types.js';
import type {TimelineView} from './timeline-view.js';

/** A link of an event as the detail card and the list show it. */
export interface EventLink {
  kind: string;
  other: TimelineEvent;
  label: string;
}

/**
 * The drawn label (the author's, the years of an anniversary, or where the other end lies from
 * the story date) for the anchor and for labels that read the same from both ends; else the
 * kind, turned round at the end the link points to ("Mentioned in", not "Mentions").
 */
export function linksOf(model: TimelineView, event: TimelineEvent): EventLink[] {
  const {timeline, byId} = model;
  const {lang} = model.settings;
  return model.linkIndexesOf(event.id).map((i) => {
    const link = timeline.links[i];
    const other = byId.get(link.from === event.id ? link.to : link.from)!;
    // Seen from the anchor, the drawn label says where the other end lies from the story date,
    // unless that end spans the story date: then it is only the kind, which has a direction.
    // (The other end is never the anchor itself: the parser refuses links from an event to itself.)
    const fromAnchor = event.id === timeline.anchor && model.textsOf(other).relation !== '';
    const symmetric = link.label !== undefined || link.kind === 'anniversary' || fromAnchor;
    const label = symmetric ? model.linkLabelOf(i) : linkKindLabel(link.kind, lang, link.to === event.id ? 'to' : 'from');
    return {kind: link.kind, other, label};
  });
}
