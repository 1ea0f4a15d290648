// `npm run example:eleventy`: the Eleventy example of docs/server-rendering.md, run for real.
// Installs the example's own dependencies (examples/eleventy/package.json, Eleventy 3; not
// part of the root install), builds the library and the site, then opens _site/index.html in
// headless Chromium as a reader would: with JavaScript off, the declarative shadow roots show
// every event of the story with its whole title, the legend, the list and the quote card, styled
// under the page's strict Content-Security-Policy (no style refused); with
// JavaScript on, the elements hydrate the server's markup with no console error or warning.
// Not part of `npm test` (it installs Eleventy from the registry); exits 1 on any failure.
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {createServer} from 'node:http';
import {extname, join, normalize} from 'node:path';
import {fileURLToPath} from 'node:url';
import puppeteer from 'puppeteer-core';
import {CHROME_FLAGS, findChrome} from './find-chrome.js';
import {readPage} from '../test/server/server-rendering.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const example = join(root, 'examples/eleventy');
const site = join(example, '_site');

function run(command, args, cwd) {
  console.log(`\n$ ${[command, ...args].join(' ')}${cwd === root ? '' : `   (in ${cwd.slice(root.length)})`}`);
  const result = spawnSync(command, args, {cwd, stdio: 'inherit'});
  if (result.status !== 0) {
    console.error(`✗ ${command} ${args.join(' ')}: exit ${result.status}`);
    process.exit(1);
  }
}

run('node', ['scripts/build.js', '--lib-only'], root);
if (!existsSync(join(example, 'node_modules/@11ty/eleventy'))) run('npm', ['ci', '--no-audit', '--no-fund'], example);
run('npm', ['run', 'build'], example);

// The site as a static server would give it.
const types = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json'};
const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = await readFile(join(site, path.endsWith('/') ? `${path}index.html` : path));
    response.writeHead(200, {'content-type': types[extname(path) || '.html'] ?? 'application/octet-stream'});
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const story = JSON.parse(readFileSync(join(root, 'demo/data/story-ru.json'), 'utf8'));
const words = (text) => text.replace(/\s+/g, ' ').trim();
const failures = [];
const check = (ok, message) => {
  if (!ok) failures.push(message);
};

const browser = await puppeteer.launch({executablePath: findChrome(), headless: true, args: CHROME_FLAGS});
try {
  for (const js of [false, true]) {
    const page = await browser.newPage();
    const errors = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn') errors.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
    page.on('response', (response) => response.status() >= 400 && errors.push(`${response.status()}: ${response.url()}`));
    await page.setJavaScriptEnabled(js);
    await page.setViewport({width: 1280, height: 900});
    await page.goto(`${origin}/`, {waitUntil: 'load'});
    if (js)
      await page.waitForFunction(
        () =>
          ['event-timeline', 'quote-card'].every((tag) =>
            [...document.querySelectorAll(tag)].every((element) => element.hasUpdated && !element.hydrating),
          ),
        {timeout: 120_000},
      );
    const seen = await page.evaluate(readPage);
    const mode = js ? 'JavaScript on' : 'JavaScript off';
    check(seen.shadowRoot, `${mode}: no shadow root on <event-timeline>`);
    check(seen.defined === js, `${mode}: the elements are ${seen.defined ? '' : 'not '}defined`);
    if (js) check(seen.serverMarkup, `${mode}: the element drew again instead of taking over the server's markup`);
    for (const event of story.events) {
      const label = seen.labels?.find((candidate) => candidate.id === event.id);
      check(label && words(label.title) === words(event.title), `${mode}: ${event.id}: title ${JSON.stringify(label?.title)}`);
      check(label?.visible, `${mode}: ${event.id}: label not visible`);
      check(seen.marks?.find((mark) => mark.id === event.id)?.visible, `${mode}: ${event.id}: mark not visible`);
    }
    check(seen.listItems === story.events.length, `${mode}: ${seen.listItems} list items for ${story.events.length} events`);
    check(/Дипломатия/.test(seen.legend ?? ''), `${mode}: legend ${JSON.stringify(seen.legend)}`);
    check(/Россия будет действовать/.test(seen.quote ?? ''), `${mode}: quote card ${JSON.stringify(seen.quote)}`);
    // Styled under the page's strict policy: marks in their categories' colours, the list out of sight.
    const colours = Object.values(story.categories).map(
      ({color}) =>
        `rgb(${color
          .match(/\w\w/g)
          .map((hex) => parseInt(hex, 16))
          .join(', ')})`,
    );
    check(seen.markFills?.filter((fill) => colours.includes(fill)).length >= 4, `${mode}: marks not in their colours: ${seen.markFills}`);
    check(seen.listHidden, `${mode}: the list for screen readers is in plain view (styles refused?)`);
    check(errors.length === 0, `${mode}: console: ${errors.join('; ')}`);
    console.log(
      `${failures.length ? '✗' : '✓'} ${mode}: ${seen.labels?.length ?? 0} labelled events of ${story.events.length}, ${seen.listItems} list items, quote card ${seen.quote ? 'shown' : 'missing'}${js ? ', hydrated' : ''}, ${errors.length} console errors`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(`\n✗ The Eleventy example:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`\n✓ The Eleventy example builds, reads without JavaScript and hydrates (${join(site.slice(root.length), 'index.html')}).`);
