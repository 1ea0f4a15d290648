// The layout corpus is real, clean and varied enough to judge a layout by: every story parses
// without an issue, and together they cover the languages, sizes, spans, gaps, times of day,
// future dates, long headlines and uncertain dates the layout must handle. Everything here is
// computed from the data, so a story added or edited is checked the same way.
import {readFileSync, readdirSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import {LINK_KINDS, parseTimeline, type Timeline} from '../../src/model/index.js';
import {CORPUS, CORPUS_FILES} from '../corpus/index.js';
import {profileStory} from '../corpus/profile.js';

const DAY = 86_400_000;
const ajv = new Ajv2020({allErrors: true, strict: true});
addFormats(ajv);
// As in the schema's own test: URLs are "iri" (non-ASCII letters allowed), read as the parser reads them.
ajv.addFormat('iri', (value: string) => !/\s/.test(value) && URL.canParse(value));
const validate = ajv.compile(JSON.parse(readFileSync('schema/event-timeline.schema.json', 'utf8')));
const parsed = CORPUS.map((story) => ({...story, ...parseTimeline(story.doc)}));
const timelines = parsed.map((story) => ({slug: story.slug, timeline: story.timeline!, profile: profileStory(story.timeline!)}));
const slugsWhere = (test: (story: (typeof timelines)[number]) => boolean) => timelines.filter(test).map((story) => story.slug);

/** What every title of a story in that language must contain: its script (or, for Latin-script languages, no other). */
const SCRIPT: Record<string, RegExp> = {
  ru: /\p{Script=Cyrillic}/u,
  zh: /\p{Script=Han}/u,
  ar: /\p{Script=Arabic}/u,
  en: /^[^\p{Script=Cyrillic}\p{Script=Han}\p{Script=Arabic}äöüßàâçéèêëîïôûœ]+$/u,
  de: /^[^\p{Script=Cyrillic}\p{Script=Han}\p{Script=Arabic}]+$/u,
  fr: /^[^\p{Script=Cyrillic}\p{Script=Han}\p{Script=Arabic}]+$/u,
};
/** Letters a German or French story cannot do without, somewhere in its titles. */
const LETTERS: Record<string, RegExp> = {de: /[äöüß]/, fr: /[àâçéèêîôûœ]/};

describe('the layout corpus', () => {
  it("holds every JSON file of test/corpus and the demo's two documents, as their files say", () => {
    const files = readdirSync('test/corpus')
      .filter((name) => name.endsWith('.json'))
      .map((name) => `test/corpus/${name}`);
    expect(
      Object.values(CORPUS_FILES)
        .filter((path) => path.startsWith('test/corpus/'))
        .sort(),
    ).toEqual(files.sort());
    expect(Object.values(CORPUS_FILES)).toContain('demo/data/story-ru.json');
    expect(Object.values(CORPUS_FILES)).toContain('demo/data/story-en.json');
    expect(CORPUS.map((story) => story.slug)).toEqual(Object.keys(CORPUS_FILES));
    for (const story of CORPUS) expect(story.doc, story.slug).toEqual(JSON.parse(readFileSync(CORPUS_FILES[story.slug], 'utf8')));
  });

  it("has at least 12 stories of its own besides the demo's", () => {
    expect(CORPUS.filter((story) => !story.slug.startsWith('demo-')).length).toBeGreaterThanOrEqual(12);
  });

  it.each(parsed.map((story) => [story.slug, story] as const))('%s parses with no issue and has everything a story has', (_slug, story) => {
    expect(story.issues).toEqual([]);
    expect(validate(story.doc) ? [] : validate.errors).toEqual([]);
    const timeline = story.timeline as Timeline;
    const doc = story.doc as Record<string, unknown>;
    expect(timeline.title).toBeTruthy();
    expect(timeline.lang).toBe(story.lang);
    expect(doc.now).toBeTypeOf('string');
    expect(timeline.anchor).toBe(doc.anchor);
    expect(timeline.categories.length).toBeGreaterThan(0);
    for (const category of timeline.categories) expect([category.label, category.color].every(Boolean), category.id).toBe(true);
    expect(timeline.events.some((event) => event.summary)).toBe(true);
    expect(timeline.events.some((event) => event.source?.url)).toBe(true);
    expect(timeline.links.length).toBeGreaterThan(0);
  });

  it.each(timelines.map((story) => [story.slug, story.timeline] as const))('%s is written in its language', (_slug, timeline) => {
    const lang = timeline.lang!;
    const texts = timeline.events.flatMap((event) => [event.title, event.summary ?? '']).filter(Boolean);
    for (const text of [timeline.title!, ...texts]) expect(text, text).toMatch(SCRIPT[lang]);
    if (LETTERS[lang]) expect(texts.join(' ')).toMatch(LETTERS[lang]);
  });

  it('joins only dates a whole number of years apart with anniversary links', () => {
    const links = timelines.flatMap(({slug, timeline}) =>
      timeline.links
        .filter((link) => link.kind === 'anniversary')
        .map((link) => {
          const [from, to] = [link.from, link.to].map((id) => timeline.events.find((event) => event.id === id)!.date.start);
          if (typeof from !== 'object' || typeof to !== 'object') return `${slug}: ${link.from} → ${link.to} has an open end`;
          const whole = from.month === to.month && from.day === to.day && from.day !== undefined && to.year > from.year;
          return whole ? '' : `${slug}: ${link.from} → ${link.to}`;
        }),
    );
    expect(links.length).toBeGreaterThanOrEqual(5);
    expect(links.filter(Boolean)).toEqual([]);
  });

  it('covers Russian, English, Chinese, Arabic, and German or French', () => {
    const langs = new Set(timelines.map((story) => story.timeline.lang));
    for (const lang of ['ru', 'en', 'zh', 'ar']) expect(langs).toContain(lang);
    expect(langs.has('de') || langs.has('fr')).toBe(true);
  });

  it('has 6 to 40 events a story, with one of about 25 and one of about 40', () => {
    const counts = timelines.map((story) => story.profile.events);
    for (const count of counts) expect(count).toBeGreaterThanOrEqual(6);
    for (const count of counts) expect(count).toBeLessThanOrEqual(40);
    expect(counts.some((count) => count >= 23 && count <= 27)).toBe(true);
    expect(counts.some((count) => count >= 38)).toBe(true);
  });

  it('spans from about two weeks to about 150 years', () => {
    const spans = timelines.map((story) => story.profile.spanDays);
    for (const span of spans) expect(span).toBeGreaterThanOrEqual(14);
    for (const span of spans) expect(span / 365.2425).toBeLessThanOrEqual(155);
    expect(Math.min(...spans)).toBeLessThanOrEqual(21);
    expect(Math.max(...spans) / 365.2425).toBeGreaterThanOrEqual(145);
  });

  it('has several stories with 10-year gaps between dense stretches', () => {
    expect(slugsWhere(({profile}) => profile.longestGapYears >= 10 && profile.densest60Days >= 4).length).toBeGreaterThanOrEqual(3);
  });

  it('has a breaking-news day: four or more events with times on one day, written with different UTC offsets', () => {
    expect(slugsWhere(({profile}) => profile.busiestTimedDay.events >= 4 && profile.busiestTimedDay.offsets >= 2)).not.toEqual([]);
  });

  it('has a story mostly in the future of its own date', () => {
    expect(slugsWhere(({profile}) => profile.futureShare > 0.5)).not.toEqual([]);
  });

  it('has 60–90-character headlines in several stories, and none longer (they must fit in three lines)', () => {
    expect(slugsWhere(({profile}) => profile.longTitles > 0).length).toBeGreaterThanOrEqual(3);
    for (const {slug, profile} of timelines) expect(profile.longestTitle, slug).toBeLessThanOrEqual(90);
  });

  it('writes uncertain dates in several stories, in every form a newsroom uses', () => {
    const plain = new Set(['year']);
    expect(slugsWhere(({profile}) => [...profile.uncertainForms].some((form) => !plain.has(form))).length).toBeGreaterThanOrEqual(3);
    const forms = new Set(timelines.flatMap(({profile}) => [...profile.uncertainForms]));
    for (const form of ['approximate', 'uncertain', 'month', 'season', 'quarter', 'interval', 'open-end']) expect(forms).toContain(form);
  });

  it('uses every link kind that has a meaning', () => {
    const kinds = new Set(timelines.flatMap(({profile}) => [...profile.linkKinds]));
    for (const kind of LINK_KINDS) expect(kinds).toContain(kind);
  });

  it("keeps every event within 160 years of its story's date, so that a mistyped year shows", () => {
    // A typo in a year (1069 for 1969) shows as a start far outside the story's own stretch.
    for (const {slug, timeline} of timelines) {
      const now = timeline.nowTime;
      for (const event of timeline.events) expect(Math.abs(event.start - now) / DAY / 365.2425, `${slug} ${event.id}`).toBeLessThan(160);
    }
  });
});
