// Measures how well a drawn <event-timeline> is laid out, from the DOM it draws and the
// browser's own text geometry (never from the layout's estimates): hidden events, cut titles,
// overlapping labels, link labels on other text, arcs through labels, labels far from their
// marks, empty height, and text cut by the drawing's edge. Runs in the page; reads only the
// classes and data attributes render-chart.ts writes.

/** A box in viewport px. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LayoutMetrics {
  /** Drawing size (the chart's <svg>) in px, and its orientation. */
  width: number;
  height: number;
  vertical: boolean;
  /** Events in the data, distinct events drawn as marks, and the rest (inside "+N" clusters). */
  events: number;
  drawn: number;
  hidden: number;
  /** Drawn titles whose text differs from the event's title; the anchor's title cut or not drawn. */
  titlesCut: number;
  anchorCut: boolean;
  /** Pairs of event labels (title and date lines together) that intersect by more than 1 px. */
  labelOverlaps: number;
  /** (link label, other text) pairs that intersect by more than 1 px. */
  linkLabelCollisions: number;
  /** (arc, label) pairs where a point of the arc, sampled every 2 px, lies in an event label or another link's label. */
  arcsThroughLabels: number;
  /** Vertical layouts: labels more than 40 px from their own mark along the time axis. */
  farFromMark: number;
  /** Drawing height per event, in px. */
  heightPerEvent: number;
  /** Texts whose box leaves the drawing by more than 1 px. */
  edgeCuts: number;
  details: LayoutDetails;
}

export interface LayoutDetails {
  /** The anchor's id, if the data names one. */
  anchor?: string;
  hidden: string[];
  /** Events counted by the cluster badges ("+N"), summed. */
  clustered: number;
  titlesCut: {id: string; drawn: string; title: string}[];
  labelOverlaps: [string, string][];
  linkLabelCollisions: {link: string; with: string}[];
  arcsThroughLabels: {link: string; label: string}[];
  farFromMark: {id: string; distance: number}[];
  edgeCuts: {text: string; kind: string; by: number}[];
}

/** What the measure needs of the element: its shadow root and the parsed timeline it draws. */
export interface MeasuredTimeline extends HTMLElement {
  readonly timeline?: {anchor?: string; events: readonly {id: string; title: string}[]};
}

const SLACK = 1;
const SAMPLE_STEP = 2;
const FAR = 40;

const boxOf = (element: Element): Box | undefined => {
  const rect = element.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0 ? {left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom} : undefined;
};
/** The box of a text node's glyphs (the first line of a label, which has no element of its own). */
const textBox = (node: globalThis.Text): Box | undefined => {
  const range = node.ownerDocument.createRange();
  range.selectNodeContents(node);
  const rect = range.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0 ? {left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom} : undefined;
};
const union = (boxes: (Box | undefined)[]): Box | undefined =>
  boxes.reduce<Box | undefined>(
    (all, box) =>
      !box
        ? all
        : !all
          ? box
          : {
              left: Math.min(all.left, box.left),
              top: Math.min(all.top, box.top),
              right: Math.max(all.right, box.right),
              bottom: Math.max(all.bottom, box.bottom),
            },
    undefined,
  );
/** Do two boxes share more than `SLACK` px in both directions? */
const intersect = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > SLACK && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > SLACK;
const inside = (x: number, y: number, b: Box) => x > b.left + SLACK && x < b.right - SLACK && y > b.top + SLACK && y < b.bottom - SLACK;
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
const round = (value: number) => Math.round(value * 10) / 10;

interface Text {
  name: string;
  kind: 'title' | 'subtitle' | 'tick' | 'now' | 'link-label';
  /** The event label or link the text belongs to, so that a label's own lines never count against each other. */
  owner: string;
  box: Box;
}

export function measureTimeline(element: MeasuredTimeline): LayoutMetrics {
  const root = element.shadowRoot;
  const svg = root?.querySelector<SVGSVGElement>('svg[role="group"]');
  const timeline = element.timeline;
  if (!root || !svg || !timeline) throw new Error('measureTimeline: the element has not drawn a timeline');
  const frame = svg.getBoundingClientRect();
  const vertical = isVerticalTrack(svg);
  const events = timeline.events;
  const titleOf = new Map(events.map((event) => [event.id, normalise(event.title)]));

  // Marks and clusters.
  const marks = new Map<string, SVGGElement>();
  for (const mark of svg.querySelectorAll<SVGGElement>('g.event[data-event-id]')) marks.set(mark.dataset.eventId!, mark);
  const hidden = events.map((event) => event.id).filter((id) => !marks.has(id));
  const clustered = [...svg.querySelectorAll('g.cluster')].reduce(
    (sum, cluster) => sum + Number(/\d+/.exec(cluster.textContent ?? '')?.[0] ?? 0),
    0,
  );

  // Event labels: the title's lines joined, and the label's box.
  const labels = new Map<string, {title?: Box; subtitle?: Box; box?: Box}>();
  const titlesCut: LayoutDetails['titlesCut'] = [];
  const texts: Text[] = [];
  // A label is one <text>: its first title line its own text (or a tspan.line), further lines
  // tspan.line, the date a tspan.subtitle (render-chart.ts, label-layer.ts).
  for (const label of svg.querySelectorAll<SVGTextElement>('text.label[data-label-for]')) {
    const id = label.dataset.labelFor!;
    const subtitle = label.querySelector('tspan.subtitle');
    const lineNodes = [...label.childNodes].filter(
      (node) => node.nodeType === Node.TEXT_NODE || (node as Element).classList?.contains('line'),
    );
    const lines = lineNodes.map((node) => node.textContent ?? '');
    const drawn = normalise(lines.join(' '));
    const title = union(
      lineNodes.map((node) => (node.nodeType === Node.TEXT_NODE ? textBox(node as globalThis.Text) : boxOf(node as Element))),
    );
    // Lines may break after a hyphen or between Chinese characters, where no space was: the
    // title is whole when its characters are all there, whatever the spaces between lines.
    const whole = (text: string) => text.replace(/\s+/g, '');
    if (titleOf.has(id) && whole(drawn) !== whole(titleOf.get(id)!)) titlesCut.push({id, drawn, title: titleOf.get(id)!});
    const boxes = {title, subtitle: subtitle ? boxOf(subtitle) : undefined};
    labels.set(id, {...boxes, box: union([boxes.title, boxes.subtitle])});
    if (boxes.title) texts.push({name: `title of ${id}`, kind: 'title', owner: `label ${id}`, box: boxes.title});
    if (boxes.subtitle) texts.push({name: `date of ${id}`, kind: 'subtitle', owner: `label ${id}`, box: boxes.subtitle});
  }
  const anchor = timeline.anchor;
  const anchorCut = anchor !== undefined && (!labels.has(anchor) || titlesCut.some((cut) => cut.id === anchor));

  // Ticks, the story-date label and link labels.
  for (const tick of svg.querySelectorAll('g.tick text')) {
    const box = boxOf(tick);
    if (box) texts.push({name: `tick "${normalise(tick.textContent ?? '')}"`, kind: 'tick', owner: 'axis', box});
  }
  for (const now of svg.querySelectorAll('g.now text')) {
    const box = boxOf(now);
    if (box) texts.push({name: 'story-date label', kind: 'now', owner: 'now', box});
  }
  const linkName = (element: Element, index: number) =>
    `link ${(element as SVGElement).dataset.from}→${(element as SVGElement).dataset.to} #${index}`;
  const linkLabels: Text[] = [];
  [...svg.querySelectorAll('text.link-label')].forEach((text) => {
    const box = boxOf(text);
    // A label belongs to the path drawn just before it (render-chart.ts writes them in pairs).
    const path = text.previousElementSibling?.matches('path.link') ? text.previousElementSibling : undefined;
    const index = path ? [...svg.querySelectorAll('path.link')].indexOf(path) : -1;
    const owner = path ? linkName(path, index) : `link label "${text.textContent}"`;
    if (box) linkLabels.push({name: `label of ${owner} "${normalise(text.textContent ?? '')}"`, kind: 'link-label', owner, box});
  });
  texts.push(...linkLabels);

  // Event labels that overlap one another.
  const labelOverlaps: [string, string][] = [];
  const labelList = [...labels].filter(([, label]) => label.box);
  for (let i = 0; i < labelList.length; i++)
    for (let j = i + 1; j < labelList.length; j++)
      if (intersect(labelList[i][1].box!, labelList[j][1].box!)) labelOverlaps.push([labelList[i][0], labelList[j][0]]);

  // Link labels on any other text (each pair of link labels counted once).
  const linkLabelCollisions: LayoutDetails['linkLabelCollisions'] = [];
  linkLabels.forEach((linkLabel, i) => {
    for (const other of texts) {
      if (other === linkLabel || other.owner === linkLabel.owner) continue;
      if (other.kind === 'link-label' && linkLabels.indexOf(other) < i) continue;
      if (intersect(linkLabel.box, other.box)) linkLabelCollisions.push({link: linkLabel.name, with: other.name});
    }
  });

  // Arcs sampled every 2 px, in viewport px, against event labels' lines and other links' labels.
  const arcsThroughLabels: LayoutDetails['arcsThroughLabels'] = [];
  const obstacles = texts.filter((text) => text.kind === 'title' || text.kind === 'subtitle' || text.kind === 'link-label');
  [...svg.querySelectorAll<SVGPathElement>('path.link')].forEach((path, index) => {
    const name = linkName(path, index);
    const matrix = path.getScreenCTM();
    if (!matrix) return;
    const length = path.getTotalLength();
    const hits = new Set<Text>();
    for (let at = 0; at <= length; at += SAMPLE_STEP) {
      const {x, y} = path.getPointAtLength(at);
      const point = new DOMPoint(x, y).matrixTransform(matrix);
      for (const obstacle of obstacles)
        if (obstacle.owner !== name && !hits.has(obstacle) && inside(point.x, point.y, obstacle.box)) hits.add(obstacle);
    }
    // An event label's two lines are one label.
    for (const owner of new Set([...hits].map((hit) => (hit.kind === 'link-label' ? hit.name : hit.owner))))
      arcsThroughLabels.push({link: name, label: owner});
  });

  // Vertical layouts: how far each label sits from its own mark along the time axis (y).
  const farFromMark: LayoutDetails['farFromMark'] = [];
  if (vertical) {
    for (const [id, label] of labels) {
      const mark = marks.get(id);
      const shape = mark?.querySelector('.dot') ?? mark?.querySelector('rect.bar');
      const markBox = shape ? boxOf(shape) : undefined;
      if (!markBox || !label.box) continue;
      // A dot is its centre; a bar covers a stretch of time, and the nearest point of it counts.
      const [from, to] = shape!.matches('.dot')
        ? [(markBox.top + markBox.bottom) / 2, (markBox.top + markBox.bottom) / 2]
        : [markBox.top, markBox.bottom];
      const distance = Math.max(0, label.box.top - to, from - label.box.bottom);
      if (distance > FAR) farFromMark.push({id, distance: round(distance)});
    }
  }

  // Texts cut by the drawing's edge.
  const edgeCuts: LayoutDetails['edgeCuts'] = [];
  for (const text of texts) {
    const by = Math.max(frame.left - text.box.left, text.box.right - frame.right, frame.top - text.box.top, text.box.bottom - frame.bottom);
    if (by > SLACK) edgeCuts.push({text: text.name, kind: text.kind, by: round(by)});
  }

  return {
    width: round(frame.width),
    height: round(frame.height),
    vertical,
    events: events.length,
    drawn: marks.size,
    hidden: hidden.length,
    titlesCut: titlesCut.length,
    anchorCut,
    labelOverlaps: labelOverlaps.length,
    linkLabelCollisions: linkLabelCollisions.length,
    arcsThroughLabels: arcsThroughLabels.length,
    farFromMark: farFromMark.length,
    heightPerEvent: round(frame.height / Math.max(1, events.length)),
    edgeCuts: edgeCuts.length,
    details: {anchor, hidden, clustered, titlesCut, labelOverlaps, linkLabelCollisions, arcsThroughLabels, farFromMark, edgeCuts},
  };
}

/** The time axis runs down when its track line is taller than wide. */
function isVerticalTrack(svg: SVGSVGElement): boolean {
  const track = svg.querySelector('.track')?.getBoundingClientRect();
  return !!track && track.height > track.width;
}
