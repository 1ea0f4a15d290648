// The English of what the live marks say: loaded with them (live-marks.ts), when a second version of
// a story arrives. Other languages give these in their tables (PART_STRING_KEYS, strings.ts).
import type {TimelineStrings} from '../strings.js';

export const EN_LIVE: Pick<TimelineStrings, 'updates' | 'showNew'> = {
  updates: (added, changed, removed) =>
    [
      added && `${added.text} new ${added.plural === 'one' ? 'event' : 'events'}`,
      changed && `${changed.text} changed`,
      removed && `${removed.text} removed`,
    ]
      .filter(Boolean)
      .join(', ') || 'No changes',
  showNew: (count) => `Show ${count.text} new`,
};
