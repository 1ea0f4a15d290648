// `event-timeline validate`: what it prints for good, broken, non-JSON, missing and TimelineJS files,
// its exit codes, its JSON output and its command line, run through `main` with a fake io.
import {readFile} from 'node:fs/promises';
import {describe, expect, it} from 'vitest';
import {readRegularFile} from '../../../src/cli/read-file.js';
import {main, type FileResult} from '../../../src/cli/validate.js';

const FIXTURES = 'test/unit/cli/fixtures';
const VALID = `${FIXTURES}/valid.json`;
const BROKEN = `${FIXTURES}/broken.json`;
const NOT_JSON = `${FIXTURES}/not-json.txt`;
const WHITNEY = 'test/fixtures/timelinejs/whitney-houston.json';

/** Runs the command with files from disk, or from `files` first; collects what it writes. */
async function run(argv: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readFile: (path, maxBytes) => (path in files ? Promise.resolve(files[path]!) : readRegularFile(path, maxBytes)),
  });
  return {code, stdout: out.join(''), stderr: err.join(''), lines: out.join('').split('\n').filter(Boolean)};
}

describe('event-timeline validate: files', () => {
  it('passes a valid file with one summary line', async () => {
    const {code, stdout, stderr} = await run(['validate', VALID]);
    expect(code).toBe(0);
    expect(stdout).toBe(`${VALID}: 3 events, 1 link, 0 errors, 0 warnings\n`);
    expect(stderr).toBe('');
  });

  it.each(['demo/data/story-ru.json', 'demo/data/story-en.json'])('passes the demo document %s', async (file) => {
    const {code, lines} = await run(['validate', file]);
    expect(code).toBe(0);
    expect(lines).toEqual([`${file}: 7 events, 7 links, 0 errors, 0 warnings`]);
  });

  it('lists every problem of a broken document as FILE: severity path: message, and fails', async () => {
    const {code, lines} = await run(['validate', BROKEN]);
    expect(code).toBe(1);
    expect(lines).toEqual([
      `${BROKEN}: error events[1].id: "bad date" is not a valid id (1–64 characters of A–Z, a–z, 0–9, "_" and "-"): write "bad-date"`,
      `${BROKEN}: error events[1].date: "2026-13-45" has month 13 (must be 01–12): write the month you mean, or the year alone ("2026") when it is not known`,
      `${BROKEN}: warning events[2].tittle: is not a property of the format; it is ignored: did you mean "title"?`,
      `${BROKEN}: error anchor: "nowhere" is not the id of any event: write the "id" of one of the events ("call", "visit")`,
      `${BROKEN}: error links[0].to: "missing" is not the id of any event: write the "id" of one of the events ("call", "visit")`,
      `${BROKEN}: 2 events, 0 links, 4 errors, 1 warning`,
    ]);
  });

  it('says where a file stops being JSON, by line and column', async () => {
    const {code, lines} = await run(['validate', NOT_JSON]);
    expect(code).toBe(1);
    expect(lines).toEqual([
      `${NOT_JSON}: error (root): is not valid JSON: Expected ',' or '}' after property value (line 3, column 41)`,
      `${NOT_JSON}: 0 events, 0 links, 1 error, 0 warnings`,
    ]);
  });

  it.each([
    ['a token V8 gives no position for', '[\n  1,\n  x\n]', /^is not valid JSON: Unexpected token 'x' \(line 3, column 3\)$/],
    ['text that ends too soon', '{"events": [\n', /^is not valid JSON: Unexpected end of JSON input \(line 2, column 1\)$/],
    ['a trailing comma', '{"events": [],\n}', /\(line 2, column 1\)$/],
    ['an empty file', ' \n', /^is empty: a timeline file holds one JSON object$/],
  ])('reports %s', async (_name, text, message) => {
    const {code, stdout} = await run(['validate', 'x.json'], {'x.json': text});
    expect(code).toBe(1);
    expect(stdout.split('\n')[0]).toMatch(/^x\.json: error \(root\): /);
    expect(stdout.split('\n')[0]!.replace('x.json: error (root): ', '')).toMatch(message);
  });

  it('reads a file that starts with a byte order mark', async () => {
    const text = await readFile(VALID, 'utf8');
    expect((await run(['validate', 'bom.json'], {'bom.json': `\uFEFF${text}`})).code).toBe(0);
  });

  it('reports a missing file and goes on with the others', async () => {
    const {code, lines} = await run(['validate', 'missing.json', VALID]);
    expect(code).toBe(1);
    expect(lines).toEqual([
      'missing.json: error (file): cannot be read: no such file',
      'missing.json: 0 events, 0 links, 1 error, 0 warnings',
      `${VALID}: 3 events, 1 link, 0 errors, 0 warnings`,
      '2 files checked, 1 with errors',
    ]);
  });

  it('reports a directory given as a file', async () => {
    expect((await run(['validate', FIXTURES])).lines[0]).toBe(`${FIXTURES}: error (file): cannot be read: is a directory`);
  });

  it('converts a TimelineJS file, leaving out what event-timeline does not show (media) without a warning', async () => {
    const {code, lines} = await run(['validate', WHITNEY]);
    expect(code).toBe(0);
    expect(lines).toEqual([`${WHITNEY}: 10 events, 0 links, 0 errors, 0 warnings (read as TimelineJS)`]);
  });

  it.each(['whitney-houston', 'russia-china-2026', 'ancient-rome'])('passes the TimelineJS sample %s', async (name) => {
    expect((await run(['validate', `test/fixtures/timelinejs/${name}.json`])).code).toBe(0);
  });

  it('reports TimelineJS errors with TimelineJS paths, and problems found after conversion as such', async () => {
    const doc = {
      events: [
        {start_date: {year: 2026, month: 13}, text: {headline: 'A'}},
        {start_date: {year: 2026}, text: {headline: 'x'.repeat(10_001)}},
        // Text to the converter; nothing once parseTimeline has taken the bidi controls out.
        {start_date: {year: 2027}, text: {headline: '\u202E\u202C'}},
      ],
    };
    const {code, lines} = await run(['validate', 't.json'], {'t.json': JSON.stringify(doc)});
    expect(code).toBe(1);
    expect(lines).toEqual([
      't.json: error events[0].start_date.month: 13 is not a month (1-12): write a month from 1 to 12, or leave "month" out when it is not known',
      't.json: warning events[1].text.headline: is more than 10000 characters long as text; cut',
      't.json: error events[1].title (after conversion): must not be empty',
      't.json: 1 event, 0 links, 2 errors, 1 warning (read as TimelineJS)',
    ]);
  });

  it('reads a file as the format it is told', async () => {
    const asOurs = await run(['validate', '--format', 'event-timeline', WHITNEY]);
    expect(asOurs.code).toBe(1);
    expect(asOurs.lines).toContain(
      `${WHITNEY}: error events[0].id: is required: write a short name of letters, digits, "_" and "-", unique in the story`,
    );
    const asTimelineJs = await run(['validate', '--format=timelinejs', VALID]);
    expect(asTimelineJs.code).toBe(1);
    expect(asTimelineJs.lines[0]).toBe(
      `${VALID}: error events[0].start_date.year: is required: write when it happened, as "start_date": {"year": 2026, "month": 2, "day": 3} ("month" and "day" when known)`,
    );
  });

  it('prints machine-readable results with --json', async () => {
    const {code, stdout} = await run(['validate', '--json', VALID, BROKEN, WHITNEY, 'missing.json']);
    expect(code).toBe(1);
    const result = JSON.parse(stdout) as {errors: number; warnings: number; files: FileResult[]};
    expect(result.errors).toBe(5);
    expect(result.warnings).toBe(1);
    expect(result.files.map((file) => [file.file, file.format, file.events, file.links, file.errors, file.warnings])).toEqual([
      [VALID, 'event-timeline', 3, 1, 0, 0],
      [BROKEN, 'event-timeline', 2, 0, 4, 1],
      [WHITNEY, 'timelinejs', 10, 0, 0, 0],
      ['missing.json', undefined, 0, 0, 1, 0],
    ]);
    expect(result.files[1]!.issues[1]).toEqual({
      path: 'events[1].date',
      message: '"2026-13-45" has month 13 (must be 01–12): write the month you mean, or the year alone ("2026") when it is not known',
      severity: 'error',
    });
  });
});

describe('event-timeline validate: the command line', () => {
  it('prints the usage to stderr and exits 2 without arguments', async () => {
    const {code, stdout, stderr} = await run([]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^event-timeline: no command given\n\nUsage: event-timeline validate \[options\] FILE…/);
  });

  it.each([['--help'], ['-h'], ['help'], ['validate', '--help'], ['validate', VALID, '-h']])(
    'prints the usage to stdout for %s',
    async (...argv) => {
      const {code, stdout, stderr} = await run(argv);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: event-timeline validate/);
      expect(stdout).toContain('--format auto|event-timeline|timelinejs');
      expect(stderr).toBe('');
    },
  );

  it.each([
    [['check', VALID], 'unknown command "check" (validate or convert)'],
    [['validate'], 'no FILE given'],
    [['validate', '--strict', VALID], 'unknown option "--strict"'],
    [['validate', '--format', 'xml', VALID], '--format "xml" is not one of auto, event-timeline, timelinejs, csv, tsv'],
    [['validate', VALID, '--format'], '--format needs a value: auto, event-timeline, timelinejs, csv, tsv'],
    [['validate', '--max-bytes', '20MB', VALID], '--max-bytes needs a positive whole number of bytes, not "20MB"'],
    [['validate', '--max-bytes=0', VALID], '--max-bytes needs a positive whole number of bytes, not "0"'],
    [['validate', VALID, '--max-bytes'], '--max-bytes needs a positive whole number of bytes, not ""'],
  ])('exits 2 for %j', async (argv, message) => {
    const {code, stdout, stderr} = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe(`event-timeline: ${message}`);
  });

  it('reads every argument after -- as a file', async () => {
    const {lines} = await run(['validate', '--', '--json'], {'--json': await readFile(VALID, 'utf8')});
    expect(lines).toEqual(['--json: 3 events, 1 link, 0 errors, 0 warnings']);
  });
});

describe('event-timeline validate and convert: spreadsheets', () => {
  it('validates a CSV sheet by its extension, naming rows and columns', async () => {
    const {code, lines} = await run(['validate', 'story.csv'], {
      'story.csv': 'Year,Month,Day,Headline\n2026,2,3,A call\n2026,2,31,A bad day\n',
    });
    expect(code).toBe(1);
    expect(lines[0]).toMatch(
      /^story\.csv: error row 3, column "Day": read as "2026-02-31", which has day 31, but February 2026 has 28 days/,
    );
    expect(lines.at(-1)).toBe('story.csv: 1 event, 0 links, 1 error, 0 warnings (read as a CSV sheet)');
  });

  it('validates the example sheets without a problem', async () => {
    const {code, lines} = await run(['validate', 'docs/examples/story-plain.csv', 'docs/examples/story-timelinejs.csv']);
    expect(code).toBe(0);
    expect(lines).toContain('docs/examples/story-plain.csv: 5 events, 4 links, 0 errors, 0 warnings (read as a CSV sheet)');
  });

  it('reads a file as a sheet when --format says so, whatever its name', async () => {
    const {code, lines} = await run(['validate', '--format', 'tsv', 'story.txt'], {'story.txt': 'date\ttitle\n2026-02-03\tA call\n'});
    expect(code).toBe(0);
    expect(lines).toEqual(['story.txt: 1 event, 0 links, 0 errors, 0 warnings (read as a TSV sheet)']);
  });

  it('converts a sheet to event JSON on stdout, its problems on stderr', async () => {
    const {code, stdout, stderr} = await run(['convert', 'story.csv'], {
      'story.csv': 'id,date,title,links\ncall,2026-02-03,A call,invitation: visit\nvisit,2026-40,A visit,\nbad,2026-02-30,Bad,\n',
    });
    expect(code).toBe(1);
    const document = JSON.parse(stdout);
    expect(document.events.map((event: {id: string}) => event.id).sort()).toEqual(['call', 'visit']);
    expect(document.links).toEqual([{from: 'call', to: 'visit', kind: 'invitation'}]);
    expect(stderr).toContain('story.csv: error row 4, column "date"');
  });

  it('converts TimelineJS3 JSON too, and refuses more than one file', async () => {
    const {code, stdout} = await run(['convert', WHITNEY]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).version).toBe(1);
    expect((await run(['convert', VALID, WHITNEY])).code).toBe(2);
  });
});
