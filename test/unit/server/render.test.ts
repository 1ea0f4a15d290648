// Server rendering in Node: both elements render to HTML with Lit's server renderer, from plain
// data, with no browser globals, and the output is the real picture (not the loading state).
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {renderQuoteCard, renderTimeline, inlineJson, styleHashes} from '../../../src/server.js';
import {fromTimelineJs} from '../../../src/adapters/timelinejs.js';

const story = JSON.parse(readFileSync(new URL('../../../demo/data/story-en.json', import.meta.url), 'utf8'));
const storyRu = JSON.parse(readFileSync(new URL('../../../demo/data/story-ru.json', import.meta.url), 'utf8'));

/** The text of the markup, entities read back, so that titles with quotes and ampersands compare. */
const text = (html: string) =>
  html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('renderTimeline', () => {
  it('draws every event title in the picture and in the list, in a declarative shadow root', async () => {
    const html = await renderTimeline(story, {width: 900});
    expect(html).toMatch(/^(<!--[^>]*-->)*<event-timeline[^>]* initial-width="900"/);
    expect(html).toContain('<template shadowroot="open" shadowrootmode="open">');
    const plain = text(html);
    for (const event of story.events) expect(plain, event.id).toContain(event.title);
    // The picture: an svg with a mark per event, the axis, the legend; the list for screen readers.
    const marks = html.match(/<g part="event[^"]*"|<g [^>]*part="event[ "]/g) ?? [];
    expect(marks.length).toBe(story.events.length);
    // Each event's label, as text: the title's lines and its date.
    expect((html.match(/<text data-label-for="/g) ?? []).length).toBe(story.events.length);
    expect(html).toContain('part="axis"');
    expect(html).toContain('part="legend"');
    expect(html).toMatch(/<ol part="list" class="list visually-hidden"/);
    expect(html).not.toContain('role="alert"');
  });

  it('lays out at the width given, vertically below 600 px', async () => {
    const wide = await renderTimeline(story, {width: 1000});
    const narrow = await renderTimeline(story, {width: 390});
    expect(wide).toMatch(/<svg[^>]* width="1000"/);
    expect(narrow).toMatch(/<svg[^>]* width="390"/);
    expect(narrow).toMatch(/class="base[^"]*"|part="base"/);
    expect(wide).not.toBe(narrow);
  });

  it('writes the interface and dates in the language asked for', async () => {
    const html = text(await renderTimeline(storyRu, {lang: 'ru'}));
    for (const event of storyRu.events) expect(html).toContain(event.title);
    expect(html).toContain('Условные обозначения');
    expect(html).toContain('Показать списком');
    expect(html).toContain('lang="ru"');
  });

  it('writes the language on the element (given, else the data’s), so that the browser’s first render is the server’s', async () => {
    expect(await renderTimeline(storyRu)).toMatch(/<event-timeline[^>]* lang="ru"/);
    expect(await renderTimeline(JSON.stringify(storyRu), {lang: 'en'})).toMatch(/<event-timeline[^>]* lang="en"/);
    expect(await renderTimeline({...story, lang: undefined})).toMatch(/<event-timeline[^>]* lang="en"/);
    expect(await renderQuoteCard({text: 'x'})).toMatch(/<quote-card[^>]* lang="en"/);
  });

  it('carries the data as inline JSON that no "<" in it can end', async () => {
    const hostile = {...story, title: 'A </script><script>alert(1)</script> title'};
    const html = await renderTimeline(hostile);
    const script = html.match(/<script type="application\/json">([\s\S]*?)<\/script>/);
    expect(script).not.toBeNull();
    expect(JSON.parse(script![1]!).title).toBe(hostile.title);
    expect(inlineJson('"<!--"')).toBe('"\\u003c!--"');
    // The title is drawn as text.
    expect(html).toContain('A &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; title');
  });

  it('shows the error state with the JSON path for bad data, and the valid events still', async () => {
    const bad = {...story, events: [...story.events, {id: 'broken', date: 'not a date', title: 'Broken'}]};
    const html = await renderTimeline(bad);
    expect(html).toContain('role="alert"');
    expect(text(html)).toMatch(/events\[\d+\]\.date/);
    expect((html.match(/<g part="event[^"]*"/g) ?? []).length).toBe(story.events.length);
  });
});

describe('renderQuoteCard', () => {
  it('draws the quote, speaker, role, date and source', async () => {
    const html = await renderQuoteCard({
      text: 'We will act with care.',
      speaker: 'A. Speaker',
      speakerRole: 'Minister',
      date: '2026-02-03',
      source: 'Agency',
      cite: 'https://example.com/a',
      lang: 'en',
      for: 'story',
      event: 'call',
    });
    expect(html).toContain('<quote-card');
    expect(html).toContain('shadowrootmode="open"');
    const plain = text(html);
    for (const part of ['We will act with care.', 'A. Speaker', 'Minister', 'February 3, 2026', 'Agency']) expect(plain).toContain(part);
    expect(html).toContain('href="https://example.com/a"');
  });

  it('makes no link of a javascript: URL', async () => {
    const html = await renderQuoteCard({text: 'x', source: 'S', cite: 'javascript:alert(1)'});
    expect(html).not.toMatch(/href="javascript/);
    expect(html).not.toMatch(/<a /);
  });
});

describe('renderTimeline: deep time', () => {
  it("draws TimelineJS3's cosmo.json (converted) with its dates in words, the deep-time part loaded first", async () => {
    const sample = JSON.parse(readFileSync(new URL('../../../test/fixtures/timelinejs/cosmo.json', import.meta.url), 'utf8'));
    const html = await renderTimeline(fromTimelineJs(sample).document, {width: 1000, lang: 'en'});
    expect((html.match(/<text data-label-for="/g) ?? []).length).toBe(7);
    expect(html).toContain('13.8 billion years ago');
  });
});

describe('styleHashes', () => {
  const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

  it("hashes every <style> and style attribute of the server's markup, each once", async () => {
    const html = `<main style="color: red">${await renderTimeline(storyRu)}${await renderQuoteCard({text: 'Слова', speaker: 'Кто-то', lang: 'ru'})}</main>`;
    const hashes = await styleHashes(html);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => css!);
    const attributes = [...html.matchAll(/ style="([^"]*)"/g)].map(([, value]) => value!);
    // The timeline's and the card's stylesheets; the categories' colours; the page's own style.
    expect(styles.length).toBe(2);
    expect(attributes).toContain('color: red');
    expect(attributes.some((value) => value.startsWith('--_c:'))).toBe(true);
    expect(hashes).toEqual([...new Set([...styles, ...attributes].map(sha))].sort());
    expect(new Set(hashes).size).toBe(hashes.length);
    expect(hashes.length).toBeLessThan(styles.length + attributes.length);
  });

  it('reads entities in attribute values as the browser does, and ignores text that only looks like an attribute (in text, in another attribute)', async () => {
    const hashes = await styleHashes(
      `<p title="a style='x: z'" style='content: &quot;a&amp;b&#39;'>a style="x: y" in text</p><style media="print">p{}</style>`,
    );
    expect(hashes).toEqual([sha('content: "a&b\''), sha('p{}')].sort());
  });
});
