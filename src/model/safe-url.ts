// The one gate through which a URL from data may become a link: absolute http(s) or mailto only.

const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

/**
 * Returns the normalised URL when it is an absolute `http:`, `https:` or `mailto:` URL,
 * else `undefined`. Parsing with the WHATWG URL parser (what browsers use for `href`)
 * means tricks such as `java\tscript:`, leading control characters or mixed case are
 * seen exactly as a browser would see them.
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 4096) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  return ALLOWED.has(url.protocol) ? url.href : undefined;
}

/** Like safeUrl, for places where only a web page makes sense (a cited page, a portrait): http(s) only. */
export function safeHttpUrl(value: unknown): string | undefined {
  const url = safeUrl(value);
  return url && /^https?:/.test(url) ? url : undefined;
}
