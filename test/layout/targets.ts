// The layout targets the rewritten layout must reach on the corpus, in one place for the layout
// report and the browser test. Each target says which drawings it applies to: hidden events and
// cut titles are judged up to 30 events at 900 px and wider (denser stories may count events in
// clusters), the phone targets at 390 px, everything else on every drawing.
import type {LayoutMetrics} from './measure.js';

/** The viewport widths every story is drawn at. */
export const WIDTHS = [1280, 920, 390] as const;

export interface Target {
  id: string;
  /** The target in words, as the report prints it. */
  text: string;
  applies: (metrics: LayoutMetrics, width: number) => boolean;
  /** The measured value, and the most it may be. */
  value: (metrics: LayoutMetrics) => number;
  limit: number;
}

const roomy = (metrics: LayoutMetrics, width: number) => metrics.events <= 30 && width >= 900;
const phone = (_metrics: LayoutMetrics, width: number) => width <= 390;
const always = () => true;

export const TARGETS: readonly Target[] = [
  {id: 'hidden', text: 'up to 30 events at ≥ 900 px: hidden = 0', applies: roomy, value: (m) => m.hidden, limit: 0},
  {id: 'titlesCut', text: 'up to 30 events at ≥ 900 px: titlesCut = 0', applies: roomy, value: (m) => m.titlesCut, limit: 0},
  {id: 'anchorCut', text: 'anchor title never cut (nor hidden)', applies: always, value: (m) => (m.anchorCut ? 1 : 0), limit: 0},
  {id: 'labelOverlaps', text: 'labelOverlaps = 0', applies: always, value: (m) => m.labelOverlaps, limit: 0},
  {id: 'linkLabelCollisions', text: 'linkLabelCollisions = 0', applies: always, value: (m) => m.linkLabelCollisions, limit: 0},
  {id: 'arcsThroughLabels', text: 'arcsThroughLabels = 0', applies: always, value: (m) => m.arcsThroughLabels, limit: 0},
  {id: 'farFromMark', text: 'at 390 px: farFromMark = 0', applies: phone, value: (m) => m.farFromMark, limit: 0},
  {id: 'heightPerEvent', text: 'at 390 px: heightPerEvent ≤ 120', applies: phone, value: (m) => m.heightPerEvent, limit: 120},
  {id: 'edgeCuts', text: 'edgeCuts = 0', applies: always, value: (m) => m.edgeCuts, limit: 0},
];

export interface TargetCheck {
  id: string;
  value: number;
  limit: number;
  ok: boolean;
}

/** The targets that apply to one drawing, each met or not. */
export function checkTargets(metrics: LayoutMetrics, width: number): TargetCheck[] {
  return TARGETS.filter((target) => target.applies(metrics, width)).map((target) => {
    const value = target.value(metrics);
    return {id: target.id, value, limit: target.limit, ok: value <= target.limit};
  });
}
