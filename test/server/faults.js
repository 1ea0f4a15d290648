// Test server routes that misbehave on purpose, for the `src` error paths:
//   /__fault/status/404       answers with that HTTP status
//   /__fault/stall            never answers (the client must time out)
//   /__fault/slow/MS?doc=…    answers after MS milliseconds with a small valid document
//   /__fault/truncated        sends half a JSON document, then ends
//   /__fault/huge?bytes=N     streams N bytes of a JSON array
//   /__fault/html             answers 200 with text/html
//   /__fault/ok?title=…       answers a small valid document
const tiny = (title) =>
  JSON.stringify({version: 1, title, events: [{id: 'a', date: '2026-02-03', title: `${title} A`}, {id: 'b', date: '2026-02-10', title: `${title} B`}]});

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
    case 'truncated': {
      const text = tiny('truncated');
      context.type = 'application/json';
      context.body = text.slice(0, Math.floor(text.length / 2));
      return;
    }
    case 'huge': {
      const bytes = Number(url.searchParams.get('bytes')) || 1_000_000;
      context.type = 'application/json';
      context.body = `[${' '.repeat(Math.max(0, bytes - 2))}]`;
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
