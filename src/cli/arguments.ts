// Reads the command line of `event-timeline validate`: the files, the input format and the output form.

import type {InputFormat} from '../adapters/read-input.js';
import {DEFAULT_LIMITS} from '../model/limits.js';

export type {InputFormat};

export interface ValidateOptions {
  files: string[];
  format: InputFormat;
  /** Largest file read, in bytes. */
  maxBytes: number;
  json: boolean;
  help: boolean;
}

const FORMATS: readonly InputFormat[] = ['auto', 'event-timeline', 'timelinejs'];

export const USAGE = `Usage: event-timeline validate [options] FILE…
       event-timeline render FILE -o OUT.svg|OUT.png [options]   (event-timeline render --help)

Checks timeline files: event-timeline JSON, or TimelineJS3 JSON (converted first). Prints every
problem as "FILE: severity path: message", then one summary line per file. Control characters
in what the files hold are printed escaped (\u001b), so each problem stays on one line.

Options:
  --format auto|event-timeline|timelinejs  how to read the files (default: auto, from their content)
  --max-bytes N                            largest file read, in bytes (default: ${DEFAULT_LIMITS.maxBytes}, 200 MB);
                                           larger ones, and anything but regular files, are reported, not read
  --json                                   print the results as one JSON object instead
  -h, --help                               show this help

Exit status: 0 when no file has errors (warnings are allowed), 1 when any file has errors,
2 when the command line is wrong.
`;

/** The options, or what is wrong with the command line. */
export function parseArguments(argv: readonly string[]): {ok: true; options: ValidateOptions} | {ok: false; error: string} {
  const options: ValidateOptions = {files: [], format: 'auto', maxBytes: DEFAULT_LIMITS.maxBytes, json: false, help: false};
  if (argv.length === 0) return {ok: false, error: 'no command given'};
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help' || command === 'help') return {ok: true, options: {...options, help: true}};
  if (command !== 'validate') return {ok: false, error: `unknown command ${JSON.stringify(command)}`};

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
      if (value === undefined) return {ok: false, error: '--format needs a value: auto, event-timeline or timelinejs'};
      if (!FORMATS.includes(value as InputFormat)) {
        return {ok: false, error: `--format ${JSON.stringify(value)} is not one of auto, event-timeline, timelinejs`};
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
  return {ok: true, options};
}
