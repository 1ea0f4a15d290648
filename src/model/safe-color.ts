// Colours from data end up in SVG `fill`/`stroke` through style bindings, so only plain
// colour syntax passes: no `;`, `url()`, `var()` or anything that could reach beyond a colour.

const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const FUNCTION = /^(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(\s*[-+0-9.eE%\s,/a-z]*\)$/i;
const KEYWORD = /^[a-z]{3,20}$/i;

/** Returns the colour when it is a hex value, a colour function or a keyword, else undefined. */
export function safeColor(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const color = value.trim();
  if (HEX.test(color) || KEYWORD.test(color)) return color;
  if (FUNCTION.test(color) && !/url|var|calc|expression|attr/i.test(color)) return color;
  return undefined;
}
