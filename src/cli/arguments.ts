// Reads the command line of `event-timeline validate` and `event-timeline convert`: the files, the input format and the output form.

import type {InputFormat} from '../adapters/read-input.js';
import {DEFAULT_LIMITS} from '../model/limits.js';

export type {InputFormat};

export interface ValidateOptions {
  /** `validate` checks files; `convert` writes one file's story as event JSON. */
  command: 'validate' | 'convert';
  files: string[];
  format: InputFormat;
  /** Largest file read, in bytes. */
  maxBytes: number;
  json: boolean;
  help: boolean;
}

const FORMATS: readonly InputFormat[] = ['auto', 'event-timeline', 'timelinejs', 'csv', 'tsv'];

export const USAGE = `Usage: event-timeline validate [options] FILE…
       event-timeline render FILE -o OUT.svg|OUT.png [options]   (event-timeline render --help)
       event-timeline convert [options] FILE > story.json

validate checks timeline files: event-timeline JSON, TimelineJS3 JSON (converted first), or a
spreadsheet saved as CSV or TSV (TimelineJS3's template or the plain one; a file named *.csv or
*.tsv is read as one). Prints every problem as "FILE: severity path: message" (in a sheet the
path is its row and column: row 7, column "End Day"), then one summary line per file. Control
characters in what the files hold are printed escaped (\u001b), so each problem stays on one line.

convert reads one file of any of those formats and writes its story to standard output as
event JSON (every valid event; the problems go to standard error, as validate prints them).

Options:
  --format auto|event-timeline|timelinejs|csv|tsv
                                           how to read the files (default: auto, from their name and content)
  --max-bytes N                            largest file read, in bytes (default: ${DEFAULT_LIMITS.maxBytes}, 200 MB);
                                           larger ones, and anything but regular files, are reported, not read
  --json                                   print the results as one JSON object instead
  -h, --help                               show this help

Exit status: 0 when no file has errors (warnings are allowed), 1 when any file has errors
(convert still writes the valid events, unless there are none), 2 when the command line is wrong.
`;

/** The options, or what is wrong with the command line. */
export function parseArguments(argv: readonly string[]): {ok: true; options: ValidateOptions} | {ok: false; error: string} {
  const options: ValidateOptions = {command: 'validate', files: [], format: 'auto', maxBytes: DEFAULT_LIMITS.maxBytes, json: false, help: false};
  if (argv.length === 0) return {ok: false, error: 'no command given'};
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help' || command === 'help') return {ok: true, options: {...options, help: true}};
  if (command !== 'validate' && command !== 'convert') return {ok: false, error: `unknown command ${JSON.stringify(command)} (validate or convert)`};
  options.command = command;

  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--') {
      options.files.push(...rest.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') {
      options.help = true;
    } else if (arg === '--json') {
      options.json = true;
    } else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? rest[++i] : arg.slice('--format='.length);
      if (value === undefined) return {ok: false, error: `--format needs a value: ${FORMATS.join(', ')}`};
      if (!FORMATS.includes(value as InputFormat)) {
        return {ok: false, error: `--format ${JSON.stringify(value)} is not one of ${FORMATS.join(', ')}`};
      }
      options.format = value as InputFormat;
    } else if (arg === '--max-bytes' || arg.startsWith('--max-bytes=')) {
      const value = arg === '--max-bytes' ? rest[++i] : arg.slice('--max-bytes='.length);
      // Digits only: "20MB" or "-1" must not lift (or silently set) the limit.
      if (!value || !/^\d+$/.test(value) || !(Number(value) > 0)) return {ok: false, error: `--max-bytes needs a positive whole number of bytes, not ${JSON.stringify(value ?? '')}`};
      options.maxBytes = Number(value);
    } else if (arg.startsWith('-') && arg !== '-') {
      return {ok: false, error: `unknown option ${JSON.stringify(arg)}`};
    } else {
      options.files.push(arg);
    }
  }
  if (!options.help && options.files.length === 0) return {ok: false, error: 'no FILE given'};
  if (!options.help && options.command === 'convert' && options.files.length > 1) return {ok: false, error: 'convert reads one FILE (its story goes to standard output)'};
  return {ok: true, options};
}
