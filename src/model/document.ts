// The event JSON format, version 1, as TypeScript types: what authors write and
// what `parseTimeline` reads. `schema/event-timeline.schema.json` says the same for JSON tools.

export interface SourceDocument {
  name?: string;
  url?: string;
}

/** A picture, video, sound or post. Only http: and https: addresses are read. */
export interface MediaDocument {
  url: string;
  /** Required for a picture: what it shows, for readers who cannot see it; `""` when it is decoration. */
  alt?: string;
  caption?: string;
  credit?: string;
  /** A small picture shown on the play button before a video or sound is loaded, and in place of a post or page. */
  thumbnail?: string;
}

export interface QuoteDocument {
  text: string;
  speaker?: string;
  role?: string;
  /** EDTF date the words were said. */
  date?: string;
  /** BCP 47 language of the text when it differs from the document's. */
  lang?: string;
  url?: string;
  /** Name of the publication or record the quote comes from. */
  source?: string;
  media?: MediaDocument;
}

export interface EventDocument {
  /** Unique, 1–64 characters of A–Z, a–z, 0–9, `_` and `-`. */
  id: string;
  /** EDTF date or interval: `2026-02-03`, `2026-07`, `2026-40` (first half), `2026-01/2026-06?`, `2026-03/..`. */
  date: string;
  title: string;
  summary?: string;
  /** Key of `categories`. */
  category?: string;
  place?: string;
  /** Default: `happened` when the event starts on or before `now`, else `expected`. */
  status?: 'happened' | 'planned' | 'expected' | 'cancelled';
  source?: SourceDocument;
  media?: MediaDocument;
  quotes?: QuoteDocument[];
}

export interface LinkDocument {
  from: string;
  to: string;
  /** anniversary, invitation, deadline, follows, precedes, mentions, context, or any other word. */
  kind?: string;
  /** Shown instead of the label derived from the kind. */
  label?: string;
}

export interface CategoryDocument {
  label?: string;
  /** A CSS colour: `#rgb`, `#rrggbb`, `rgb()`/`hsl()`/`oklch()` or a colour keyword. */
  color?: string;
}

export interface EraDocument {
  title: string;
  /** An EDTF interval. */
  date: string;
}

export interface TimelineDocument {
  version?: 1;
  /** BCP 47 language of the texts. */
  lang?: string;
  title?: string;
  /** The story's own date, for relative phrases ("in 2 weeks"). Default: the anchor's date. */
  now?: string;
  /** Id of the event the story is about. */
  anchor?: string;
  /**
   * The first view: `all` (the whole story, the default), `anchor` (the anchor with some time
   * around it), an event's id, or an EDTF date or interval (`2026-01/2026-03`). The element's
   * `start-at` attribute wins over it.
   */
  startAt?: string;
  categories?: Record<string, CategoryDocument>;
  events: EventDocument[];
  links?: LinkDocument[];
  /** Background bands for periods. */
  eras?: EraDocument[];
}
