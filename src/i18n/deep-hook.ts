// Where deep time's words and ticks plug in. Stories that reach before year -9999 or beyond Date's
// range are written in years from now ("13.8 billion years ago"); the code that writes them is a
// part of its own (deep-time.ts), loaded only for such stories, which registers itself here.
// Until it has come (the element waits for it before drawing such a story) they are left blank.

export interface DeepTime {
  /** A far time in words: "13.8 billion years ago", "in 170 million years". */
  year(time: number, lang: string): string;
  /** The time between two instants, one of them far: "4.6 billion years earlier" … as `relativeLabel` words it. */
  relative(from: number, to: number, lang: string): string;
  /** A far stretch of time: "4.6 billion years". */
  duration(from: number, to: number, lang: string): string;
  /** About `count` ticks over [t0, t1], at round numbers of years. */
  ticks(t0: number, t1: number, count: number): number[];
}

export let deepTime: DeepTime | undefined;

export function registerDeepTime(deep: DeepTime): void {
  deepTime = deep;
}
