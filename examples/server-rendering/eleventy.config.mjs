// Eleventy (11ty) configuration for pages with server-rendered timelines and quote cards: two
// shortcodes calling event-timeline's server renderer, and the script that hydrates them copied
// to the site. Documented in docs/server-rendering.md; `npm install @11ty/eleventy event-timeline @lit-labs/ssr`.
import {readFile} from 'node:fs/promises';
import {renderQuoteCard, renderTimeline} from 'event-timeline/server';

export default function (eleventyConfig) {
  // {% timeline "stories/putin-xi.json", "ru", 720 %}
  eleventyConfig.addShortcode('timeline', async (file, lang, width = 720) =>
    renderTimeline(JSON.parse(await readFile(file, 'utf8')), {lang, width, id: file.replace(/\W+/g, '-')}),
  );
  // {% quote "…", "Владимир Путин", "2026-02-03", "ru" %}
  eleventyConfig.addShortcode('quote', (text, speaker, date, lang) => renderQuoteCard({text, speaker, date, lang}));
  // The script that hydrates them, copied to the site's root; the layout loads it once:
  // <script type="module" src="/event-timeline.hydrate.js"></script>
  eleventyConfig.addPassthroughCopy({'node_modules/event-timeline/dist/event-timeline.hydrate.js': 'event-timeline.hydrate.js'});
}
