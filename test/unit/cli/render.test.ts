// `event-timeline render`: the story as an SVG or PNG image with its title, legend and credit, at
// the presets' sizes, for the whole story or a span; deterministic output (SVG snapshot, PNG bytes
// the same twice, pixels where the picture is).
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {fontsFor, parseRenderArguments, rasterise, renderMain} from '../../../src/cli/render.js';
import {staticSvg} from '../../../src/export/static-svg.js';
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
