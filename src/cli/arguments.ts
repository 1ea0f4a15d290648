// Reads the command line of `event-timeline validate` and `event-timeline convert` (with node:util's
// parseArgs): the files, the input format, the size limit and the output form.
import {parseArgs} from 'node:util';
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

const OPTIONS = {
  format: {type: 'string'},
  'max-bytes': {type: 'string'},
  json: {type: 'boolean'},
  help: {type: 'boolean', short: 'h'},
} as const;

/** What is wrong with a value, or undefined when it is right. */
const CHECKS: Record<'format' | 'max-bytes', (value: string | undefined) => string | undefined> = {
  format: (value) =>
    value === undefined
      ? `--format needs a value: ${FORMATS.join(', ')}`
      : FORMATS.includes(value as InputFormat)
        ? undefined
        : `--format ${JSON.stringify(value)} is not one of ${FORMATS.join(', ')}`,
  // Digits only: "20MB" or "-1" must not lift (or silently set) the limit.
  'max-bytes': (value) =>
    value && /^\d+$/.test(value) && Number(value) > 0
      ? undefined
      : `--max-bytes needs a positive whole number of bytes, not ${JSON.stringify(value ?? '')}`,
};

/** The options, or what is wrong with the command line (node:util's parseArgs reads it). */
export function parseArguments(argv: readonly string[]): {ok: true; options: ValidateOptions} | {ok: false; error: string} {
  if (argv.length === 0) return {ok: false, error: 'no command given'};
  const [command, ...rest] = argv;
  const defaults: ValidateOptions = {
    command: 'validate',
    files: [],
    format: 'auto',
    maxBytes: DEFAULT_LIMITS.maxBytes,
    json: false,
    help: false,
  };
  if (command === '-h' || command === '--help' || command === 'help') return {ok: true, options: {...defaults, help: true}};
  if (command !== 'validate' && command !== 'convert')
    return {ok: false, error: `unknown command ${JSON.stringify(command)} (validate or convert)`};
  let parsed;
  try {
    parsed = parseArgs({args: [...rest], options: OPTIONS, allowPositionals: true, strict: true});
  } catch (error) {
    // parseArgs names the option in quotes: '--strict', or '--format <value>' for a missing value.
    const option = /'(-[^' ]*)/.exec((error as Error).message)?.[1] ?? '';
    const name = option.replace(/^--?/, '');
    return {
      ok: false,
      error: (name in CHECKS && CHECKS[name as keyof typeof CHECKS](undefined)) || `unknown option ${JSON.stringify(option)}`,
    };
  }
  const {values, positionals} = parsed;
  for (const name of ['format', 'max-bytes'] as const) {
    const problem = values[name] === undefined ? undefined : CHECKS[name](values[name]);
    if (problem) return {ok: false, error: problem};
  }
  const options: ValidateOptions = {
    command,
    files: positionals,
    format: (values.format as InputFormat | undefined) ?? defaults.format,
    maxBytes: values['max-bytes'] === undefined ? defaults.maxBytes : Number(values['max-bytes']),
    json: values.json ?? false,
    help: values.help ?? false,
  };
  if (!options.help && options.files.length === 0) return {ok: false, error: 'no FILE given'};
  if (!options.help && command === 'convert' && options.files.length > 1)
    return {ok: false, error: 'convert reads one FILE (its story goes to standard output)'};
  return {ok: true, options};
}
