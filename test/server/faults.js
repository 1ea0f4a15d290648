// Test server routes that misbehave on purpose, for the `src` error paths:
//   /__fault/status/404       answers with that HTTP status
//   /__fault/stall            never answers (the client must time out)
//   /__fault/slow/MS?doc=…    answers after MS milliseconds with a small valid document
//   /__fault/truncated        sends half a JSON document, then ends
//   /__fault/huge?bytes=N     answers N bytes of a JSON array (with ?stream: chunked, no content-length)
//   /__fault/empty-arrays?n=N  answers a JSON array of N empty arrays ("[[],[],…]", 3 bytes each)
//   /__fault/html             answers 200 with text/html
//   /__fault/ok?title=…       answers a small valid document
//   /__fault/flaky/N?key=K&title=…  answers 503 to the first N requests for key K, then a small valid document
//   /__fault/count?key=K      how many requests /__fault/flaky saw for key K: {"count": n}
//   /__fault/refuse           drops the connection before answering (a network error)
//   /__fault/reset            sends the headers and half a body, then drops the connection
//   /__fault/drip/MS?title=…  streams a small valid document 8 bytes every MS milliseconds
import {PassThrough} from 'node:stream';

const tiny = (title) =>
  JSON.stringify({
    version: 1,
    title,
    events: [
      {id: 'a', date: '2026-02-03', title: `${title} A`},
      {id: 'b', date: '2026-02-10', title: `${title} B`},
    ],
  });

/** Requests seen per key by /__fault/flaky, for the retry tests. */
const flakyCounts = new Map();

export async function faultMiddleware(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (!url.pathname.startsWith('/__fault/')) return next();
  const [, , kind, arg] = url.pathname.split('/');
  context.set('cache-control', 'no-store');
  switch (kind) {
    case 'status':
      context.status = Number(arg) || 500;
      context.body = `status ${arg}`;
      return;
    case 'stall':
      await new Promise((resolve) => setTimeout(resolve, 30_000));
      context.status = 204;
      return;
    case 'slow':
      await new Promise((resolve) => setTimeout(resolve, Number(arg) || 500));
      context.type = 'application/json';
      context.body = tiny(url.searchParams.get('title') ?? 'slow');
      return;
    case 'ok':
      context.type = 'application/json';
      context.body = tiny(url.searchParams.get('title') ?? 'ok');
      return;
    case 'flaky': {
      const key = url.searchParams.get('key') ?? '';
      const count = (flakyCounts.get(key) ?? 0) + 1;
      flakyCounts.set(key, count);
      if (count <= (Number(arg) || 0)) {
        context.status = 503;
        context.body = `failing request ${count} of ${arg}`;
        return;
      }
      context.type = 'application/json';
      context.body = tiny(url.searchParams.get('title') ?? 'flaky');
      return;
    }
    case 'count':
      context.type = 'application/json';
      context.body = JSON.stringify({count: flakyCounts.get(url.searchParams.get('key') ?? '') ?? 0});
      return;
    case 'refuse':
      context.respond = false;
      context.req.socket.destroy();
      return;
    case 'reset': {
      const text = tiny('reset');
      context.respond = false;
      context.res.writeHead(200, {'content-type': 'application/json', 'content-length': String(text.length), 'cache-control': 'no-store'});
      context.res.write(text.slice(0, Math.floor(text.length / 2)));
      await new Promise((resolve) => setTimeout(resolve, 50));
      context.res.socket?.destroy();
      return;
    }
    case 'drip': {
      const text = tiny(url.searchParams.get('title') ?? 'drip');
      const stream = new PassThrough();
      context.type = 'application/json';
      context.body = stream;
      (async () => {
        for (let i = 0; i < text.length && !stream.destroyed; i += 8) {
          stream.write(text.slice(i, i + 8));
          await new Promise((resolve) => setTimeout(resolve, Number(arg) || 50));
        }
        if (!stream.destroyed) stream.end();
      })();
      return;
    }
    case 'truncated': {
      const text = tiny('truncated');
      context.type = 'application/json';
      context.body = text.slice(0, Math.floor(text.length / 2));
      return;
    }
    case 'huge': {
      const bytes = Number(url.searchParams.get('bytes')) || 1_000_000;
      context.type = 'application/json';
      const body = `[${' '.repeat(Math.max(0, bytes - 2))}]`;
      if (!url.searchParams.has('stream')) {
        context.body = body;
        return;
      }
      // ?stream: chunked, with no content-length, so only counting the bytes can stop it.
      const stream = new PassThrough();
      context.body = stream;
      (async () => {
        for (let i = 0; i < body.length && !stream.destroyed; i += 65_536) {
          stream.write(body.slice(i, i + 65_536));
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        if (!stream.destroyed) stream.end();
      })();
      return;
    }
    case 'empty-arrays': {
      const n = Number(url.searchParams.get('n')) || 1;
      context.type = 'application/json';
      context.body = `[${'[],'.repeat(n - 1)}[]]`;
      return;
    }
    case 'html':
      context.type = 'text/html';
      context.body = '<!doctype html><p>Not JSON</p>';
      return;
    default:
      return next();
  }
}
