// The validator's command line, as node:util's parseArgs reads it for us: options in both
// spellings, files anywhere, and a message naming what is wrong.
import {describe, expect, it} from 'vitest';
import {parseArguments} from '../../../src/cli/arguments.js';
import {DEFAULT_LIMITS} from '../../../src/model/limits.js';

const options = (...argv: string[]) => {
  const parsed = parseArguments(argv);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.options;
};
const problem = (...argv: string[]) => {
  const parsed = parseArguments(argv);
  return parsed.ok ? undefined : parsed.error;
};

describe('parseArguments', () => {
  it('reads the defaults, and files wherever they stand among the options', () => {
    expect(options('validate', 'a.json')).toEqual({
      command: 'validate',
      files: ['a.json'],
      format: 'auto',
      maxBytes: DEFAULT_LIMITS.maxBytes,
      json: false,
      help: false,
    });
    expect(options('validate', 'a.json', '--json', 'b.json', '--format', 'timelinejs')).toMatchObject({
      files: ['a.json', 'b.json'],
      json: true,
      format: 'timelinejs',
    });
  });

  it('takes a value after a space or an equals sign, and -h for --help', () => {
    expect(options('validate', '--format=event-timeline', '--max-bytes=1000', 'a.json')).toMatchObject({
      format: 'event-timeline',
      maxBytes: 1000,
    });
    expect(options('validate', '--max-bytes', '42', 'a.json').maxBytes).toBe(42);
    expect(options('validate', '-h').help).toBe(true);
  });

  it('reads convert with one file, and refuses it more', () => {
    expect(options('convert', '--format', 'csv', 'story.csv')).toMatchObject({command: 'convert', files: ['story.csv'], format: 'csv'});
    expect(problem('convert', 'a.csv', 'b.csv')).toBe('convert reads one FILE (its story goes to standard output)');
  });

  it('reads "-" and everything after "--" as files', () => {
    expect(options('validate', '-', '--', '--json', '-h').files).toEqual(['-', '--json', '-h']);
  });

  it('names what is wrong: a value missing or not allowed, an unknown option, a value given to a switch', () => {
    expect(problem('validate', 'a.json', '--format')).toBe('--format needs a value: auto, event-timeline, timelinejs, csv, tsv');
    expect(problem('validate', '--max-bytes', '-1', 'a.json')).toMatch(/^--max-bytes needs a positive whole number of bytes/);
    expect(problem('validate', '--max-bytes=1e6', 'a.json')).toBe('--max-bytes needs a positive whole number of bytes, not "1e6"');
    expect(problem('validate', '-x', 'a.json')).toBe('unknown option "-x"');
    expect(problem('validate', '--json=yes', 'a.json')).toMatch(/--json/);
    expect(problem('validate', '--json')).toBe('no FILE given');
  });
});
