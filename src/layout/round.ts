/** A coordinate rounded to a tenth of a pixel, as every drawing writes them (shorter markup, same picture). */
export const tenth = (value: number): number => Math.round(value * 10) / 10;
