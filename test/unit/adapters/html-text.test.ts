// The HTML-to-text reduction used for TimelineJS text: tags go, text stays, entities are decoded
// once, hostile markup leaves nothing behind that could run or link, and hostile input stays fast.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {decodeEntities} from '../../../src/adapters/html-entities.js';
import {htmlToText} from '../../../src/adapters/html-text.js';

describe('htmlToText: structure', () => {
  it.each([
    ['plain text', 'Plain text', 'Plain text'],
    ['inline tags', 'Her <b>first</b> <i>album</i>', 'Her first album'],
    ['paragraphs as lines', '<p>One.</p><p>Two.</p>', 'One.\nTwo.'],
    ['line breaks', 'Whitney Houston<br/>1963–2012', 'Whitney Houston\n1963–2012'],
    ['list items', '<ul><li>a</li><li>b</li></ul>', 'a\nb'],
    ['source layout whitespace', '  <p>\n  Spread\n   over   lines\n</p>  ', 'Spread over lines'],
    ['no empty lines', '<p></p><div> </div><p>Text</p><br><br>', 'Text'],
    ['a lone "<"', 'a < b and 3<4', 'a < b and 3<4'],
    ['attributes holding ">"', '<a title="a > b" data-x=\'c>d\'>link</a> text', 'link text'],
    ['comments', 'a<!-- hidden <b>x</b> -->b', 'ab'],
    ['a doctype and processing instruction', '<!DOCTYPE html><?xml version="1.0"?>text', 'text'],
    ['upper-case tags', '<P>One</P><BR>Two', 'One\nTwo'],
    ['an empty string', '', ''],
  ])('keeps the text of %s', (_name, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('keeps the text of links, not their URLs', () => {
    expect(htmlToText('See <a href="https://example.org/a">the album</a> and <A HREF="/b">more</A>.')).toBe('See the album and more.');
  });

  it('drops the content of scripts, styles, templates, SVG, MathML, iframes and noscript, up to their end tag', () => {
    expect(
      htmlToText(
        'a<script type="a>b">x</script>b<style>s</style>c<template>t</template>d<svg><text>s</text></svg>e<math>m</math>f<iframe>i</iframe>g<noscript>n</noscript>h',
      ),
    ).toBe('abcdefgh');
    expect(htmlToText('<title>Kept</title> <textarea>kept</textarea>')).toBe('Kept kept');
  });
});

describe('htmlToText: entities', () => {
  it.each([
    ['&amp; &lt; &gt; &quot; &apos;', '& < > " \''],
    ['&#8212; &#x2014; &#X2014;', '— — —'],
    ['&ldquo;Quote&rdquo; &hellip; &mdash; &ndash; &rsquo;', '“Quote” … — – ’'],
    ['caf&eacute; &copy; &euro; &laquo;&raquo; &bull; &middot; &trade; &reg; &deg; &pound; &times;', 'café © € «» • · ™ ® ° £ ×'],
    ['a name not in the table, &Uuml;ber', 'a name not in the table, &Uuml;ber'],
    ['No.&nbsp;1', 'No.\u00a01'],
    ['&amp;lt;b&amp;gt;', '&lt;b&gt;'],
    ['AT&T & R&D', 'AT&T & R&D'],
    ['&unknownname; &', '&unknownname; &'],
    ['&amp without semicolon, &mdash too', '& without semicolon, — too'],
    ['&constructor; &toString', '&constructor; &toString'],
    ['&#150; &#128; (windows-1252 is not guessed)', '\uFFFD \uFFFD (windows-1252 is not guessed)'],
    ['&#0; &#xD800; &#x110000; &#99999999999999999999;', '\uFFFD \uFFFD \uFFFD \uFFFD'],
    ['&#; &#x; &#abc;', '&#; &#x; &#abc;'],
    ['&#128512;', '😀'],
  ])('decodes %s', (html, text) => {
    expect(decodeEntities(html)).toBe(text);
  });

  it('keeps a non-breaking space from collapsing, as a browser does', () => {
    expect(htmlToText('5&nbsp;&nbsp;000   km')).toBe('5\u00a0\u00a0000 km');
  });

  it('decodes in text only: an entity spelling a tag stays text', () => {
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe('<script>alert(1)</script>');
  });
});

describe('htmlToText: hostile markup', () => {
  it.each([
    ['script', 'a<script>alert(1)</script>b', 'ab'],
    ['script with attributes and upper case', 'a<SCRIPT type="text/javascript">window.x=1</SCRIPT >b', 'ab'],
    ['script whose code holds "</scripts"', 'a<script>"</scripts>";alert(1)</script>b', 'ab'],
    ['an unclosed script', 'a<script>alert(1)', 'a'],
    ['style', '<style>body{display:none}</style>Text', 'Text'],
    ['iframe', '<iframe src="https://evil.example/"></iframe>Text', 'Text'],
    ['svg with script', '<svg onload="alert(1)"><script>alert(2)</script></svg>Text', 'Text'],
    ['img onerror', '<img src=x onerror="alert(1)">Text', 'Text'],
    ['javascript: link', '<a href="javascript:alert(1)">click</a>', 'click'],
    ['event handler attributes', '<b onmouseover="alert(1)">bold</b>', 'bold'],
    ['a tag that never ends', 'Text<img src=x onerror="alert(1)"', 'Text'],
    ['an unclosed comment', 'Text<!-- <script>alert(1)</script>', 'Text'],
    ['nested tag tricks', '<scr<script>ipt>alert(1)</script>', 'ipt>alert(1)'],
    ['template content', '<template><img src=x onerror=alert(1)>hidden</template>Text', 'Text'],
  ])('leaves only text from %s', (_name, html, text) => {
    const result = htmlToText(html);
    expect(result).toBe(text);
    expect(result).not.toMatch(/onerror|javascript:|<script/i);
  });

  // Built to make a backtracking parser take some 10^10 steps: such a parser would run into
  // the test's timeout, a linear one reads each in milliseconds. No time is asserted.
  it('reads input built to make a parser backtrack, to text no longer than it', () => {
    const inputs = [
      '<a '.repeat(50_000),
      '<a title="'.repeat(50_000),
      '<!--'.repeat(50_000),
      '&#'.repeat(50_000),
      '&amp'.repeat(50_000),
      `<script>${'</scrip'.repeat(50_000)}`,
      `${'<p>'.repeat(50_000)}x`,
      ' '.repeat(200_000),
      '<script '.repeat(50_000),
      `<script>${'<'.repeat(200_000)}`,
      `<style>${'</styl'.repeat(50_000)}`,
      '<a "'.repeat(50_000),
      `<a "x'`.repeat(50_000),
      '<a'.repeat(100_000),
      `<${'a'.repeat(200_000)}`,
      '</'.repeat(100_000),
      '<!'.repeat(100_000),
      `&#${'9'.repeat(200_000)};`,
      `&${'a'.repeat(200_000)}`,
    ];
    for (const input of inputs) {
      const text = htmlToText(input);
      expect(text.length).toBeLessThanOrEqual(input.length);
      expect(text).not.toMatch(/<script|<style/i);
    }
  });

  it("reads a text as large as a whole document (20 MB) without overflowing the matcher's stack", () => {
    // Read to its first million characters, in which these tags never end.
    const inputs = [`<a ${'x="y" '.repeat(3_500_000)}>t`, `<a ${'x'.repeat(20_000_000)}>t`, `Text ${'<b>'.repeat(7_000_000)}`];
    expect(inputs.map((input) => htmlToText(input))).toEqual(['', '', 'Text']);
  });

  it('never throws and never returns a tag it was given, for any input', () => {
    const piece = fc.constantFrom(
      '<',
      '>',
      '/',
      '"',
      "'",
      '=',
      '&',
      ';',
      '#',
      'x',
      'amp',
      'script',
      'a',
      'p',
      'br',
      '!--',
      '-->',
      ' ',
      '\n',
      'é',
    );
    fc.assert(
      fc.property(
        fc.array(piece, {maxLength: 40}).map((parts) => parts.join('')),
        (html) => {
          const text = htmlToText(html);
          expect(typeof text).toBe('string');
          // Any "<" left is one that did not start a tag in the input, so the output holds no tag of the input's.
          expect(text).not.toMatch(/<script[\s>]/i);
        },
      ),
      {numRuns: 2000},
    );
  });
});
