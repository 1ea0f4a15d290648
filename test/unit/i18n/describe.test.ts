// The words for events and their links, read from each end of a link: the seed story in
// English, where "the call mentions the treaty" must not become "the treaty mentions the call".
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {describeEvent, linksPhrase} from '../../../src/i18n/describe.js';
import {parseTimeline} from '../../../src/model/parse-timeline.js';
import '../../../src/locales/ru.js';
import '../../../src/locales/zh.js';

const {timeline} = parseTimeline(readFileSync('demo/data/story-en.json', 'utf8'));
if (!timeline) throw new Error('the English seed story does not parse');
const byId = new Map(timeline.events.map((event) => [event.id, event]));
const title = (id: string) => byId.get(id)!.title;
const phrase = (id: string, lang = 'en') => linksPhrase(id, timeline.links, byId, lang);

describe('linksPhrase', () => {
  it('names each link from the event it starts at', () => {
    const call = phrase('call');
    expect(call).toContain(`Precedes: ${title('spring-festival')}`);
    expect(call).toContain(`Mentions: ${title('treaty')}`);
    expect(call).toContain(`Invitation: ${title('visit')}`);
  });

  it('turns the kind round at the event a link points to', () => {
    expect(phrase('spring-festival')).toBe(`Follows: ${title('call')}`);
    expect(phrase('new-start')).toBe(`Mentioned in: ${title('call')}`);
    expect(phrase('visit')).toBe(`Invitation made in: ${title('call')}`);
    expect(phrase('visit', 'ru')).toBe(`Приглашение сделано в: ${title('call')}`);
  });

  it('reads an anniversary from its later end as the anniversary of the earlier one', () => {
    expect(phrase('treaty-25')).toContain(`25th anniversary of ${title('treaty')}`);
  });

  it("separates the phrases in the language's own way, never running them together", () => {
    expect(phrase('treaty')).toMatch(
      /^Mentioned in: .+, and Anniversary: .+$|^Anniversary: .+, and Mentioned in: .+$|^Mentioned in: .+ and Anniversary: .+$/,
    );
    const zh = phrase('call', 'zh');
    expect(zh).toContain('、');
    expect(zh).toContain('和');
  });
});

describe('describeEvent', () => {
  it("separates the parts of a name with the language's list punctuation", () => {
    const festival = byId.get('spring-festival')!;
    expect(describeEvent(festival, timeline, 'en-GB').name).toBe(`${festival.title}, 17 February 2026, in 2 weeks, Expected`);
    expect(describeEvent(festival, timeline, 'zh').name.split('、')).toHaveLength(4);
  });
});
