// Eleventy (11ty) 3 configuration for pages with server-rendered timelines and quote cards: two
// shortcodes calling event-timeline's server renderer, and the script that hydrates them copied
// to the site. Documented in docs/server-rendering.md. In this folder: `npm install && npm run build`
// (after `node scripts/build.js --lib-only` at the repository's root) writes _site/index.html.
import {readFile} from 'node:fs/promises';
import {renderQuoteCard, renderTimeline, styleHashes} from 'event-timeline/server';

export default function (eleventyConfig) {
  // {% timeline "stories/putin-xi.json", "ru", 720, "putin-xi" %}: the story's file (from the folder
  // Eleventy runs in), the language, the width to lay it out at, the element's id.
  eleventyConfig.addShortcode('timeline', async (file, lang, width = 720, id = undefined) =>
    renderTimeline(JSON.parse(await readFile(file, 'utf8')), {lang, width, id}),
  );
  // {% quote "…", "Владимир Путин", "2026-02-03", "ru", "putin-xi", "new-start" %}: the words, who
  // said them, when, the language, and (optional) the timeline and event they are about.
  // Both shortcodes are async functions: Eleventy awaits only what is declared async.
  eleventyConfig.addShortcode('quote', async (text, speaker, date, lang, timeline = undefined, event = undefined) =>
    renderQuoteCard({text, speaker, date, lang, for: timeline, event}),
  );
  // The script that hydrates them, copied to the site's root; the layout loads it once:
  // <script type="module" src="/event-timeline.hydrate.js"></script>
  eleventyConfig.addPassthroughCopy({'node_modules/event-timeline/dist/event-timeline.hydrate.js': 'event-timeline.hydrate.js'});
  // A strict Content-Security-Policy in every page, written last: its inline styles (the server's
  // and the layout's) allowed by their hashes alone. A server can send the same as a header.
  eleventyConfig.addTransform('content-security-policy', async function (content) {
    if (!this.page.outputPath?.endsWith('.html')) return content;
    const styles = (await styleHashes(content)).join(' ');
    const policy = `default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-hashes' ${styles}; object-src 'none'; base-uri 'none'`;
    return content.replace('<meta charset="utf-8">', `$&\n<meta http-equiv="Content-Security-Policy" content="${policy}">`);
  });
}

export const config = {dir: {input: 'site', output: '_site'}};
