// `event-timeline render story.json -o story.svg|png`: a story as an image, for newsletters,
// social cards and print, through the same layout as the element (export/static-svg.ts); PNG
// through resvg with fonts from the npm packages the docs name, the system's, or --font-dir.
/// <reference types="node" />
import {readdir, writeFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {dirname, extname, join} from 'node:path';
import {parseEdtf, earliest, latest} from '../model/edtf.js';
import {parseTimeline} from '../model/parse-timeline.js';
import {DEFAULT_LIMITS} from '../model/limits.js';
import {readJsonText} from '../model/json-text.js';
import {IssueLog} from '../model/issue-log.js';
import {translationFor} from '../elements/shared/translations.js';
import {registerDeepTime} from '../i18n/deep-hook.js';
import {deepTimeWords} from '../i18n/deep-time.js';
import {PRESETS, staticSvg, type PresetName, type StaticSvgOptions} from '../export/static-svg.js';
import {readRegularFile} from './read-file.js';

export const RENDER_USAGE = `Usage: event-timeline render FILE -o OUT.svg|OUT.png [options]

Draws a story (event JSON) as an image with its title, legend and a credit line.

Options:
  -o, --output FILE          where to write; .svg or .png
  --preset social|newsletter|print
                             social: 1200×630; newsletter: 600 px wide at 2× pixels;
                             print: A4 landscape (297×210 mm; SVG)
  --width N, --height N      size in CSS pixels (default 1000 wide, as tall as the story needs)
  --scale N                  PNG pixels per CSS pixel (default 1; newsletter 2)
  --lang LANG                language of dates and words (default: the story's)
  --theme light|dark
  --from DATE, --to DATE     the stretch of time to show (EDTF or ISO dates); default the whole story
  --span EDTF                the same as one EDTF interval, e.g. 2026-01/2026-06
  --title TEXT, --credit TEXT
  --font-dir DIR             fonts (.ttf, .otf, .ttc) for PNG; may be given more than once
  --font FAMILIES            the font-family list, first choice first (e.g. "Publico Text, Noto Sans")
  -h, --help
`;

export interface RenderOptions extends StaticSvgOptions {
  file: string;
  output: string;
  scale?: number;
  fontDirs: string[];
}

/** The options, or what is wrong with the command line (argv without the word `render`). */
export function parseRenderArguments(
  argv: readonly string[],
): {ok: true; options: RenderOptions} | {ok: false; error: string} | {ok: true; help: true} {
  const options: Partial<RenderOptions> & {fontDirs: string[]} = {fontDirs: []};
  let from: string | undefined;
  let to: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') return {ok: true, help: true};
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const value = () => (eq > 0 ? arg.slice(eq + 1) : argv[++i]);
    const number = (what: string) => {
      const text = value();
      const n = Number(text);
      if (!text || !(n > 0) || !Number.isFinite(n)) throw new Error(`${what} needs a positive number, not ${JSON.stringify(text ?? '')}`);
      return n;
    };
    try {
      if (name === '-o' || name === '--output') options.output = value();
      else if (name === '--width') options.width = number('--width');
      else if (name === '--height') options.height = number('--height');
      else if (name === '--scale') options.scale = number('--scale');
      else if (name === '--lang') options.lang = value();
      else if (name === '--title') options.title = value();
      else if (name === '--credit') options.credit = value();
      else if (name === '--font') options.font = value();
      else if (name === '--from') from = value();
      else if (name === '--to') to = value();
      else if (name === '--span') {
        const span = value() ?? '';
        [from, to] = span.includes('/') ? span.split('/') : [span, span];
      } else if (name === '--font-dir') {
        const dir = value();
        if (!dir) throw new Error('--font-dir needs a folder');
        options.fontDirs.push(dir);
      } else if (name === '--theme') {
        const theme = value();
        if (theme !== 'light' && theme !== 'dark') throw new Error(`--theme is light or dark, not ${JSON.stringify(theme ?? '')}`);
        options.theme = theme;
      } else if (name === '--preset') {
        const preset = value();
        if (!preset || !Object.hasOwn(PRESETS, preset))
          throw new Error(`--preset is one of ${Object.keys(PRESETS).join(', ')}, not ${JSON.stringify(preset ?? '')}`);
        options.preset = preset as PresetName;
      } else if (arg.startsWith('-')) throw new Error(`unknown option ${JSON.stringify(arg)}`);
      else if (options.file === undefined) options.file = arg;
      else throw new Error(`one FILE only (also given ${JSON.stringify(arg)})`);
    } catch (error) {
      return {ok: false, error: (error as Error).message};
    }
  }
  if (!options.file) return {ok: false, error: 'no FILE given'};
  if (!options.output) return {ok: false, error: 'no output given (-o story.svg or -o story.png)'};
  if (!/\.(svg|png)$/i.test(options.output))
    return {ok: false, error: `the output ends in .svg or .png, not ${JSON.stringify(extname(options.output))}`};
  if (from !== undefined || to !== undefined) {
    const start = from ? parseEdtf(from) : undefined;
    const end = to ? parseEdtf(to) : undefined;
    if (start && !start.ok) return {ok: false, error: `--from ${JSON.stringify(from)} ${start.error}`};
    if (end && !end.ok) return {ok: false, error: `--to ${JSON.stringify(to)} ${end.error}`};
    const t0 = start?.ok ? earliest(start.date) : -8.64e15;
    const t1 = end?.ok ? latest(end.date) : 8.64e15;
    if (!(t0 < t1)) return {ok: false, error: 'the span ends before it starts'};
    options.extent = [t0, t1];
  }
  return {ok: true, options: options as RenderOptions};
}

/** Font files in `dir` (not recursive). */
async function fontFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => /\.(ttf|otf|ttc)$/i.test(name)).map((name) => join(dir, name));
  } catch {
    return [];
  }
}

/**
 * The fonts for PNG: --font-dir first, then the Noto fonts of the npm packages named in the docs
 * when installed (Latin and Cyrillic, Arabic, Hebrew, Chinese), then the system's.
 */
export async function fontsFor(fontDirs: readonly string[]): Promise<string[]> {
  const require = createRequire(import.meta.url);
  const packaged = ['@embedpdf/fonts-latin', '@embedpdf/fonts-arabic', '@embedpdf/fonts-hebrew', '@embedpdf/fonts-sc'].flatMap((name) => {
    try {
      // The package's main module is in dist/; its fonts beside that.
      return [join(dirname(require.resolve(name)), '..', 'fonts')];
    } catch {
      return [];
    }
  });
  const files = (await Promise.all([...fontDirs, ...packaged].map(fontFiles))).flat();
  // Regular and bold are what the image uses: the other weights only slow resvg down.
  return files.filter((file) => !/(Thin|Light|ExtraLight|DemiLight|Medium|Black|ExtraBold|Italic|Oblique)\.(ttf|otf)$/i.test(file));
}

/**
 * An SVG document as a PNG, through resvg, at `scale` pixels per CSS pixel. With font files given,
 * only those are used (the same picture on every machine); without, the system's.
 */
export async function rasterise(
  svg: string,
  width: number,
  scale: number,
  fonts: readonly string[],
): Promise<{png: Uint8Array; width: number; height: number; pixels: Uint8Array}> {
  let Resvg: typeof import('@resvg/resvg-js').Resvg;
  try {
    ({Resvg} = await import('@resvg/resvg-js'));
  } catch {
    throw new Error('PNG needs the rasteriser: npm install @resvg/resvg-js');
  }
  const resvg = new Resvg(svg, {
    fitTo: {mode: 'width', value: Math.round(width * scale)},
    font: {fontFiles: [...fonts], loadSystemFonts: fonts.length === 0, defaultFontFamily: 'Noto Sans', sansSerifFamily: 'Noto Sans'},
  });
  const image = resvg.render();
  return {png: image.asPng(), width: image.width, height: image.height, pixels: image.pixels};
}

export interface RenderIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Runs `event-timeline render …`; the exit status. */
export async function renderMain(argv: readonly string[], io: RenderIo): Promise<number> {
  const parsed = parseRenderArguments(argv);
  if ('help' in parsed) {
    io.stdout(RENDER_USAGE);
    return 0;
  }
  if (!parsed.ok) {
    io.stderr(`event-timeline render: ${parsed.error}\n\n${RENDER_USAGE}`);
    return 2;
  }
  const {options} = parsed;
  let text: string;
  try {
    text = await readRegularFile(options.file, DEFAULT_LIMITS.maxBytes);
  } catch (error) {
    io.stderr(`${options.file}: ${(error as Error).message}\n`);
    return 1;
  }
  const log = new IssueLog();
  const value = readJsonText(text, DEFAULT_LIMITS, log);
  const result = value === undefined ? {issues: log.finish(), timeline: undefined} : parseTimeline(value);
  for (const issue of result.issues) io.stderr(`${options.file}: ${issue.severity} ${issue.path}: ${issue.message}\n`);
  const timeline = result.timeline;
  if (!timeline) {
    io.stderr(`${options.file}: no valid event to draw\n`);
    return 1;
  }
  // The words of the image's language, and of deep time (the element loads them as parts).
  await translationFor(options.lang ?? timeline.lang ?? 'en')?.load();
  registerDeepTime(deepTimeWords);
  const image = staticSvg(timeline, options);
  const png = /\.png$/i.test(options.output);
  try {
    const bytes = png
      ? (await rasterise(image.svg, image.width, options.scale ?? image.scale, await fontsFor(options.fontDirs))).png
      : image.svg;
    await writeFile(options.output, bytes);
  } catch (error) {
    io.stderr(`${options.output}: ${(error as Error).message}\n`);
    return 1;
  }
  const pixels = png ? ` (${Math.round(image.width * (options.scale ?? image.scale))} px wide)` : '';
  io.stdout(`${options.output}: ${image.width}×${image.height}${pixels}\n`);
  return 0;
}
