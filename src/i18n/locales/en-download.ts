// The English of the download menu's presets: loaded with its panel (reader-actions.ts), not with
// the first frame. Other languages give these in their tables (PART_STRING_KEYS, strings.ts).
import type {TimelineStrings} from '../strings.js';

export const EN_DOWNLOAD: Pick<TimelineStrings, 'imageKinds'> = {
  imageKinds: {story: 'Whole story', social: 'Social card', newsletter: 'Newsletter', print: 'Print (A4)'},
};
