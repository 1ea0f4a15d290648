// Line wrapping as first written (every candidate line measured from scratch, as a string), kept
// as the reference the measured wrapping (src/layout/text-width.ts) must agree with exactly.
// Not a test file itself (vitest only collects *.test.ts).
import {breakPieces, estimateTextWidth, estimateTextWidthUpTo, truncateToWidth, type WrappedText} from '../../../src/layout/text-width.js';

export function referenceWrapToWidth(text: string, maxWidth: number, fontSize: number, bold = false, maxLines = 2): string[] {
  if (maxLines <= 1 || estimateTextWidth(text, fontSize, bold) <= maxWidth) return [truncateToWidth(text.trim(), maxWidth, fontSize, bold)];
  const pieces = breakPieces(text);
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < pieces.length; i++) {
    const candidate = line + pieces[i];
    if (!line.trim() || estimateTextWidth(candidate.trimEnd(), fontSize, bold) <= maxWidth) {
      line = candidate;
      continue;
    }
    lines.push(line.trimEnd());
    if (lines.length === maxLines - 1) {
      line = pieces.slice(i).join('');
      break;
    }
    line = pieces[i];
  }
  lines.push(line.trim());
  return lines.map((part) => truncateToWidth(part, maxWidth, fontSize, bold));
}

export function referenceBalancedWrap(text: string, maxWidth: number, fontSize: number, bold: boolean, maxLines: number): WrappedText {
  const full = estimateTextWidthUpTo(text, fontSize, bold, maxWidth);
  if (full <= maxWidth || maxLines <= 1) {
    const line = truncateToWidth(text.trim(), maxWidth, fontSize, bold);
    return {lines: [line], width: Math.min(full, maxWidth)};
  }
  const bare = text.replace(/\s+/g, '');
  const whole = (lines: string[]) => lines.join('').replace(/\s+/g, '') === bare;
  const fits = (width: number) => {
    const lines = referenceWrapToWidth(text, width, fontSize, bold, maxLines + 1);
    return lines.length <= maxLines && whole(lines) ? lines : undefined;
  };
  let best = referenceWrapToWidth(text, maxWidth, fontSize, bold, maxLines);
  const count = best.length;
  let low = Math.ceil(estimateTextWidth(text, fontSize, bold) / count);
  let high = maxWidth;
  while (high - low > 4) {
    const middle = Math.floor((low + high) / 2);
    const lines = fits(middle);
    if (lines && lines.length <= count) {
      best = lines;
      high = middle;
    } else low = middle;
  }
  return {lines: best, width: Math.max(...best.map((line) => estimateTextWidth(line, fontSize, bold)))};
}
