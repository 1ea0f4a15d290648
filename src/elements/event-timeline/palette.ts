// Default category colours: distinct hues that keep at least 3:1 contrast against both the
// light and the dark background (WCAG 2.2 non-text contrast), in a fixed order.
const PALETTE = ['#c0392b', '#1f6fb2', '#7b52ab', '#b7701c', '#1d8a5b', '#c2185b', '#5d6d7e', '#00838f'];

export function colorFor(index: number): string {
  return PALETTE[index % PALETTE.length];
}
