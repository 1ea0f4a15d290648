// A live story for the browser tests of `refresh`: each key holds a document the test changes,
// served with an ETag and a Last-Modified date, and 304 to a request that names the version it has.
//   GET  /__live/story?key=K          the story (200, or 304 for If-None-Match / If-Modified-Since)
//   POST /__live/set?key=K            body: the new document, or {"fail": 503} / {"text": "not json"} to misbehave
//   GET  /__live/log?key=K            the requests seen: [{status, ifNoneMatch, ifModifiedSince}]
const stories = new Map();

function story(key) {
  let entry = stories.get(key);
  if (!entry) stories.set(key, (entry = {body: '{"events": []}', version: 0, modified: new Date(Date.UTC(2026, 1, 3)), fail: 0, log: []}));
  return entry;
}

async function readBody(context) {
  let text = '';
  for await (const chunk of context.req) text += chunk;
  return text;
}

export async function liveMiddleware(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (!url.pathname.startsWith('/__live/')) return next();
  const entry = story(url.searchParams.get('key') ?? '');
  const kind = url.pathname.slice('/__live/'.length);
  context.set('cache-control', 'no-cache');
  if (kind === 'set') {
    const text = await readBody(context);
    const value = JSON.parse(text);
    entry.fail = value.fail ?? 0;
    if (!value.fail) {
      entry.body = value.text ?? JSON.stringify(value);
      entry.version++;
      entry.modified = new Date(entry.modified.getTime() + 60_000);
    }
    context.status = 204;
    return;
  }
  if (kind === 'log') {
    context.type = 'application/json';
    context.body = JSON.stringify(entry.log);
    return;
  }
  const etag = `"v${entry.version}"`;
  const ifNoneMatch = context.get('if-none-match') || undefined;
  const ifModifiedSince = context.get('if-modified-since') || undefined;
  const record = (status) => entry.log.push({status, ifNoneMatch, ifModifiedSince});
  if (entry.fail) {
    record(entry.fail);
    context.status = entry.fail;
    context.body = 'failing';
    return;
  }
  if (ifNoneMatch === etag || (!ifNoneMatch && ifModifiedSince && new Date(ifModifiedSince) >= entry.modified)) {
    record(304);
    context.status = 304;
    return;
  }
  record(200);
  context.set('etag', etag);
  context.set('last-modified', entry.modified.toUTCString());
  context.type = 'application/json';
  context.body = entry.body;
}
