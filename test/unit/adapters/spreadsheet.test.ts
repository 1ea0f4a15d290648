// Spreadsheets (CSV and TSV) in both templates: what they read into, and every problem named by
// its row and column.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {guessDelimiter, parseSpreadsheet} from '../../../src/adapters/spreadsheet.js';

const TIMELINEJS_HEADER =
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';
const paths = (text: string) => parseSpreadsheet(text).issues.map((issue) => `${issue.path}: ${issue.message}`);

describe('the example sheets in docs/examples', () => {
  it('reads the plain template: events, links, quote with speaker and role, an era and the title', () => {
    const result = parseSpreadsheet(readFileSync('docs/examples/story-plain.csv', 'utf8'));
    expect(result.template).toBe('event-timeline');
    expect(result.issues).toEqual([]);
    const timeline = result.timeline!;
    expect(timeline.title).toBe('The race to the Moon');
    expect(timeline.events.map((event) => [event.id, event.date.text])).toEqual([
      ['sputnik', '1957-10-04'],
      ['gagarin', '1961-04-12T06:07Z'],
      ['kennedy', '1961-05-25'],
      ['apollo11', '1969-07-20T20:17Z'],
      ['apollo11-50', '2019-07-20'],
    ]);
    expect(timeline.links).toContainEqual({from: 'apollo11', to: 'apollo11-50', kind: 'anniversary'});
    expect(timeline.links).toContainEqual({from: 'gagarin', to: 'sputnik', kind: 'follows'});
    const kennedy = timeline.events.find((event) => event.id === 'kennedy')!;
    expect(kennedy.quotes[0]).toMatchObject({speaker: 'John F. Kennedy', role: 'President of the United States'});
    expect(kennedy.summary).toBe('"Before this decade is out": the goal is set six weeks after Gagarin\'s flight.');
    expect(timeline.events[0]!.source).toEqual({name: 'NASA History', url: 'https://history.nasa.gov/sputnik/'});
    expect(timeline.eras.map((era) => [era.title, era.date.text])).toEqual([['The crewed race', '1961-04-12/1969-07-24']]);
  });

  it("reads TimelineJS3's template: dates from Year…End Time, 12-hour times, HTML text as text, groups, an era and the title slide", () => {
    const result = parseSpreadsheet(readFileSync('docs/examples/story-timelinejs.csv', 'utf8'));
    expect(result.template).toBe('timelinejs');
    expect(result.issues).toEqual([]);
    const timeline = result.timeline!;
    expect(timeline.title).toBe('The race to the Moon');
    expect(timeline.events.map((event) => event.date.text)).toEqual([
      '1957-10-04',
      '1961-04-12T06:07',
      '1961-05-25',
      '1969-07-16/1969-07-24',
      '1969-07-20T20:17',
    ]);
    expect(timeline.events[0]!.summary).toBe('The first artificial satellite, a 58 cm sphere, orbits the Earth every 96 minutes.');
    expect(timeline.categories.map((category) => category.id)).toEqual(['Soviet Union', 'United States']);
    expect(timeline.eras).toHaveLength(1);
  });
});

describe('reading the sheet', () => {
  it('finds the columns by name in any order and any case, in CSV, TSV and semicolon-separated text', () => {
    const csv = 'headline,DAY,month,year\nA call,3,2,2026\n';
    const tsv = 'Headline\tDay\tMonth\tYear\nA call\t3\t2\t2026\n';
    const semicolons = 'title;date\nA call;2026-02-03\n';
    expect(parseSpreadsheet(csv).timeline!.events[0]!.date.text).toBe('2026-02-03');
    expect(parseSpreadsheet(tsv).timeline!.events[0]!.date.text).toBe('2026-02-03');
    expect(parseSpreadsheet(semicolons).timeline!.events[0]!.title).toBe('A call');
    expect([guessDelimiter(csv), guessDelimiter(tsv), guessDelimiter(semicolons)]).toEqual([',', '\t', ';']);
  });

  it('reports the filled rows after the first blank row, naming where they start, and reads the rows before', () => {
    const result = parseSpreadsheet('date,title\n2026-01-01,One\n,\n2026-01-03,Three\n2026-01-04,Four\n');
    expect(result.timeline!.events.map((event) => event.title)).toEqual(['One']);
    expect(result.issues).toContainEqual({
      path: 'row 3',
      severity: 'error',
      message: 'is blank, so the 2 filled rows below it (from row 4) are not read: delete the blank row to include them',
    });
  });

  it('says nothing of blank rows at the end', () => {
    expect(paths('date,title\n2026-01-01,One\n,\n,\n')).toEqual([]);
  });

  it('names the row and column of every problem of the TimelineJS3 template', () => {
    const text = `${TIMELINEJS_HEADER}\n2026,13,1,,,,,,,Bad month,,,,,,,,\n2026,1,1,noon,,,,,,Bad time,,,,,,,,\n2026,1,5,,,,7,,,End day without a year,,,,,,,,\n2026,2,1,,,,,,,,,,,,,,,\n`;
    const lines = paths(text);
    expect(lines).toContain('row 2, column "Month": 13 is not a month (1-12): write the month as a number, 1 to 12');
    expect(lines.some((line) => line.startsWith('row 3, column "Time": "noon" is not a time; write it as 14:30'))).toBe(true);
    expect(lines.some((line) => line.startsWith('row 4, column "End Year": '))).toBe(true);
    expect(lines.some((line) => line.startsWith('row 5, column "Headline": '))).toBe(true);
  });

  it("says each TimelineJS3 problem in the sheet's terms, with its fix, and reads a month written as a name", () => {
    const lines = paths(
      `${TIMELINEJS_HEADER}\n,2,3,,,,,,,No year,,,,,,,,\n2026,February,3,,,,,,,Named month,,,,,,,,\n2026,2,3,,,,,,,,,,,,,,,\n2026,2,31,,,,,,,Bad day,,,,,,,,\n`,
    );
    expect(lines).toContain('row 2, column "Year": is empty: every event row needs a Year (like 2026); a title row has "title" in Type');
    expect(lines).toContain('row 4, column "Headline": is empty: write what happened, or a Text; the row is left out');
    expect(lines).toContain(
      'row 5, column "Day": read as "2026-02-31", which has day 31, but February 2026 has 28 days: write a day that month has',
    );
    expect(lines.some((line) => line.startsWith('row 3'))).toBe(false);
    expect(parseSpreadsheet(`Year,Month,Day,Headline\n2026,Feb,3,A\n`).timeline!.events[0]!.date.text).toBe('2026-02-03');
  });

  it("takes the address of embed code pasted into TimelineJS3's Media column, and refuses a javascript: one", () => {
    const iframe = '"<iframe width=""560"" src=""https://www.youtube.com/embed/dQw4w9WgXcQ"" allowfullscreen></iframe>"';
    const hostile = '"<iframe src=""&#106;avascript:alert(1)""></iframe>"';
    const result = parseSpreadsheet(`${TIMELINEJS_HEADER}\n2026,2,3,,,,,,,Video,,${iframe},,,,,,\n2026,2,4,,,,,,,Trap,,${hostile},,,,,,\n`);
    expect(result.timeline!.events.map((event) => [event.title, event.media?.url])).toEqual([
      ['Video', 'https://www.youtube.com/embed/dQw4w9WgXcQ'],
      ['Trap', undefined],
    ]);
    const lines = result.issues.map((issue) => `${issue.path}: ${issue.message}`);
    expect(lines[0]).toMatch(
      /^row 2, column "Media": is embed code \(HTML\): the address of its <iframe>, "https:\/\/www\.youtube\.com\/embed\/dQw4w9WgXcQ", is shown in its place/,
    );
    expect(lines[1]).toMatch(/^row 3, column "Media": is embed code \(HTML\) with no http: or https: address/);
    expect(lines).toHaveLength(2);
  });

  it('names the row and column of problems found once the sheet is read as a story (plain template)', () => {
    const text = 'id,date,title,links\ncall,2026-02-30,A call,\nvisit,2026-07,A visit,precedes: nowhere\n';
    const lines = paths(text);
    expect(lines.some((line) => line.startsWith('row 2, column "date": "2026-02-30" has day 30'))).toBe(true);
    expect(lines.some((line) => line.startsWith('row 3, column "links": "nowhere" is not the id of any event'))).toBe(true);
  });

  it('suggests the column meant by a header it does not know', () => {
    expect(paths('date,title,sumary\n2026,One,x\n')).toContain(
      'row 1, column "sumary": is not a column of the plain template; it is ignored (did you mean "summary"?)',
    );
  });

  it('says which headers it needs when the first row names neither template', () => {
    const [line] = paths('when,what\n2026,x\n');
    expect(line).toMatch(
      /^row 1: must be a header row naming the columns: "Year" and "Headline" .* or "date" and "title" .*; it holds "when", "what"$/,
    );
  });

  it('keeps cells as text: markup in a plain sheet is never read as HTML', () => {
    const timeline = parseSpreadsheet('date,title\n2026,"<img src=x onerror=alert(1)>"\n').timeline!;
    expect(timeline.events[0]!.title).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('parseSpreadsheet: media in the plain template', () => {
  it("reads the media columns into the event's media, and names the cell of a missing alt", () => {
    const text = [
      'id,date,title,media,media alt,media caption,media credit',
      'speech,2026-02-03,The speech,https://www.youtube.com/watch?v=dQw4w9WgXcQ,The whole speech,Live from the hall,Pool',
      'photo,2026-02-04,The photo,https://example.org/a.jpg,,A caption,AP',
    ].join('\n');
    const result = parseSpreadsheet(text);
    expect(result.timeline!.events.find((event) => event.id === 'speech')!.media).toEqual({
      url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      alt: 'The whole speech',
      caption: 'Live from the hall',
      credit: 'Pool',
    });
    expect(result.timeline!.events.find((event) => event.id === 'photo')!.media).toBeUndefined();
    expect(paths(text).some((line) => line.startsWith('row 3, column "media alt"') && line.includes('is required'))).toBe(true);
  });
});
