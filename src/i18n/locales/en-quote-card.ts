// The English of the quote card's strings: loaded with its drawing (quote-card-view.ts), not with
// the first frame. Other languages give these in their tables (see PART_STRING_KEYS in strings.ts).
import type {TimelineStrings} from '../strings.js';

export const EN_QUOTE_CARD: Pick<TimelineStrings, 'showOnTimeline' | 'share' | 'copyLink' | 'copied' | 'quoteBy'> = {
  showOnTimeline: 'Show on the timeline',
  share: 'Share',
  copyLink: 'Copy link',
  copied: 'Link copied',
  quoteBy: (speaker) => `Quote by ${speaker}`,
};
