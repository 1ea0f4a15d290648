// Holds back a module of the library, for the tests of input that comes before a lazily loaded part:
//   /__hold/on?path=P        from now on, requests whose path contains P wait
//   /__hold/release?path=P   lets them (and later ones) through
// Nothing is held until a test asks, so every other test file loads its modules as usual. (A test
// that holds a module turns its page's cache off first: the 'set-cache' command.)

/** Per path fragment: the promise held requests wait for, and the function that releases it. */
const holds = new Map();

export async function holdMiddleware(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (url.pathname === '/__hold/on' || url.pathname === '/__hold/release') {
    const path = url.searchParams.get('path') ?? '';
    if (url.pathname === '/__hold/on' && !holds.has(path)) {
      let release;
      const gate = new Promise((resolve) => (release = resolve));
      holds.set(path, {gate, release});
    } else if (url.pathname === '/__hold/release') {
      holds.get(path)?.release();
      holds.delete(path);
    }
    context.set('cache-control', 'no-store');
    context.body = 'ok';
    return;
  }
  for (const [path, {gate}] of holds) if (url.pathname.includes(path)) await gate;
  return next();
}
