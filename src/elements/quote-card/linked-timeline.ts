// How a quote card finds the timeline it belongs to: by the id in `for`, else the first
// <event-timeline> on the page that has the event. Looked up at each use, so the order in
// which elements are defined, attached or replaced never matters.

/** What a quote card asks of a timeline. */
export interface LinkedTimeline extends HTMLElement {
  selected?: string;
  highlight(id: string | undefined, on: boolean): void;
  showEvent(id: string): void;
  hasEvent(id: string): boolean;
  /** The data, once loaded. */
  readonly timeline?: unknown;
}

function isReady(element: Element | null): element is LinkedTimeline {
  return Boolean(element && typeof (element as Partial<LinkedTimeline>).highlight === 'function');
}

export function findTimeline(card: Element, forId: string | undefined, eventId: string | undefined): LinkedTimeline | undefined {
  const root = card.getRootNode() as Document | ShadowRoot;
  if (forId) {
    const element = root.getElementById?.(forId) ?? card.ownerDocument.getElementById(forId);
    return isReady(element) ? element : undefined;
  }
  if (!eventId) return undefined;
  // The card's own tree first (it may sit in a component's shadow root), then the page.
  for (const scope of new Set<ParentNode>([root, card.ownerDocument])) {
    for (const element of scope.querySelectorAll('event-timeline')) if (isReady(element) && element.hasEvent(eventId)) return element;
  }
  return undefined;
}
