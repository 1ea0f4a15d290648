// `npm run layout-report`: draws every corpus story (test/corpus) at 1280, 920 and 390 px in
// headless Chromium, measures the layout from the real DOM (test/layout/measure.ts), saves a PNG
// of each drawing to layout-report/, and prints a table and whether the layout targets
// (test/layout/targets.ts) are met. Details for debugging go to layout-report/report.json.
//
//   node scripts/layout-report.js [--check] [--story SLUG]… [--width N]…
//
// --check exits 1 when a target is not met. A Vite dev server (no config file: the repository is
// its root) serves test/layout/report.html, which does the drawing and measuring.
import {mkdirSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {createServer} from 'vite';
import puppeteer from 'puppeteer-core';
import {findChrome, CHROME_FLAGS} from './find-chrome.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}layout-report`;
const WIDTHS = [1280, 920, 390];

/** A mistake in the command line (exit code 2), as opposed to a failure while measuring. */
class UsageError extends Error {}

let values;
try {
  ({values} = parseArgs({
    options: {
      check: {type: 'boolean', default: false},
      story: {type: 'string', multiple: true},
      width: {type: 'string', multiple: true},
    },
  }));
} catch (error) {
  console.error(`${error.message}\nusage: node scripts/layout-report.js [--check] [--story SLUG]… [--width N]…`);
  process.exit(2);
}
const widths = values.width ? values.width.map(Number) : WIDTHS;
if (widths.some((width) => !Number.isInteger(width) || width < 200)) {
  console.error('--width takes a whole number of px, at least 200');
  process.exit(2);
}

const started = performance.now();
const server = await createServer({
  configFile: false,
  root,
  logLevel: 'error',
  // Served as the files are: no pre-bundling of dependencies (it would reload the page mid-run), no watching.
  optimizeDeps: {noDiscovery: true, include: []},
  server: {host: '127.0.0.1', port: 5190, strictPort: false, hmr: false, watch: null},
});
let browser;
let exitCode = 0;
try {
  await server.listen();
  const url = server.resolvedUrls.local[0];
  browser = await puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    args: [...CHROME_FLAGS, '--hide-scrollbars', '--font-render-hinting=none'],
  });
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.log(`[page error] ${error.message}`));
  await page.setViewport({width: widths[0], height: 900, deviceScaleFactor: 1});
  await page.goto(`${url}test/layout/report.html`, {waitUntil: 'load'});
  await page.waitForFunction(() => 'layoutReport' in window, {timeout: 30_000});

  const corpus = await page.evaluate(() => window.layoutReport.stories());
  const targets = await page.evaluate(() => window.layoutReport.targets);
  const unknown = (values.story ?? []).filter((slug) => !corpus.some((story) => story.slug === slug));
  if (unknown.length)
    throw new UsageError(`no corpus story ${unknown.join(', ')}; the corpus: ${corpus.map((story) => story.slug).join(', ')}`);
  const stories = values.story ? corpus.filter((story) => values.story.includes(story.slug)) : corpus;

  const cjk = await page.evaluate(() => window.layoutReport.cjkEm());
  if (cjk < 0.9) {
    console.log(`Note: no CJK font here (an ideograph is drawn ${cjk} em wide, not 1 em): Chinese labels measure narrower than`);
    console.log(
      'readers see them, so their overlaps, arcs through labels and edge cuts are undercounted (cut titles and hidden events are not).\n',
    );
  }
  console.log('The corpus:');
  printTable(
    ['story', 'lang', 'events', 'span'],
    stories.map((story) => [story.slug, story.lang, story.events, story.span]),
  );
  console.log('');

  mkdirSync(outDir, {recursive: true});
  const results = [];
  for (const story of stories) {
    for (const width of widths) {
      await page.setViewport({width, height: 900, deviceScaleFactor: 1});
      const result = await page.evaluate((slug, w) => window.layoutReport.draw(slug, w), story.slug, width);
      const element = await page.$('event-timeline');
      await element.screenshot({path: `${outDir}/${story.slug}-${width}.png`});
      results.push(result);
    }
  }
  writeFileSync(`${outDir}/report.json`, `${JSON.stringify(results, null, 2)}\n`);

  console.log('Layout of each drawing (counts; h/event in px):');
  printTable(
    [
      'story',
      'width',
      'layout',
      'events',
      'drawn',
      'hidden',
      'cut',
      'anchor cut',
      'overlaps',
      'link-label hits',
      'arcs in labels',
      'far',
      'h/event',
      'edge cuts',
    ],
    results.map(({slug, width, metrics: m}) => [
      slug,
      width,
      m.vertical ? 'vertical' : 'horizontal',
      m.events,
      m.drawn,
      m.hidden,
      m.titlesCut,
      m.anchorCut ? 'yes' : 'no',
      m.labelOverlaps,
      m.linkLabelCollisions,
      m.arcsThroughLabels,
      m.vertical ? m.farFromMark : '–',
      m.heightPerEvent,
      m.edgeCuts,
    ]),
  );

  console.log('\nTargets:');
  for (const target of targets) {
    const checks = results.flatMap((result) =>
      result.checks.filter((check) => check.id === target.id).map((check) => ({...check, result})),
    );
    if (!checks.length) {
      console.log(`- n/a: ${target.text} (no drawing it applies to)`);
      continue;
    }
    const failing = checks.filter((check) => !check.ok);
    if (failing.length) exitCode = 1;
    const worst = failing.reduce((a, b) => (b.value > a.value ? b : a), failing[0]);
    console.log(
      failing.length
        ? `- not met: ${target.text} — ${failing.length} of ${drawings(checks.length)} fail (worst ${worst.value} in ${worst.result.slug} at ${worst.result.width} px)`
        : `- met: ${target.text} — all ${drawings(checks.length)}`,
    );
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\n${drawings(results.length)} in ${seconds} s; screenshots and details (report.json) in layout-report/`);
  if (!values.check) exitCode = 0;
} catch (error) {
  console.error(error instanceof UsageError ? error.message : error);
  exitCode = error instanceof UsageError ? 2 : 1;
} finally {
  await browser?.close();
  await server.close();
}
process.exit(exitCode);

function drawings(count) {
  return `${count} drawing${count === 1 ? '' : 's'}`;
}

/** Prints rows under a header, columns padded; numbers aligned right. */
function printTable(header, rows) {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widthOf = header.map((_, column) => Math.max(...cells.map((row) => row[column].length)));
  const numeric = header.map((_, column) => rows.every((row) => typeof row[column] === 'number' || row[column] === '–'));
  for (const row of cells)
    console.log(
      row
        .map((cell, column) => (numeric[column] ? cell.padStart(widthOf[column]) : cell.padEnd(widthOf[column])))
        .join('  ')
        .trimEnd(),
    );
}
