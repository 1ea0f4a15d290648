// Browser tests: real headless Chromium (Debian's, or $CHROME_PATH) driven by puppeteer-core.
import {chromeLauncher} from '@web/test-runner-chrome';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {fileURLToPath} from 'node:url';
import {findChrome, CHROME_FLAGS} from './scripts/find-chrome.js';
import {trimD3, trimmedModule} from './scripts/d3-trim.js';
import {faultMiddleware} from './test/server/faults.js';
import {holdMiddleware} from './test/server/hold.js';
import {liveMiddleware} from './test/server/live.js';
import {cspMiddleware} from './test/server/csp.js';
import {cdnPages, cdnPlugin} from './test/server/cdn.js';
import {serverRenderingPlugin} from './test/server/server-rendering.js';

const sessions = new WeakMap();
const requestLogs = new WeakMap();

export default {
  files: ['test/elements/**/*.test.ts'],
  nodeResolve: true,
  middleware: [holdMiddleware, faultMiddleware, liveMiddleware, cspMiddleware, cdnPages],
  // One page at a time: pages side by side in one headless browser stall each other's animations.
  concurrency: 1,
  // The whole run, not one test: a hang guard. Alone it takes about 3 minutes; on a shared machine
  // running other test suites beside it, it took over 10 (the default is 2).
  testsFinishTimeout: 1_200_000,
  // Per test: a hang guard on a shared machine, not a speed limit (the benchmark measures speed).
  testFramework: {config: {timeout: 30_000}},
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome(),
        headless: true,
        // Test pages run side by side; none may be throttled as a background tab.
        args: [
          ...CHROME_FLAGS,
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
          // window.gc() for the lifecycle tests, which check that removed elements are collected.
          '--js-flags=--expose-gc',
        ],
      },
    }),
  ],
  plugins: [
    cdnPlugin,
    serverRenderingPlugin,
    {
      // The page's HTTP cache off ({enabled: false}) and on again, for a test that holds a module
      // back (test/server/hold.js): an earlier test file's page may have loaded it, and the cache
      // would answer without asking. The page serves the next test files: the test turns it on again.
      name: 'set-cache',
      async executeCommand({command, payload, session}) {
        if (command !== 'set-cache') return undefined;
        await session.browser.getPage(session.id).setCacheEnabled(payload.enabled);
        return true;
      },
    },
    {
      // emulateMedia() of @web/test-runner-commands only does forced colours with Playwright,
      // and puppeteer's own helper refuses forced-colors: this asks Chromium's DevTools
      // protocol directly for any media feature (forced-colors, prefers-*).
      name: 'emulate-media-features',
      async executeCommand({command, payload, session}) {
        if (command !== 'emulate-media-features') return undefined;
        const page = session.browser.getPage(session.id);
        // One DevTools session per page, kept open: emulation ends when its session does.
        if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
        await sessions.get(page).send('Emulation.setEmulatedMedia', {features: payload});
        return true;
      },
    },
    {
      // Real touch input through Chromium's DevTools protocol (puppeteer has no pinch):
      // payload {points: [[x, y], …][]} is a list of frames, each the finger positions.
      name: 'touch-gesture',
      async executeCommand({command, payload, session}) {
        if (command !== 'touch-gesture') return undefined;
        const page = session.browser.getPage(session.id);
        if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
        const client = sessions.get(page);
        await client.send('Emulation.setTouchEmulationEnabled', {enabled: true, maxTouchPoints: 5});
        const frames = payload.frames;
        const touch = (frame) => frame.map(([x, y], id) => ({x, y, id}));
        await client.send('Input.dispatchTouchEvent', {type: 'touchStart', touchPoints: touch(frames[0])});
        for (const frame of frames.slice(1)) await client.send('Input.dispatchTouchEvent', {type: 'touchMove', touchPoints: touch(frame)});
        await client.send('Input.dispatchTouchEvent', {type: 'touchEnd', touchPoints: []});
        return true;
      },
    },
    {
      // Real mouse input that @web/test-runner-commands has no word for, through Chromium's
      // DevTools protocol: a wheel turn with modifiers ({x, y, deltaY, ctrl}) and a double click
      // ({x, y, shift}), at viewport coordinates.
      name: 'mouse-input',
      async executeCommand({command, payload, session}) {
        if (command !== 'wheel' && command !== 'double-click') return undefined;
        const page = session.browser.getPage(session.id);
        if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
        const client = sessions.get(page);
        const {x, y} = payload;
        if (command === 'wheel') {
          await client.send('Input.dispatchMouseEvent', {
            type: 'mouseWheel',
            x,
            y,
            deltaX: 0,
            deltaY: payload.deltaY,
            modifiers: payload.ctrl ? 2 : 0,
          });
          return true;
        }
        const modifiers = payload.shift ? 8 : 0;
        await client.send('Input.dispatchMouseEvent', {type: 'mouseMoved', x, y, modifiers});
        for (const clickCount of [1, 2]) {
          await client.send('Input.dispatchMouseEvent', {type: 'mousePressed', x, y, button: 'left', clickCount, modifiers});
          await client.send('Input.dispatchMouseEvent', {type: 'mouseReleased', x, y, button: 'left', clickCount, modifiers});
        }
        return true;
      },
    },
    {
      // Every request the page and its frames make, as the browser sends them (puppeteer sees the
      // requests of cross-site frames too): the first call starts the record, {clear: true} empties it.
      name: 'record-requests',
      async executeCommand({command, payload, session}) {
        if (command !== 'requests') return undefined;
        const page = session.browser.getPage(session.id);
        let log = requestLogs.get(page);
        if (!log) {
          log = [];
          requestLogs.set(page, log);
          page.on('request', (request) => log.push(request.url()));
        }
        if (payload?.clear) log.length = 0;
        return [...log];
      },
    },
    {
      // d3-selection and d3-transition cut down as the build cuts them (scripts/d3-trim.js), so
      // that the gesture tests run on the methods the drop-in ships.
      name: 'trim-d3-prototypes',
      transform(context) {
        const module = trimmedModule(context.path);
        if (module && typeof context.body === 'string') return {body: trimD3(context.body, module)};
        return undefined;
      },
    },
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
};
