// A strict page for the browser tests: /csp/page.html is served with a Content-Security-Policy
// that allows only same-origin scripts and styles (no inline code, no eval) and enforces Trusted
// Types. Everything the page needs is served from here as it is, untransformed (the dev server's
// plugins are skipped, so nothing is injected into the page):
//   /csp/page.html?tt=NAMES     the page; NAMES are the Trusted Types policies the CSP allows (default:
//                               "event-timeline lit-html 'allow-duplicates'", what SECURITY.md documents)
//   /csp/page.html?cdn=1        the same page loading the bundle (and its chunks) from the test CDN,
//                               another origin, which the policy's script-src names (test/server/cdn.js)
//   /csp/page.js                the page's own script (an external 'self' file)
//   /csp/event-timeline.js      the drop-in bundle, dist/event-timeline.js (any query gives a second copy; build it first; the
//                               environment variable EVENT_TIMELINE_BUNDLE may name another build)
//   /csp/chunks/NAME.js         the parts it loads from next to itself, dist/chunks/NAME.js
//   /csp/bad.json               a document with errors, for the error state
//   /csp/portrait.svg           a same-origin portrait for a quote card
import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {cdnOrigin} from './cdn.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const FILES = {
  'page.html': ['test/csp/page.html', 'text/html; charset=utf-8'],
  'page.js': ['test/csp/page.js', 'text/javascript; charset=utf-8'],
  'event-timeline.js': ['dist/event-timeline.js', 'text/javascript; charset=utf-8'],
  'bad.json': ['test/csp/bad.json', 'application/json'],
  'portrait.svg': ['test/csp/portrait.svg', 'image/svg+xml'],
};
export const DEFAULT_TRUSTED_TYPES = "event-timeline lit-html 'allow-duplicates'";

/**
 * The policy under test: what SECURITY.md tells pages to send, with the Trusted
 * Types policy names given, and `scripts` (another origin the bundle comes from) in script-src.
 */
export function strictPolicy(trustedTypes = DEFAULT_TRUSTED_TYPES, scripts = '') {
  return [
    "default-src 'self'",
    `script-src 'self'${scripts ? ` ${scripts}` : ''}`,
    "style-src 'self'",
    "require-trusted-types-for 'script'",
    `trusted-types ${trustedTypes}`,
  ].join('; ');
}

export async function cspMiddleware(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (!url.pathname.startsWith('/csp/')) return next();
  const name = url.pathname.slice('/csp/'.length);
  const chunk = /^chunks\/[\w-]+\.js$/.test(name) ? [`dist/${name}`, 'text/javascript; charset=utf-8'] : undefined;
  const entry = FILES[name] ?? chunk;
  if (!entry) return next();
  const [file, type] = entry;
  const path = file === 'dist/event-timeline.js' && process.env.EVENT_TIMELINE_BUNDLE ? process.env.EVENT_TIMELINE_BUNDLE : file;
  context.set('cache-control', 'no-store');
  try {
    context.body = await readFile(path.startsWith('/') ? path : `${root}/${path}`);
  } catch {
    context.status = 404;
    context.body = `${path} is missing${path.startsWith('dist/') ? ': run `node scripts/build.js --lib-only` first' : ''}`;
    return;
  }
  context.type = type;
  if (path.endsWith('.html')) {
    // Only policy-name characters: the header must not be injectable from the query.
    const names = (url.searchParams.get('tt') ?? DEFAULT_TRUSTED_TYPES).replace(/[^A-Za-z0-9 #=_/@.%'-]/g, '');
    context.set('content-security-policy', strictPolicy(names, url.searchParams.has('cdn') ? cdnOrigin() : ''));
  }
}
