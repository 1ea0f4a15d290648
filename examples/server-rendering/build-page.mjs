// A static page with a server-rendered timeline and quote card, made by a plain Node script:
//
//   node examples/server-rendering/build-page.mjs [story.json] [out-dir] [--lang ru] [--width 720] [--csp]
//
// writes out-dir/index.html and, beside it, the script that hydrates it (event-timeline.hydrate.js).
// Open it with JavaScript off: the picture, legend and list are there. With it: the same page,
// now interactive. With --csp, the page carries a strict Content-Security-Policy (a <meta>) whose
// style-src allows its inline styles by their hashes alone (styleHashes). In a project of your own, import from 'event-timeline/server' as below
// (npm install event-timeline @lit-labs/ssr) and copy node_modules/event-timeline/dist/event-timeline.hydrate.js.
import {copyFile, mkdir, readFile, writeFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {renderQuoteCard, renderTimeline, styleHashes} from 'event-timeline/server';

/** Text for HTML: the page's own words (the story's title) are data too. */
const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * Writes the page. `story`: event JSON (an object); `out`: the folder; `lang`: the page's language
 * (default: the story's); `width`: the width the server lays the picture out at; `csp`: a strict
 * Content-Security-Policy in the page, its inline styles allowed by their SHA-256 hashes.
 */
export async function buildPage({story, out, lang = story.lang ?? 'en', width = 720, csp = false}) {
  const timeline = await renderTimeline(story, {id: 'story', lang, width});
  // A quote card for the first quote in the story, linked to its event.
  const quoted = story.events.find((event) => event.quotes?.length);
  const quote = quoted?.quotes[0];
  const card = quote
    ? await renderQuoteCard({
        text: quote.text,
        speaker: quote.speaker,
        speakerRole: quote.role,
        date: quote.date,
        lang: quote.lang ?? lang,
        for: 'story',
        event: quoted.id,
      })
    : '';
  let html = `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(story.title ?? 'Timeline')}</title>
<style>
  body { font: 17px/1.5 system-ui, sans-serif; max-width: ${width}px; margin: 24px auto; padding: 0 16px; }
  event-timeline, quote-card { display: block; margin: 24px 0; }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(story.title ?? 'Timeline')}</h1>
${timeline}
${card}
</main>
<script type="module" src="./event-timeline.hydrate.js"></script>
</body>
</html>
`;
  if (csp) {
    // Hashes of every inline style of the page as it is (the page's own and the server's), then the
    // policy that allows those and no other: a <meta> here; a server sends the same as a header.
    const policy = [
      "default-src 'self'",
      "img-src 'self' data:",
      `style-src 'self' 'unsafe-hashes' ${(await styleHashes(html)).join(' ')}`,
      "object-src 'none'",
      "base-uri 'none'",
    ].join('; ');
    html = html.replace(
      '<meta charset="utf-8">\n',
      `<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="${policy}">\n`,
    );
  }
  await mkdir(out, {recursive: true});
  await writeFile(join(out, 'index.html'), html);
  // The drop-in bundle with Lit's hydration support, from the installed package.
  const bundle = createRequire(import.meta.url).resolve('event-timeline/hydrate');
  await copyFile(bundle, join(out, 'event-timeline.hydrate.js'));
  return join(out, 'index.html');
}

// Run as a script: arguments as in the header.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const option = (name) => {
    const at = args.indexOf(name);
    return at < 0 ? undefined : args.splice(at, 2)[1];
  };
  const csp = args.includes('--csp');
  if (csp) args.splice(args.indexOf('--csp'), 1);
  const lang = option('--lang');
  const width = Number(option('--width') ?? 720);
  const here = dirname(fileURLToPath(import.meta.url));
  const [storyPath = join(here, '../../demo/data/story-en.json'), out = join(here, 'out')] = args;
  const story = JSON.parse(await readFile(storyPath, 'utf8'));
  console.log(`wrote ${await buildPage({story, out: resolve(out), lang, width, csp})}`);
}
