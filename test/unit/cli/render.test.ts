// `event-timeline render`: the story as an SVG or PNG image with its title, legend and credit, at
// the presets' sizes, for the whole story or a span; deterministic output (SVG snapshot, PNG bytes
// the same twice, pixels where the picture is).
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {fontsFor, parseRenderArguments, rasterise, renderMain} from '../../../src/cli/render.js';
import {staticSvg} from '../../../src/export/static-svg.js';
import {estimateTextWidth} from '../../../src/layout/text-width.js';
import {parseTimeline} from '../../../src/model/parse-timeline.js';
import {translationFor} from '../../../src/elements/shared/translations.js';

const read = (name: string) => JSON.parse(readFileSync(new URL(`../../../demo/data/${name}`, import.meta.url), 'utf8'));
const storyEn = read('story-en.json');
const storyRu = read('story-ru.json');
const timelineEn = parseTimeline(storyEn).timeline!;
const timelineRu = parseTimeline(storyRu).timeline!;
const text = (svg: string) =>
  svg
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
    .replace(/\s+/g, ' ');
const pngSize = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset);
  return {width: view.getUint32(16), height: view.getUint32(20)};
};

beforeAll(async () => {
  await translationFor('ru')?.load();
});

describe('parseRenderArguments', () => {
  it('reads the file, output, preset, size, language, theme and span', () => {
    const parsed = parseRenderArguments([
      'story.json',
      '-o',
      'out.png',
      '--preset',
      'social',
      '--lang',
      'ru',
      '--theme=dark',
      '--width',
      '800',
      '--span',
      '2026-01/2026-06',
      '--font-dir',
      'fonts',
    ]);
    expect(parsed.ok && 'options' in parsed).toBe(true);
    if (!parsed.ok || !('options' in parsed)) return;
    const {options} = parsed;
    expect(options).toMatchObject({
      file: 'story.json',
      output: 'out.png',
      preset: 'social',
      lang: 'ru',
      theme: 'dark',
      width: 800,
      fontDirs: ['fonts'],
    });
    expect(options.extent).toEqual([Date.UTC(2026, 0, 1), Date.UTC(2026, 6, 1) - 1]);
  });

  it('says what is wrong', () => {
    const error = (argv: string[]) => {
      const parsed = parseRenderArguments(argv);
      return parsed.ok ? undefined : parsed.error;
    };
    expect(error(['story.json'])).toMatch(/no output/);
    expect(error(['-o', 'a.png'])).toMatch(/no FILE/);
    expect(error(['story.json', '-o', 'a.gif'])).toMatch(/\.svg or \.png/);
    expect(error(['story.json', '-o', 'a.svg', '--preset', 'poster'])).toMatch(/social, newsletter, print/);
    expect(error(['story.json', '-o', 'a.svg', '--width', '-3'])).toMatch(/positive number/);
    expect(error(['story.json', '-o', 'a.svg', '--from', '2026-13'])).toMatch(/--from/);
    expect(error(['story.json', '-o', 'a.svg', '--from', '2026-06', '--to', '2026-01'])).toMatch(/ends before it starts/);
  });
});

describe('staticSvg', () => {
  it('draws the title, every event, the legend and the credit, the same each time (snapshot)', () => {
    const image = staticSvg(timelineEn, {preset: 'social'});
    expect([image.width, image.height]).toEqual([1200, 630]);
    expect(image.svg).toBe(staticSvg(timelineEn, {preset: 'social'}).svg);
    const words = text(image.svg);
    expect(words).toContain(storyEn.title);
    for (const category of Object.values(storyEn.categories) as {label: string}[]) expect(words).toContain(category.label);
    expect(words).toContain('Story date: February 3, 2026');
    for (const event of storyEn.events) for (const word of event.title.split(' ')) expect(words, event.id).toContain(word);
    expect(staticSvg(timelineEn, {preset: 'social', credit: 'Graphic: The Daily Example'}).svg).toContain('Graphic: The Daily Example');
    expect(image.svg).toMatchSnapshot();
  });

  it('writes the Russian story in Russian, and A4 in millimetres for print', () => {
    const image = staticSvg(timelineRu, {preset: 'print', lang: 'ru'});
    expect(image.svg).toMatch(/^<svg [^>]*width="297mm" height="210mm" viewBox="0 0 1123 794"/);
    expect(text(image.svg)).toContain('Дата материала: 3 февраля 2026');
  });

  it('fits a chosen span: events outside it are left out of the drawing area', () => {
    const whole = staticSvg(timelineEn, {width: 1000});
    const span = staticSvg(timelineEn, {width: 1000, extent: [Date.UTC(2026, 0, 20), Date.UTC(2026, 1, 28)]});
    expect(text(whole.svg)).toContain('2001');
    // The axis is the span's: months of 2026, no tick for 2001 (whose event lies outside, clipped).
    expect(whole.svg).toMatch(/>2001<\/text>/);
    expect(span.svg).not.toMatch(/>2001<\/text>/);
    expect(text(span.svg)).toMatch(/Feb/);
    expect(span.svg).not.toBe(whole.svg);
    expect(span.svg).toContain('clip-path="url(#chart-area)"');
  });

  it('fades fuzzy and open ends of bars with gradients along the axis (left to right, right to left, down)', () => {
    const gradients = (svg: string) => [...svg.matchAll(/<linearGradient id="([^"]+)"([^>]*)>(.*?)<\/linearGradient>/g)];
    const {svg} = staticSvg(timelineEn, {width: 1000});
    // The visit (first half of 2026, uncertain) fades at both ends: its fill and outline are the gradient.
    const found = gradients(svg);
    expect(found.length).toBeGreaterThan(0);
    const bars = [...svg.matchAll(/<rect [^>]*fill="url\(#(fade-\d+)\)"[^>]*>/g)];
    expect(bars.length).toBe(2);
    for (const [bar, id] of bars) {
      expect(bar).toContain(`stroke="url(#${id})"`);
      expect(bar).toContain('fill-opacity="0.35"');
      expect(found.map(([, gradient]) => gradient)).toContain(id);
    }
    const [, , direction, stops] = found[0]!;
    expect(direction).toBe(' x1="0" x2="1"');
    expect([...stops!.matchAll(/offset="([\d.]+)" stop-color="#[0-9a-f]{6}" stop-opacity="([\d.]+)"/g)].map(([, a, b]) => [a, b])).toEqual([
      ['0', '0.14'],
      ['0.2', '1'],
      ['0.8', '1'],
      ['1', '0.14'],
    ]);
    // Right to left, time runs leftward; vertical, downward.
    const arabic = parseTimeline({...storyEn, lang: 'ar'}).timeline!;
    expect(gradients(staticSvg(arabic, {width: 1000, lang: 'ar'}).svg)[0]![2]).toBe(' x1="1" x2="0"');
    expect(gradients(staticSvg(timelineEn, {width: 390}).svg)[0]![2]).toBe(' x1="0" x2="0" y1="0" y2="1"');
    // Bars known to the day at both ends are not faded; an open end fades at that end alone.
    const redate = (dates: Record<string, string>) =>
      parseTimeline({
        ...storyEn,
        events: storyEn.events.map((event: {id: string; date: string}) => ({...event, date: dates[event.id] ?? event.date})),
      }).timeline!;
    const certain = staticSvg(redate({visit: '2026-03-01/2026-06-30', 'abu-dhabi': '2026-02-09/2026-02-12'}), {width: 1000}).svg;
    expect(gradients(certain)).toEqual([]);
    expect(certain).toMatch(/<rect [^>]*fill="#b03a2e" fill-opacity="0.35"/);
    const open = gradients(staticSvg(redate({visit: '2026-03-01/..', 'abu-dhabi': '2026-02-09/2026-02-12'}), {width: 1000}).svg);
    expect(open.length).toBe(1);
    expect(open[0]![3]).toMatch(/^<stop offset="0.8" [^>]*stop-opacity="1"\/><stop offset="1" [^>]*stop-opacity="0.14"\/>$/);
  });

  it('keeps the title inside a phone-width image: long titles wrap, end in an ellipsis, and Chinese breaks between characters', () => {
    for (const name of ['jwst-en', 'chang-e-zh']) {
      const corpus = parseTimeline(JSON.parse(readFileSync(new URL(`../../corpus/${name}.json`, import.meta.url), 'utf8'))).timeline!;
      const {svg} = staticSvg(corpus, {width: 390});
      const lines = [...svg.matchAll(/<text [^>]*font-size="20" font-weight="700"[^>]*>([^<]*)<\/text>/g)].map(([, line]) => line!);
      expect(lines.length, name).toBe(2);
      for (const line of lines) expect(estimateTextWidth(line, 20, true), `${name}: ${line}`).toBeLessThanOrEqual(390 - 40);
      // Nothing of the title is lost but what the ellipsis stands for.
      expect(corpus.title!.replace(/\s+/g, '').startsWith(lines.join('').replace(/\s+|…$/g, '')), name).toBe(true);
    }
  });

  it('escapes the data: markup in a title stays text', () => {
    const hostile = parseTimeline({...storyEn, title: '<script>alert(1)</script> & "quotes"'}).timeline!;
    const {svg} = staticSvg(hostile);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;quotes&#34;');
  });
});

describe('PNG through resvg', () => {
  it('is the same bytes each time, at the size asked for, with the picture where it should be', async () => {
    const fonts = await fontsFor([]);
    expect(fonts.some((file) => /NotoSans-Regular\.ttf$/.test(file))).toBe(true);
    const image = staticSvg(timelineRu, {preset: 'newsletter', lang: 'ru'});
    const first = await rasterise(image.svg, image.width, image.scale, fonts);
    const second = await rasterise(image.svg, image.width, image.scale, fonts);
    expect(Buffer.from(first.png).equals(Buffer.from(second.png))).toBe(true);
    expect(pngSize(first.png)).toEqual({width: 1200, height: Math.round(image.height * 2)});
    const at = (x: number, y: number) => [...first.pixels.slice((y * first.width + x) * 4, (y * first.width + x) * 4 + 3)];
    expect(at(2, 2)).toEqual([255, 255, 255]);
    // The title is drawn: dark pixels in its first line, across the left of the image.
    let dark = 0;
    for (let x = 40; x < 1100; x++) for (let y = 50; y < 110; y++) if (at(x, y).every((channel) => channel < 90)) dark++;
    expect(dark).toBeGreaterThan(2000);
  });

  it('draws the fade of a fuzzy bar: its ends paler than its middle', async () => {
    const image = staticSvg(timelineEn, {width: 1000});
    const {pixels, width} = await rasterise(image.svg, image.width, 1, await fontsFor([]));
    const [, left, top, scale] = /<g transform="translate\(([\d.]+),([\d.]+)\) scale\(([\d.]+)\)"/.exec(image.svg)!.map(Number);
    const bar = /<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"[^>]*fill="url\(#fade-1\)"/
      .exec(image.svg)!
      .slice(1)
      .map(Number);
    const [bx, by, bw, bh] = bar as [number, number, number, number];
    // How far from white the bar's middle line is, at a fraction of its length.
    const ink = (along: number) => {
      const px = Math.round(left! + (bx + bw * along) * scale!);
      const py = Math.round(top! + (by + bh / 2) * scale!);
      const at = (py * width + px) * 4;
      return 3 * 255 - pixels[at]! - pixels[at + 1]! - pixels[at + 2]!;
    };
    expect(bw).toBeGreaterThan(100);
    expect(ink(0.5)).toBeGreaterThan(100);
    for (const end of [0.02, 0.98]) expect(ink(end), `at ${end}`).toBeLessThan(ink(0.5) / 2);
  });
});

describe('event-timeline render', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'event-timeline-render-'));
  });
  afterAll(() => rmSync(dir, {recursive: true, force: true}));

  it('writes the three presets for the demo story in Russian and English', async () => {
    const out: string[] = [];
    const io = {stdout: (line: string) => out.push(line), stderr: (line: string) => out.push(line)};
    for (const [file, lang] of [
      ['story-ru.json', 'ru'],
      ['story-en.json', 'en'],
    ]) {
      const story = `demo/data/${file}`;
      expect(await renderMain([story, '-o', join(dir, `${lang}-social.png`), '--preset', 'social'], io)).toBe(0);
      expect(await renderMain([story, '-o', join(dir, `${lang}-newsletter.png`), '--preset', 'newsletter'], io)).toBe(0);
      expect(await renderMain([story, '-o', join(dir, `${lang}-print.svg`), '--preset', 'print'], io)).toBe(0);
      expect(pngSize(readFileSync(join(dir, `${lang}-social.png`)))).toEqual({width: 1200, height: 630});
      expect(pngSize(readFileSync(join(dir, `${lang}-newsletter.png`))).width).toBe(1200);
      const print = readFileSync(join(dir, `${lang}-print.svg`), 'utf8');
      expect(print).toContain('width="297mm"');
      expect(text(print)).toContain(lang === 'ru' ? 'Дипломатия' : 'Diplomacy');
    }
    expect(out.join('')).toContain('ru-newsletter.png: 600×');
  });

  it('fails with the problems of a bad file and writes nothing', async () => {
    const bad = join(dir, 'bad.json');
    const {writeFileSync, existsSync} = await import('node:fs');
    writeFileSync(bad, '{"version": 1, "events": [{"id": "a", "date": "soon", "title": "A"}]}');
    const errors: string[] = [];
    const status = await renderMain([bad, '-o', join(dir, 'bad.svg')], {stdout: () => undefined, stderr: (line) => errors.push(line)});
    expect(status).toBe(1);
    expect(errors.join('')).toMatch(/events\[0\]\.date/);
    expect(existsSync(join(dir, 'bad.svg'))).toBe(false);
  });
});
