import {describe, expect, it, vi} from 'vitest';
import {balancedWrap, estimateTextWidth, estimateTextWidthUpTo, truncateToWidth, wrapToWidth} from '../../../src/layout/text-width.js';
import {CORPUS} from '../../corpus/index.js';
import {mulberry32} from './helpers.js';
import {referenceBalancedWrap, referenceWrapToWidth} from './text-width-reference.js';

const ALPHABET = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:;!?()—-MWmw@%абвгдежзШЩЮЯ中文日本語한국어カタカナ𠮷',
];

function randomText(random: () => number, maxLength: number): string {
  const length = Math.floor(random() * (maxLength + 1));
  return Array.from({length}, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join('');
}

describe('estimateTextWidth', () => {
  it('is zero for no text and grows with every character added', () => {
    expect(estimateTextWidth('', 13)).toBe(0);
    const random = mulberry32(3);
    for (let trial = 0; trial < 500; trial++) {
      const text = randomText(random, 40);
      const char = ALPHABET[Math.floor(random() * ALPHABET.length)];
      for (const size of [11, 13]) {
        expect(estimateTextWidth(text + char, size), JSON.stringify(text + char)).toBeGreaterThan(estimateTextWidth(text, size));
        expect(estimateTextWidth(char + text, size)).toBeGreaterThan(estimateTextWidth(text, size));
      }
    }
  });

  it('scales with the font size and is wider in bold', () => {
    const text = 'Подписан Договор о добрососедстве';
    expect(estimateTextWidth(text, 26)).toBeGreaterThanOrEqual(2 * estimateTextWidth(text, 13) - 1);
    expect(estimateTextWidth(text, 13, true)).toBeGreaterThan(estimateTextWidth(text, 13));
  });

  it('gives the width of the text, size and weight asked, whatever was measured just before', () => {
    // The last text measured whole is remembered: a width must not come back for another size or weight.
    const text = 'Apollo 11 lands on the Moon';
    const widths = [11, 13, 15].flatMap((size) => [false, true].map((bold) => estimateTextWidth(text, size, bold)));
    expect(new Set(widths).size).toBe(6);
    for (const size of [15, 13, 11]) {
      for (const bold of [true, false]) {
        estimateTextWidth(text, size === 11 ? 15 : 11, !bold);
        expect(estimateTextWidthUpTo(text, size, bold, Infinity)).toBe(widths[[11, 13, 15].indexOf(size) * 2 + (bold ? 1 : 0)]);
        balancedWrap(text, 60, size, bold, 3);
        expect(estimateTextWidth(text, size, bold)).toBe(widths[[11, 13, 15].indexOf(size) * 2 + (bold ? 1 : 0)]);
      }
    }
    // Measured only up to a limit, a text is not remembered as that wide.
    expect(estimateTextWidthUpTo('x'.repeat(200), 13, false, 40)).toBeLessThan(estimateTextWidth('x'.repeat(200), 13, false));
    expect(estimateTextWidthUpTo('x'.repeat(200), 13, false, Infinity)).toBe(estimateTextWidth('x'.repeat(199) + 'x', 13, false));
  });

  it('counts narrow letters narrower than wide ones', () => {
    expect(estimateTextWidth('iiiiiiiiii', 13)).toBeLessThan(estimateTextWidth('aaaaaaaaaa', 13));
    expect(estimateTextWidth('aaaaaaaaaa', 13)).toBeLessThan(estimateTextWidth('MMMMMMMMMM', 13));
  });

  it('counts CJK, Hangul, kana and full-width forms as one em each', () => {
    for (const text of ['中', '文', '日本語', '한국어', 'カタカナ', 'ひらがな', 'ＡＢＣ', '。、', '𠮷', '𠀀𪚥', '丽']) {
      const chars = [...text].length;
      expect(estimateTextWidth(text, 10), text).toBe(10 * chars);
      expect(estimateTextWidth(text, 13), text).toBe(13 * chars);
    }
  });

  it('counts half-width katakana and Latin letters as less than an em', () => {
    expect(estimateTextWidth('ｶﾀｶﾅ', 10)).toBeLessThan(40);
    expect(estimateTextWidth('abcd', 10)).toBeLessThan(40);
    // A Chinese title is much wider than a Latin one with as many characters.
    expect(estimateTextWidth('贸易协定峰会会谈', 13)).toBeGreaterThan(1.5 * estimateTextWidth('trade ta', 13));
  });
});

describe('truncateToWidth', () => {
  it('returns text that fits unchanged, with no "…"', () => {
    for (const text of ['', 'Visit', 'Разговор Путина и Си', '会谈']) {
      const width = estimateTextWidth(text, 13, true);
      expect(truncateToWidth(text, width, 13, true)).toBe(text);
      expect(truncateToWidth(text, width + 50, 13, true)).toBe(text);
    }
  });

  it('cuts text that does not fit to the longest prefix that fits with "…"', () => {
    const random = mulberry32(5);
    let cut = 0;
    for (let trial = 0; trial < 1000; trial++) {
      const text = randomText(random, 60);
      const bold = random() < 0.5;
      const maxWidth = estimateTextWidth('…', 13, bold) + Math.floor(random() * 300);
      const result = truncateToWidth(text, maxWidth, 13, bold);
      expect(estimateTextWidth(result, 13, bold), JSON.stringify({text, maxWidth, result})).toBeLessThanOrEqual(maxWidth);
      if (estimateTextWidth(text, 13, bold) <= maxWidth) {
        expect(result).toBe(text);
        continue;
      }
      cut++;
      expect(result.endsWith('…')).toBe(true);
      const kept = [...result.slice(0, -1)];
      expect(text.startsWith(result.slice(0, -1))).toBe(true);
      // Longest: one more character of the text (before trimming spaces) would not fit.
      const next = [...text].slice(0, kept.length + 1).join('');
      if (!/\s$/.test(next) && next.length < text.length) {
        expect(estimateTextWidth(next + '…', 13, bold)).toBeGreaterThan(maxWidth);
      }
    }
    expect(cut).toBeGreaterThan(200);
  });

  it('gives just "…" when not even one character fits', () => {
    expect(truncateToWidth('Wednesday', estimateTextWidth('W…', 13), 13)).toBe('W…');
    expect(truncateToWidth('Wednesday', estimateTextWidth('W…', 13) - 1, 13)).toBe('…');
    expect(truncateToWidth('中文', 12, 13)).toBe('…');
  });

  it('never splits a character made of two UTF-16 units', () => {
    for (let width = 8; width < 80; width++) {
      const result = truncateToWidth('𠮷𠮷𠮷𠮷𠮷𠮷', width, 13);
      expect([...result].every((char) => char === '𠮷' || char === '…')).toBe(true);
    }
  });

  it('trims spaces before the "…"', () => {
    const text = 'Summit talks resume';
    const upTo = estimateTextWidth('Summit …', 13);
    expect(truncateToWidth(text, upTo, 13)).toBe('Summit…');
  });
});

describe('wrapToWidth', () => {
  it('keeps text that fits on one line', () => {
    expect(wrapToWidth('Official visit', 200, 13, true)).toEqual(['Official visit']);
  });

  it('breaks at spaces into at most maxLines lines that each fit, cutting only the last with "…"', () => {
    const random = mulberry32(9);
    // Words that each fit a line on their own (see the report on over-long words and CJK).
    const words = ['summit', 'talks', 'on', 'the', 'treaty', 'Договор', 'о', 'добрососедстве', 'and', 'trade'];
    for (let trial = 0; trial < 300; trial++) {
      const text = Array.from({length: 1 + Math.floor(random() * 14)}, () => words[Math.floor(random() * words.length)]).join(' ');
      const maxWidth = 130 + Math.floor(random() * 200);
      const maxLines = 1 + Math.floor(random() * 3);
      const lines = wrapToWidth(text, maxWidth, 13, true, maxLines);
      expect(lines.length).toBeGreaterThanOrEqual(1);
      expect(lines.length).toBeLessThanOrEqual(maxLines);
      for (const line of lines) expect(estimateTextWidth(line, 13, true)).toBeLessThanOrEqual(maxWidth);
      lines.slice(0, -1).forEach((line) => expect(line.endsWith('…')).toBe(false));
      const joined = lines.join(' ');
      if (!joined.endsWith('…')) expect(joined).toBe(text);
      else expect(text.startsWith(joined.slice(0, -1).trimEnd())).toBe(true);
    }
  });
});

describe('wrapping with widths summed as lines grow', () => {
  // Texts with what trips line breaking up: runs of spaces (leading, trailing, inside; tabs,
  // no-break and ideographic spaces), dashes and slashes, CJK with its punctuation, characters
  // of two UTF-16 units, and words wider than a line.
  const PARTS = [
    ...ALPHABET,
    '  ',
    ' ',
    ' ',
    ' ',
    '\t',
    '\u00a0',
    '\u3000',
    '-',
    '—',
    '…',
    ' …',
    '/',
    '、',
    '。',
    '）',
    'добрососедстве',
    'Internationalization',
    '𠮷𠮷',
  ];
  const texts = (random: () => number) => {
    const corpus = CORPUS.flatMap((story) => (story.doc as {events: {title: string}[]}).events.map((event) => event.title));
    const made = Array.from({length: 400}, () =>
      Array.from({length: Math.floor(random() * 40)}, () => PARTS[Math.floor(random() * PARTS.length)]).join(''),
    );
    return [...corpus, ...made];
  };

  it('breaks every line where measuring each candidate line from scratch does', () => {
    const random = mulberry32(17);
    let wrapped = 0;
    for (const text of texts(random)) {
      for (let trial = 0; trial < 4; trial++) {
        const size = [11, 13, 15][trial % 3];
        const bold = trial % 2 === 0;
        const maxWidth = 10 + Math.floor(random() * 330);
        const maxLines = 1 + Math.floor(random() * 5);
        const expected = referenceWrapToWidth(text, maxWidth, size, bold, maxLines);
        expect(wrapToWidth(text, maxWidth, size, bold, maxLines), JSON.stringify({text, maxWidth, size, bold, maxLines})).toEqual(expected);
        if (expected.length > 1) wrapped++;
      }
    }
    expect(wrapped).toBeGreaterThan(500);
  });

  it('balances text without CJK as the reference does, whatever its dashes and white space', () => {
    // Every character that ends a piece or may not: hyphens, dashes (U+2010–2014, and U+2015,
    // which is none), slashes, runs of white space of every kind, letters, narrow and wide ones.
    const parts = [
      ...'abcdefghijklmnopqrstuvwxyz ABCMW.,',
      '  ',
      '\t',
      '\u00a0',
      '\u2009',
      '\u2028',
      '\u205f',
      '-',
      '--',
      '\u2010',
      '\u2013',
      '\u2014',
      '\u2015',
      '/',
      ' - ',
      'word',
    ];
    const random = mulberry32(29);
    let balanced = 0;
    for (let n = 0; n < 600; n++) {
      const text = Array.from({length: 8 + Math.floor(random() * 50)}, () => parts[Math.floor(random() * parts.length)]).join('');
      const maxWidth = 40 + Math.floor(random() * 200);
      const maxLines = 2 + Math.floor(random() * 3);
      const expected = referenceBalancedWrap(text, maxWidth, 13, true, maxLines);
      expect(balancedWrap(text, maxWidth, 13, true, maxLines), JSON.stringify({text, maxWidth, maxLines})).toEqual(expected);
      if (expected.lines.length > 1) balanced++;
    }
    expect(balanced).toBeGreaterThan(300);
  });

  it('balances every title as the reference does, at any width and line count', () => {
    const random = mulberry32(23);
    for (const text of texts(random)) {
      for (const size of [13, 15]) {
        const maxWidth = 60 + Math.floor(random() * 280);
        const maxLines = 1 + Math.floor(random() * 4);
        expect(balancedWrap(text, maxWidth, size, true, maxLines), JSON.stringify({text, maxWidth, maxLines})).toEqual(
          referenceBalancedWrap(text, maxWidth, size, true, maxLines),
        );
      }
    }
  });

  it('balances titles that start with white space as the reference does (a first line that is not yet ink)', () => {
    const random = mulberry32(31);
    const starts = ['  ', ' ', '\t', '\u00a0', '\u3000', ' - ', '  /'];
    let kept = 0;
    for (let n = 0; n < 300; n++) {
      const words = Array.from({length: 1 + Math.floor(random() * 6)}, () => ALPHABET[Math.floor(random() * ALPHABET.length)]);
      const text = starts[n % starts.length] + words.join(' ');
      const maxWidth = 30 + Math.floor(random() * 200);
      const maxLines = 1 + Math.floor(random() * 3);
      const expected = referenceBalancedWrap(text, maxWidth, 13, true, maxLines);
      expect(balancedWrap(text, maxWidth, 13, true, maxLines), JSON.stringify({text, maxWidth, maxLines})).toEqual(expected);
      if (expected.lines[0] !== '') kept++;
    }
    expect(kept).toBeGreaterThan(100);
    expect(balancedWrap('  international', 100, 13, true, 2)).toEqual(referenceBalancedWrap('  international', 100, 13, true, 2));
  });

  it('wraps an empty text, or one at a width below zero, as the reference does when it is the first text measured', async () => {
    for (const [text, width] of [
      ['', -1],
      ['', Number.NaN],
      ['word', -5],
    ] as const) {
      vi.resetModules();
      const fresh = await import('../../../src/layout/text-width.js');
      expect(fresh.balancedWrap(text, width, 13, false, 3)).toEqual(referenceBalancedWrap(text, width, 13, false, 3));
    }
  });
});
