import {describe, expect, it} from 'vitest';
import {colorFor} from '../../src/elements/event-timeline/palette.js';

// WCAG 2.x relative luminance and contrast ratio.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
};

describe('the default category palette', () => {
  const colours = Array.from({length: 8}, (_, i) => colorFor(i));

  it('has eight distinct colours and repeats after them', () => {
    expect(new Set(colours).size).toBe(8);
    expect(colorFor(8)).toBe(colorFor(0));
  });

  it('keeps every mark at 3:1 or more against the light background (WCAG 2.2 non-text contrast)', () => {
    for (const colour of colours) expect(contrast(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(3);
  });

  it('keeps every mark at 3:1 or more against the light ring drawn around it in the dark theme', () => {
    for (const colour of colours) expect(contrast(colour, '#ececf1'), colour).toBeGreaterThanOrEqual(3);
  });
});
