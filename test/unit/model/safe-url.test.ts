// safeUrl is the only gate through which a URL from data becomes a link: absolute http(s) and mailto only,
// judged the way a browser's URL parser would read the same text.
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {safeUrl} from '../../../src/model/safe-url.js';

describe('safeUrl: allowed', () => {
  it.each([
    ['https://example.com/', 'https://example.com/'],
    ['http://example.com', 'http://example.com/'],
    ['mailto:desk@example.com', 'mailto:desk@example.com'],
    ['https://example.com/a?b=c#d', 'https://example.com/a?b=c#d'],
    ['HTTPS://Example.COM/Path', 'https://example.com/Path'],
    ['  https://example.com/x  ', 'https://example.com/x'],
    ['\u0001https://example.com/x', 'https://example.com/x'],
    ['https://ru.wikipedia.org/wiki/Договор', 'https://ru.wikipedia.org/wiki/%D0%94%D0%BE%D0%B3%D0%BE%D0%B2%D0%BE%D1%80'],
    ['https://пример.рф/', 'https://xn--e1afmkfd.xn--p1ai/'],
    ['https://example.com/a b', 'https://example.com/a%20b'],
  ])('accepts %j and returns the form a browser would use, %j', (input, expected) => {
    expect(safeUrl(input)).toBe(expected);
  });

  it('removes a tab or newline inside an http URL, as a browser does, and returns the clean form', () => {
    expect(safeUrl('ht\ttps://exa\nmple.com/')).toBe('https://example.com/');
  });

  it('accepts URLs up to 4096 characters and refuses longer ones', () => {
    const base = 'https://example.com/';
    expect(safeUrl(base + 'a'.repeat(4096 - base.length))).toBe(base + 'a'.repeat(4096 - base.length));
    expect(safeUrl(base + 'a'.repeat(4097 - base.length))).toBeUndefined();
  });
});

describe('safeUrl: refused', () => {
  it.each([
    ['a javascript: URL', 'javascript:alert(1)'],
    ['upper and mixed case', 'JAVASCRIPT:alert(1)'],
    ['mixed case', 'JaVaScRiPt:alert(1)'],
    ['a newline inside the scheme', 'java\nscript:alert(1)'],
    ['a tab inside the scheme', 'java\tscript:alert(1)'],
    ['a carriage return inside the scheme', 'java\rscript:alert(1)'],
    ['leading spaces', '   javascript:alert(1)'],
    ['a leading control character', '\u0001javascript:alert(1)'],
    ['a leading NUL', '\u0000javascript:alert(1)'],
    ['a leading no-break space', '\u00A0javascript:alert(1)'],
    ['an HTML entity, which is not a scheme and so not absolute', '&#106;avascript:alert(1)'],
    ['a hex entity', '&#x6A;avascript:alert(1)'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['a vbscript: URL', 'vbscript:msgbox(1)'],
    ['a file: URL', 'file:///etc/passwd'],
    ['an ftp: URL', 'ftp://example.com/file'],
    ['a blob: URL', 'blob:https://example.com/uuid'],
    ['a protocol-relative URL', '//evil.com'],
    ['a relative path', '/path'],
    ['a bare word', 'example.com'],
    ['a scheme with no host', 'https://'],
    ['an empty string', ''],
  ])('refuses %s', (_name, input) => {
    expect(safeUrl(input)).toBeUndefined();
  });

  it.each([
    [42],
    [null],
    [undefined],
    [{toString: () => 'https://example.com/'}],
    [['https://example.com/']],
    [new URL('https://example.com/')],
  ])('refuses the non-string %j, even one that turns into a URL as text', (value) => {
    expect(safeUrl(value)).toBeUndefined();
  });
});

describe('safeUrl: properties', () => {
  it('returns either nothing or an http:, https: or mailto: URL that it accepts again unchanged', () => {
    const input = fc.oneof(
      fc.string(),
      fc.webUrl({withQueryParameters: true, withFragments: true}),
      fc
        .tuple(fc.constantFrom('javascript:', 'JaVaScRiPt:', 'mailto:', 'http:', 'HTTPS://', 'data:', ' ', '\t', '\u0000'), fc.string())
        .map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(input, (value) => {
        const url = safeUrl(value);
        if (url === undefined) return;
        expect(url).toMatch(/^(https?|mailto):/);
        expect(safeUrl(url)).toBe(url);
      }),
      {numRuns: 300},
    );
  });
});
