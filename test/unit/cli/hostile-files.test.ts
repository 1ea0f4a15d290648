// `event-timeline validate` on files made to hurt it: a FIFO nobody writes to, devices that never
// end, files over --max-bytes, data that would print forged CI annotations and terminal escapes,
// a document encoded twice, and a hundred megabytes of "[".
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {firstJsonError} from '../../../src/cli/json-text.js';
import {printable} from '../../../src/cli/printable.js';
import {readRegularFile} from '../../../src/cli/read-file.js';
import {main} from '../../../src/cli/validate.js';

const VALID = 'test/unit/cli/fixtures/valid.json';
const dir = mkdtempSync(join(tmpdir(), 'event-timeline-cli-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

async function run(argv: string[]) {
  const out: string[] = [];
  const code = await main(argv, {stdout: (text) => out.push(text), stderr: (text) => out.push(text), readFile: readRegularFile});
  return {code, stdout: out.join(''), lines: out.join('').split('\n').filter(Boolean)};
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('event-timeline validate reads only regular files, up to --max-bytes', () => {
  it('reports a FIFO with no writer and goes on with the next file, instead of waiting forever', async () => {
    const fifo = join(dir, 'pipe.json');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const {code, lines} = await run(['validate', fifo, VALID]);
    expect(code).toBe(1);
    expect(lines[0]).toBe(`${fifo}: error (file): cannot be read: is not a regular file (a pipe, a device or a socket); not read`);
    expect(lines).toContain(`${VALID}: 3 events, 1 link, 0 errors, 0 warnings`);
  });

  it.each(['/dev/zero', '/dev/urandom'])('reports %s without reading from it', async (device) => {
    const {lines} = await run(['validate', device]);
    expect(lines[0]).toBe(`${device}: error (file): cannot be read: is not a regular file (a pipe, a device or a socket); not read`);
  });

  it('reports a file over --max-bytes without reading it, and reads one at the limit', async () => {
    const text = JSON.stringify({events: [{id: 'a', date: '2026', title: 'A'}]});
    const path = file('sized.json', text);
    const over = await run(['validate', '--max-bytes', String(text.length - 1), path]);
    expect(over.lines[0]).toBe(
      `${path}: error (file): cannot be read: is ${text.length} bytes; the limit is ${text.length - 1} (--max-bytes)`,
    );
    expect((await run(['validate', `--max-bytes=${text.length}`, path])).code).toBe(0);
  });

  it('still says what a missing file or a directory is', async () => {
    expect((await run(['validate', join(dir, 'missing.json')])).lines[0]).toMatch(/: error \(file\): cannot be read: no such file$/);
    expect((await run(['validate', dir])).lines[0]).toBe(`${dir}: error (file): cannot be read: is a directory`);
  });

  it('refuses 100 MB of "[" by their depth before JSON.parse builds a hundred million arrays', async () => {
    const path = file('brackets.json', '['.repeat(100 * 1024 * 1024));
    const {lines} = await run(['validate', path]);
    expect(lines[0]).toBe(`${path}: error (root): is nested more than 10000 levels deep (line 1, column 10001); not read`);
  }, 60_000);

  it('refuses 20 MB of empty arrays by their number before JSON.parse builds six million of them, naming the line and column', async () => {
    const path = file('empty-arrays.json', `[\n${'[],'.repeat(6_300_000)}[]]`);
    const {lines} = await run(['validate', path]);
    // The root and 999,999 arrays before it: the one past the limit opens at column 3 * 999,999 + 1.
    expect(lines[0]).toBe(`${path}: error (root): holds more than 1000000 arrays and objects (line 2, column 2999998); not read`);
  }, 60_000);

  it('reads a document nested 10,000 levels deep, where the limit is', async () => {
    const path = file(
      'deep.json',
      `{"events": [{"id": "a", "date": "2026", "title": "A"}], "$schema": ${'['.repeat(9_999)}${']'.repeat(9_999)}}`,
    );
    expect((await run(['validate', path])).lines).toEqual([`${path}: 1 event, 0 links, 0 errors, 0 warnings`]);
  });

  it('reports a TimelineJS year nested 3,300 deep at its path, and counts the valid slide beside it', async () => {
    const deep = `${'['.repeat(3300)}2026${']'.repeat(3300)}`;
    const path = file(
      'deep-year.json',
      `{"events": [{"start_date": {"year": 2026}, "text": {"headline": "Kept"}}, {"start_date": {"year": ${deep}}, "text": {"headline": "Deep"}}]}`,
    );
    expect((await run(['validate', path])).lines).toEqual([
      `${path}: error events[1].start_date.year: must be a number or a string, not an array: write a number, as "year": 2026`,
      `${path}: 1 event, 0 links, 1 error, 0 warnings (read as TimelineJS)`,
    ]);
  });

  it('tells nested brackets apart at every depth', () => {
    const deep = `${'{"a":['.repeat(5000)}1${']}'.repeat(5000)}`;
    expect(firstJsonError(deep)).toBe(-1);
    expect(firstJsonError(`${deep.slice(0, -1)}]`)).toBe(deep.length - 1);
  });
});

describe('event-timeline validate prints data text escaped', () => {
  const hostile = '1\n::error file=README.md,line=1::forged\u001b[2J\u009b31m\u202e\r\u2028';

  it('keeps each problem on one line: no forged CI annotation, no terminal escape, no bidi override', async () => {
    // In a TimelineJS date (the review's case) and in a property name of event JSON, which a path quotes.
    const timelineJs = file('forged.json', JSON.stringify({events: [{start_date: {year: hostile}, text: {headline: 'A'}}]}));
    const eventJson = file('forged-key.json', JSON.stringify({events: [{id: 'a', date: '2026', title: 'A'}], [hostile]: 1}));
    const {code, stdout} = await run(['validate', timelineJs, eventJson]);
    expect(code).toBe(1);
    expect(stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(
      stdout
        .split('\n')
        .filter(Boolean)
        .every((line) => line.startsWith(`${dir}/`) || line.startsWith('2 files checked')),
    ).toBe(true);
    expect(stdout).not.toMatch(/^::error/m);
    expect(stdout).toContain(
      'read as "1\\u000a::error file=README.md,line=1::forged\\u001b[2J\\u009b31m\\u202e", which is not a valid EDTF date',
    );
    expect(stdout).toContain('::forged\\u001b[2J\\u009b31m\\u202e\\r\\u2028"]: is not a property of the format');
  });

  it('escapes what JSON.stringify leaves raw in --json output, which still parses to the same text', async () => {
    const path = file('forged-2.json', JSON.stringify({events: [{id: 'a', date: '2026', title: 'A'}], [hostile]: 1}));
    const {stdout} = await run(['validate', '--json', path]);
    expect(stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(JSON.parse(stdout).files[0].issues[0].path).toBe(`[${JSON.stringify(hostile)}]`);
  });

  it('escapes file names too', async () => {
    expect((await run(['validate', 'a\nb.json'])).lines[0]).toBe('a\\u000ab.json: error (file): cannot be read: no such file');
  });

  it('writes each unprintable character as its JSON escape and leaves the rest', () => {
    expect(printable('tab\there, «ру» 中文 😀')).toBe('tab\\u0009here, «ру» 中文 😀');
  });
});

describe('event-timeline validate reads a document once', () => {
  it('reports a file whose JSON is a string holding the document, instead of reading it a second time', async () => {
    const path = file('twice.json', JSON.stringify(JSON.stringify({events: [{id: 'a', date: '2026', title: 'A'}]})));
    const {code, lines} = await run(['validate', path]);
    expect(code).toBe(1);
    expect(lines[0]).toBe(
      `${path}: error (root): must be an object with an "events" array, not a string (JSON text encoded twice; it is not read twice)`,
    );
  });
});
