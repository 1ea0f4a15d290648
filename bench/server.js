// A tiny static file server for the benchmark pages: the repository's bench/ and the peers in
// node_modules/, plus mounted directories (the snapshot of dist/), on 127.0.0.1 at a free port.
import {createServer} from 'node:http';
import {createReadStream, statSync} from 'node:fs';
import {extname, join, normalize} from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ALLOWED = ['bench/', 'dist/', 'node_modules/'];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
};

function fileFor(pathname, mounts) {
  const path = normalize(pathname).replace(/\\/g, '/');
  if (path.includes('..')) return undefined;
  for (const [prefix, dir] of Object.entries(mounts)) {
    if (path.startsWith(prefix)) return join(dir, path.slice(prefix.length));
  }
  const relative = path.replace(/^\/+/, '');
  return ALLOWED.some((prefix) => relative.startsWith(prefix)) ? join(ROOT, relative) : undefined;
}

/** Starts the server; `mounts` maps URL prefixes ('/dist/') to directories. Resolves to {url, close()}. */
export function serve(mounts = {}) {
  const server = createServer((request, response) => {
    let file;
    let size = -1;
    try {
      file = fileFor(decodeURIComponent(new URL(request.url, 'http://localhost').pathname), mounts);
      const stat = file ? statSync(file) : undefined;
      if (stat?.isFile()) size = stat.size;
    } catch {
      size = -1;
    }
    if (size < 0) {
      response.writeHead(404, {'content-type': 'text/plain'}).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': size,
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      resolve({url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(done))});
    });
  });
}
