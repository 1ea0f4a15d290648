// A second origin for the browser tests, as a CDN would be: dist/ served by a server of its own on
// 127.0.0.1 (the test pages come from localhost, on another port), with CORS as unpkg and jsDelivr
// send it, so that the drop-in bundle loads from another origin than the page and its chunks from
// next to it. Started and stopped with the test server (cdnPlugin, in web-test-runner.config.js).
//   /dist/FILE              dist/FILE as built (`node scripts/build.js --lib-only` first)
//   /offline/dist/FILE      the entry, dist/event-timeline.js, only: every other file fails as a
//                           dropped connection, as for a reader who went offline after the first frame
// On the test server, pages that load the bundle from there:
//   /cdn/drop-in.html?path=dist|offline/dist&src=URL&lang=LANG   a timeline of `src`, with a quote card
//   /cdn/list.html                                     a light-DOM list, as a CMS would paste it
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
let server;
let origin;

/** The CDN's origin, `http://127.0.0.1:PORT`, once started. */
export function cdnOrigin() {
  return origin;
}

async function answer(request, response) {
  const path = new URL(request.url, 'http://cdn').pathname;
  const headers = {'access-control-allow-origin': '*', 'cache-control': 'no-store'};
  const offline = path.startsWith('/offline/dist/');
  const file = offline ? path.slice('/offline'.length) : path;
  if (!/^\/dist\/[\w/.-]+\.js$/.test(file) || file.includes('..')) {
    response.writeHead(404, headers).end('not found');
    return;
  }
  if (offline && file !== '/dist/event-timeline.js') {
    request.socket.destroy();
    return;
  }
  try {
    const body = await readFile(`${root}${file.slice(1)}`);
    response.writeHead(200, {...headers, 'content-type': 'text/javascript; charset=utf-8'}).end(body);
  } catch {
    response.writeHead(404, headers).end(`${file} is missing: run node scripts/build.js --lib-only`);
  }
}

/** The test server's plugin: starts the CDN with it, and tells the tests where it is (`cdn-origin`). */
export const cdnPlugin = {
  name: 'cdn-origin',
  async serverStart() {
    server = createServer((request, response) => void answer(request, response));
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
  },
  async serverStop() {
    await new Promise((resolve) => server?.close(resolve));
  },
  executeCommand({command}) {
    return command === 'cdn-origin' ? origin : undefined;
  },
};

const escape = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Pages that load the drop-in bundle from the CDN (plain pages: the test server adds nothing to them). */
export async function cdnPages(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (!url.pathname.startsWith('/cdn/')) return next();
  const path = url.searchParams.get('path') === 'offline/dist' ? 'offline/dist' : 'dist';
  const bundle = `${origin}/${path}/event-timeline.js`;
  const src = url.searchParams.get('src') ?? '/demo/data/story-en.json';
  const lang = /^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/.test(url.searchParams.get('lang') ?? '') ? url.searchParams.get('lang') : 'en';
  const head = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><script src="/test/pages/record-errors.js"></script>
    <script type="module" src="${escape(bundle)}"></script></head>`;
  let body;
  if (url.pathname === '/cdn/drop-in.html') {
    body = `<body style="width: 900px"><event-timeline src="${escape(src)}"></event-timeline>
      <quote-card event="new-start" speaker="Vladimir Putin">Russia will act in a balanced and responsible way.</quote-card></body>`;
  } else if (url.pathname === '/cdn/list.html') {
    body = `<body style="width: 900px"><event-timeline><ol data-anchor="call" data-title="Putin and Xi: the dates">
      <li data-id="treaty"><time datetime="2001-07-16">16 July 2001</time> <strong>Treaty signed</strong></li>
      <li data-id="call"><time datetime="2026-02-03">3 February 2026</time> <strong>Putin and Xi hold a video call</strong></li>
      <li data-id="new-start"><time datetime="2026-02-05">5 February 2026</time> <strong>New START expires</strong></li>
    </ol></event-timeline></body>`;
  } else return next();
  context.type = 'text/html; charset=utf-8';
  context.set('cache-control', 'no-store');
  context.body = `${head}${body}</html>`;
}
