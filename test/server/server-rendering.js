// Pages made by the server renderer, for the browser tests (test/elements/server-rendering.test.ts):
// the plain Node script of the docs (examples/server-rendering/build-page.mjs) writes the page under
// dist/server-rendering-test/ (`node scripts/build.js --lib-only` first: it imports
// event-timeline/server and copies dist/event-timeline.hydrate.js), and a page of its own in the
// test's browser opens it, with JavaScript on or off, as a reader would, and says what it shows.
//   command 'server-rendered-page', payload {story: 'story-en.json' | 'story-ru.json', lang, width, js, viewport, click, csp, tab}
//   csp: 'hashes' (the page's strict policy allows its inline styles by their hashes, build-page.mjs --csp)
//   or 'no-hashes' (the same policy with the hashes taken out: the control, no inline style may apply)
//   tab: before the script defines the elements, a reader tabs into the server's picture (the option
//   Tab reaches is focused); once hydrated, the page says what has the focus and presses the right arrow.
import {readFile, writeFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {buildPage} from '../../examples/server-rendering/build-page.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** What a reader sees in the page (runs in the page: with JavaScript off too, DevTools may run it). */
export function readPage() {
  const timeline = document.querySelector('event-timeline');
  const root = timeline?.shadowRoot;
  if (!root) return {shadowRoot: false};
  const svg = root.querySelector('svg[role="group"]');
  const frame = svg?.getBoundingClientRect();
  const visible = (element) => {
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    return (
      box.width > 0 &&
      box.height > 0 &&
      style.visibility === 'visible' &&
      style.display !== 'none' &&
      box.left >= frame.left - 1 &&
      box.right <= frame.right + 1
    );
  };
  // A label is one <text>: the title's first line its own text, further lines <tspan class="line">, the date a <tspan class="subtitle">.
  const labels = [...root.querySelectorAll('text[data-label-for]')].map((label) => ({
    id: label.getAttribute('data-label-for'),
    title: [...label.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE || node.classList?.contains('line'))
      .map((node) => node.textContent)
      .join(' '),
    visible: visible(label),
  }));
  // An option's mark is its last shape (after the pointer target and the stem).
  const marks = [...root.querySelectorAll('g[role="option"][data-event-id]')].map((option) => ({
    id: option.getAttribute('data-event-id'),
    visible: visible(option.lastElementChild),
    // Marked before the script ran (payload `tab`): the server's element, kept by the browser.
    server: Boolean(option.fromServer),
    name: option.getAttribute('aria-label') ?? '',
    tabIndex: option.getAttribute('tabindex'),
  }));
  const card = document.querySelector('quote-card')?.shadowRoot;
  const list = root.querySelector('ol[part="list"]');
  return {
    shadowRoot: true,
    width: svg ? Number(svg.getAttribute('width')) : 0,
    labels,
    marks,
    axisTicks: root.querySelectorAll('[part~="axis"] text').length,
    legend: root.querySelector('[part="legend"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
    listItems: root.querySelectorAll('ol[part="list"] > li').length,
    // What the shadow root's stylesheet and the categories' colours do: marks in their category's
    // colour (unstyled, an SVG shape is black), the list kept for screen readers out of sight.
    markFills: [...root.querySelectorAll('g[role="option"][data-event-id]')].map(
      (option) => getComputedStyle(option.lastElementChild).fill,
    ),
    listHidden: list ? list.getBoundingClientRect().height <= 1 : false,
    links: root.querySelectorAll('[part~="link"]').length,
    toolbarVisible: root.querySelector('[part="toolbar"]')
      ? getComputedStyle(root.querySelector('[part="toolbar"]')).visibility === 'visible'
      : false,
    // Lit's server renderer marks template parts with a digest; Lit in the browser never writes one:
    // still there, the markup is the server's, taken over rather than drawn again.
    serverMarkup: [...root.childNodes].some((node) => node.nodeType === Node.COMMENT_NODE && /^lit-part \S/.test(node.data)),
    charts: root.querySelectorAll('svg[role="group"]').length,
    focused: root.activeElement?.getAttribute('data-event-id') ?? null,
    quote: card?.querySelector('blockquote')?.textContent.trim() ?? '',
    quoteSpeaker: card?.querySelector('[part="speaker"]')?.textContent.trim() ?? '',
    showButton: Boolean(card?.querySelector('button.show')),
    defined: typeof customElements !== 'undefined' && Boolean(customElements.get('event-timeline')),
  };
}

export const serverRenderingPlugin = {
  name: 'server-rendered-page',
  async executeCommand({command, payload, session}) {
    if (command !== 'server-rendered-page') return undefined;
    const {story: file = 'story-en.json', lang, width = 720, js = true, viewport = 1280, click, csp, tab} = payload;
    const story = JSON.parse(await readFile(`${root}demo/data/${file}`, 'utf8'));
    const name = `${file.replace(/\.json$/, '')}-${lang ?? story.lang}-${width}${csp ? `-csp-${csp}` : ''}`;
    const written = await buildPage({story, out: `${root}dist/server-rendering-test/${name}`, lang, width, csp: Boolean(csp)});
    if (csp === 'no-hashes') await writeFile(written, (await readFile(written, 'utf8')).replace(/ 'unsafe-hashes'( 'sha256-[^']+')+/, ''));
    const testPage = session.browser.getPage(session.id);
    const page = await testPage.browser().newPage();
    const errors = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn') errors.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    try {
      await page.setJavaScriptEnabled(js);
      await page.setViewport({width: viewport, height: 900});
      if (tab) {
        // Just before the timeline is defined (and hydrates): its options are the server's markup.
        await page.evaluateOnNewDocument(() => {
          const define = customElements.define;
          customElements.define = function (name, ...rest) {
            const root = name === 'event-timeline' && document.querySelector('event-timeline')?.shadowRoot;
            if (root) {
              for (const option of root.querySelectorAll('g[role="option"]')) option.fromServer = true;
              root.querySelector('g[role="option"][tabindex="0"]')?.focus();
              window.focusedBeforeScript = root.activeElement?.getAttribute('data-event-id') ?? null;
            }
            return define.call(this, name, ...rest);
          };
        });
      }
      await page.goto(`${new URL(testPage.url()).origin}/dist/server-rendering-test/${name}/index.html`, {waitUntil: 'load'});
      if (js) {
        // Hydrated: both elements defined, updated, and done with the parts they asked for.
        await page.waitForFunction(() =>
          ['event-timeline', 'quote-card'].every((tag) =>
            [...document.querySelectorAll(tag)].every((element) => element.hasUpdated && !element.hydrating),
          ),
        );
        await page.evaluate(() =>
          Promise.all([...document.querySelectorAll('event-timeline, quote-card')].map((element) => element.updateComplete)),
        );
      }
      const before = await page.evaluate(readPage);
      let afterKey;
      if (js && tab) {
        before.focusedBeforeScript = await page.evaluate(() => window.focusedBeforeScript);
        await page.keyboard.press('ArrowRight');
        await page.waitForFunction(
          (id) => document.querySelector('event-timeline').shadowRoot.activeElement?.getAttribute('data-event-id') !== id,
          {},
          before.focused,
        );
        afterKey = await page.evaluate(readPage);
      }
      let selected;
      if (js && click) {
        // A reader clicks an event's mark: the hydrated element answers.
        const mark = await page.evaluateHandle(
          (id) =>
            document.querySelector('event-timeline').shadowRoot.querySelector(`g[role="option"][data-event-id="${id}"]`).lastElementChild,
          click,
        );
        await mark.asElement().click();
        await page.waitForFunction((id) => document.querySelector('event-timeline').selected === id, {}, click);
        selected = await page.evaluate(() => document.querySelector('event-timeline').selected);
      }
      return {...before, errors, selected, afterKey};
    } finally {
      await page.close().catch(() => undefined);
    }
  },
};
