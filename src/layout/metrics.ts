// The layout's sizes, a module of their own: what draws the link arcs (a part loaded later,
// link-paths.ts) reads them without the rest of the geometry.

/**
 * Sizes in px that the layout measures with and the styles draw with: the one source of both
 * (event-timeline.styles.ts writes them into CSS custom properties, which the styles read).
 */
export const METRICS = {
  titleSize: 13,
  anchorTitleSize: 15,
  /** The date line under a title. */
  subtitleSize: 11,
  /** The drawing's small print: tick labels, the story-date label, link labels, cluster badges. */
  smallTextSize: 11,
  /** The detail card: its widest, and the least room it leaves beside it in a narrow drawing. */
  cardWidth: 360,
  cardMargin: 16,
  /** Between title lines; the anchor's lines are further apart. */
  lineHeight: 16,
  anchorLineHeight: 19,
  /** From the last title line's baseline to the date line's. */
  subtitleOffset: 15,
  /** Height of a one-line label with its date line, and the row height of archives' lanes. */
  laneHeight: 40,
  clusterRow: 30,
  tickRow: 26,
  /** Room above the top lane for the story-date marker's label. */
  nowRow: 16,
  pointLabelOffset: 12,
  barLabelOffset: 6,
  labelGap: 12,
  /** Widest a story's label may be (titles wrap to `maxTitleLines` lines within it). */
  maxLabelWidth: 320,
  /** Widest an archive's one-line label may be. */
  archiveLabelWidth: 300,
  maxTitleLines: 3,
  verticalTrack: 84,
  barHeight: 6,
  /** Room a bar takes above its label (the bar and a gap). */
  barRoom: 8,
} as const;
