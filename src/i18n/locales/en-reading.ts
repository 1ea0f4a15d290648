// The English of the list's and the detail card's own strings: loaded with them (render-reading.ts),
// not with the first frame. Other languages give these in their tables (PART_STRING_KEYS, strings.ts).
import type {TimelineStrings} from '../strings.js';

export const EN_READING: Pick<TimelineStrings, 'showMore' | 'close' | 'place' | 'source' | 'linksHeading'> = {
  showMore: (count) => `Show ${count.text} more`,
  close: 'Close',
  place: 'Place',
  source: 'Source',
  linksHeading: 'Related events',
};
