// Seeded generator of realistic synthetic news stories for the benchmark, in plain ES modules
// so the same code runs in Node and in the browser. One story comes out in three shapes:
//   doc       our event JSON, format version 1 (README, "The event JSON format")
//   vis       vis-timeline items: {id, content, start, end?} (ms UTC)
//   timelines timelines-chart data: [{group, data: [{label, data: [{timeRange: [start, end], val}]}]}]
// The same seed and size always give the same story.

const DAY = 86_400_000;
const ANCHOR_DATE = Date.UTC(2026, 1, 3);

/** mulberry32: a small, fast, well-spread 32-bit PRNG. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const CATEGORIES = {
  diplomacy: {label: 'Diplomacy', color: '#b03a2e'},
  treaty: {label: 'Treaties', color: '#1f5f99'},
  security: {label: 'Security', color: '#6b4c9a'},
  economy: {label: 'Economy', color: '#2e7d32'},
  culture: {label: 'Holidays', color: '#9a6a00'},
  domestic: {label: 'Domestic politics', color: '#455a64'},
};
const CATEGORY_KEYS = Object.keys(CATEGORIES);

const ACTORS = [
  'The president',
  'The foreign minister',
  'Parliament',
  'The central bank',
  'The prime minister',
  'Negotiators',
  'The UN Security Council',
  'The defence ministry',
  'Trade delegations',
  'The constitutional court',
  'Opposition leaders',
  'The European Commission',
  'Regional governors',
  'The energy ministry',
  'Election officials',
];
const VERBS = [
  'signs',
  'announces',
  'rejects',
  'debates',
  'extends',
  'suspends',
  'ratifies',
  'opens',
  'reviews',
  'postpones',
  'approves',
  'hosts talks on',
  'publishes',
  'withdraws from',
  'calls for',
];
const OBJECTS = [
  'the arms control treaty',
  'a new gas pipeline deal',
  'sanctions relief',
  'the state budget',
  'a ceasefire plan',
  'the trade agreement',
  'a visa-free regime',
  'grain export quotas',
  'the border settlement',
  'an investment forum',
  'interest rates',
  'a joint naval exercise',
  'the nuclear energy partnership',
  'the summit agenda',
  'emergency measures',
];
const PLACES = ['Moscow', 'Beijing', 'Geneva', 'Abu Dhabi', 'Brussels', 'New Delhi', 'Ankara', 'Astana', 'Vienna', 'Washington'];
const SUMMARIES = [
  'The decision followed weeks of consultations.',
  'Officials gave no further details.',
  'The move was widely expected by analysts.',
  'Both sides called the talks constructive.',
  'Critics said the timing was no accident.',
  'The details are to be published later.',
];
const LINK_KINDS = ['follows', 'precedes', 'mentions', 'context', 'anniversary', 'deadline', 'invitation'];

const pick = (random, list) => list[Math.floor(random() * list.length)];
const pad = (n, width = 2) => String(n).padStart(width, '0');

function ymd(t) {
  const d = new Date(t);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
function ym(t) {
  const d = new Date(t);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}`;
}
const startOfDay = (t) => Math.floor(t / DAY) * DAY;
const monthStart = (year, month0) => Date.UTC(year, month0, 1);
const monthOf = (t) => [new Date(t).getUTCFullYear(), new Date(t).getUTCMonth()];

/**
 * One EDTF date around time `t`, with its earliest and latest instant (ms UTC, latest = last
 * millisecond covered, as parseTimeline computes them) and whether it is drawn as a point.
 * The mix follows what news timelines hold: mostly days, some intervals, some vague dates.
 */
function dateAround(random, t) {
  const r = random();
  const day = startOfDay(t);
  const [year, month0] = monthOf(t);
  if (r < 0.5) return {date: ymd(day), start: day, end: day + DAY - 1, point: true};
  if (r < 0.55) {
    // A time of day with an offset ("2026-02-03T14:00+03:00").
    const hour = Math.floor(random() * 24);
    const minute = Math.floor(random() * 4) * 15;
    const offset = pick(random, [0, 3, 8, -5]);
    const zone = offset === 0 ? 'Z' : `${offset > 0 ? '+' : '-'}${pad(Math.abs(offset))}:00`;
    const start = day + hour * 3_600_000 + minute * 60_000 - offset * 3_600_000;
    return {date: `${ymd(day)}T${pad(hour)}:${pad(minute)}${zone}`, start, end: start + 60_000 - 1, point: true};
  }
  if (r < 0.67) {
    const length = 1 + Math.floor(random() ** 2 * 90);
    const last = day + length * DAY;
    return {date: `${ymd(day)}/${ymd(last)}`, start: day, end: last + DAY - 1, point: false};
  }
  if (r < 0.71) {
    const months = 1 + Math.floor(random() * 18);
    const end = monthStart(year, month0 + months + 1) - 1;
    return {date: `${ym(t)}/${ym(end)}`, start: monthStart(year, month0), end, point: false};
  }
  if (r < 0.79) return {date: ym(t), start: monthStart(year, month0), end: monthStart(year, month0 + 1) - 1, point: false};
  if (r < 0.87) {
    // Approximate or uncertain: "2026-07~", "2026-02-03?", "2026-02-03%", "2001?".
    const q = random();
    if (q < 0.4) return {date: `${ym(t)}~`, start: monthStart(year, month0), end: monthStart(year, month0 + 1) - 1, point: false};
    if (q < 0.7) return {date: `${ymd(day)}?`, start: day, end: day + DAY - 1, point: false};
    if (q < 0.9) return {date: `${ymd(day)}%`, start: day, end: day + DAY - 1, point: false};
    return {date: `${pad(year, 4)}?`, start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) - 1, point: false};
  }
  if (r < 0.91) return {date: pad(year, 4), start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) - 1, point: false};
  // Sub-year groupings: quarters 33–36, halves 40–41, seasons 21–24 (northern: spring from March).
  const q = random();
  if (q < 0.4) {
    const quarter = Math.floor(month0 / 3);
    return {
      date: `${pad(year, 4)}-${33 + quarter}`,
      start: monthStart(year, quarter * 3),
      end: monthStart(year, quarter * 3 + 3) - 1,
      point: false,
    };
  }
  if (q < 0.75) {
    const half = month0 < 6 ? 0 : 1;
    const mark = random() < 0.3 ? '?' : '';
    return {
      date: `${pad(year, 4)}-${40 + half}${mark}`,
      start: monthStart(year, half * 6),
      end: monthStart(year, half * 6 + 6) - 1,
      point: false,
    };
  }
  const season = Math.floor(random() * 4); // 21 spring (Mar–May), 22 summer, 23 autumn, 24 winter (Dec–Feb)
  const first = [2, 5, 8, 11][season];
  return {date: `${pad(year, 4)}-${21 + season}`, start: monthStart(year, first), end: monthStart(year, first + 3) - 1, point: false};
}

function title(random) {
  let text = `${pick(random, ACTORS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)}`;
  if (random() < 0.35) text += ` in ${pick(random, PLACES)}`;
  return text;
}

/**
 * A story of `n` events (n ≥ 1) from `seed`. Dates cluster around the anchor (3 February 2026)
 * with a long tail of background events over the years before it (more years for bigger
 * stories), one event decades back (an axis break), a tenth of the events linked to another.
 */
export function generateStory(n, seed = 1) {
  const random = rng(seed * 2654435761 + n);
  const yearsBack = Math.round(5 + 5 * Math.log10(Math.max(10, n)));
  const from = ANCHOR_DATE - yearsBack * 365.25 * DAY;
  const to = ANCHOR_DATE + 2 * 365.25 * DAY;
  const anchorIndex = Math.floor(n / 2);
  const events = new Array(n);
  const vis = new Array(n);
  const rows = new Map(); // category → row label → segments
  for (let i = 0; i < n; i++) {
    const id = i === anchorIndex ? 'anchor' : `e${i}`;
    let date;
    if (i === anchorIndex) date = {date: ymd(ANCHOR_DATE), start: ANCHOR_DATE, end: ANCHOR_DATE + DAY - 1, point: true};
    else if (i === 1 % n && n > 2) date = {date: '1997-05-27', start: Date.UTC(1997, 4, 27), end: Date.UTC(1997, 4, 28) - 1, point: true};
    else {
      // Most of a story sits within a year of its main event; the rest spreads back in time.
      const near = random() < 0.6;
      const t = near ? ANCHOR_DATE + (random() + random() + random() - 1.5) * 240 * DAY : from + random() * (to - from);
      date = dateAround(random, t);
    }
    const category = i === anchorIndex ? 'diplomacy' : pick(random, CATEGORY_KEYS);
    const event = {id, date: date.date, title: i === anchorIndex ? 'The two leaders hold a video call' : title(random), category};
    if (random() < 0.3) event.summary = pick(random, SUMMARIES);
    if (random() < 0.2) event.place = pick(random, PLACES);
    const s = random();
    if (s < 0.04) event.status = 'planned';
    else if (s < 0.06) event.status = 'cancelled';
    events[i] = event;
    vis[i] = date.point ? {id, content: event.title, start: date.start} : {id, content: event.title, start: date.start, end: date.end + 1};
    // timelines-chart draws rows of segments: one group per category, rows by kind of date.
    const row = date.point ? 'dated events' : date.date.includes('/') ? 'periods' : 'vague dates';
    const group = CATEGORIES[category].label;
    if (!rows.has(group)) rows.set(group, new Map());
    const byRow = rows.get(group);
    if (!byRow.has(row)) byRow.set(row, []);
    byRow.get(row).push({timeRange: [date.start, Math.max(date.end + 1, date.start + DAY)], val: group});
  }
  // Every tenth event is linked to another: a neighbour in the list, or (two dozen of them at
  // most, as in a real story) the anchor.
  const links = [];
  let anchorLinks = 0;
  for (let i = 0; i < n; i += 10) {
    let j;
    if (i !== anchorIndex && anchorLinks < 24 && random() < 0.3) {
      j = anchorIndex;
      anchorLinks++;
    } else j = Math.min(n - 1, Math.max(0, i + 1 + Math.floor(random() * 40) - 20));
    if (j === i) j = i + 1 < n ? i + 1 : i - 1;
    if (j < 0 || j === i) continue;
    const link = {from: events[i].id, to: events[j].id, kind: pick(random, LINK_KINDS)};
    if (random() < 0.1) link.label = 'see also';
    links.push(link);
  }
  const doc = {
    version: 1,
    lang: 'en',
    title: `A synthetic story of ${n} events`,
    now: ymd(ANCHOR_DATE),
    anchor: 'anchor',
    categories: CATEGORIES,
    events,
    links,
  };
  const timelines = [...rows].map(([group, byRow]) => ({group, data: [...byRow].map(([label, data]) => ({label, data}))}));
  return {doc, vis, timelines, anchorId: 'anchor', from, to: to};
}

/** A sequence of `steps` zoom windows [start, end] (ms): zoom in around the anchor, pan, zoom out. */
export function zoomWindows(from, to, anchor = ANCHOR_DATE, steps = 64) {
  const windows = [];
  const span = to - from;
  const third = Math.floor(steps / 3);
  for (let i = 0; i < third; i++) {
    // Zoom in geometrically from the whole story to about two months around the anchor.
    const width = span * ((60 * DAY) / span) ** (i / (third - 1));
    windows.push([anchor - width / 2, anchor + width / 2]);
  }
  const [a, b] = windows[windows.length - 1];
  const width = b - a;
  for (let i = 0; i < third; i++) {
    // Pan across a year, one twelfth of the window per step, backwards then forwards.
    const offset = (i < third / 2 ? -i : i - third) * (width / 12);
    windows.push([a + offset, b + offset]);
  }
  for (let i = windows.length; i < steps; i++) {
    const k = (i - 2 * third + 1) / (steps - 2 * third);
    const w = width * (span / width) ** k;
    windows.push([anchor - w / 2, anchor + w / 2]);
  }
  return windows;
}

/**
 * A real story (event JSON) in the three shapes, from the earliest and latest instant of each
 * event's date as parseTimeline reads them (`dates`, in the order of `doc.events`): for the demo's
 * own story, drawn by the three libraries like the synthetic ones.
 */
export function storyFromDocument(doc, dates) {
  const vis = [];
  const rows = new Map();
  const categoryLabel = (key) => doc.categories?.[key]?.label ?? key ?? 'Other';
  doc.events.forEach((event, i) => {
    const {start, end, point} = dates[i];
    vis.push(point ? {id: event.id, content: event.title, start} : {id: event.id, content: event.title, start, end: end + 1});
    const row = point ? 'dated events' : String(event.date).includes('/') ? 'periods' : 'vague dates';
    const group = categoryLabel(event.category);
    if (!rows.has(group)) rows.set(group, new Map());
    const byRow = rows.get(group);
    if (!byRow.has(row)) byRow.set(row, []);
    byRow.get(row).push({timeRange: [start, Math.max(end + 1, start + DAY)], val: group});
  });
  const timelines = [...rows].map(([group, byRow]) => ({group, data: [...byRow].map(([label, data]) => ({label, data}))}));
  const from = Math.min(...dates.map((date) => date.start));
  const to = Math.max(...dates.map((date) => date.end));
  return {doc, vis, timelines, anchorId: doc.anchor, from, to};
}
