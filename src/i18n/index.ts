// Public entry of the i18n layer: everything the elements need to put dates, numbers and
// UI strings into the element's language. Pure functions over Intl; no DOM.

export {
  canonicalLang,
  dateTimeFormat,
  listFormat,
  numberFormat,
  pluralRules,
  relativeTimeFormat,
} from './intl-cache.js';
export {isRtl, registerStrings, stringsFor} from './strings.js';
export type {CountText, Season, TimelineStrings, TimelineStringsOverride} from './strings.js';
export {formatEdtf, formatOffset, formatPoint, formatTick} from './format-date.js';
export type {DateStyle, TickUnit} from './format-date.js';
export {durationLabel, durationYears, formatCount, formatList, relativeLabel} from './relative.js';
export {
  anniversaryLabel,
  clusterLabel,
  countText,
  describeTimeline,
  formatBytes,
  linkKindLabel,
  moreIssuesLabel,
} from './phrases.js';
